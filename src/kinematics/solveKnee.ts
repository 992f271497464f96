/**
 * The knee solver: knee flexion and tracking parameters in, poses of tibia and patella and the
 * patella's clinical measures out.
 *
 * Tibiofemoral motion is prescribed from the reference figures: flexion about the
 * transepicondylar (X) axis, femoral rollback and the screw-home rotation.
 *
 * Patellofemoral motion is a quasi-static balance in the transverse plane. The sagittal path of
 * the patellar centre and the patellar flexion follow the reference rows (OpenSim Rajagopal 2016;
 * Knee 2023); what the balance decides is where the patella sits across the groove (lateral
 * shift) and how it turns about its long axis (tilt):
 *  - pulls: the quadriceps heads along their lines of action (VL 14 deg outward, VM longus 25 deg
 *    and VMO 50 deg inward, shares from Farahmand 1998), the patellar tendon toward the tibial
 *    tuberosity (the Q-angle's outward component, shrinking as the tibia turns in), and the
 *    iliotibial band with the lateral retinaculum (growing with flexion and with tightness);
 *  - restraints: the MPFL with the medial retinaculum (nonlinear, PMC3748894; strongest at
 *    0-20 deg) and the groove, whose restraint is the contact force on facets inclined by half the
 *    sulcus angle's supplement, scaled by how far the patella has entered the groove.
 * The J-sign (the patella most lateral near full extension) is not drawn in: at extension the
 * patella sits above the groove, so only the soft tissues hold it; as it engages (by 10-20 deg)
 * the groove pulls it back to the middle.
 *
 * No React, no DOM, no three.js. `solveKneeInto` allocates nothing; `solveKnee` allocates only
 * its result.
 */
import {
  KNEE_FLEXION_MAX_DEG,
  PATELLA_HEIGHT_MM,
  PATELLA_MEDIAL_FACET_SHARE,
  PATELLA_THICKNESS_MM,
  PATELLA_WIDTH_MM,
  PATELLAR_FLEXION_RATIO,
  PATELLAR_TENDON_LENGTH_MM,
  patellaPathMm,
} from '../anatomy/dimensions'
import {
  SEAT_FLEXION_STEP_DEG,
  SEAT_LIFT_MM,
  SEAT_LIFT_SHIFTS_MM,
  SEAT_LIFT_TILTS_DEG,
  SEAT_PATH,
} from '../anatomy/patellofemoral.generated'
import {
  EFFUSION_OTHERS_FULL_ML,
  EFFUSION_OTHERS_MAX_INHIBITION,
  EFFUSION_OTHERS_ONSET_ML,
  EFFUSION_VM_FULL_ML,
  EFFUSION_VM_MAX_INHIBITION,
  EFFUSION_VM_ONSET_ML,
  CONTACT_AREA_MM2,
  CONTACT_AREA_WEIGHT_BEARING_GAIN,
  GROOVE_CAPTURE_MM,
  LATERAL_FACET_AREA_SHARE,
  FACET_LEVER_MM,
  GROOVE_ENGAGED_BY_DEG,
  GROOVE_ENGAGEMENT_STARTS_DEG,
  GROOVE_ENGAGEMENT_AT_EXTENSION,
  LATERAL_RETINACULUM_BASE_N,
  LATERAL_RETINACULUM_PER_DEG_N,
  LATERAL_RETINACULUM_STIFFNESS_N_PER_MM,
  LATERAL_TIGHTNESS_EXTRA_N,
  MEDIAL_RESTRAINT_DEEP_FRACTION,
  MEDIAL_RESTRAINT_EASED_BY_DEG,
  MEDIAL_RESTRAINT_FULL_UNTIL_DEG,
  MPFL_FORCE_CURVE,
  MPFL_SHARE_OF_MEDIAL_RESTRAINT,
  NEUTRAL_TILT_DEG,
  SEAT_NEUTRAL_TILT_DEG,
  PASSIVE_TILT_STIFFNESS_NMM_PER_RAD,
  PATELLAR_TENDON_FORCE_RATIO,
  QUADRICEPS_ANCHOR_ANTERIOR_MM,
  QUADRICEPS_ANCHOR_SUPERIOR_MM,
  QUADRICEPS_SHARE,
  QUADRICEPS_TENSION_AT_EXTENSION_N,
  QUADRICEPS_TENSION_PER_DEG_N,
  RETINACULUM_POSTERIOR_ANGLE_DEG,
  SEAT_TILT_LEVER_MM,
  ROLLBACK_MM,
  ROLLBACK_REACHED_AT_DEG,
  ROLLBACK_AT_120_MM,
  SCREW_HOME_RANGE_DEG,
  SCREW_HOME_ROTATION_DEG,
  TIBIAL_TUBEROSITY_ANTERIOR_MM,
  VASTI_POSTERIOR_ANGLE_DEG,
  VL_FIBRE_ANGLE_DEG,
  VML_FIBRE_ANGLE_DEG,
  VMO_FIBRE_ANGLE_DEG,
  VMO_SHARE_OF_VM,
} from './constants'
import { clampKneeInput } from './input'
import type { KneeInput, KneeSolution } from './types'

