// The skyline radiograph's measurements (src/scene/skylineMeasure.ts, read from the posed meshes'
// section) against the same knee measured independently here: rays cast with three.js across the
// image plane on the posed, morphed model, and the clinicians' constructions drawn on those hits.
import { beforeAll, describe, expect, it } from 'vitest'
import { Vector3, type Object3D } from 'three'
import { solveKnee } from '../../src/kinematics'
import { getTrackingPreset } from '../../src/kinematics/presets'
import type { TrackingPresetId } from '../../src/kinematics/presets'
import { findKneeNodes, type KneeNodes } from '../../src/model/loadKneeModel'
import { applyKneePose, applyTrochlearShape } from '../../src/model/pose'
import {
  createSeat,
  imageUp,
  seatAt,
  skylineView,
  type SkylineBeam,
} from '../../src/scene/skylineCamera'
import {
  createSkylineMeasurer,
  createSkylineMeasures,
  type ImagePlane,
} from '../../src/scene/skylineMeasure'
import { posedSurfacesOf, updatePosedSurface } from '../../src/scene/stage/posedSurfaces'
import { castMm, loadScene } from './model-utils'

let scene: Object3D
let nodes: KneeNodes
beforeAll(async () => {
  scene = await loadScene()
  nodes = findKneeNodes(scene)
})

const DEG = 180 / Math.PI
const FEMUR = ['femur', 'trochlear-groove', 'femoral-condyle-cartilage']
const PATELLA = ['patella']

function pose(preset: TrackingPresetId, flexionDeg: number, beam: SkylineBeam): ImagePlane {
  const solution = solveKnee({ ...getTrackingPreset(preset)!.params, flexionDeg })
  applyKneePose(nodes.joints, solution)
  applyTrochlearShape(nodes.structures['trochlear-groove'], solution.input.sulcusAngleDeg)
  scene.updateMatrixWorld(true)
  const seat = seatAt(flexionDeg, createSeat())
  const up = imageUp(seat, beam, { sup: 0, ant: 1 })
  return {
    x: seat.x,
    superior: seat.superior,
    anterior: seat.anterior,
    upSup: up.sup,
    upAnt: up.ant,
  }
}

function measuredByTheStage(plane: ImagePlane) {
  const femurFrame = nodes.joints['joint-femur']
  const surfaces = (names: string[]) =>
    names
      .flatMap((n) => posedSurfacesOf(scene.getObjectByName(n)))
      .map((s) => {
        updatePosedSurface(s, femurFrame)
        return s
      })
  return createSkylineMeasurer().measure(
    surfaces(FEMUR),
    surfaces(PATELLA),
    plane,
    createSkylineMeasures(),
  )
}

/**
 * The independent measurement: rays along 'up' across the image plane every 0.25 mm. From below,
 * the first kneecap hit is its articular surface; from above, the first femur hit is the groove's.
 */
