/**
 * The reference adult right knee the model is built to and the kinematics solve on.
 * Millimetres and degrees; the frame of ../shared/reference/anatomy.md: origin at the knee centre
 * (midpoint of the epicondyles, knee straight), +Y superior, +Z anterior, +X medial (right knee).
 * Pure data and small helpers, no React and no three.js.
 */
import { SEAT_FLEXION_STEP_DEG, SEAT_PATH } from './patellofemoral.generated'

// ---- bones ----------------------------------------------------------------------------------

/** Femoral head centre to knee centre. Yazar 2012: 413 +/- 28 mm (CT); JCDR 2013: 435 mm. */
export const FEMUR_LENGTH_MM = 420
/** Femoral bicondylar width; between male 88.6 +/- 4.2 and female 78.5 +/- 3.0 (Anat Res Int 2012:679658). */
export const FEMUR_BICONDYLAR_WIDTH_MM = 84
/** Tibial plateau width: distal femur is 1.03-1.05 x plateau (Schlatterer 2021; PMC9703208). */
export const TIBIAL_PLATEAU_WIDTH_MM = 80
/** Tibial length, about 350 mm (dry-bone series). */
export const TIBIA_LENGTH_MM = 350
/** Patella height x width x thickness: 34-43 x 41-45 x 19-23 mm (Iranpour, Arthroplasty 2022, table 10). */
export const PATELLA_HEIGHT_MM = 40
export const PATELLA_WIDTH_MM = 43
export const PATELLA_THICKNESS_MM = 21
/** Patellar articular cartilage about 4 mm thick (BIPWiT, Knee 2014). */
export const PATELLAR_CARTILAGE_MM = 4
/** Share of patellar width medial to the median ridge: Wiberg II, lateral facet wider (Radiopaedia). */
export const PATELLA_MEDIAL_FACET_SHARE = 0.42
/** Patellar tendon length: Insall-Salvati ratio 0.8-1.2 is normal (Wheeless; Aglietti); 1.1 x patellar height. */
export const PATELLAR_TENDON_LENGTH_MM = 44

// ---- trochlear groove -------------------------------------------------------------------------

/** Normal sulcus angle 135 +/- 10 deg; dysplastic above 145-150 deg (Radiopaedia; PMC5134791). */
export const SULCUS_ANGLE_NORMAL_DEG = 135
export const SULCUS_ANGLE_DYSPLASTIC_DEG = 150
/** Trochlear depth: controls about 6 mm, dysplastic below 3 mm (Korean J Radiol 2022;23:674; PMC5134791). */
export const TROCHLEAR_DEPTH_MM = 6
/** The lateral facet is higher than the medial (Farahmand 1998): lateral crest rise over the medial, mm. */
export const LATERAL_FACET_EXTRA_HEIGHT_MM = 3

// ---- patellar motion --------------------------------------------------------------------------

/** Patellar flexion is 60-70 % of knee flexion, median 65 % (Knee 2023, dynamic CT, 97 knees). */
export const PATELLAR_FLEXION_RATIO = 0.65

/**
 * Path of the patellar centre relative to the knee centre (superior, anterior; mm) against knee
 * flexion (deg), every 5 degrees: measured on the model's own real cartilage by rigid contact with
 * the patellar tendon's length kept (models/generator/contact.ts, generated into
 * patellofemoral.generated.ts). The OpenSim Rajagopal 2016 path it replaced ran about 5-10 mm
 * higher and farther forward: that knee is larger than the Visible Human Female's.
 */
export const PATELLA_PATH_MM: ReadonlyArray<
  readonly [flexionDeg: number, superiorMm: number, anteriorMm: number]
> = SEAT_PATH.map(([, superior, anterior], i) => [i * SEAT_FLEXION_STEP_DEG, superior, anterior])

/** Knee flexion range the library animates and solves over. */
export const KNEE_FLEXION_MIN_DEG = 0
export const KNEE_FLEXION_MAX_DEG = 120

/**
 * The patellar centre's sagittal position at a knee flexion, interpolated through PATELLA_PATH_MM
 * with a centripetal-free Catmull-Rom (uniform) spline; clamped to 0-120 deg.
 */
export function patellaPathMm(flexionDeg: number): { superiorMm: number; anteriorMm: number } {
  const path = PATELLA_PATH_MM
  const last = path.length - 1
  const t = Math.min(Math.max(flexionDeg, 0), 120) / SEAT_FLEXION_STEP_DEG
  const i = Math.min(Math.floor(t), last - 1)
  const u = t - i
  const p = (k: number) => path[Math.min(Math.max(k, 0), last)]!
  const p0 = i === 0 ? extrapolate(p(0), p(1)) : p(i - 1)
  const p1 = p(i)
  const p2 = p(i + 1)
  const p3 = i + 2 > last ? extrapolate(p(last), p(last - 1)) : p(i + 2)
  const spline = (a: number, b: number, c: number, d: number) =>
    0.5 *
    (2 * b +
      (-a + c) * u +
      (2 * a - 5 * b + 4 * c - d) * u * u +
      (-a + 3 * b - 3 * c + d) * u * u * u)
  return {
    superiorMm: spline(p0[1], p1[1], p2[1], p3[1]),
    anteriorMm: spline(p0[2], p1[2], p2[2], p3[2]),
  }
}

function extrapolate(
  end: readonly [number, number, number],
  inner: readonly [number, number, number],
): readonly [number, number, number] {
  return [2 * end[0] - inner[0], 2 * end[1] - inner[1], 2 * end[2] - inner[2]]
}

/**
 * Unit normal of the patellar path in the sagittal plane, pointing away from the femur (the
 * direction from the groove's floor to the patellar centre), at a knee flexion.
 */
export function patellaPathNormal(flexionDeg: number): { superior: number; anterior: number } {
  const h = 0.5
  const a = patellaPathMm(Math.max(flexionDeg - h, 0))
  const b = patellaPathMm(Math.min(flexionDeg + h, 120))
  const ty = b.superiorMm - a.superiorMm
  const tz = b.anteriorMm - a.anteriorMm
  const length = Math.hypot(ty, tz) || 1
  // The path runs down and back as the knee bends; its outward side is anterior/inferior:
  // rotate the tangent by -90 degrees in the (superior, anterior) plane.
  return { superior: tz / length, anterior: -ty / length }
}
