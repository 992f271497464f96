/**
 * The knee frame, measured on the real bones: origin midway between the femoral epicondyles,
 * +X medial, +Y toward the hip centre, +Z anterior (../shared/reference/anatomy.md, "Coordinate
 * frame"). Applied to the left-leg source it is a reflection, which is how the left knee becomes
 * the right knee the library treats as default.
 */
import type { Vec3 } from '../generator/sdf'
import type { RawMesh } from './stl'

export type KneeFrame = {
  /** origin, in source coordinates (mm) */
  origin: Vec3
  /** unit axes in source coordinates: medial, superior, anterior */
  axes: [Vec3, Vec3, Vec3]
  /** true when the map is a mirror image (triangle winding must be reversed) */
  mirrors: boolean
}

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const scale = (a: Vec3, s: number): Vec3 => [a[0] * s, a[1] * s, a[2] * s]
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const unit = (a: Vec3): Vec3 => scale(a, 1 / Math.hypot(a[0], a[1], a[2]))

export function centroid(mesh: RawMesh): Vec3 {
  const s = [0, 0, 0]
  const n = mesh.positions.length / 3
  for (let i = 0; i < mesh.positions.length; i++) s[i % 3]! += mesh.positions[i]!
  return [s[0]! / n, s[1]! / n, s[2]! / n]
}

/** Least-squares sphere through the points (algebraic fit, solved by Gaussian elimination). */
export function fitSphere(mesh: RawMesh): { centre: Vec3; radius: number } {
  // x^2+y^2+z^2 = 2ax + 2by + 2cz + d
  const A = Array.from({ length: 4 }, () => [0, 0, 0, 0, 0])
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    const row = [2 * p[i]!, 2 * p[i + 1]!, 2 * p[i + 2]!, 1]
    const rhs = p[i]! ** 2 + p[i + 1]! ** 2 + p[i + 2]! ** 2
    for (let r = 0; r < 4; r++) {
      for (let c = 0; c < 4; c++) A[r]![c]! += row[r]! * row[c]!
      A[r]![4]! += row[r]! * rhs
    }
  }
  for (let c = 0; c < 4; c++) {
    let pivot = c
    for (let r = c + 1; r < 4; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[pivot]![c]!)) pivot = r
    ;[A[c], A[pivot]] = [A[pivot]!, A[c]!]
    for (let r = 0; r < 4; r++) {
      if (r === c) continue
      const f = A[r]![c]! / A[c]![c]!
      for (let k = c; k < 5; k++) A[r]![k]! -= f * A[c]![k]!
    }
  }
  const [a, b, c, d] = [0, 1, 2, 3].map((i) => A[i]![4]! / A[i]![i]!) as [
    number,
    number,
    number,
    number,
  ]
  return { centre: [a, b, c], radius: Math.sqrt(d + a * a + b * b + c * c) }
}

/** The vertex of `mesh` farthest along `direction` within `radiusMm` of `near`. */
export function extremeNear(mesh: RawMesh, near: Vec3, direction: Vec3, radiusMm: number): Vec3 {
  let best: Vec3 = near
  let bestValue = -Infinity
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    const v: Vec3 = [p[i]!, p[i + 1]!, p[i + 2]!]
    if (Math.hypot(v[0] - near[0], v[1] - near[1], v[2] - near[2]) > radiusMm) continue
    const value = dot(v, direction)
    if (value > bestValue) {
      bestValue = value
      best = v
    }
  }
  return best
}

/**
 * Frame from the epicondyles (medial, lateral) and the hip centre; `anteriorHint` is a direction
 * that points roughly forward in the source (the Denver frame's +y).
 */
export function kneeFrame(medial: Vec3, lateral: Vec3, hip: Vec3, anteriorHint: Vec3): KneeFrame {
  const origin = scale(
    [medial[0] + lateral[0], medial[1] + lateral[1], medial[2] + lateral[2]],
    0.5,
  )
  const x = unit(sub(medial, lateral))
  const toHip = sub(hip, origin)
  const y = unit(sub(toHip, scale(x, dot(toHip, x))))
  let z = unit(cross(x, y))
  if (dot(z, anteriorHint) < 0) z = scale(z, -1)
  const mirrors = dot(cross(x, y), z) < 0
  return { origin, axes: [x, y, z], mirrors }
}

export function toFrame(frame: KneeFrame, p: Vec3): Vec3 {
  const d = sub(p, frame.origin)
  return [dot(d, frame.axes[0]), dot(d, frame.axes[1]), dot(d, frame.axes[2])]
}

/** The mesh in the knee frame, winding reversed if the frame mirrors. */
export function meshToFrame(frame: KneeFrame, mesh: RawMesh): RawMesh {
  const positions = new Float32Array(mesh.positions.length)
  for (let i = 0; i < positions.length; i += 3) {
    const q = toFrame(frame, [mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!])
    positions[i] = q[0]
    positions[i + 1] = q[1]
    positions[i + 2] = q[2]
  }
  const indices = mesh.indices.slice()
  if (frame.mirrors)
    for (let t = 0; t < indices.length; t += 3) {
      const b = indices[t + 1]!
      indices[t + 1] = indices[t + 2]!
      indices[t + 2] = b
    }
  return { positions, indices }
}
