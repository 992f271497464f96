/**
 * The kneecap's seat, found by rigid contact of the real patellar cartilage against the real
 * femoral cartilage. For each knee flexion the patella turns by the patellar flexion ratio and
 * is placed where its tendon keeps its length (inferior pole to tibial tuberosity, with the tibia
 * posed by the solver) and its cartilage just touches the trochlea. Across the groove, the seat
 * is the mediolateral position where the patella sinks deepest. A table then gives, for a shift
 * across the groove and a tilt, how far the patella must rise (or may settle) along the path's
 * normal to touch again. Written to src/anatomy/patellofemoral.generated.ts for the solver.
 */
import { PATELLAR_FLEXION_RATIO } from '../../src/anatomy/dimensions'
import { createKneeSolution, solveKneeInto } from '../../src/kinematics/solveKnee'
import type { RawMesh } from '../importer/stl'
import { solidify } from '../importer/voxel'
import type { Landmarks } from './landmarks'
import type { Sdf, Vec3 } from './sdf'
import { vertexNormals } from './sources'

const DEG = Math.PI / 180

export const SEAT_FLEXION_STEP_DEG = 5
export const CONTACT_FLEXIONS_DEG = Array.from({ length: 25 }, (_, i) => i * SEAT_FLEXION_STEP_DEG)
export const LIFT_SHIFTS_MM = Array.from({ length: 13 }, (_, i) => -10 + i * 2.5)
export const LIFT_TILTS_DEG = Array.from({ length: 9 }, (_, i) => -10 + i * 5)
/** A patella pushed off the cartilage altogether settles at most this far (mm). */
const LOWEST_LIFT_MM = -3

export type PatellofemoralTable = {
  /**
   * per CONTACT_FLEXIONS_DEG: patellar centre (x medial, superior, anterior; mm, knee frame) and
   * the unit normal of the path in the sagittal plane, away from the femur (superior, anterior)
   */
  path: Array<[number, number, number, number, number]>
  /** per CONTACT_FLEXIONS_DEG x LIFT_SHIFTS_MM x LIFT_TILTS_DEG: rise along the normal (mm) */
  lift: number[]
  tendonLengthMm: number
  /** the patella's centre in the model at full extension (mm) */
  bindCentre: Vec3
}

/** Rotation of a point about +X then +Y (the solver's qx(phi) * qy(-tilt)). */
function rotate(v: Vec3, phi: number, tilt: number): Vec3 {
  // qy(-tilt) first (the patella's own long axis), then qx(phi)
  const cy = Math.cos(-tilt)
  const sy = Math.sin(-tilt)
  const x1 = cy * v[0] + sy * v[2]
  const z1 = -sy * v[0] + cy * v[2]
  const y1 = v[1]
  const cx = Math.cos(phi)
  const sx = Math.sin(phi)
  return [x1, cx * y1 - sx * z1, sx * y1 + cx * z1]
}

export type SeatGeometry = {
  /** the femoral cartilage and the bone behind it */
  trochlea: Sdf
  /** the femoral cartilage alone (the groove's shape) */
  cartilage: Sdf
  /** articular (back) surface points of the patellar cartilage, relative to the patella centre */
  facets: Float32Array
}

export function seatGeometry(
  femur: RawMesh,
  femoralCartilage: RawMesh,
  patellarCartilage: RawMesh,
  centre: Vec3,
): SeatGeometry {
  // the cartilage and the bone behind it, over the distal femur (a patella pushed through the
  // thin cartilage must still meet bone)
  const box = { min: [-50, -40, -45] as Vec3, max: [50, 70, 65] as Vec3 }
  const cartilage = solidify([femoralCartilage], {
    cellMm: 0.4,
    bridgeVoxels: 1,
    smoothVoxels: 0.6,
    box,
  })
  const bone = solidify([femur], { cellMm: 0.4, bridgeVoxels: 1, smoothVoxels: 0.6, box })
  const trochlea: Sdf = (x, y, z) => Math.min(cartilage.field(x, y, z), bone.field(x, y, z))
  const normals = vertexNormals(patellarCartilage)
  const back: number[] = []
  const p = patellarCartilage.positions
  for (let v = 0; v < p.length; v += 3)
    if (normals[v + 2]! < -0.2)
      back.push(p[v]! - centre[0], p[v + 1]! - centre[1], p[v + 2]! - centre[2])
  return { trochlea, cartilage: cartilage.field, facets: new Float32Array(back) }
}