const DEG = Math.PI / 180
const MM = 0.001

// ---- the patellar path, tabulated once -----------------------------------------------------------
// patellaPathMm/patellaPathNormal return objects; the solver reads these tables instead so a
// render loop creates nothing. Half-degree steps: linear interpolation is within 0.01 mm of the spline.

const PATH_SAMPLES = SEAT_PATH.length
const LIFT_PER_FLEXION = SEAT_LIFT_SHIFTS_MM.count * SEAT_LIFT_TILTS_DEG.count

/** Scratch for the tabulated path at the current flexion (module-level: the solver is synchronous). */
const path = { x: 0, superior: 0, anterior: 0, normalSuperior: 0, normalAnterior: 0 }

/** The seat measured on the model at a flexion, interpolated between its 5-degree rows. */
function readPath(flexionDeg: number): void {
  const t = flexionDeg / SEAT_FLEXION_STEP_DEG
  const i = Math.min(Math.floor(t), PATH_SAMPLES - 2)
  const u = t - i
  const a = SEAT_PATH[i]!
  const b = SEAT_PATH[i + 1]!
  path.x = a[0] + (b[0] - a[0]) * u
  path.superior = a[1] + (b[1] - a[1]) * u
  path.anterior = a[2] + (b[2] - a[2]) * u
  const ny = a[3] + (b[3] - a[3]) * u
  const nz = a[4] + (b[4] - a[4]) * u
  const length = Math.hypot(ny, nz) || 1
  path.normalSuperior = ny / length
  path.normalAnterior = nz / length
}

/**
 * How far the patella rises along the path's normal to keep its cartilage on the femur's, for a
 * lateral shift (mm) and tilt (deg): trilinear in the table measured on the model (contact.ts).
 */
function seatLiftMm(flexionDeg: number, lateralShiftMm: number, tiltDeg: number): number {
  const grid = (value: number, axis: { first: number; step: number; count: number }) => {
    const t = Math.min(Math.max((value - axis.first) / axis.step, 0), axis.count - 1.000001)
    return t
  }
  const tf = Math.min(flexionDeg / SEAT_FLEXION_STEP_DEG, PATH_SAMPLES - 1.000001)
  const ts = grid(lateralShiftMm, SEAT_LIFT_SHIFTS_MM)
  const tt = grid(tiltDeg, SEAT_LIFT_TILTS_DEG)
  const f0 = Math.floor(tf)
  const s0 = Math.floor(ts)
  const t0 = Math.floor(tt)
  const uf = tf - f0
  const us = ts - s0
  const ut = tt - t0
  const tilts = SEAT_LIFT_TILTS_DEG.count
  let sum = 0
  for (let df = 0; df < 2; df++)
    for (let ds = 0; ds < 2; ds++)
      for (let dt = 0; dt < 2; dt++) {
        const w = (df ? uf : 1 - uf) * (ds ? us : 1 - us) * (dt ? ut : 1 - ut)
        sum += w * SEAT_LIFT_MM[(f0 + df) * LIFT_PER_FLEXION + (s0 + ds) * tilts + t0 + dt]!
      }
  return sum
}

/**
 * The slope of the lateral facet the patella rides up, per 5-degree row, measured on the model:
 * the rise (SEAT_LIFT_MM) from the seat to 10 mm lateral, untilted, over those 10 mm. A patella
 * pressed into the groove by the contact force P and pushed s mm sideways is held back by
 * P x slope (virtual work: the contact force does work P x lift). Computed once at load.
 */
