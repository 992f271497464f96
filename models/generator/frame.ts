/**
 * Where things are in the reference right knee (mm, knee frame: origin at the knee centre,
 * +X medial, +Y superior, +Z anterior). Bone landmarks, attachment points and the polar frame
 * of the trochlea. Every number that comes from the literature names its source; the rest are
 * placements chosen to sit on this model's own surfaces.
 */
import {
  FEMUR_BICONDYLAR_WIDTH_MM,
  PATELLA_THICKNESS_MM,
  PATELLAR_TENDON_LENGTH_MM,
  patellaPathMm,
  patellaPathNormal,
} from '../../src/anatomy/dimensions'
import type { Vec3 } from './sdf'

// Hip joint centre from the ASIS: 30 % of pelvic width distal, 14 % medial, 22 % posterior
// (Bell 1990) with an inter-ASIS width of 240 mm; femoral head radius about 23 mm.
export const FEMORAL_HEAD_RADIUS_MM = 23
export const HIP_CENTRE: Vec3 = [-20, 382, 5]
export const ASIS: Vec3 = [
  HIP_CENTRE[0] - 0.14 * 240,
  HIP_CENTRE[1] + 0.3 * 240,
  HIP_CENTRE[2] + 0.22 * 240,
]
export const AIIS: Vec3 = [ASIS[0] + 8, ASIS[1] - 34, ASIS[2] - 8]
export const ISCHIAL_TUBEROSITY: Vec3 = [HIP_CENTRE[0] + 12, HIP_CENTRE[1] - 62, HIP_CENTRE[2] - 34]
export const PUBIC_TUBERCLE: Vec3 = [HIP_CENTRE[0] + 62, HIP_CENTRE[1] - 22, HIP_CENTRE[2] + 30]
export const GREATER_TROCHANTER: Vec3 = [HIP_CENTRE[0] - 58, HIP_CENTRE[1] - 8, HIP_CENTRE[2] - 8]

/**
 * A point on the femoral shaft's axis at a height: the anatomical axis runs from below the
 * trochanters (x = -58 at y = 342) to the knee (x = -4 at y = 95), about 9 degrees from the
 * vertical (6 deg anatomical-mechanical plus 3 deg mechanical; widely quoted, unverified), with a
 * forward bow of about 5 mm at mid-shaft.
 */
export function femurShaftAt(y: number): Vec3 {
  const t = (y - 95) / (342 - 95)
  const bow = 5 * Math.sin(Math.PI * Math.min(Math.max(t, 0), 1))
  return [-4 - 54 * t, y, 6 - 5 * t + bow]
}

export function offsetMm(p: Vec3, d: Vec3): Vec3 {
  return [p[0] + d[0], p[1] + d[1], p[2] + d[2]]
}

// Epicondyles on the transepicondylar axis, half the bicondylar width each side (Anat Res Int 2012).
export const HALF_WIDTH_MM = FEMUR_BICONDYLAR_WIDTH_MM / 2
export const MEDIAL_EPICONDYLE: Vec3 = [HALF_WIDTH_MM, 0, -2]
export const LATERAL_EPICONDYLE: Vec3 = [-HALF_WIDTH_MM, 0, -4]
// Adductor tubercle: just proximal and posterior to the medial epicondyle (Fujino 2013 figure).
export const ADDUCTOR_TUBERCLE: Vec3 = [HALF_WIDTH_MM - 6, 17, -7]

// The lowest points of the condyles (the joint line) and the tibial plateau under them.
export const FEMUR_DISTAL_Y = -27
export const TIBIAL_PLATEAU_Y = -31

// Patella at full extension on the reference path (OpenSim Rajagopal 2016, anatomy.md).
const path0 = patellaPathMm(0)
export const PATELLA_CENTRE: Vec3 = [0, path0.superiorMm, path0.anteriorMm]

