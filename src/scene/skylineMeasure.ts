/**
 * The measurements a clinician takes on a skyline (axial) radiograph of the knee, taken on the
 * model's posed surfaces in the image plane: the section through the kneecap's seat that holds the
 * medial-lateral axis and the image's 'up' (the plane the beam runs square to). Pure maths on
 * position arrays (mm, femur frame), no three.js; allocation-free after `createSkylineMeasurer`.
 *
 * Definitions (each as the literature draws it on the radiograph):
 * - sulcus angle: at the groove's deepest point, between the peaks of its two facets;
 * - congruence angle (Merchant 1974): between the sulcus angle's bisector and the line from the
 *   deepest point to the lowest point of the kneecap's ridge, + when the ridge is lateral;
 * - lateral patellofemoral angle (Laurin 1978): between the line across the facet peaks and the
 *   line of the kneecap's lateral facet, + when it opens laterally;
 * - patellar tilt (Grelsamer 2008: the kneecap's widest axis against the posterior condylar
 *   line): here against the knee's medial-lateral axis, + when the lateral edge is lower;
 * - bisect offset (Stanford 1988, as Hunter 2007 draws it): the share of the kneecap's width
 *   lateral to the line through the deepest point square to the same axis.
 * The groove is measured on its articular (cartilage) surface, where the model's dysplasia morph
 * shapes it, as the generator measures TROCHLEA_GROOVE (models/generator/groove.ts); the kneecap
 * on its bone, as a radiograph shows it (the stage passes the femur with its cartilage, and the
 * patella bone).
 */

/** A triangle surface: posed positions (mm, femur frame, xyz...) and triangle indices. */
export type SectionSurface = { positions: ArrayLike<number>; indices: ArrayLike<number> }

/** A point in the image plane: x (mm, + medial, knee frame) and height along 'up' from the seat (mm). */
export type ImagePoint = { x: number; h: number }

export type SkylineMeasures = {
  /** False when the section cut no groove or no kneecap (the other fields are stale). */
  ok: boolean
  sulcusAngleDeg: number
  congruenceAngleDeg: number
  lateralPatellofemoralAngleDeg: number
  patellarTiltDeg: number
  /** 0-1: share of the kneecap's width lateral to the line through the deepest point. */
  bisectOffset: number
  sulcus: ImagePoint
  lateralPeak: ImagePoint
  medialPeak: ImagePoint
  /** The lowest point of the kneecap's ridge. */
  ridge: ImagePoint
  /** The lateral facet's line: from near the ridge to the lateral end of the articular surface. */
  lateralFacetFrom: ImagePoint
  lateralFacetTo: ImagePoint
  /** The kneecap's widest axis: its lateral-most and medial-most points. */
  lateralEdge: ImagePoint
  medialEdge: ImagePoint
}

/** The image plane: through the seat (mm), 'up' a sagittal unit vector (superior, anterior). */
export type ImagePlane = {
  x: number
  superior: number
  anterior: number
  upSup: number
  upAnt: number
}

const BIN_MM = 0.5
const HALF_RANGE_MM = 50
const BINS = (2 * HALF_RANGE_MM) / BIN_MM + 1
const DEG = 180 / Math.PI

const point = (): ImagePoint => ({ x: 0, h: 0 })

export function createSkylineMeasures(): SkylineMeasures {
  return {
    ok: false,
    sulcusAngleDeg: 0,
    congruenceAngleDeg: 0,
    lateralPatellofemoralAngleDeg: 0,
    patellarTiltDeg: 0,
    bisectOffset: 0.5,
    sulcus: point(),
    lateralPeak: point(),
    medialPeak: point(),
    ridge: point(),
    lateralFacetFrom: point(),
    lateralFacetTo: point(),
    lateralEdge: point(),
    medialEdge: point(),
  }
}

/** Signed angle (deg) from direction a to direction b in the image (x, h). */
const signedAngle = (ax: number, ah: number, bx: number, bh: number) =>
  Math.atan2(ax * bh - ah * bx, ax * bx + ah * bh) * DEG

export type SkylineMeasurer = {
  /** Measures femur and kneecap surfaces on the image plane into `out`; returns `out`. */
  measure(
    femur: readonly SectionSurface[],
    patella: readonly SectionSurface[],
    plane: ImagePlane,
    out: SkylineMeasures,
  ): SkylineMeasures
}

