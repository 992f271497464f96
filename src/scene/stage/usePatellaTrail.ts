import { useEffect, useMemo } from 'react'
import { BufferGeometry, Float32BufferAttribute, Line, LineBasicMaterial } from 'three'
import { resolveTrackingParams } from '../../exercises/effectiveTracking'
import { FLEXION_RANGE_DEG } from '../../kinematics/input'
import { sampleTrackingRange } from '../../kinematics/sampleTracking'
import type { ExplainerState } from '../stageState'

/** In front of the kneecap's surface, so the path reads as a path and not inside the bone (m). */
const IN_FRONT_M = 0.012

/**
 * The kneecap's path over the whole range for the requested tracking: the J-sign shows as a
 * curve. Rebuilt (and the old line disposed) when the tracking or the hip changes.
 */
export function usePatellaTrail(
  shown: boolean,
  request: Pick<ExplainerState, 'tracking' | 'trackingParams' | 'hip'>,
) {
  const { tracking, trackingParams, hip } = request
  const line = useMemo(() => {
    if (!shown) return null
    const params = resolveTrackingParams({ tracking, trackingParams, hip, exercise: null })
    const samples = sampleTrackingRange(params, {
      fromDeg: FLEXION_RANGE_DEG.min,
      toDeg: FLEXION_RANGE_DEG.max,
      stepDeg: 2,
    })
    const geometry = new BufferGeometry()
    geometry.setAttribute(
      'position',
      new Float32BufferAttribute(
        samples.flatMap(({ patellaPosition: [x, y, z] }) => [x, y, z + IN_FRONT_M]),
        3,
      ),
    )
    const trail = new Line(
      geometry,
      new LineBasicMaterial({ color: '#d55e00', depthTest: false, transparent: true }),
    )
    trail.name = 'patella-trail'
    trail.renderOrder = 5
    return trail
  }, [shown, tracking, trackingParams, hip])
  useEffect(
    () => () => {
      line?.geometry.dispose()
      line?.material.dispose()
    },
    [line],
  )
  return line
}
