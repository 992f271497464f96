import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import {
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  LineBasicMaterial,
  LineSegments,
} from 'three'
import { en, type Messages } from '../../i18n'
import type { KneeSolution } from '../../kinematics/types'
import type { FollowView } from '../CameraRig'
import {
  createSeat,
  imageUp,
  seatAt,
  skylineView,
  skylineViewInto,
  type MutableCameraView,
  type SkylineBeam,
} from '../skylineCamera'
import {
  createSkylineMeasurer,
  createSkylineMeasures,
  type ImagePlane,
  type ImagePoint,
  type SkylineMeasures,
} from '../skylineMeasure'
import type { ExplainerState, StageStore } from '../stageState'
import { posedSurfacesOf, updatePosedSurface, type PosedSurface } from './posedSurfaces'
import { createSkylineLines, drawLines } from './skylineLines'
import { createSkylinePanel, type SkylinePanel } from './skylinePanel'
import type { StageKnee } from './useHighlightLook'

/** At most this often while the knee moves, milliseconds (a section takes a few). */
const MEASURE_EVERY_MS = 50

/**
 * The skyline view as a clinician's radiograph (mounted only while it is on screen, by
 * SkylineRadiograph.tsx): the camera's beam along the groove (or Merchant's),
 * which the camera rig follows as the knee bends, and the measurements drawn live on the posed,
 * morphed model (lines in the femur's frame, words over the canvas). `update` runs after each
 * pose; it allocates nothing.
 */
export function useSkylineRadiograph(
  knee: StageKnee | null,
  store: StageStore,
  beam: SkylineBeam,
  messages: Messages = en,
) {
  const invalidate = useThree((s) => s.invalidate)
  const gl = useThree((s) => s.gl)
  const follow = useMemo<FollowView>(
    () => ({ view: skylineView(store.getState().flexionDeg, beam), version: 0 }),
    [beam, store],
  )
  const scratch = useMemo(
    () => ({
      seat: createSeat(),
      up: { sup: 0, ant: 1 },
      plane: { x: 0, superior: 0, anterior: 0, upSup: 0, upAnt: 1 } as ImagePlane,
      measurer: createSkylineMeasurer(),
      measures: createSkylineMeasures(),
      femur: [] as PosedSurface[],
      groove: [] as PosedSurface[],
      patella: [] as PosedSurface[],
      femurAll: [] as PosedSurface[],
      followedFlexion: NaN,
      last: {
        flexion: NaN,
        sulcus: NaN,
        px: NaN,
        py: NaN,
        pz: NaN,
        qy: NaN,
        beam: '',
        at: -Infinity,
      },
    }),
    [],
  )
  // a new beam: the first pose after it moves the view to the flexion on screen
  useEffect(() => void (scratch.followedFlexion = NaN), [follow, scratch])
  const lines = useMemo(createSkylineLines, [])
  useEffect(
    () => () => {
      lines.geometry.dispose()
      lines.material.dispose()
    },
    [lines],
  )

  // the surfaces the measurements read, once per model
  useEffect(() => {
    if (!knee) return
    const s = knee.nodes.structures
    scratch.femur = [
      ...posedSurfacesOf(s.femur),
      ...posedSurfacesOf(s['femoral-condyle-cartilage']),
    ]
    scratch.groove = posedSurfacesOf(s['trochlear-groove'])
    scratch.patella = posedSurfacesOf(s.patella)
    scratch.femurAll = [...scratch.femur, ...scratch.groove]
    const frame = knee.nodes.joints['joint-femur']
    for (const surface of scratch.femur) updatePosedSurface(surface, frame)
    scratch.last.sulcus = NaN
  }, [knee, scratch])

  // the words over the canvas
  const panel = useRef<SkylinePanel | null>(null)
  useEffect(() => {
    const host = gl.domElement.parentElement
    if (!host) return
    const created = createSkylinePanel(host, messages)
    created.show(false, false)
    panel.current = created
    return () => {
      created.dispose()
      panel.current = null
    }
  }, [gl, messages])

  function update(state: ExplainerState, shown: KneeSolution): void {
    const flexion = shown.tibia.flexionDeg
    if (flexion !== scratch.followedFlexion) {
      skylineViewInto(flexion, beam, follow.view as MutableCameraView)
      scratch.followedFlexion = flexion
      follow.version++
    }
    const measuring = Boolean(state.measurements && knee)
    panel.current?.side(state.side)
    panel.current?.show(true, measuring)
    lines.visible = measuring
    if (!measuring || !knee) {
      scratch.last.flexion = NaN
      return
    }
    panel.current?.title(beam, flexion)
    const last = scratch.last
    const p = shown.patella.position
    const sulcus = shown.input.sulcusAngleDeg
    if (
      flexion === last.flexion &&
      sulcus === last.sulcus &&
      p[0] === last.px &&
      p[1] === last.py &&
      p[2] === last.pz &&
      shown.patella.quaternion[1] === last.qy &&
      beam === last.beam
    )
      return
    const now = performance.now()
    if (now - last.at < MEASURE_EVERY_MS) {
      invalidate() // come back for it
      return
    }
    last.at = now
    const frame = knee.nodes.joints['joint-femur']
    if (sulcus !== last.sulcus)
      for (const surface of scratch.groove) updatePosedSurface(surface, frame)
    for (const surface of scratch.patella) updatePosedSurface(surface, frame)
    last.flexion = flexion
    last.sulcus = sulcus
    last.px = p[0]
    last.py = p[1]
    last.pz = p[2]
    last.qy = shown.patella.quaternion[1]
    last.beam = beam
    const seat = seatAt(flexion, scratch.seat)
    const up = imageUp(seat, beam, scratch.up)
    const plane = scratch.plane
    plane.x = seat.x
    plane.superior = seat.superior
    plane.anterior = seat.anterior
    plane.upSup = up.sup
    plane.upAnt = up.ant
    const m = scratch.measurer.measure(scratch.femurAll, scratch.patella, plane, scratch.measures)
    panel.current?.values(m)
    drawLines(lines, plane, m)
    invalidate()
  }

  return { follow, lines, update }
}