const GROOVE_SLOPE_ROWS = (() => {
  const shiftIndex = (mm: number) =>
    Math.round((mm - SEAT_LIFT_SHIFTS_MM.first) / SEAT_LIFT_SHIFTS_MM.step)
  const untilted = Math.round(-SEAT_LIFT_TILTS_DEG.first / SEAT_LIFT_TILTS_DEG.step)
  const rows = new Float64Array(PATH_SAMPLES)
  for (let f = 0; f < PATH_SAMPLES; f++) {
    const at = (mm: number) =>
      SEAT_LIFT_MM[f * LIFT_PER_FLEXION + shiftIndex(mm) * SEAT_LIFT_TILTS_DEG.count + untilted]!
    rows[f] = Math.max((at(10) - at(0)) / 10, 0)
  }
  // normalised to the engaged groove (20-90 deg): the rows give the groove's shape along its length
  let sum = 0
  let n = 0
  for (let f = 20 / SEAT_FLEXION_STEP_DEG; f <= 90 / SEAT_FLEXION_STEP_DEG; f++, n++)
    sum += rows[f]!
  for (let f = 0; f < PATH_SAMPLES; f++) rows[f] = rows[f]! / (sum / n)
  return rows
})()

/** The measured lateral-facet slope at a flexion, relative to its mean over the engaged groove (20-90 deg). */
export function grooveSlopeAt(flexionDeg: number): number {
  const t = Math.min(Math.max(flexionDeg, 0) / SEAT_FLEXION_STEP_DEG, PATH_SAMPLES - 1.000001)
  const i = Math.floor(t)
  return GROOVE_SLOPE_ROWS[i]! + (GROOVE_SLOPE_ROWS[i + 1]! - GROOVE_SLOPE_ROWS[i]!) * (t - i)
}

/** Contact force at which the weight-bearing gain in area is complete, N (assumption: Besier's 0.45 body weight per leg squat at 30-60 deg). */
const CONTACT_AREA_FULL_LOAD_N = 500

/** Contact area (mm^2) at a flexion without load, piecewise linear in CONTACT_AREA_MM2 (Besier 2005). */
function contactAreaUnloadedMm2(flexionDeg: number): number {
  const table = CONTACT_AREA_MM2
  for (let i = 1; i < table.length; i++) {
    const [f1, a1] = table[i]!
    if (flexionDeg <= f1 || i === table.length - 1) {
      const [f0, a0] = table[i - 1]!
      const u = Math.min(Math.max((flexionDeg - f0) / (f1 - f0), 0), 1)
      return a0 + (a1 - a0) * u
    }
  }
  return table[0]![1]
}

// ---- small pieces ---------------------------------------------------------------------------------

function smoothstep(edge0: number, edge1: number, x: number): number {
  const t = Math.min(Math.max((x - edge0) / (edge1 - edge0), 0), 1)
  return t * t * (3 - 2 * t)
}

/** Internal rotation of the tibia relative to full extension (deg): the screw-home, over 0-30 deg. */
export function tibialInternalRotationDeg(flexionDeg: number): number {
  return SCREW_HOME_ROTATION_DEG * smoothstep(0, SCREW_HOME_RANGE_DEG, flexionDeg)
}

/** Femoral rollback expressed as the tibia's forward shift in its own frame (mm). */
export function rollbackMm(flexionDeg: number): number {
  if (flexionDeg <= ROLLBACK_REACHED_AT_DEG)
    return (ROLLBACK_MM * flexionDeg) / ROLLBACK_REACHED_AT_DEG
  const deeper = (flexionDeg - ROLLBACK_REACHED_AT_DEG) / (120 - ROLLBACK_REACHED_AT_DEG)
  return ROLLBACK_MM + (ROLLBACK_AT_120_MM - ROLLBACK_MM) * deeper
}

/** How far the patella has entered the groove, 0-1 (Fulkerson; Sherman: by 10-20 deg). */
export function grooveEngagement(flexionDeg: number): number {
  return (
    GROOVE_ENGAGEMENT_AT_EXTENSION +
    (1 - GROOVE_ENGAGEMENT_AT_EXTENSION) *
      smoothstep(GROOVE_ENGAGEMENT_STARTS_DEG, GROOVE_ENGAGED_BY_DEG, flexionDeg)
  )
}

/** Share of the medial soft-tissue restraint acting at a flexion (MPFL strongest at 0-20 deg). */
function medialRestraintFraction(flexionDeg: number): number {
  return (
    1 -
    (1 - MEDIAL_RESTRAINT_DEEP_FRACTION) *
      smoothstep(MEDIAL_RESTRAINT_FULL_UNTIL_DEG, MEDIAL_RESTRAINT_EASED_BY_DEG, flexionDeg)
  )
}