export function createSkylineMeasurer(): SkylineMeasurer {
  const femurTop = new Float64Array(BINS)
  const femurSmooth = new Float64Array(BINS)
  const patellaBottom = new Float64Array(BINS)
  const patellaTop = new Float64Array(BINS)
  const edges = { minX: 0, maxX: 0 }
  let x0 = 0
  let plane: ImagePlane

  /** Each triangle's segment on the plane, sampled every 0.25 mm into the bins. */
  function section(surfaces: readonly SectionSurface[], onPoint: (x: number, h: number) => void) {
    const tSup = plane.upAnt // toward the camera, square to 'up'
    const tAnt = -plane.upSup
    for (let m = 0; m < surfaces.length; m++) {
      const p = surfaces[m]!.positions
      const indices = surfaces[m]!.indices
      for (let t = 0; t < indices.length; t += 3) {
        const i0 = indices[t]! * 3
        const i1 = indices[t + 1]! * 3
        const i2 = indices[t + 2]! * 3
        const s0 = (p[i0 + 1]! - plane.superior) * tSup + (p[i0 + 2]! - plane.anterior) * tAnt
        const s1 = (p[i1 + 1]! - plane.superior) * tSup + (p[i1 + 2]! - plane.anterior) * tAnt
        const s2 = (p[i2 + 1]! - plane.superior) * tSup + (p[i2 + 2]! - plane.anterior) * tAnt
        if ((s0 > 0 && s1 > 0 && s2 > 0) || (s0 < 0 && s1 < 0 && s2 < 0)) continue
        let n = 0
        let ax = 0
        let ah = 0
        let bx = 0
        let bh = 0
        for (let e = 0; e < 3; e++) {
          const ia = e === 0 ? i0 : e === 1 ? i1 : i2
          const ib = e === 0 ? i1 : e === 1 ? i2 : i0
          const sa = e === 0 ? s0 : e === 1 ? s1 : s2
          const sb = e === 0 ? s1 : e === 1 ? s2 : s0
          if (sa === sb || (sa > 0 && sb > 0) || (sa < 0 && sb < 0)) continue
          const u = sa / (sa - sb)
          const x = p[ia]! + (p[ib]! - p[ia]!) * u
          const y = p[ia + 1]! + (p[ib + 1]! - p[ia + 1]!) * u
          const z = p[ia + 2]! + (p[ib + 2]! - p[ia + 2]!) * u
          const h = (y - plane.superior) * plane.upSup + (z - plane.anterior) * plane.upAnt
          if (n === 0) ((ax = x), (ah = h))
          else ((bx = x), (bh = h))
          n++
        }
        if (n < 2) continue
        const steps = Math.max(1, Math.ceil(Math.abs(bx - ax) / 0.25))
        for (let k = 0; k <= steps; k++)
          onPoint(ax + ((bx - ax) * k) / steps, ah + ((bh - ah) * k) / steps)
      }
    }
  }

  const binOf = (x: number) => Math.round((x - x0) / BIN_MM)
  const xOf = (bin: number) => x0 + bin * BIN_MM
  const onFemur = (x: number, h: number) => {
    const b = binOf(x)
    if (b >= 0 && b < BINS && h > femurTop[b]!) femurTop[b] = h
  }
  const onPatella = (x: number, h: number) => {
    const b = binOf(x)
    if (b >= 0 && b < BINS && h < patellaBottom[b]!) patellaBottom[b] = h
    if (b >= 0 && b < BINS && h > patellaTop[b]!) patellaTop[b] = h
    if (x < edges.minX) edges.minX = x
    if (x > edges.maxX) edges.maxX = x
  }

  function measure(
    femur: readonly SectionSurface[],
    patella: readonly SectionSurface[],
    at: ImagePlane,
    out: SkylineMeasures,
  ): SkylineMeasures {
    plane = at
    x0 = at.x - HALF_RANGE_MM
    femurTop.fill(-Infinity)
    patellaBottom.fill(Infinity)
    patellaTop.fill(-Infinity)
    edges.minX = Infinity
    edges.maxX = -Infinity
    out.ok = false
    section(femur, onFemur)
    section(patella, onPatella)
    if (!Number.isFinite(edges.minX) || edges.maxX - edges.minX < 10) return out

    // the groove: smoothed over 1.5 mm (as the generator does), deepest point near the seat
    for (let b = 0; b < BINS; b++) {
      let sum = 0
      let n = 0
      for (let d = -3; d <= 3; d++) {
        const v = femurTop[b + d]
        if (v !== undefined && v > -Infinity) ((sum += v), n++)
      }
      femurSmooth[b] = n ? sum / n : -Infinity
    }
    let sulcusBin = -1
    const seatBin = binOf(at.x)
    for (let b = seatBin - 24; b <= seatBin + 24; b++)
      if (
        femurSmooth[b]! > -Infinity &&
        (sulcusBin < 0 || femurSmooth[b]! < femurSmooth[sulcusBin]!)
      )
        sulcusBin = b
    if (sulcusBin < 0) return out
    const peak = (from: number, to: number) => {
      let best = -1
      for (let b = Math.max(from, 0); b <= Math.min(to, BINS - 1); b++)
        if (femurSmooth[b]! > -Infinity && (best < 0 || femurSmooth[b]! > femurSmooth[best]!))
          best = b
      return best
    }
    // lateral is -x
    const lateralBin = peak(sulcusBin - 60, sulcusBin - 6)
    const medialBin = peak(sulcusBin + 6, sulcusBin + 60)
    if (lateralBin < 0 || medialBin < 0) return out
    const s = out.sulcus
    s.x = xOf(sulcusBin)
    s.h = femurSmooth[sulcusBin]!
    out.lateralPeak.x = xOf(lateralBin)
    out.lateralPeak.h = femurSmooth[lateralBin]!
    out.medialPeak.x = xOf(medialBin)
    out.medialPeak.h = femurSmooth[medialBin]!
    const lx = out.lateralPeak.x - s.x
    const lh = out.lateralPeak.h - s.h
    const mx = out.medialPeak.x - s.x
    const mh = out.medialPeak.h - s.h
    const ll = Math.hypot(lx, lh)
    const ml = Math.hypot(mx, mh)
    out.sulcusAngleDeg = Math.abs(signedAngle(lx, lh, mx, mh))
    if (out.sulcusAngleDeg < 1e-6) return out

    // the kneecap: its widest axis (through the middle of its thickness 1 mm in from each end,
    // where the tip's own shape no longer decides it), its ridge, its lateral facet
    const lateralEndBin = binOf(edges.minX) + 2
    const medialEndBin = binOf(edges.maxX) - 2
    if (patellaTop[lateralEndBin] === -Infinity || patellaTop[medialEndBin] === -Infinity)
      return out
    out.lateralEdge.x = xOf(lateralEndBin)
    out.lateralEdge.h = (patellaBottom[lateralEndBin]! + patellaTop[lateralEndBin]!) / 2
    out.medialEdge.x = xOf(medialEndBin)
    out.medialEdge.h = (patellaBottom[medialEndBin]! + patellaTop[medialEndBin]!) / 2
    const width = edges.maxX - edges.minX
    let ridgeBin = -1
    for (let b = binOf(edges.minX + 0.25 * width); b <= binOf(edges.maxX - 0.25 * width); b++)
      if (
        patellaBottom[b]! < Infinity &&
        (ridgeBin < 0 || patellaBottom[b]! < patellaBottom[ridgeBin]!)
      )
        ridgeBin = b
    if (ridgeBin < 0) return out
    out.ridge.x = xOf(ridgeBin)
    out.ridge.h = patellaBottom[ridgeBin]!
    // the lateral facet: a least-squares line through the articular profile from the ridge to
    // the lateral border, leaving out 1.5 mm at each end (the ridge's crest and the border's curl)
    let n = 0
    let sx = 0
    let sh = 0
    let sxx = 0
    let sxh = 0
    for (let b = binOf(edges.minX) + 3; b <= ridgeBin - 3; b++) {
      const h = patellaBottom[b]!
      if (h === Infinity) continue
      const x = xOf(b)
      n++
      sx += x
      sh += h
      sxx += x * x
      sxh += x * h
    }
    if (n < 3) return out
    const slope = (n * sxh - sx * sh) / (n * sxx - sx * sx || 1)
    const mean = sh / n - (slope * sx) / n
    out.lateralFacetFrom.x = xOf(ridgeBin - 3)
    out.lateralFacetFrom.h = mean + slope * out.lateralFacetFrom.x
    out.lateralFacetTo.x = xOf(binOf(edges.minX) + 3)
    out.lateralFacetTo.h = mean + slope * out.lateralFacetTo.x

    // the reference line across the facet peaks, from lateral to medial
    const cx = out.medialPeak.x - out.lateralPeak.x
    const ch = out.medialPeak.h - out.lateralPeak.h
    const cl = Math.hypot(cx, ch)
    // congruence: from the bisector to the ridge, + lateral (-x); the bisector points up
    const bx = lx / ll + mx / ml
    const bh = lh / ll + mh / ml
    out.congruenceAngleDeg = signedAngle(bx, bh, out.ridge.x - s.x, out.ridge.h - s.h)
    // near a straight knee the kneecap sits above the groove's entrance, not over the section's
    // sulcus: its ridge is then beside or below it and the angles mean nothing (a radiograph is
    // taken with the knee bent); the panel shows dashes
    if (out.ridge.h <= s.h || Math.abs(out.congruenceAngleDeg) > 90) return out
    // lateral patellofemoral angle: from the reference line (pointing lateral) to the facet line
    // (pointing lateral), + when the facet rises away from the femur laterally (opens laterally)
    out.lateralPatellofemoralAngleDeg = -signedAngle(
      -cx,
      -ch,
      out.lateralFacetTo.x - out.lateralFacetFrom.x,
      out.lateralFacetTo.h - out.lateralFacetFrom.h,
    )
    // tilt and bisect offset stand on the knee's medial-lateral axis (the image's horizontal, the
    // transepicondylar axis), the stand-in for the posterior condylar line these measures use on
    // CT and MRI: a skyline view does not show the posterior condyles
    out.patellarTiltDeg = signedAngle(
      1,
      0,
      out.medialEdge.x - out.lateralEdge.x,
      out.medialEdge.h - out.lateralEdge.h,
    )
    const lateral = out.lateralEdge.x - s.x
    const medial = out.medialEdge.x - s.x
    out.bisectOffset = Math.min(Math.max(-lateral / (medial - lateral), 0), 1)
    out.ok = true
    return out
  }

  return { measure }
}
