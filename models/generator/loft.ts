/**
 * Lofted soft tissue: a closed tube along a Catmull-Rom centreline whose elliptical section
 * swells from tendon to belly and back. UVs carry fibre coordinates (u across the fibres, v along
 * them) for the striation shader; fibres run along the centreline, so an oblique path (the VMO)
 * gives oblique fibres.
 */
import type { MeshData } from './mesh'
import type { Vec3 } from './sdf'

/** UV units: one UV unit is this many millimetres, keeping UVs inside [0, 1] for quantization. */
export const FIBRE_UV_SCALE_MM = 1024

export type LoftProfile = {
  /** Half-width (mm) at the ends and at the belly. */
  endWidthMm: number
  bellyWidthMm: number
  /** Half-thickness (mm) at the ends and at the belly. */
  endThicknessMm: number
  bellyThicknessMm: number
  /** Where along the path (0..1) the belly is fullest, and how wide the swelling is (0..1). */
  bellyAt?: number
  bellySpread?: number
  /** Second end's size if it differs from the first: [half-width, half-thickness]. */
  endBMm?: readonly [number, number]
  /** Fraction of the swelling pushed away from the bone (along `depth`) instead of both ways. */
  outwardShift?: number
  /**
   * Superellipse exponent of the section: 2 is an ellipse, higher is a band with rounded sides
   * (a flat ellipse is a blade whose edges are thinner than a real tendon's).
   */
  squareness?: number
  /**
   * Fibre ridges: every other vertex around the ring has its normal tilted this far (radians)
   * across the fibres, so the light shows fine striation along the tendon.
   */
  ridgeTiltRad?: number
  /** Fibre striation in the colour: every other vertex around the ring this much darker (0-1). */
  striation?: number
}

export type LoftOptions = {
  /** Centreline control points (mm). */
  points: readonly Vec3[]
  profile: LoftProfile
  /** Direction of thickness (away from the bone underneath); width is across it. */
  depth: Vec3
  /** Spacing of rings along the path (mm) and vertices around a ring. */
  ringSpacingMm?: number
  segments?: number
}

export type Loft = MeshData & {
  /** Fraction along the path (0..1) of each vertex, for skin weights. */
  along: Float32Array
}

function catmullRom(points: readonly Vec3[], t: number): [number, number, number] {
  const n = points.length - 1
  const f = Math.min(Math.max(t, 0), 1) * n
  const i = Math.min(Math.floor(f), n - 1)
  const u = f - i
  const p = (k: number) => points[Math.min(Math.max(k, 0), n)]!
  const p0 = i === 0 ? mirror(p(0), p(1)) : p(i - 1)
  const p1 = p(i)
  const p2 = p(i + 1)
  const p3 = i + 2 > n ? mirror(p(n), p(n - 1)) : p(i + 2)
  const out: [number, number, number] = [0, 0, 0]
  for (let a = 0; a < 3; a++) {
    out[a] =
      0.5 *
      (2 * p1[a]! +
        (-p0[a]! + p2[a]!) * u +
        (2 * p0[a]! - 5 * p1[a]! + 4 * p2[a]! - p3[a]!) * u * u +
        (-p0[a]! + 3 * p1[a]! - 3 * p2[a]! + p3[a]!) * u * u * u)
  }
  return out
}

function mirror(end: Vec3, inner: Vec3): Vec3 {
  return [2 * end[0] - inner[0], 2 * end[1] - inner[1], 2 * end[2] - inner[2]]
}

const sub = (a: Vec3, b: Vec3): [number, number, number] => [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const cross = (a: Vec3, b: Vec3): [number, number, number] => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
]
const normalize = (a: Vec3): [number, number, number] => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1
  return [a[0] / l, a[1] / l, a[2] / l]
}