/** MPFL force (N) at a lateral displacement (mm), piecewise linear through PMC3748894; slope in `mpflSlope`. */
let mpflSlope = 0
function mpflForceN(displacementMm: number): number {
  if (displacementMm <= 0) {
    mpflSlope = 0
    return 0
  }
  const curve = MPFL_FORCE_CURVE
  for (let i = 1; i < curve.length; i++) {
    const [d1, f1] = curve[i]!
    const [d0, f0] = curve[i - 1]!
    if (displacementMm <= d1 || i === curve.length - 1) {
      mpflSlope = (f1 - f0) / (d1 - d0)
      return f0 + mpflSlope * (displacementMm - d0)
    }
  }
  return 0
}

/** Smooth ramp: 0 below 0, u^2/(4a) up to 2a, then u - a. */
function softRamp(u: number, a: number): number {
  if (u <= 0) return 0
  if (u < 2 * a) return (u * u) / (4 * a)
  return u - a
}

// ---- the geometry fixed at full extension --------------------------------------------------------

const HALF_HEIGHT = PATELLA_HEIGHT_MM / 2
const HALF_WIDTH = PATELLA_WIDTH_MM / 2
// The tibial tuberosity in the tibia frame (= femur frame at 0 deg): a tendon of
// PATELLAR_TENDON_LENGTH_MM from the lower pole, reaching down and back to the tuberosity's depth.
const path0 = patellaPathMm(0)
const TUBEROSITY_SUPERIOR_MM = (() => {
  const dz = TIBIAL_TUBEROSITY_ANTERIOR_MM - path0.anteriorMm
  const dy = Math.sqrt(Math.max(PATELLAR_TENDON_LENGTH_MM ** 2 - dz * dz, 1))
  return path0.superiorMm - HALF_HEIGHT - dy
})()
/** Vertical reach of the tendon at extension: with the Q-angle it sets how far lateral the tuberosity is. */
export const TENDON_DROP_MM = path0.superiorMm - HALF_HEIGHT - TUBEROSITY_SUPERIOR_MM

const SIN_VL = Math.sin(VL_FIBRE_ANGLE_DEG * DEG)
const SIN_VML = Math.sin(VML_FIBRE_ANGLE_DEG * DEG)
const SIN_VMO = Math.sin(VMO_FIBRE_ANGLE_DEG * DEG)
const SIN_VASTI_BACK = Math.sin(VASTI_POSTERIOR_ANGLE_DEG * DEG)
const SIN_RETINACULUM_BACK = Math.sin(RETINACULUM_POSTERIOR_ANGLE_DEG * DEG)
const COS_RETINACULUM_BACK = Math.cos(RETINACULUM_POSTERIOR_ANGLE_DEG * DEG)
const LATERAL_FACET_SHARE = 1 - PATELLA_MEDIAL_FACET_SHARE
const NEUTRAL_TILT_RAD = NEUTRAL_TILT_DEG * DEG
/** Where the loaded seat turns the patella, relative to its unloaded neutral (radians). */
const SEAT_TILT_OFFSET_RAD = (SEAT_NEUTRAL_TILT_DEG - NEUTRAL_TILT_DEG) * DEG

// ---- public helpers -------------------------------------------------------------------------------

/**
 * The deepest point of the trochlear groove at a knee flexion, in the femur frame (mm): x = 0 (the
 * groove's floor is the model's medial-lateral zero), sagittal = the patellar path minus half a
 * patellar thickness along the path's normal. `lateralShiftMm` is measured from this point.
 */
export function grooveDeepestPointMm(flexionDeg: number): {
  x: number
  superiorMm: number
  anteriorMm: number
} {
  const flexion = Math.min(Math.max(Number.isFinite(flexionDeg) ? flexionDeg : 0, 0), 120)
  readPath(flexion)
  return {
    x: path.x,
    superiorMm: path.superior - path.normalSuperior * (PATELLA_THICKNESS_MM / 2),
    anteriorMm: path.anterior - path.normalAnterior * (PATELLA_THICKNESS_MM / 2),
  }
}

