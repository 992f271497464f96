/**
 * The trochlear groove measured on the real surfaces, along the patella's path: at each flexion
 * the section through the seat that holds the mediolateral axis and the path's normal (the plane
 * of a skyline radiograph whose beam runs along the groove), and on it the measurements a
 * clinician takes (Merchant 1974; Pfirrmann 2000; Radiopaedia "sulcus angle"):
 * - sulcus angle: the angle at the groove's deepest point between the peaks of the two facets;
 * - depth: the mean height of the two peaks above the deepest point;
 * - lateral facet height: the lateral peak's height above the deepest point;
 * - the groove's centre line: the deepest point in the knee frame.
 * Also the dysplasia morph: the same cartilage made shallow and flat with a low lateral facet
 * (Dejour 1998), as a displacement of each vertex that the scene blends in.
 */
import type { PatellofemoralTable } from './contact'

type SeatRow = PatellofemoralTable['path'][number]
import type { MeshData } from './mesh'

export type GrooveRow = {
  flexionDeg: number
  sulcusAngleDeg: number
  depthMm: number
  lateralFacetMm: number
  /** The deepest point: x (medial +), superior, anterior (mm, knee frame). */
  sulcus: [number, number, number]
}

type Surface = { positions: Float32Array; indices: Uint32Array }

/** The outer profile of the surfaces on the section at one seat row: height by x (0.5 mm bins). */
export function profileAt(surfaces: Surface[], row: SeatRow): Map<number, number> {
  const [, sup, ant, nSup, nAnt] = row
  const profile = new Map<number, number>()
  const along = (y: number, z: number) => (y - sup) * -nAnt + (z - ant) * nSup
  const height = (y: number, z: number) => (y - sup) * nSup + (z - ant) * nAnt
  const add = (x: number, h: number) => {
    const bin = Math.round(x * 2) / 2
    if (h > (profile.get(bin) ?? -Infinity)) profile.set(bin, h)
  }
  for (const { positions: p, indices } of surfaces) {
    for (let t = 0; t < indices.length; t += 3) {
      const v = [indices[t]! * 3, indices[t + 1]! * 3, indices[t + 2]! * 3]
      const s = v.map((i) => along(p[i + 1]!, p[i + 2]!))
      // the triangle's segment on the section, sampled every 0.25 mm so every bin it spans is set
      const ends: Array<[number, number]> = []
      for (let e = 0; e < 3; e++) {
        const a = v[e]!
        const b = v[(e + 1) % 3]!
        const sa = s[e]!
        const sb = s[(e + 1) % 3]!
        if (sa === sb || Math.sign(sa) === Math.sign(sb)) continue
        const u = sa / (sa - sb)
        const x = p[a]! + (p[b]! - p[a]!) * u
        const y = p[a + 1]! + (p[b + 1]! - p[a + 1]!) * u
        const z = p[a + 2]! + (p[b + 2]! - p[a + 2]!) * u
        ends.push([x, height(y, z)])
      }
      if (ends.length < 2) continue
      const [[x0, h0], [x1, h1]] = ends as [[number, number], [number, number]]
      const steps = Math.max(1, Math.ceil(Math.abs(x1 - x0) / 0.25))
      for (let k = 0; k <= steps; k++)
        add(x0 + ((x1 - x0) * k) / steps, h0 + ((h1 - h0) * k) / steps)
    }
  }
  return profile
}