// Tibial tuberosity where the tendon inserts, placed so the tendon is 1.05 x patellar height
// long (Insall-Salvati 0.8-1.2, Wheeless; Aglietti) from the inferior pole.
export const PATELLA_INFERIOR_POLE: Vec3 = [0, PATELLA_CENTRE[1] - 19.5, PATELLA_CENTRE[2] - 3]
export const PATELLA_SUPERIOR_POLE: Vec3 = [0, PATELLA_CENTRE[1] + 19, PATELLA_CENTRE[2] - 1]
export const TIBIAL_TUBEROSITY: Vec3 = tuberosity()
function tuberosity(): Vec3 {
  const dx = -5
  const dz = 30 - PATELLA_INFERIOR_POLE[2]
  const dy = -Math.sqrt(PATELLAR_TENDON_LENGTH_MM ** 2 - dx * dx - dz * dz)
  return [dx, PATELLA_INFERIOR_POLE[1] + dy, 30]
}
// Gerdy's tubercle, anterolateral tibia where the IT band inserts; the pes anserinus anteromedial.
export const GERDYS_TUBERCLE: Vec3 = [-30, -42, 14]
export const PES_ANSERINUS: Vec3 = [27, -64, 15]
// Fibular head posterolateral, below the lateral tibial condyle (Matziolis 2017).
export const FIBULAR_HEAD: Vec3 = [-41, -52, -17]

// ---- the trochlea as a surface of revolution about a transverse axis --------------------------

/** Centre of the polar frame (superior, anterior) the trochlea is revolved about. */
export const TROCHLEA_AXIS = { superiorMm: 0, anteriorMm: 14 }
/** Patellar centre to its articular surface: half the patellar thickness (Iranpour 2022). */
export const PATELLA_CENTRE_TO_SURFACE_MM = PATELLA_THICKNESS_MM / 2
/** Femoral trochlear cartilage thickness (about 2-3 mm; unverified). */
export const TROCHLEAR_CARTILAGE_MM = 2.5

/** Polar angle of a sagittal point about the trochlea's axis: 0 = anterior, 90 = inferior (deg). */
export function trochleaAngleDeg(superiorMm: number, anteriorMm: number): number {
  return (
    (Math.atan2(-(superiorMm - TROCHLEA_AXIS.superiorMm), anteriorMm - TROCHLEA_AXIS.anteriorMm) *
      180) /
    Math.PI
  )
}

/**
 * The groove's articular floor (cartilage surface) as radius against polar angle, sampled from the
 * patellar path: the floor lies half a patellar thickness inside the patellar centre.
 */
export const GROOVE_FLOOR: ReadonlyArray<{
  angleDeg: number
  radiusMm: number
  flexionDeg: number
}> = (() => {
  const rows: Array<{ angleDeg: number; radiusMm: number; flexionDeg: number }> = []
  for (let flexion = 0; flexion <= 120; flexion += 5) {
    const p = patellaPathMm(flexion)
    const n = patellaPathNormal(flexion)
    const y = p.superiorMm - n.superior * PATELLA_CENTRE_TO_SURFACE_MM
    const z = p.anteriorMm - n.anterior * PATELLA_CENTRE_TO_SURFACE_MM
    rows.push({
      angleDeg: trochleaAngleDeg(y, z),
      radiusMm: Math.hypot(y - TROCHLEA_AXIS.superiorMm, z - TROCHLEA_AXIS.anteriorMm),
      flexionDeg: flexion,
    })
  }
  return rows
})()

/** Radius of the groove's cartilage floor at a polar angle (linear between samples, held at the ends). */
export function grooveFloorRadiusMm(angleDeg: number): number {
  const rows = GROOVE_FLOOR
  if (angleDeg <= rows[0]!.angleDeg)
    return rows[0]!.radiusMm + (rows[0]!.angleDeg - angleDeg) * 0.25
  for (let i = 1; i < rows.length; i++) {
    const b = rows[i]!
    if (angleDeg <= b.angleDeg) {
      const a = rows[i - 1]!
      const t = (angleDeg - a.angleDeg) / (b.angleDeg - a.angleDeg)
      return a.radiusMm + (b.radiusMm - a.radiusMm) * t
    }
  }
  return rows[rows.length - 1]!.radiusMm
}
