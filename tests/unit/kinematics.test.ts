// The kinematics against the reference figures in ../shared/reference/anatomy.md. Each test names
// the row (and its source) it checks; expected numbers are the published ones, not values read
// back from the solver.
import { SEAT_FLEXION_STEP_DEG, SEAT_PATH } from '../../src/anatomy/patellofemoral.generated'
import { describe, expect, it } from 'vitest'
import {
  grooveDeepestPointMm,
  solveKnee,
  TRACKING_PRESETS,
  type KneeSolution,
  type TrackingParams,
} from '../../src/kinematics'
import { PATELLA_THICKNESS_MM } from '../../src/anatomy/dimensions'

const normal = TRACKING_PRESETS.normal
const { mild, moderate, severe } = TRACKING_PRESETS.lateralMaltracking

function at(flexionDeg: number, params: Partial<TrackingParams> = normal): KneeSolution {
  return solveKnee({ ...params, flexionDeg })
}
const shift = (flexionDeg: number, params?: Partial<TrackingParams>) =>
  at(flexionDeg, params).patella.lateralShiftMm
const tilt = (flexionDeg: number, params?: Partial<TrackingParams>) =>
  at(flexionDeg, params).patella.tiltDeg
const range = (from: number, to: number, step: number) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)

/** Rotate v by the unit quaternion q = [x, y, z, w]. */
function rotate(q: readonly number[], v: readonly [number, number, number]): number[] {
  const [x, y, z, w] = q as [number, number, number, number]
  const [vx, vy, vz] = v
  // t = 2 q_vec x v; v' = v + w t + q_vec x t
  const tx = 2 * (y * vz - z * vy)
  const ty = 2 * (z * vx - x * vz)
  const tz = 2 * (x * vy - y * vx)
  return [
    vx + w * tx + (y * tz - z * ty),
    vy + w * ty + (z * tx - x * tz),
    vz + w * tz + (x * ty - y * tx),
  ]
}

describe('frame and poses (anatomy.md "Coordinate frame used by the project")', () => {
  it('the tibia pose is the identity at full extension', () => {
    const { tibia } = at(0)
    expect(tibia.position).toEqual([0, 0, 0])
    expect(tibia.quaternion[0]).toBeCloseTo(0, 12)
    expect(tibia.quaternion[1]).toBeCloseTo(0, 12)
    expect(tibia.quaternion[2]).toBeCloseTo(0, 12)
    expect(tibia.quaternion[3]).toBeCloseTo(1, 12)
  })

  it('flexion is a rotation about +X that swings the shin backward (toward -Z)', () => {
    const { tibia } = at(90)
    const ankle = rotate(tibia.quaternion, [0, -0.35, 0])
    expect(ankle[2]).toBeLessThan(-0.33)
    expect(Math.abs(ankle[1]!)).toBeLessThan(0.05)
  })

  it('poses are in metres and quaternions are unit length', () => {
    for (const flexion of range(0, 120, 10)) {
      for (const params of [normal, severe]) {
        const { tibia, patella } = at(flexion, params)
        expect(Math.hypot(...tibia.quaternion)).toBeCloseTo(1, 12)
        expect(Math.hypot(...patella.quaternion)).toBeCloseTo(1, 12)
        // the patella is within 10 cm of the knee centre: metres, not millimetres
        expect(Math.hypot(...patella.position)).toBeLessThan(0.1)
      }
    }
  })

  it('lateral shift is negative X (the right knee faces +Z, lateral is -X)', () => {
    const { patella } = at(0, severe)
    expect(patella.lateralShiftMm).toBeGreaterThan(0)
    // measured from the groove's line, which on the real femur lies lateral of the epicondyles' midpoint
    expect(patella.position[0]).toBeCloseTo(
      (grooveDeepestPointMm(0).x - patella.lateralShiftMm) / 1000,
      12,
    )
  })

  it('lateral tilt turns the lateral edge backward (posterior) and the medial edge forward', () => {
    const { patella } = at(0, severe)
    expect(patella.tiltDeg).toBeGreaterThan(5)
    const lateralEdge = rotate(patella.quaternion, [-0.0215, 0, 0])
    const medialEdge = rotate(patella.quaternion, [0.0215, 0, 0])
    expect(lateralEdge[2]).toBeLessThan(0)
    expect(medialEdge[2]).toBeGreaterThan(0)
    expect(Math.asin(-lateralEdge[2]! / 0.0215) / (Math.PI / 180)).toBeCloseTo(patella.tiltDeg, 6)
  })

  it('the patella flexes about +X: its lower pole swings backward', () => {
    const { patella } = at(60)
    const lowerPole = rotate(patella.quaternion, [0, -0.02, 0])
    expect(lowerPole[2]).toBeLessThan(-0.01)
  })
})