function measuredByRays(plane: ImagePlane) {
  const up = new Vector3(0, plane.upSup, plane.upAnt)
  const at = (x: number, h: number) =>
    new Vector3(x, plane.superior, plane.anterior).addScaledVector(up, h)
  const femur: Array<[number, number]> = []
  const patella: Array<[number, number, number]> = [] // x, lowest, highest
  for (let x = plane.x - 40; x <= plane.x + 40; x += 0.25) {
    const down = castMm(scene, FEMUR, at(x, 60), up.clone().negate())
    if (down !== undefined) femur.push([x, 60 - down])
    const fromBelow = castMm(scene, PATELLA, at(x, -40), up)
    const fromAbove = castMm(scene, PATELLA, at(x, 60), up.clone().negate())
    if (fromBelow !== undefined && fromAbove !== undefined)
      patella.push([x, fromBelow - 40, 60 - fromAbove])
  }
  // a ray can slip through a seam between the cartilage meshes to the bone below: a median over
  // 2 mm of rays ignores it (the stage bins and smooths instead)
  const median = femur.map(([x], i) => {
    const around = femur
      .slice(Math.max(i - 2, 0), i + 3)
      .map(([, h]) => h)
      .sort((a, b) => a - b)
    return [x, around[around.length >> 1]!] as [number, number]
  })
  // then smoothed over 1.5 mm either side, as the generator and the stage smooth the groove
  const smooth = median.map(([x]) => {
    const around = median.filter(([x2]) => Math.abs(x2 - x) <= 1.5)
    return [x, around.reduce((sum, [, h]) => sum + h, 0) / around.length] as [number, number]
  })
  femur.splice(0, femur.length, ...smooth)
  // the groove: deepest point within 12 mm of the seat, the highest point on each side (3-30 mm)
  const near = femur.filter(([x]) => Math.abs(x - plane.x) <= 12)
  const [sx, sh] = near.reduce((a, b) => (b[1] < a[1] ? b : a))
  const highest = (from: number, to: number) =>
    femur.filter(([x]) => x >= from && x <= to).reduce((a, b) => (b[1] > a[1] ? b : a))
  const lateral = highest(sx - 30, sx - 3)
  const medial = highest(sx + 3, sx + 30)
  const angle = (ax: number, ah: number, bx: number, bh: number) =>
    Math.atan2(ax * bh - ah * bx, ax * bx + ah * bh) * DEG
  const sulcusAngleDeg = Math.abs(
    angle(lateral[0] - sx, lateral[1] - sh, medial[0] - sx, medial[1] - sh),
  )
  // the kneecap: its ends (widest axis through their mid-heights), the ridge, the lateral facet
  const first = patella[0]!
  const last = patella[patella.length - 1]!
  // 1 mm in from each end, the middle of the kneecap's thickness
  const endAt = (x: number) =>
    patella.reduce((a, b) => (Math.abs(b[0] - x) < Math.abs(a[0] - x) ? b : a))
  const lateralEnd = endAt(first[0] + 1)
  const medialEnd = endAt(last[0] - 1)
  const lateralEdge = [lateralEnd[0], (lateralEnd[1] + lateralEnd[2]) / 2] as const
  const medialEdge = [medialEnd[0], (medialEnd[1] + medialEnd[2]) / 2] as const
  const width = last[0] - first[0]
  const middle = patella.filter(([x]) => x >= first[0] + width / 4 && x <= last[0] - width / 4)
  const ridge = middle.reduce((a, b) => (b[1] < a[1] ? b : a))
  // the lateral facet from its two ends (not a fit), 1.5 mm in from the ridge and the border
  const facetAt = (x: number) =>
    patella.reduce((a, b) => (Math.abs(b[0] - x) < Math.abs(a[0] - x) ? b : a))
  const facetIn = facetAt(ridge[0] - 1.5)
  const facetOut = facetAt(first[0] + 1.5)
  const cx = medial[0] - lateral[0]
  const ch = medial[1] - lateral[1]
  const bisector = [
    (lateral[0] - sx) / Math.hypot(lateral[0] - sx, lateral[1] - sh) +
      (medial[0] - sx) / Math.hypot(medial[0] - sx, medial[1] - sh),
    (lateral[1] - sh) / Math.hypot(lateral[0] - sx, lateral[1] - sh) +
      (medial[1] - sh) / Math.hypot(medial[0] - sx, medial[1] - sh),
  ] as const
  return {
    sulcusAngleDeg,
    congruenceAngleDeg: angle(bisector[0], bisector[1], ridge[0] - sx, ridge[1] - sh),
    lateralPatellofemoralAngleDeg: -angle(
      -cx,
      -ch,
      facetOut[0] - facetIn[0],
      facetOut[1] - facetIn[1],
    ),
    // against the knee's medial-lateral axis (the image's horizontal)
    patellarTiltDeg: angle(1, 0, medialEdge[0] - lateralEdge[0], medialEdge[1] - lateralEdge[1]),
    bisectOffset: (sx - lateralEdge[0]) / (medialEdge[0] - lateralEdge[0]),
  }
}

