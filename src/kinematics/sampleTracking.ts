/**
 * A knee's tracking over a range of flexion, for plots and for trails drawn behind the patella.
 */
import { KNEE_FLEXION_MAX_DEG, KNEE_FLEXION_MIN_DEG, PATELLA_WIDTH_MM } from '../anatomy/dimensions'
import { createKneeSolution, solveKneeInto } from './solveKnee'
import type { TrackingParams, Vec3Tuple } from './types'

/** One point of a sampled range. */
export type TrackingSample = {
  /** Knee flexion, degrees. */
  flexionDeg: number
  /** Patella centre relative to the groove's deepest point, mm, + = lateral. */
  lateralShiftMm: number
  /** Tilt about the patella's long axis, degrees, + = lateral. */
  tiltDeg: number
  /** Fraction of patellar width lateral to the groove's deepest point; 0.5 = centred. */
  bisectOffset: number
  /** Patellar flexion, degrees. */
  patellaFlexionDeg: number
  /** Share of the contact force on the lateral facet, 0-1. */
  lateralFacetShare: number
  /** Patella centre in the femur frame, metres (for trails). */
  patellaPosition: Vec3Tuple
}

export type SampleTrackingOptions = {
  /** @defaultValue 0 */
  fromDeg?: number
  /** @defaultValue 120 */
  toDeg?: number
  /** @defaultValue 2 */
  stepDeg?: number
}

/**
 * Solve the knee from `fromDeg` to `toDeg` (clamped to 0-120) every `stepDeg` degrees, always
 * including both ends. At most 1201 samples.
 */
export function sampleTrackingRange(
  params: Partial<TrackingParams> = {},
  options: SampleTrackingOptions = {},
): TrackingSample[] {
  const clamp = (x: number | undefined, fallback: number) =>
    Math.min(
      Math.max(Number.isFinite(x) ? (x as number) : fallback, KNEE_FLEXION_MIN_DEG),
      KNEE_FLEXION_MAX_DEG,
    )
  const from = clamp(options.fromDeg, KNEE_FLEXION_MIN_DEG)
  const to = clamp(options.toDeg, KNEE_FLEXION_MAX_DEG)
  const requested = options.stepDeg
  const step = Math.max(
    Number.isFinite(requested) && (requested as number) > 0 ? (requested as number) : 2,
    Math.abs(to - from) / 1200,
  )
  const count = Math.floor(Math.abs(to - from) / step + 1e-9) + 1
  const direction = to >= from ? 1 : -1
  const flexions: number[] = []
  for (let i = 0; i < count; i++) flexions.push(from + direction * i * step)
  if (flexions[flexions.length - 1] !== to) flexions.push(to)

  const solution = createKneeSolution()
  const input = { ...params, flexionDeg: 0 }
  return flexions.map((flexionDeg) => {
    input.flexionDeg = flexionDeg
    const { patella } = solveKneeInto(input, solution)
    return {
      flexionDeg,
      lateralShiftMm: patella.lateralShiftMm,
      tiltDeg: patella.tiltDeg,
      bisectOffset: patella.bisectOffset,
      patellaFlexionDeg: patella.flexionDeg,
      lateralFacetShare: patella.lateralFacetShare,
      patellaPosition: [patella.position[0], patella.position[1], patella.position[2]],
    }
  })
}

/** The J-sign as a clinician grades it: how far the kneecap jumps outward as the knee straightens. */
export type JSign = {
  /**
   * Lateral travel of the patella's centre across the femur (mm) from where it runs in the
   * engaged groove (its most medial point from 20 to 90 deg) to full extension.
   */
  translationMm: number
  /** The same in quadrants (quarters of the patella's width), the unit of the clinical grade. */
  quadrants: number
  /** More than one quadrant: what the J-sign severity scale grades as beyond the mildest (Klimenko 2023). */
  obvious: boolean
}

/**
 * The J-sign of a set of tracking parameters. Graded as on the J-sign severity scale: translation in
 * quadrants of patellar width, at most one quadrant the mildest grade (Klimenko 2023, JPOSNA 5:630).
 * Measured across the femur (x of the patella's centre), as the eye sees it on the leg.
 */
export function jSign(params: Partial<TrackingParams> = {}): JSign {
  const solution = createKneeSolution()
  const input = { ...params, flexionDeg: 0 }
  const lateralMm = (flexionDeg: number) => {
    input.flexionDeg = flexionDeg
    return -solveKneeInto(input, solution).patella.position[0] * 1000
  }
  let engaged = Infinity
  for (let flexionDeg = 20; flexionDeg <= 90; flexionDeg += 2)
    engaged = Math.min(engaged, lateralMm(flexionDeg))
  const translationMm = Math.max(lateralMm(0) - engaged, 0)
  const quadrants = translationMm / (PATELLA_WIDTH_MM / 4)
  return { translationMm, quadrants, obvious: quadrants > 1 }
}