describe('tibiofemoral motion', () => {
  it('screw-home: the tibia turns internally by 5-10 deg as the knee bends from 0 to 30 deg (widely quoted; unverified)', () => {
    expect(at(0).tibia.internalRotationDeg).toBe(0)
    const at30 = at(30).tibia.internalRotationDeg
    expect(at30).toBeGreaterThanOrEqual(4)
    expect(at30).toBeLessThanOrEqual(10)
    // internal rotation = positive turn about the tibia's +Y: the tuberosity (front) moves medially (+X)
    const front = rotate(at(30).tibia.quaternion, [0, 0, 0.03])
    expect(front[0]).toBeGreaterThan(0)
  })

  it('femoral rollback: lateral condyle 7 mm, medial 2 mm (Knee 2023): the tibia moves forward by their mean', () => {
    expect(at(0).tibia.rollbackMm).toBe(0)
    expect(at(90).tibia.rollbackMm).toBeCloseTo((7 + 2) / 2, 6)
    // forward in the tibia's own frame: at 90 deg its anterior points down the femur frame (-Y)
    const { tibia } = at(90)
    expect(tibia.position[1]).toBeCloseTo(-0.0045, 6)
    expect(tibia.position[2]).toBeCloseTo(0, 6)
  })
})

describe('normal patellar motion (anatomy.md "Normal patellar motion against knee flexion")', () => {
  // The path is measured on the model's own cartilage (src/anatomy/patellofemoral.generated.ts,
  // checked against the generator in tests/unit/model-build.test.ts). Against the published path of a
  // larger knee (OpenSim Rajagopal 2016: 0: +16/55; 30: -7/46; 60: -23/33; 90: -29/17;
  // 120: -27/3) it has the same shape: down and back through 90 deg, then back at the notch.
  it("the patellar centre follows the seat measured on the model, with the published path's shape (OpenSim Rajagopal 2016)", () => {
    for (let i = 0; i < SEAT_PATH.length; i++) {
      const [x, superiorMm, anteriorMm, ny, nz] = SEAT_PATH[i]!
      const { position, lateralShiftMm, liftMm } = at(i * SEAT_FLEXION_STEP_DEG).patella
      expect(position[0] * 1000).toBeCloseTo(x - lateralShiftMm, 3)
      expect(position[1] * 1000).toBeCloseTo(superiorMm + ny * liftMm, 3)
      expect(position[2] * 1000).toBeCloseTo(anteriorMm + nz * liftMm, 3)
    }
    const p = (flexion: number) => at(flexion).patella.position.map((v) => v * 1000)
    for (const [a, b] of [
      [0, 30],
      [30, 60],
      [60, 90],
    ] as const) {
      expect(p(b)[1]!).toBeLessThan(p(a)[1]!)
      expect(p(b)[2]!).toBeLessThan(p(a)[2]!)
    }
    // total travel 0 -> 90 deg within 30 % of the published path's (45 mm down, 38 mm back)
    expect((p(0)[1]! - p(90)[1]!) / 45).toBeGreaterThan(0.7)
    expect((p(0)[1]! - p(90)[1]!) / 45).toBeLessThan(1.3)
    expect((p(0)[2]! - p(90)[2]!) / 38).toBeGreaterThan(0.7)
    expect((p(0)[2]! - p(90)[2]!) / 38).toBeLessThan(1.3)
  })

  it('patellar flexion is 60-70 % of knee flexion (Knee 2023, dynamic CT, 97 knees; J Healthc Eng 2019)', () => {
    for (const flexion of range(10, 120, 10)) {
      const ratio = at(flexion).patella.flexionDeg / flexion
      expect(ratio).toBeGreaterThanOrEqual(0.6)
      expect(ratio).toBeLessThanOrEqual(0.7)
    }
  })

  it('medial-lateral path: about 3 mm medial over the first 30 deg, then lateral (Knee 2023; Katchburian 2003)', () => {
    const start = shift(0)
    const mostMedial = Math.min(...range(0, 30, 1).map((f) => shift(f)))
    const medialMm = start - mostMedial
    expect(medialMm).toBeGreaterThanOrEqual(1)
    expect(medialMm).toBeLessThanOrEqual(4)
    // then lateral with further flexion
    expect(shift(60)).toBeGreaterThan(shift(30))
    expect(shift(90)).toBeGreaterThan(shift(60))
    expect(shift(120)).toBeGreaterThan(shift(90))
  })

  it('tilt: lateral tilt of a few degrees that falls with flexion; median 5 deg at full flexion (Knee 2023; Katchburian 2003)', () => {
    for (const flexion of range(0, 120, 5)) {
      expect(tilt(flexion)).toBeGreaterThan(0)
      expect(tilt(flexion)).toBeLessThanOrEqual(8)
    }
    expect(tilt(0)).toBeGreaterThan(tilt(30))
    expect(tilt(0)).toBeGreaterThan(tilt(90))
    expect(tilt(120)).toBeGreaterThanOrEqual(3)
    expect(tilt(120)).toBeLessThanOrEqual(7)
  })

  it('no clinical tilt in the normal knee: MRI tilt >= 10 deg matches clinical lateral tilt (Grelsamer 2008)', () => {
    for (const flexion of range(0, 120, 5)) expect(tilt(flexion)).toBeLessThan(10)
  })

  it('engagement: the MPFL is the main lateral restraint from 0-20 deg, the groove beyond 20 deg (Fulkerson; Sherman)', () => {
    for (const flexion of [0, 5]) {
      const { forces } = at(flexion)
      expect(forces.medialRestraintN).toBeGreaterThan(forces.grooveRestraintN)
    }
    for (const flexion of range(25, 120, 5)) {
      const { forces } = at(flexion)
      expect(forces.grooveRestraintN).toBeGreaterThan(forces.medialRestraintN)
    }
  })

  it('contact: first contact at about 20 deg (Fulkerson): almost no contact force at full extension', () => {
    expect(at(0).forces.contactN).toBeLessThan(0.05 * at(30).forces.contactN)
    expect(at(20).forces.contactN).toBeGreaterThan(0.3 * at(30).forces.contactN)
  })

  it('the bisect offset stays near 0.5 (centred) in the normal knee', () => {
    for (const flexion of range(0, 120, 10)) {
      const { bisectOffset } = at(flexion).patella
      expect(bisectOffset).toBeGreaterThan(0.45)
      expect(bisectOffset).toBeLessThan(0.6)
    }
  })

  it('the forces balance: lateral pull = medial pull + medial restraint + groove restraint', () => {
    for (const params of [normal, mild, moderate, severe, TRACKING_PRESETS.trochlearDysplasia]) {
      for (const flexion of range(0, 120, 15)) {
        const { forces } = at(flexion, params)
        expect(forces.lateralPullN).toBeCloseTo(
          forces.medialPullN + forces.medialRestraintN + forces.grooveRestraintN,
          3,
        )
      }
    }
  })
})