/** Section half-sizes at a fraction along the path: a smooth swelling between the tendon ends. */
export function sectionAt(
  profile: LoftProfile,
  t: number,
): { width: number; thickness: number; swell: number } {
  const at = profile.bellyAt ?? 0.5
  const spread = profile.bellySpread ?? 0.45
  const x = (t - at) / spread
  const swell = Math.abs(x) >= 1 ? 0 : (1 - x * x) ** 2
  const [endW, endT] = profile.endBMm ?? [profile.endWidthMm, profile.endThicknessMm]
  const w0 = profile.endWidthMm + (endW - profile.endWidthMm) * t
  const t0 = profile.endThicknessMm + (endT - profile.endThicknessMm) * t
  return {
    width: w0 + (profile.bellyWidthMm - w0) * swell,
    thickness: t0 + (profile.bellyThicknessMm - t0) * swell,
    swell,
  }
}

export function loft({
  points,
  profile,
  depth,
  ringSpacingMm = 5,
  segments = 18,
}: LoftOptions): Loft {
  // ---- sample the centreline by arc length ----
  const dense: Array<[number, number, number]> = []
  for (let i = 0; i <= 400; i++) dense.push(catmullRom(points, i / 400))
  const cumulative = [0]
  for (let i = 1; i < dense.length; i++) {
    cumulative.push(cumulative[i - 1]! + Math.hypot(...sub(dense[i]!, dense[i - 1]!)))
  }
  const length = cumulative[cumulative.length - 1]!
  const rings = Math.max(4, Math.ceil(length / ringSpacingMm))
  const centres: Array<[number, number, number]> = []
  for (let r = 0; r <= rings; r++) {
    const target = (r / rings) * length
    let k = 1
    while (k < cumulative.length - 1 && cumulative[k]! < target) k++
    const a = cumulative[k - 1]!
    const span = cumulative[k]! - a || 1
    const u = (target - a) / span
    const p = dense[k - 1]!
    const q = dense[k]!
    centres.push([p[0] + (q[0] - p[0]) * u, p[1] + (q[1] - p[1]) * u, p[2] + (q[2] - p[2]) * u])
  }

  // ---- buffers ----
  const columns = segments + 1 // the seam column is duplicated so u runs 0..1 without wrapping
  const vertexCount = (rings + 1) * columns + 2
  const positions = new Float32Array(vertexCount * 3)
  const normals = new Float32Array(vertexCount * 3)
  const uvs = new Float32Array(vertexCount * 2)
  const along = new Float32Array(vertexCount)
  const tone = new Float32Array(vertexCount).fill(1)
  const indices: number[] = []

  // ---- vertices: an ellipse per ring, oriented by the tangent and the depth direction ----
  for (let r = 0; r <= rings; r++) {
    const t = r / rings
    const prev = centres[Math.max(r - 1, 0)]!
    const next = centres[Math.min(r + 1, rings)]!
    const tangent = normalize(sub(next, prev))
    const outward = normalize(sub(depth, scaleVec(tangent, dot(depth, tangent))))
    const side = normalize(cross(tangent, outward))
    const { width, thickness, swell } = sectionAt(profile, t)
    const shift = (profile.outwardShift ?? 0.5) * swell * (thickness - profile.endThicknessMm)
    const centre = centres[r]!
    const perimeter =
      Math.PI *
      (3 * (width + thickness) - Math.sqrt((3 * width + thickness) * (width + 3 * thickness)))
    const n = profile.squareness ?? 2
    const tilt = profile.ridgeTiltRad ?? 0
    for (let s = 0; s <= segments; s++) {
      const angle = (s / segments) * Math.PI * 2
      // superellipse |x/w|^n + |y/t|^n = 1: position and normal (the gradient) from the angle
      const c = Math.sign(Math.cos(angle)) * Math.abs(Math.cos(angle)) ** (2 / n)
      const sn = Math.sign(Math.sin(angle)) * Math.abs(Math.sin(angle)) ** (2 / n)
      const nc = (Math.sign(c) * Math.abs(c) ** (n - 1)) / width
      const ns = (Math.sign(sn) * Math.abs(sn) ** (n - 1)) / thickness
      const v = r * columns + s
      for (let a = 0; a < 3; a++) {
        positions[v * 3 + a] =
          centre[a]! + side[a]! * c * width + outward[a]! * (sn * thickness + shift)
        normals[v * 3 + a] = side[a]! * nc + outward[a]! * ns
      }
      normalizeAt(normals, v)
      if (tilt && s % 2 === 1 && s !== segments) {
        // tilt about the tangent: toward the ring's next vertex (a ridge between two grooves)
        const t = Math.tan(tilt)
        const along = (s / segments) * Math.PI * 2
        for (let a = 0; a < 3; a++)
          normals[v * 3 + a] =
            normals[v * 3 + a]! +
            t *
              (-side[a]! * Math.sin(along) + outward[a]! * Math.cos(along)) *
              (s % 4 === 1 ? 1 : -1)
        normalizeAt(normals, v)
      }
      uvs[v * 2] = ((s / segments) * perimeter) / FIBRE_UV_SCALE_MM
      uvs[v * 2 + 1] = (t * length) / FIBRE_UV_SCALE_MM
      along[v] = t
      // the seam's two copies (s = 0 and s = segments) stay alike
      if (profile.striation && s % 2 === 1 && s !== segments) tone[v] = 1 - profile.striation
    }
  }
  // end caps: a centre vertex each
  const startCap = (rings + 1) * columns
  const endCap = startCap + 1
  for (const [cap, ring, sign] of [
    [startCap, 0, -1],
    [endCap, rings, 1],
  ] as const) {
    const centre = centres[ring]!
    const tangent = normalize(
      sub(centres[Math.min(ring + 1, rings)]!, centres[Math.max(ring - 1, 0)]!),
    )
    for (let a = 0; a < 3; a++) {
      positions[cap * 3 + a] = centre[a]!
      normals[cap * 3 + a] = tangent[a]! * sign
    }
    along[cap] = ring / rings
    uvs[cap * 2 + 1] = ((ring / rings) * length) / FIBRE_UV_SCALE_MM
  }

  // ---- indices ----
  for (let r = 0; r < rings; r++) {
    for (let s = 0; s < segments; s++) {
      const a = r * columns + s
      const b = a + 1
      const c = a + columns
      const d = c + 1
      indices.push(a, c, b, b, c, d)
    }
  }
  for (let s = 0; s < segments; s++) {
    indices.push(startCap, s + 1, s)
    const base = rings * columns
    indices.push(endCap, base + s, base + s + 1)
  }
  const mesh: Loft = {
    positions,
    normals,
    uvs,
    along,
    indices: new Uint32Array(indices),
    ...(profile.striation ? { tone } : {}),
  }
  return fixWinding(mesh)
}