/** A fresh, zeroed result to pass to `solveKneeInto` again and again. */
export function createKneeSolution(): KneeSolution {
  return {
    input: {
      flexionDeg: 0,
      vmoActivation: 1,
      lateralTightness: 0,
      qAngleDeg: 0,
      sulcusAngleDeg: 0,
      effusionMl: 0,
      medialLaxity: 0,
    },
    tibia: {
      position: [0, 0, 0],
      quaternion: [0, 0, 0, 1],
      flexionDeg: 0,
      internalRotationDeg: 0,
      rollbackMm: 0,
    },
    patella: {
      position: [0, 0, 0],
      quaternion: [0, 0, 0, 1],
      lateralShiftMm: 0,
      tiltDeg: 0,
      flexionDeg: 0,
      bisectOffset: 0.5,
      lateralFacetShare: LATERAL_FACET_SHARE,
      medialFacetShare: 1 - LATERAL_FACET_SHARE,
      liftMm: 0,
    },
    forces: {
      quadricepsN: 0,
      lateralPullN: 0,
      medialPullN: 0,
      medialRestraintN: 0,
      mpflN: 0,
      grooveRestraintN: 0,
      contactN: 0,
      contactAreaMm2: 0,
      tendonMomentArmMm: 0,
    },
  }
}

/** Solve one knee pose. Allocates only the returned object; see `solveKneeInto` for the render loop. */
export function solveKnee(input: KneeInput): KneeSolution {
  return solveKneeInto(input, createKneeSolution())
}

/**
 * Solve one knee pose into `out` (from `createKneeSolution`), creating nothing. Returns `out`.
 * Inputs out of range, NaN or infinite are clamped with a one-time warning naming the field.
 */