/** Smallest signed distance (mm) from the posed patellar facets to the femoral cartilage. */
export function clearanceMm(g: SeatGeometry, position: Vec3, phi: number, tilt: number): number {
  let min = Infinity
  const f = g.facets
  for (let i = 0; i < f.length; i += 3) {
    const q = rotate([f[i]!, f[i + 1]!, f[i + 2]!], phi, tilt)
    const d = g.trochlea(q[0] + position[0], q[1] + position[1], q[2] + position[2])
    if (d < min) min = d
  }
  return min
}

/** Distance t >= lo along `dir` from `from` where the clearance crosses zero (bisection). */
function touch(
  g: SeatGeometry,
  from: Vec3,
  dir: Vec3,
  phi: number,
  tilt: number,
  lo: number,
  hi: number,
): number {
  const at = (t: number): Vec3 => [from[0] + dir[0] * t, from[1] + dir[1] * t, from[2] + dir[2] * t]
  // clearance grows with t (dir points away from the femur)
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    if (clearanceMm(g, at(mid), phi, tilt) < 0) lo = mid
    else hi = mid
  }
  return (lo + hi) / 2
}

export function tibiaPointAt(flexionDeg: number, point: Vec3): Vec3 {
  const solution = solveKneeInto({ flexionDeg } as never, createKneeSolution())
  const [qx, qy, qz, qw] = solution.tibia.quaternion
  const [px, py, pz] = point
  // rotate by the quaternion, then translate (metres -> mm)
  const ix = qw * px + qy * pz - qz * py
  const iy = qw * py + qz * px - qx * pz
  const iz = qw * pz + qx * py - qy * px
  const iw = -qx * px - qy * py - qz * pz
  return [
    ix * qw + iw * -qx + iy * -qz - iz * -qy + solution.tibia.position[0] * 1000,
    iy * qw + iw * -qy + iz * -qx - ix * -qz + solution.tibia.position[1] * 1000,
    iz * qw + iw * -qz + ix * -qy - iy * -qx + solution.tibia.position[2] * 1000,
  ]
}

/**
 * The x of the groove's deepest point on a line across it: rays come down onto the femoral
 * cartilage along the patella's axis (its local -Z, turned by its flexion) from in front of `at`.
 */
export function sulcusX(g: SeatGeometry, at: Vec3, phi: number): number {
  const down = rotate([0, 0, -1], phi, 0)
  let bestX = at[0]
  let bestDepth = -Infinity
  for (let x = at[0] - 16; x <= at[0] + 16; x += 0.25) {
    // march from 40 mm out until inside the cartilage
    let t = 0
    while (
      t < 80 &&
      g.cartilage(x, at[1] - down[1] * 40 + down[1] * t, at[2] - down[2] * 40 + down[2] * t) > 0
    )
      t += 0.1
    if (t < 80 && t > bestDepth) {
      bestDepth = t
      bestX = x
    }
  }
  return bestX
}

/** The patellar ridge (deepest point of its back) relative to the patella's centre, across. */
export function ridgeOffsetMm(g: SeatGeometry): number {
  let best = 0
  let deepest = Infinity
  for (let i = 0; i < g.facets.length; i += 3)
    if (g.facets[i + 2]! < deepest) {
      deepest = g.facets[i + 2]!
      best = g.facets[i]!
    }
  return best
}