describe('groove deepest point', () => {
  it("lies on the seat's line, half a patellar thickness inside the seat (plus the patella's lift)", () => {
    for (const flexion of range(0, 120, 15)) {
      const groove = grooveDeepestPointMm(flexion)
      const { patella } = at(flexion)
      expect(groove.x).toBeCloseTo(patella.position[0] * 1000 + patella.lateralShiftMm, 6)
      const dy = patella.position[1] * 1000 - groove.superiorMm
      const dz = patella.position[2] * 1000 - groove.anteriorMm
      expect(Math.hypot(dy, dz)).toBeCloseTo(PATELLA_THICKNESS_MM / 2 + patella.liftMm, 1)
    }
  })

  it('lateralShiftMm is measured from it: a centred patella would sit over x = 0', () => {
    const { patella } = at(45, moderate)
    expect(patella.position[0] * 1000 + patella.lateralShiftMm).toBeCloseTo(
      grooveDeepestPointMm(45).x,
      9,
    )
  })
})

describe('lateral maltracking (anatomy.md "Maltracking")', () => {
  it('moderate: lateral tilt of 10 deg or more near full extension (Grelsamer 2008: MRI tilt >= 10 deg is clinical tilt)', () => {
    expect(tilt(0, moderate)).toBeGreaterThanOrEqual(10)
    expect(tilt(5, moderate)).toBeGreaterThanOrEqual(10)
  })

  it('more lateral translation at 0-50 deg than pain-free knees (Draper 2009; Tanaka, KSSTA)', () => {
    for (const level of [mild, moderate, severe]) {
      for (const flexion of range(0, 50, 5)) {
        expect(shift(flexion, level) - shift(flexion)).toBeGreaterThan(0.5)
      }
    }
    for (const flexion of range(0, 50, 5)) {
      expect(shift(flexion, moderate) - shift(flexion)).toBeGreaterThan(1.5)
    }
  })

  it('more lateral tilt at 0-20 deg than pain-free knees (Draper 2009)', () => {
    for (const level of [mild, moderate, severe]) {
      for (const flexion of range(0, 20, 5)) {
        expect(tilt(flexion, level)).toBeGreaterThan(tilt(flexion) + 0.5)
      }
    }
  })

  it('the J-sign: most lateral near full extension (Draper 2009; Tanaka, KSSTA)', () => {
    for (const level of [moderate, severe]) {
      const flexions = range(0, 120, 1)
      const shifts = flexions.map((f) => shift(f, level))
      const peakAt = flexions[shifts.indexOf(Math.max(...shifts))]!
      expect(peakAt).toBeLessThanOrEqual(10)
      // and it comes back toward the middle as the patella enters the groove
      expect(shift(0, level) - shift(30, level)).toBeGreaterThan(2.5)
    }
  })

  it('weight moves onto the lateral facet where there is contact (20-90 deg)', () => {
    for (const flexion of range(20, 90, 10)) {
      const normalShare = at(flexion).patella.lateralFacetShare
      expect(at(flexion, moderate).patella.lateralFacetShare).toBeGreaterThan(normalShare + 0.05)
      expect(at(flexion, severe).patella.lateralFacetShare).toBeGreaterThanOrEqual(
        at(flexion, moderate).patella.lateralFacetShare,
      )
    }
  })

  it('severe > moderate > mild > normal in shift, tilt and bisect offset near extension', () => {
    for (const flexion of [0, 10, 20, 30, 45]) {
      const values = [normal, mild, moderate, severe].map((p) => at(flexion, p).patella)
      for (let i = 1; i < values.length; i++) {
        expect(values[i]!.lateralShiftMm).toBeGreaterThan(values[i - 1]!.lateralShiftMm)
        expect(values[i]!.tiltDeg).toBeGreaterThan(values[i - 1]!.tiltDeg)
        expect(values[i]!.bisectOffset).toBeGreaterThan(values[i - 1]!.bisectOffset)
      }
    }
  })

  it('severe: tilt at 0 deg in the range of recurrent dislocators, about 19 deg (PMC5134791)', () => {
    expect(tilt(0, severe)).toBeGreaterThanOrEqual(14)
    expect(tilt(0, severe)).toBeLessThanOrEqual(24)
  })
})

