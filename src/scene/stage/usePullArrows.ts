import { useEffect, useMemo } from 'react'
import { ArrowHelper, Vector3, type Material, type Mesh } from 'three'
import type { KneeSolution } from '../../kinematics/types'

const HEAD_LENGTH_M = 0.012
const HEAD_WIDTH_M = 0.008
/** Arrow length for a pull in newtons: 600 N draws 6 cm, within readable bounds. */
const lengthFor = (newtons: number) => Math.min(Math.max((newtons / 600) * 0.06, 0.006), 0.09)

function arrow(direction: Vector3, colour: string, name: string): ArrowHelper {
  const helper = new ArrowHelper(
    direction,
    new Vector3(),
    0.04,
    colour,
    HEAD_LENGTH_M,
    HEAD_WIDTH_M,
  )
  helper.name = name
  helper.renderOrder = 6
  helper.traverse((o) => {
    const material = (o as Mesh).material as Material | undefined
    if (material) {
      material.depthTest = false
      material.transparent = true
    }
  })
  return helper
}

/** Arrows for the lateral and medial pull on the kneecap, sized by the solver's forces. */
export function usePullArrows(shown: boolean) {
  const arrows = useMemo(() => {
    if (!shown) return null
    return {
      lateral: arrow(new Vector3(-1, 0, 0), '#d55e00', 'lateral-pull-arrow'),
      medial: arrow(new Vector3(1, 0, 0), '#0072b2', 'medial-pull-arrow'),
    }
  }, [shown])
  useEffect(
    () => () => {
      arrows?.lateral.dispose()
      arrows?.medial.dispose()
    },
    [arrows],
  )
  const at = useMemo(() => new Vector3(), [])

  function updateArrows(solution: KneeSolution) {
    if (!arrows) return
    const [x, y, z] = solution.patella.position
    const { lateralPullN, medialPullN, medialRestraintN } = solution.forces
    arrows.lateral.position.copy(at.set(x - 0.024, y, z + 0.006))
    arrows.lateral.setLength(lengthFor(lateralPullN), HEAD_LENGTH_M, HEAD_WIDTH_M)
    arrows.medial.position.copy(at.set(x + 0.024, y, z + 0.006))
    arrows.medial.setLength(lengthFor(medialPullN + medialRestraintN), HEAD_LENGTH_M, HEAD_WIDTH_M)
  }
  return { arrows, update: updateArrows }
}
