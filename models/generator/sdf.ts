/**
 * Signed distance fields in millimetres: negative inside, positive outside. Primitives and the
 * smooth boolean operations the bones are built from. Ellipsoid and revolved fields are bounds
 * rather than exact distances; the mesher's projection steps and a Lipschitz margin absorb that.
 */

export type Vec3 = readonly [number, number, number]
export type Sdf = (x: number, y: number, z: number) => number

// ---- primitives ---------------------------------------------------------------------------------

export function sphere([cx, cy, cz]: Vec3, radius: number): Sdf {
  return (x, y, z) => Math.hypot(x - cx, y - cy, z - cz) - radius
}

/** Axis-aligned ellipsoid (Inigo Quilez's bound: good near the surface). */
export function ellipsoid([cx, cy, cz]: Vec3, [rx, ry, rz]: Vec3): Sdf {
  return (x, y, z) => {
    const px = (x - cx) / rx
    const py = (y - cy) / ry
    const pz = (z - cz) / rz
    const k0 = Math.hypot(px, py, pz)
    const k1 = Math.hypot(px / rx, py / ry, pz / rz)
    return k1 === 0 ? -Math.min(rx, ry, rz) : (k0 * (k0 - 1)) / k1
  }
}

/** An ellipsoid turned by `rotation` (a row-major 3x3 taking world offsets into its own axes). */
export function orientedEllipsoid(centre: Vec3, radii: Vec3, rotation: Mat3): Sdf {
  const local = ellipsoid([0, 0, 0], radii)
  return (x, y, z) => {
    const dx = x - centre[0]
    const dy = y - centre[1]
    const dz = z - centre[2]
    return local(
      rotation[0] * dx + rotation[1] * dy + rotation[2] * dz,
      rotation[3] * dx + rotation[4] * dy + rotation[5] * dz,
      rotation[6] * dx + rotation[7] * dy + rotation[8] * dz,
    )
  }
}

/** A cone with rounded ends from a (radius ra) to b (radius rb): shafts, necks and tendons. */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Sdf {
  const bax = b[0] - a[0]
  const bay = b[1] - a[1]
  const baz = b[2] - a[2]
  const l2 = bax * bax + bay * bay + baz * baz
  const rr = ra - rb
  const a2 = l2 - rr * rr
  const il2 = 1 / l2
  return (x, y, z) => {
    const pax = x - a[0]
    const pay = y - a[1]
    const paz = z - a[2]
    const yv = pax * bax + pay * bay + paz * baz
    const zv = yv - l2
    const qx = pax * l2 - bax * yv
    const qy = pay * l2 - bay * yv
    const qz = paz * l2 - baz * yv
    const x2 = qx * qx + qy * qy + qz * qz
    const y2 = yv * yv * l2
    const z2 = zv * zv * l2
    const k = Math.sign(rr) * rr * rr * x2
    if (Math.sign(zv) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb
    if (Math.sign(yv) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra
    return (Math.sqrt(x2 * a2 * il2) + yv * rr) * il2 - ra
  }
}

export function capsule(a: Vec3, b: Vec3, radius: number): Sdf {
  return roundCone(a, b, radius, radius)
}

/** Half-space on the side of the plane that `normal` points away from (inside = behind it). */
export function plane([nx, ny, nz]: Vec3, [px, py, pz]: Vec3): Sdf {
  const length = Math.hypot(nx, ny, nz)
  const ux = nx / length
  const uy = ny / length
  const uz = nz / length
  return (x, y, z) => (x - px) * ux + (y - py) * uy + (z - pz) * uz
}

/** A chain of round cones through points with radii: a tapering, bending shaft. */
export function taperedPath(points: readonly Vec3[], radii: readonly number[], blendMm = 4): Sdf {
  const pieces: Sdf[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    pieces.push(roundCone(points[i]!, points[i + 1]!, radii[i]!, radii[i + 1]!))
  }
  return smoothUnion(blendMm, ...pieces)
}

// ---- operations --------------------------------------------------------------------------------

export function union(...fields: Sdf[]): Sdf {
  return (x, y, z) => {
    let d = Infinity
    for (const f of fields) d = Math.min(d, f(x, y, z))
    return d
  }
}

/** Polynomial smooth minimum of radius k (mm): blends like a fillet of about that size. */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}

export function smoothUnion(k: number, ...fields: Sdf[]): Sdf {
  return (x, y, z) => {
    let d = fields[0]!(x, y, z)
    for (let i = 1; i < fields.length; i++) d = smin(d, fields[i]!(x, y, z), k)
    return d
  }
}

/** `base` with `cutter` carved out, with a fillet of radius k. */
export function smoothSubtract(k: number, base: Sdf, cutter: Sdf): Sdf {
  return (x, y, z) => -smin(-base(x, y, z), cutter(x, y, z), k)
}

export function smoothIntersect(k: number, ...fields: Sdf[]): Sdf {
  return (x, y, z) => {
    let d = -fields[0]!(x, y, z)
    for (let i = 1; i < fields.length; i++) d = smin(d, -fields[i]!(x, y, z), k)
    return -d
  }
}

export function intersect(...fields: Sdf[]): Sdf {
  return (x, y, z) => {
    let d = -Infinity
    for (const f of fields) d = Math.max(d, f(x, y, z))
    return d
  }
}

export function offset(field: Sdf, mm: number): Sdf {
  return (x, y, z) => field(x, y, z) - mm
}

/** Evaluates `field` only near `bounds` (an SDF that encloses it): cheap far away. */
export function bounded(field: Sdf, bounds: Sdf, marginMm: number): Sdf {
  return (x, y, z) => {
    const b = bounds(x, y, z)
    return b > marginMm ? b : field(x, y, z)
  }
}

// ---- small linear algebra --------------------------------------------------------------------

/** Row-major 3x3 matrix. */
export type Mat3 = readonly [number, number, number, number, number, number, number, number, number]

/** Rotation that takes world offsets into a frame rotated by the given angles (deg, X then Y then Z). */
export function worldToLocal(xDeg: number, yDeg: number, zDeg: number): Mat3 {
  const [cx, sx] = [Math.cos((xDeg * Math.PI) / 180), Math.sin((xDeg * Math.PI) / 180)]
  const [cy, sy] = [Math.cos((yDeg * Math.PI) / 180), Math.sin((yDeg * Math.PI) / 180)]
  const [cz, sz] = [Math.cos((zDeg * Math.PI) / 180), Math.sin((zDeg * Math.PI) / 180)]
  // local-to-world R = Rz * Ry * Rx; world-to-local is its transpose
  const r00 = cz * cy
  const r01 = cz * sy * sx - sz * cx
  const r02 = cz * sy * cx + sz * sx
  const r10 = sz * cy
  const r11 = sz * sy * sx + cz * cx
  const r12 = sz * sy * cx - cz * sx
  const r20 = -sy
  const r21 = cy * sx
  const r22 = cy * cx
  return [r00, r10, r20, r01, r11, r21, r02, r12, r22]
}