export function solveKneeInto(input: KneeInput, out: KneeSolution): KneeSolution {
  // ---- inputs ----
  const flexionDeg = clampKneeInput('flexionDeg', input.flexionDeg)
  const vmoActivation = clampKneeInput('vmoActivation', input.vmoActivation)
  const lateralTightness = clampKneeInput('lateralTightness', input.lateralTightness)
  const qAngleDeg = clampKneeInput('qAngleDeg', input.qAngleDeg)
  const sulcusAngleDeg = clampKneeInput('sulcusAngleDeg', input.sulcusAngleDeg)
  const effusionMl = clampKneeInput('effusionMl', input.effusionMl)
  const medialLaxity = clampKneeInput('medialLaxity', input.medialLaxity)
  const used = out.input
  used.flexionDeg = flexionDeg
  used.vmoActivation = vmoActivation
  used.lateralTightness = lateralTightness
  used.qAngleDeg = qAngleDeg
  used.sulcusAngleDeg = sulcusAngleDeg
  used.effusionMl = effusionMl
  used.medialLaxity = medialLaxity

  // ---- tibia: flexion about +X, then rollback and internal rotation in the tibia's own frame ----
  const theta = flexionDeg * DEG
  const sinT = Math.sin(theta)
  const cosT = Math.cos(theta)
  const rotationDeg = tibialInternalRotationDeg(flexionDeg)
  const psi = rotationDeg * DEG
  const sinP = Math.sin(psi)
  const cosP = Math.cos(psi)
  const rollback = rollbackMm(flexionDeg)
  const tibia = out.tibia
  tibia.flexionDeg = flexionDeg
  tibia.internalRotationDeg = rotationDeg
  tibia.rollbackMm = rollback
  tibia.position[0] = 0
  tibia.position[1] = 0 - rollback * sinT * MM
  tibia.position[2] = rollback * cosT * MM
  {
    // q = qx(theta) * qy(psi)
    const ax = Math.sin(theta / 2)
    const aw = Math.cos(theta / 2)
    const by = Math.sin(psi / 2)
    const bw = Math.cos(psi / 2)
    tibia.quaternion[0] = ax * bw
    tibia.quaternion[1] = aw * by
    tibia.quaternion[2] = ax * by
    tibia.quaternion[3] = aw * bw
  }

  // ---- patella's sagittal geometry: path, poles, tendon and quadriceps lines ----
  readPath(flexionDeg)
  const patellaFlexionDeg = PATELLAR_FLEXION_RATIO * flexionDeg
  const phi = patellaFlexionDeg * DEG
  const poleDy = HALF_HEIGHT * Math.cos(phi)
  const poleDz = HALF_HEIGHT * Math.sin(phi)
  const supY = path.superior + poleDy
  const supZ = path.anterior + poleDz
  const infY = path.superior - poleDy
  const infZ = path.anterior - poleDz

  // Tuberosity: lateral by the Q-angle at extension, carried medially as the tibia turns in.
  const tubX0 = -TENDON_DROP_MM * Math.tan(qAngleDeg * DEG)
  const tubZt = -tubX0 * sinP + TIBIAL_TUBEROSITY_ANTERIOR_MM * cosP + rollback
  const tubX = tubX0 * cosP + TIBIAL_TUBEROSITY_ANTERIOR_MM * sinP
  const tubY = TUBEROSITY_SUPERIOR_MM * cosT - tubZt * sinT
  const tubZ = TUBEROSITY_SUPERIOR_MM * sinT + tubZt * cosT
  const tendonY = tubY - infY
  const tendonZ = tubZ - infZ
  const tendonLength = Math.hypot(tubX, tendonY, tendonZ)

  const quadY = QUADRICEPS_ANCHOR_SUPERIOR_MM - supY
  const quadZ = QUADRICEPS_ANCHOR_ANTERIOR_MM - supZ
  const quadLength = Math.hypot(quadY, quadZ)

  // ---- forces: quadriceps heads (task demand shared by activation), tendon, retinacula ----
  const quadricepsN =
    input.quadricepsN === undefined
      ? QUADRICEPS_TENSION_AT_EXTENSION_N + QUADRICEPS_TENSION_PER_DEG_N * flexionDeg
      : clampKneeInput('quadricepsN', input.quadricepsN)
  const vmActivity =
    1 -
    EFFUSION_VM_MAX_INHIBITION * smoothstep(EFFUSION_VM_ONSET_ML, EFFUSION_VM_FULL_ML, effusionMl)
  const otherActivity =
    1 -
    EFFUSION_OTHERS_MAX_INHIBITION *
      smoothstep(EFFUSION_OTHERS_ONSET_ML, EFFUSION_OTHERS_FULL_ML, effusionMl)
  // The movement needs the same quadriceps tension; heads that are switched off leave their share
  // to the others (so a silent VMO hands its pull to VL and the rest).
  const wRest = QUADRICEPS_SHARE.rectusAndIntermedius * otherActivity
  const wVL = QUADRICEPS_SHARE.vastusLateralis * otherActivity
  const wVML = QUADRICEPS_SHARE.vastusMedialis * (1 - VMO_SHARE_OF_VM) * vmActivity
  const wVMO = QUADRICEPS_SHARE.vastusMedialis * VMO_SHARE_OF_VM * vmActivity * vmoActivation
  const perWeight = quadricepsN / (wRest + wVL + wVML + wVMO)
  const vlN = wVL * perWeight
  const vmlN = wVML * perWeight
  const vmoN = wVMO * perWeight
  const tendonN = PATELLAR_TENDON_FORCE_RATIO * quadricepsN
  const lateralRetinaculumN =
    LATERAL_RETINACULUM_BASE_N +
    LATERAL_RETINACULUM_PER_DEG_N * flexionDeg +
    LATERAL_TIGHTNESS_EXTRA_N * lateralTightness

  // Compression against the femur: the sagittal resultant of quadriceps and tendon, pressed along
  // the inward normal of the patellar path.
  const resultantY = (quadricepsN * quadY) / quadLength + (tendonN * tendonY) / tendonLength
  const resultantZ = (quadricepsN * quadZ) / quadLength + (tendonN * tendonZ) / tendonLength
  const compressionN = Math.max(
    0,
    -(resultantY * path.normalSuperior + resultantZ * path.normalAnterior),
  )

  // ---- groove: the measured facet slope, made flatter or steeper by the sulcus angle ----
  const engagement = grooveEngagement(flexionDeg)
  const facetAngle = ((180 - sulcusAngleDeg) / 2) * DEG
  const tanFacet = Math.tan(facetAngle)
  const cosFacet = Math.cos(facetAngle)
  const contactN = engagement * compressionN
  // Pushed s mm across, the patella rides up the lateral facet: the groove holds it back with at
  // most the contact force x the facet's slope, tan((180 - sulcus) / 2), shaped along the groove by
  // the slope measured on the model (SEAT_LIFT_MM: shallow at the entrance), taken up over
  // GROOVE_CAPTURE_MM as the cartilage gives; a sulcus angle of 180 deg (flat) holds nothing.
  const grooveMaxN = contactN * grooveSlopeAt(flexionDeg) * tanFacet
  const grooveStiffness = grooveMaxN / GROOVE_CAPTURE_MM
  // the cited MPFL curve as the whole medial soft-tissue restraint (constants.ts says why)
  // a slack or torn MPFL takes its share out of the medial restraint; the rest still holds
  const medialFraction =
    medialRestraintFraction(flexionDeg) * (1 - MPFL_SHARE_OF_MEDIAL_RESTRAINT * medialLaxity)

  // ---- medial-lateral balance, solved for the lateral shift s (mm, + lateral) ----
  // drive: pulls that do not depend on s (+ lateral)
  const lateralDrive =
    vlN * SIN_VL + lateralRetinaculumN * COS_RETINACULUM_BACK + (tendonN * -tubX) / tendonLength
  const medialDrive = vmlN * SIN_VML + vmoN * SIN_VMO
  const drive = lateralDrive - medialDrive
  // lines that re-centre the patella as it moves: tendon to the tuberosity, quadriceps to the shaft
  const lineStiffness = tendonN / tendonLength + quadricepsN / quadLength

  let lo = -30
  let hi = 60
  let s = 0
  let grooveN = 0
  let restraintN = 0
  for (let iteration = 0; iteration < 40; iteration++) {
    // g(s) = net lateral force; decreasing in s
    let g = drive - lineStiffness * s
    let slope = -lineStiffness
    restraintN = medialFraction * mpflForceN(s)
    g -= restraintN
    slope -= medialFraction * mpflSlope
    if (grooveMaxN > 1e-9) {
      const th = Math.tanh((grooveStiffness * s) / grooveMaxN)
      grooveN = grooveMaxN * th
      slope -= grooveStiffness * (1 - th * th)
    } else {
      grooveN = 0
    }
    g -= grooveN
    if (s < 0) {
      g -= LATERAL_RETINACULUM_STIFFNESS_N_PER_MM * s
      slope -= LATERAL_RETINACULUM_STIFFNESS_N_PER_MM
    }
    if (Math.abs(g) < 1e-6) break
    if (g > 0) lo = s
    else hi = s
    let next = s - g / slope
    if (!(next > lo && next < hi)) next = 0.5 * (lo + hi)
    if (Math.abs(next - s) < 1e-7) {
      s = next
      break
    }
    s = next
  }
  const lateralShiftMm = s
  const mpflN =
    (restraintN * MPFL_SHARE_OF_MEDIAL_RESTRAINT * (1 - medialLaxity)) /
    (1 - MPFL_SHARE_OF_MEDIAL_RESTRAINT * medialLaxity)

  // ---- tilt about the patella's long axis, + lateral (N mm and radians) ----
  // The lateral retinaculum draws the lateral edge back; the vasti pull back as they wrap the
  // shaft, VL at the lateral quarter, VM longus at the medial quarter, VMO at the medial edge.
  // The MPFL is treated as a pure lateral restraint, as its cited force curve measures it.
  const tiltMoment =
    lateralRetinaculumN * SIN_RETINACULUM_BACK * HALF_WIDTH +
    SIN_VASTI_BACK * (vlN * 0.5 * HALF_WIDTH - vmlN * 0.5 * HALF_WIDTH - vmoN * HALF_WIDTH)
  // Restoring: passive tissues, plus the seat of the facets, which saturates at the moment the
  // whole contact force can give on one facet.
  const seatStiffness = contactN * SEAT_TILT_LEVER_MM
  const seatMaxNmm = (contactN * FACET_LEVER_MM) / cosFacet
  let u = 0
  let seatNmm = 0
  {
    let tlo = -Math.PI / 2
    let thi = Math.PI / 2
    for (let iteration = 0; iteration < 40; iteration++) {
      let h = tiltMoment - PASSIVE_TILT_STIFFNESS_NMM_PER_RAD * u
      let slope = -PASSIVE_TILT_STIFFNESS_NMM_PER_RAD
      if (seatMaxNmm > 1e-9) {
        const th = Math.tanh((seatStiffness * (u - SEAT_TILT_OFFSET_RAD)) / seatMaxNmm)
        seatNmm = seatMaxNmm * th
        slope -= seatStiffness * (1 - th * th)
      } else {
        seatNmm = 0
      }
      h -= seatNmm
      if (Math.abs(h) < 1e-6) break
      if (h > 0) tlo = u
      else thi = u
      let next = u - h / slope
      if (!(next > tlo && next < thi)) next = 0.5 * (tlo + thi)
      if (Math.abs(next - u) < 1e-10) {
        u = next
        break
      }
      u = next
    }
  }
  const tiltRad = NEUTRAL_TILT_RAD + u
  const tiltDeg = tiltRad / DEG

  // ---- contact shares: facet loads from the groove's push and the seat's moment ----
  let lateralFacetShare = LATERAL_FACET_SHARE
  if (contactN > 1e-9) {
    // (N_L - N_M) / (N_L + N_M): the groove push needs it at tanh(ks/Gmax), the seat moment at seat/seatMax
    let imbalance = (grooveMaxN > 1e-9 ? grooveN / grooveMaxN : 0) + seatNmm / seatMaxNmm
    imbalance = Math.min(Math.max(imbalance, -1), 1)
    lateralFacetShare =
      imbalance >= 0
        ? LATERAL_FACET_SHARE + (1 - LATERAL_FACET_SHARE) * imbalance
        : LATERAL_FACET_SHARE * (1 + imbalance)
  }

  // ---- pose of the patella ----
  // Pushed across the groove and tilted, the patella rides on the real cartilage: the lift that
  // keeps the two surfaces touching comes from the contact table measured on the model.
  const liftMm = seatLiftMm(flexionDeg, lateralShiftMm, tiltDeg)
  const patella = out.patella
  patella.lateralShiftMm = lateralShiftMm
  patella.tiltDeg = tiltDeg
  patella.flexionDeg = patellaFlexionDeg
  patella.bisectOffset = Math.min(
    Math.max(0.5 + lateralShiftMm / (PATELLA_WIDTH_MM * Math.cos(tiltRad)), 0),
    1,
  )
  patella.lateralFacetShare = lateralFacetShare
  patella.medialFacetShare = 1 - lateralFacetShare
  patella.liftMm = liftMm
  patella.position[0] = (path.x - lateralShiftMm) * MM
  patella.position[1] = (path.superior + path.normalSuperior * liftMm) * MM
  patella.position[2] = (path.anterior + path.normalAnterior * liftMm) * MM
  {
    // q = qx(phi) * qy(-tilt): lateral tilt is a negative turn about the patella's own +Y
    const ax = Math.sin(phi / 2)
    const aw = Math.cos(phi / 2)
    const by = Math.sin(-tiltRad / 2)
    const bw = Math.cos(-tiltRad / 2)
    patella.quaternion[0] = ax * bw
    patella.quaternion[1] = aw * by
    patella.quaternion[2] = ax * by
    patella.quaternion[3] = aw * bw
  }

  // ---- forces, for the explainer's arrows ----
  const f = out.forces
  const tendonLateralN = (tendonN * (-tubX - lateralShiftMm)) / tendonLength
  const passiveLateralN = lateralShiftMm < 0 ? -LATERAL_RETINACULUM_STIFFNESS_N_PER_MM * s : 0
  const quadLineN = (quadricepsN * lateralShiftMm) / quadLength
  f.quadricepsN = quadricepsN
  f.lateralPullN =
    vlN * SIN_VL + lateralRetinaculumN * COS_RETINACULUM_BACK + passiveLateralN + tendonLateralN
  f.medialPullN = medialDrive + quadLineN
  f.medialRestraintN = restraintN
  f.mpflN = mpflN
  f.grooveRestraintN = grooveN
  f.contactN = contactN
  // Area: the published curve, up to +24 % under a weight-bearing load (Besier 2005), shrinking
  // toward the lateral facet's part when the load rides on that facet alone.
  const loaded = Math.min(contactN / CONTACT_AREA_FULL_LOAD_N, 1)
  const onOneFacet = Math.max(
    (lateralFacetShare - LATERAL_FACET_SHARE) / (1 - LATERAL_FACET_SHARE),
    0,
  )
  f.contactAreaMm2 =
    contactAreaUnloadedMm2(flexionDeg) *
    (1 + CONTACT_AREA_WEIGHT_BEARING_GAIN * loaded) *
    (1 - (1 - LATERAL_FACET_AREA_SHARE) * onOneFacet)
  // The tendon's lever about the flexion axis (the knee centre, origin of the frame).
  f.tendonMomentArmMm = Math.abs(infY * tendonZ - infZ * tendonY) / Math.hypot(tendonY, tendonZ)
  return out
}