/** The clinician's measurements on one section profile, around the patella's x. */
export function measureProfile(
  profile: Map<number, number>,
  nearX: number,
): {
  sulcusX: number
  sulcusH: number
  angleDeg: number
  depthMm: number
  lateralMm: number
} | null {
  const bins = [...profile.keys()].sort((a, b) => a - b)
  if (bins.length < 20) return null
  // smooth over 1.5 mm so a single facet of the mesh does not make a peak or a pit
  const smooth = new Map<number, number>()
  for (const x of bins) {
    let sum = 0
    let n = 0
    for (let d = -1.5; d <= 1.5; d += 0.5) {
      const h = profile.get(x + d)
      if (h !== undefined) ((sum += h), n++)
    }
    smooth.set(x, sum / n)
  }
  let sulcusX = NaN
  let sulcusH = Infinity
  for (const x of bins)
    if (Math.abs(x - nearX) <= 12 && smooth.get(x)! < sulcusH)
      ((sulcusH = smooth.get(x)!), (sulcusX = x))
  if (!Number.isFinite(sulcusH)) return null
  const peak = (from: number, to: number) => {
    let best: [number, number] | null = null
    for (const x of bins)
      if (x >= from && x <= to && (!best || smooth.get(x)! > best[1])) best = [x, smooth.get(x)!]
    return best
  }
  // lateral is -x in the knee frame
  const lateral = peak(sulcusX - 30, sulcusX - 3)
  const medial = peak(sulcusX + 3, sulcusX + 30)
  if (!lateral || !medial) return null
  const a = [lateral[0] - sulcusX, lateral[1] - sulcusH]
  const b = [medial[0] - sulcusX, medial[1] - sulcusH]
  const cos =
    (a[0]! * b[0]! + a[1]! * b[1]!) / (Math.hypot(a[0]!, a[1]!) * Math.hypot(b[0]!, b[1]!))
  return {
    sulcusX,
    sulcusH,
    angleDeg: (Math.acos(Math.min(Math.max(cos, -1), 1)) * 180) / Math.PI,
    depthMm: (lateral[1] + medial[1]) / 2 - sulcusH,
    lateralMm: lateral[1] - sulcusH,
  }
}

/** The groove at every seat row where the section cuts a groove (rows with no groove are left out). */
export function measureGroove(
  surfaces: Surface[],
  path: readonly SeatRow[],
  stepDeg: number,
): GrooveRow[] {
  const rows: GrooveRow[] = []
  path.forEach((row, i) => {
    const m = measureProfile(profileAt(surfaces, row), row[0])
    if (!m || m.depthMm < 0.5) return
    const [, sup, ant, nSup, nAnt] = row
    rows.push({
      flexionDeg: i * stepDeg,
      sulcusAngleDeg: m.angleDeg,
      depthMm: m.depthMm,
      lateralFacetMm: m.lateralMm,
      sulcus: [m.sulcusX, sup + nSup * m.sulcusH, ant + nAnt * m.sulcusH],
    })
  })
  return rows
}

/**
 * The dysplastic shape as a displacement of the trochlear cartilage's vertices: on the section
 * nearest each vertex, its height above the groove's deepest point shrinks (the lateral facet to
 * 35 %, the medial to 70 %) and the floor of the groove rises by up to 2 mm, so the groove turns
 * shallow and flat with a low lateral facet (Dejour 1998 types A-B). Only the articular (outer)
 * face moves; the face on the bone stays.
 */
export function dysplasiaMorph(
  cartilage: MeshData,
  path: readonly SeatRow[],
  groove: readonly GrooveRow[],
  stepDeg: number,
): Float32Array {
  const p = cartilage.positions
  const normals = cartilage.normals
  const delta = new Float32Array(p.length)
  const byFlexion = new Map(groove.map((g) => [g.flexionDeg, g]))
  for (let v = 0; v < p.length; v += 3) {
    const y = p[v + 1]!
    const z = p[v + 2]!
    // the section this vertex lies nearest to
    let best = -1
    let bestAlong = Infinity
    path.forEach((row, i) => {
      if (!byFlexion.has(i * stepDeg)) return
      const along = Math.abs((y - row[1]) * -row[4] + (z - row[2]) * row[3])
      if (along < bestAlong) ((bestAlong = along), (best = i))
    })
    if (best < 0) continue
    const row = path[best]!
    const g = byFlexion.get(best * stepDeg)!
    const nSup = row[3]
    const nAnt = row[4]
    // the articular face only: its normal points away from the bone
    const facing = normals[v + 1]! * nSup + normals[v + 2]! * nAnt
    if (facing < 0.2) continue
    const sulcusH = (g.sulcus[1] - row[1]) * nSup + (g.sulcus[2] - row[2]) * nAnt
    const h = (y - row[1]) * nSup + (z - row[2]) * nAnt - sulcusH
    const dx = p[v]! - g.sulcus[0]
    const keep = dx < 0 ? 0.35 : 0.7
    // lowered no more than 1.5 mm, so the cartilage (about 2-3 mm here) keeps some thickness
    const lower = Math.min(Math.max(h, 0) * (1 - keep), 1.5)
    const raise = 2 * Math.exp(-((dx / 9) ** 2))
    const move = (raise - lower) * Math.min(facing * 2, 1)
    delta[v + 1] = nSup * move
    delta[v + 2] = nAnt * move
  }
  return delta
}