describe('the skyline radiograph measures what the knee shows', () => {
  it.each([
    // (not the normal groove under Merchant's beam: there the plane runs along the edge of the
    // deepened groove's cartilage and rays fall through a 3 mm gap to the bone)
    ['normal', 45, 'groove'],
    ['normal', 30, 'groove'],
    ['lateral-moderate', 45, 'merchant'],
    ['lateral-severe', 45, 'merchant'],
    ['trochlear-dysplasia', 45, 'merchant'],
    ['lateral-severe', 30, 'groove'],
    ['normal', 60, 'groove'],
  ] as const)(
    '%s at %i deg (%s beam): sulcus within 3 deg, the kneecap angles within 4 deg, bisect offset within 5 points',
    (preset, flexion, beam) => {
      const plane = pose(preset, flexion, beam)
      const stage = measuredByTheStage(plane)
      const rays = measuredByRays(plane)
      expect(stage.ok).toBe(true)
      expect(Math.abs(stage.sulcusAngleDeg - rays.sulcusAngleDeg)).toBeLessThanOrEqual(3)
      expect(Math.abs(stage.congruenceAngleDeg - rays.congruenceAngleDeg)).toBeLessThanOrEqual(4)
      expect(
        Math.abs(stage.lateralPatellofemoralAngleDeg - rays.lateralPatellofemoralAngleDeg),
      ).toBeLessThanOrEqual(4)
      expect(Math.abs(stage.patellarTiltDeg - rays.patellarTiltDeg)).toBeLessThanOrEqual(4)
      expect(Math.abs(stage.bisectOffset - rays.bisectOffset)).toBeLessThanOrEqual(0.05)
    },
  )

  it('a straight knee under the Merchant beam gives no angles (the kneecap is above the groove), not nonsense', () => {
    // the builder could ask for it: Merchant's beam with the knee at 0 deg read -142 deg congruence
    const straight = measuredByTheStage(pose('lateral-severe', 0, 'merchant'))
    if (straight.ok) expect(Math.abs(straight.congruenceAngleDeg)).toBeLessThanOrEqual(90)
    else expect(straight.ok).toBe(false)
  })

  it('the dysplastic groove reads flatter, and severe maltracking further lateral, than normal', () => {
    const normal = { ...measuredByTheStage(pose('normal', 45, 'merchant')) }
    const dysplastic = { ...measuredByTheStage(pose('trochlear-dysplasia', 45, 'merchant')) }
    const severe = { ...measuredByTheStage(pose('lateral-severe', 20, 'groove')) }
    const normal20 = { ...measuredByTheStage(pose('normal', 20, 'groove')) }
    expect(dysplastic.sulcusAngleDeg).toBeGreaterThan(normal.sulcusAngleDeg + 8)
    expect(severe.bisectOffset).toBeGreaterThan(normal20.bisectOffset)
    expect(severe.congruenceAngleDeg).toBeGreaterThan(normal20.congruenceAngleDeg)
  })
})

describe('the skyline camera', () => {
  const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - b[i]!)
  const dot = (a: readonly number[], b: readonly number[]) =>
    a.reduce((s, v, i) => s + v * b[i]!, 0)

  it('along the groove at 45 deg: at the seat, looking along the path, the path normal up', () => {
    const view = skylineView(45, 'groove')
    // the seat at 45 deg (SEAT_PATH row 9), metres
    expect(view.target[0]).toBeCloseTo(-0.01022, 5)
    expect(view.target[1]).toBeCloseTo(-0.02173, 5)
    expect(view.target[2]).toBeCloseTo(0.03538, 5)
    const toCamera = sub(view.position, view.target)
    expect(Math.hypot(...toCamera)).toBeCloseTo(0.25, 6)
    expect(dot(toCamera, view.up)).toBeCloseTo(0, 9)
    expect(view.up[1]).toBeCloseTo(-0.758, 3)
    expect(view.up[2]).toBeCloseTo(0.6522, 3)
    // from above and in front, as a Merchant view's tube
    expect(toCamera[1]).toBeGreaterThan(0)
    expect(toCamera[2]).toBeGreaterThan(0)
  })

  it("Merchant's beam runs 30 deg from the femoral shaft whatever the flexion", () => {
    for (const flexion of [20, 45, 70]) {
      const view = skylineView(flexion, 'merchant')
      const toCamera = sub(view.position, view.target)
      const fromShaft = (Math.acos(toCamera[1]! / Math.hypot(...toCamera)) * 180) / Math.PI
      expect(fromShaft).toBeCloseTo(30, 6)
    }
  })
})