export function measureSeat(g: SeatGeometry, landmarks: Landmarks): PatellofemoralTable {
  const c = landmarks.patellaCentre
  const ridgeOffset = ridgeOffsetMm(g)
  const pole: Vec3 = [
    landmarks.patellaInferiorPole[0] - c[0],
    landmarks.patellaInferiorPole[1] - c[1],
    landmarks.patellaInferiorPole[2] - c[2],
  ]
  const tuberosity = landmarks.tibialTuberosity
  const tendonLengthMm = Math.hypot(
    landmarks.patellaInferiorPole[0] - tuberosity[0],
    landmarks.patellaInferiorPole[1] - tuberosity[1],
    landmarks.patellaInferiorPole[2] - tuberosity[2],
  )

  // ---- the seat along the flexion range: tendon length kept, cartilage touching ----
  const rawX: number[] = []
  const seats: Array<(x: number, angleHint: number) => { position: Vec3; angle: number }> = []
  const angles: number[] = []
  let previousAngle = NaN
  for (const flexionDeg of CONTACT_FLEXIONS_DEG) {
    const phi = PATELLAR_FLEXION_RATIO * flexionDeg * DEG
    const t = tibiaPointAt(flexionDeg, tuberosity)
    const r = rotate(pole, phi, 0)
    // the patellar centre lies on a circle about Q (tendon pivot) of radius L in the sagittal plane
    const seatAt = (x: number, angleHint: number) => {
      const Q: Vec3 = [x, t[1] - r[1], t[2] - r[2]]
      const dx = x - (t[0] - r[0])
      const radius = Math.sqrt(Math.max(tendonLengthMm ** 2 - dx * dx, 1))
      const point = (a: number): Vec3 => [
        x,
        Q[1] + radius * Math.cos(a),
        Q[2] + radius * Math.sin(a),
      ]
      // scan the arc around the expected angle for the free-to-touching edge nearest to it
      const clear = (a: number) => clearanceMm(g, point(a), phi, 0)
      const step = 1 * DEG
      let edge = NaN
      for (let k = 0; k <= 90 && Number.isNaN(edge); k++) {
        for (const a of [angleHint + k * step, angleHint - k * step]) {
          const here = clear(a)
          const next = clear(a + step)
          const previous = clear(a - step)
          if (here > 0 !== next > 0) edge = a + (here > 0 ? step : 0)
          else if (here > 0 !== previous > 0) edge = a + (here > 0 ? 0 : step) - step
          if (!Number.isNaN(edge)) break
        }
      }
      if (Number.isNaN(edge)) throw new Error(`no patellofemoral contact at ${flexionDeg} deg`)
      let lo = edge - step
      let hi = edge
      const loFree = clear(lo) > 0
      for (let i = 0; i < 40; i++) {
        const mid = (lo + hi) / 2
        if (clear(mid) > 0 === loFree) lo = mid
        else hi = mid
      }
      const angle = (lo + hi) / 2
      return { position: point(angle), angle }
    }
    // across the groove: the patella's median ridge over the sulcus (the groove's deepest point
    // on a line across it at the seat), found again after each sagittal seat
    const hint = Number.isNaN(previousAngle)
      ? Math.atan2(c[2] - (t[2] - r[2]), c[1] - (t[1] - r[1]))
      : previousAngle
    let x = rawX.length ? rawX[rawX.length - 1]! : c[0]
    let best = seatAt(x, hint)
    for (let round = 0; round < 3; round++) {
      x = sulcusX(g, best.position, phi) - ridgeOffset
      best = seatAt(x, best.angle)
    }
    previousAngle = best.angle
    rawX.push(x)
    seats.push(seatAt)
    angles.push(best.angle)
  }
  // at extension the patella rests where the donor's did, above the groove; the groove's line is
  // smoothed (the sulcus is found to a quarter millimetre), then each seat is found again on it
  const smoothX = rawX.map((_, i) => {
    if (i === 0) return c[0]
    let sum = 0
    let weight = 0
    for (let k = -2; k <= 2; k++) {
      const j = Math.min(Math.max(i + k, 0), rawX.length - 1)
      const w = 3 - Math.abs(k)
      sum += w * (j === 0 ? c[0] : rawX[j]!)
      weight += w
    }
    return sum / weight
  })
  const centres = smoothX.map((x, i) => seats[i]!(x, angles[i]!).position)
  const path = centres.map((p, i): [number, number, number, number, number] => {
    const before = centres[Math.max(i - 1, 0)]!
    const after = centres[Math.min(i + 1, centres.length - 1)]!
    const ty = after[1] - before[1]
    const tz = after[2] - before[2]
    const length = Math.hypot(ty, tz) || 1
    // the tangent turned by -90 degrees: the side away from the femur
    return [smoothX[i]!, p[1], p[2], tz / length, -ty / length]
  })

  // ---- lift table: rise along the path normal to touch, for a shift and a tilt ----
  const lift: number[] = []
  CONTACT_FLEXIONS_DEG.forEach((flexionDeg, i) => {
    const [x, y, z, ny, nz] = path[i]!
    const normal: Vec3 = [0, ny, nz]
    const phi = PATELLAR_FLEXION_RATIO * flexionDeg * DEG
    for (const shiftMm of LIFT_SHIFTS_MM) {
      for (const tiltDeg of LIFT_TILTS_DEG) {
        // lateral is -X: a lateral shift moves the centre toward -X
        const from: Vec3 = [x - shiftMm, y, z]
        const tilt = tiltDeg * DEG
        const rise =
          clearanceMm(
            g,
            [from[0], from[1] + ny * LOWEST_LIFT_MM, from[2] + nz * LOWEST_LIFT_MM],
            phi,
            tilt,
          ) >= 0
            ? LOWEST_LIFT_MM
            : touch(g, from, normal, phi, tilt, LOWEST_LIFT_MM, 20)
        // tenths of a millimetre: finer than the cartilage mesh the rise is measured on
        lift.push(Math.round(rise * 10) / 10)
      }
    }
  })
  return { path, lift, tendonLengthMm, bindCentre: c }
}
