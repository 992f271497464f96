/**
 * Fibre coordinates for the striation shader on a real belly: v runs along the fibres (the given
 * direction), u around the belly (arc length about the fibre axis), both in FIBRE_UV_SCALE_MM
 * units so they stay inside [0, 1]. The seam of u is put on `seamSide` (the deep side, on bone).
 */
import { FIBRE_UV_SCALE_MM } from './loft'
import type { Vec3 } from './sdf'

const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1
  return [a[0] / l, a[1] / l, a[2] / l]
}
const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]

/** The main axis of a point cloud (power iteration on the covariance), pointing up (+Y). */
export function principalAxis(positions: Float32Array): Vec3 {
  const n = positions.length / 3
  const c = [0, 0, 0]
  for (let i = 0; i < positions.length; i++) c[i % 3]! += positions[i]! / n
  const m = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (let i = 0; i < positions.length; i += 3) {
    const d = [positions[i]! - c[0]!, positions[i + 1]! - c[1]!, positions[i + 2]! - c[2]!]
    for (let r = 0; r < 3; r++) for (let s = 0; s < 3; s++) m[r * 3 + s]! += d[r]! * d[s]!
  }
  let v: Vec3 = [0, 1, 0]
  for (let it = 0; it < 50; it++)
    v = unit([
      m[0]! * v[0] + m[1]! * v[1] + m[2]! * v[2],
      m[3]! * v[0] + m[4]! * v[1] + m[5]! * v[2],
      m[6]! * v[0] + m[7]! * v[1] + m[8]! * v[2],
    ])
  return v[1] < 0 ? [-v[0], -v[1], -v[2]] : v
}

export function fibreUvs(positions: Float32Array, along: Vec3, seamSide: Vec3): Float32Array {
  const a = unit(along)
  const n = positions.length / 3
  const c = [0, 0, 0]
  for (let i = 0; i < positions.length; i++) c[i % 3]! += positions[i]! / n
  // e1 points to the seam side (deep), e2 completes the frame
  const e2 = unit(cross(a, seamSide))
  const e1 = cross(e2, a)
  let minAlong = Infinity
  for (let v = 0; v < n; v++) {
    const t = positions[v * 3]! * a[0] + positions[v * 3 + 1]! * a[1] + positions[v * 3 + 2]! * a[2]
    if (t < minAlong) minAlong = t
  }
  // u is arc length on a cylinder of the belly's mean radius about the fibre axis
  let meanRadius = 0
  for (let v = 0; v < n; v++) {
    const d: Vec3 = [
      positions[v * 3]! - c[0]!,
      positions[v * 3 + 1]! - c[1]!,
      positions[v * 3 + 2]! - c[2]!,
    ]
    const t = d[0] * a[0] + d[1] * a[1] + d[2] * a[2]
    meanRadius += Math.hypot(d[0] - a[0] * t, d[1] - a[1] * t, d[2] - a[2] * t) / n
  }
  const uvs = new Float32Array(n * 2)
  for (let v = 0; v < n; v++) {
    const d: Vec3 = [
      positions[v * 3]! - c[0]!,
      positions[v * 3 + 1]! - c[1]!,
      positions[v * 3 + 2]! - c[2]!,
    ]
    const t = d[0] * a[0] + d[1] * a[1] + d[2] * a[2]
    const x = d[0] * e1[0] + d[1] * e1[1] + d[2] * e1[2]
    const y = d[0] * e2[0] + d[1] * e2[1] + d[2] * e2[2]
    // angle measured from the side opposite the seam, so the wrap from -pi to pi lies on the seam
    const angle = Math.atan2(y, -x)
    uvs[v * 2] = ((angle + Math.PI) * Math.min(meanRadius, 150)) / FIBRE_UV_SCALE_MM
    uvs[v * 2 + 1] =
      Math.max(0, t + (c[0]! * a[0] + c[1]! * a[1] + c[2]! * a[2]) - minAlong) / FIBRE_UV_SCALE_MM
  }
  return uvs
}