describe('each cause moves the patella the right way', () => {
  const flexions = [0, 15, 30, 60, 90]

  it('less VMO: more lateral', () => {
    for (const flexion of flexions) {
      expect(shift(flexion, { vmoActivation: 0.5 })).toBeGreaterThan(shift(flexion))
      expect(shift(flexion, { vmoActivation: 0 })).toBeGreaterThan(
        shift(flexion, { vmoActivation: 0.5 }),
      )
      expect(tilt(flexion, { vmoActivation: 0 })).toBeGreaterThan(tilt(flexion))
    }
  })

  it('more lateral tightness: more lateral shift and tilt', () => {
    for (const flexion of flexions) {
      expect(shift(flexion, { lateralTightness: 0.5 })).toBeGreaterThan(shift(flexion))
      expect(shift(flexion, { lateralTightness: 1 })).toBeGreaterThan(
        shift(flexion, { lateralTightness: 0.5 }),
      )
      expect(tilt(flexion, { lateralTightness: 1 })).toBeGreaterThan(tilt(flexion))
    }
  })

  it('flatter groove: more lateral, and most where the groove holds the patella (Senavongse & Amis 2005)', () => {
    for (const flexion of flexions) {
      expect(shift(flexion, { sulcusAngleDeg: 150 })).toBeGreaterThan(shift(flexion))
      expect(shift(flexion, { sulcusAngleDeg: 170 })).toBeGreaterThan(
        shift(flexion, { sulcusAngleDeg: 150 }),
      )
    }
    const gainAt = (f: number) => shift(f, { sulcusAngleDeg: 170 }) - shift(f)
    expect(gainAt(60)).toBeGreaterThan(gainAt(0))
  })

  it('more joint fluid: more lateral; nothing below 20 ml, vastus medialis from 20-30 ml (Arch Phys Med Rehabil 1984;65:171)', () => {
    for (const flexion of flexions) {
      expect(shift(flexion, { effusionMl: 15 })).toBeCloseTo(shift(flexion), 9)
      expect(shift(flexion, { effusionMl: 30 })).toBeGreaterThan(shift(flexion))
      expect(shift(flexion, { effusionMl: 45 })).toBeGreaterThan(shift(flexion, { effusionMl: 30 }))
      expect(shift(flexion, { effusionMl: 60 })).toBeGreaterThan(shift(flexion, { effusionMl: 45 }))
      expect(shift(flexion, { effusionMl: 150 })).toBeGreaterThanOrEqual(
        shift(flexion, { effusionMl: 60 }) - 1e-9,
      )
    }
  })

  it('larger Q-angle: more lateral', () => {
    for (const flexion of flexions) {
      expect(shift(flexion, { qAngleDeg: 20 })).toBeGreaterThan(shift(flexion))
    }
  })

  it('the post-surgery swelling preset moves the patella laterally with every muscle but VM still on', () => {
    const swollen = TRACKING_PRESETS.postSurgerySwelling
    expect(swollen.effusionMl).toBeGreaterThan(30)
    expect(swollen.effusionMl).toBeLessThan(50)
    expect(shift(0, swollen)).toBeGreaterThan(shift(0) + 0.5)
  })
})