function scaleVec(a: Vec3, k: number): [number, number, number] {
  return [a[0] * k, a[1] * k, a[2] * k]
}

function normalizeAt(buffer: Float32Array, v: number) {
  const l = Math.hypot(buffer[v * 3]!, buffer[v * 3 + 1]!, buffer[v * 3 + 2]!) || 1
  buffer[v * 3] = buffer[v * 3]! / l
  buffer[v * 3 + 1] = buffer[v * 3 + 1]! / l
  buffer[v * 3 + 2] = buffer[v * 3 + 2]! / l
}

/** Makes triangle winding agree with the vertex normals (outward, counter-clockwise). */
function fixWinding(mesh: Loft): Loft {
  const { positions: p, normals: n, indices } = mesh
  let agree = 0
  for (let i = 0; i < indices.length; i += 3) {
    const a = indices[i]! * 3
    const b = indices[i + 1]! * 3
    const c = indices[i + 2]! * 3
    const face = cross(
      [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!],
      [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!],
    )
    agree += Math.sign(dot(face, [n[a]!, n[a + 1]!, n[a + 2]!]))
  }
  if (agree < 0) {
    for (let i = 0; i < indices.length; i += 3) {
      const b = indices[i + 1]!
      indices[i + 1] = indices[i + 2]!
      indices[i + 2] = b
    }
  }
  return mesh
}
