/**
 * The hip: where the femur points. The femur turns about the femoral head; the kneecap keeps
 * tracking relative to the femur, so the knee solution is unchanged by hip position except
 * through femoral rotation (below). Pure functions, no allocation when given an output.
 */

export type HipAngles = {
  /** + lifts the thigh forward (flexion), degrees. */
  flexionDeg: number
  /** + moves the thigh out to the side (abduction), degrees. */
  abductionDeg: number
  /** + turns the knee outward (external rotation), degrees; negative is internal rotation. */
  externalRotationDeg: number
}

import { FEMORAL_ROTATION_LEVER_MM } from './constants'
import { HIP_RANGES } from './input'
import { TENDON_DROP_MM } from './solveKnee'

export { HIP_RANGES }

const RAD = Math.PI / 180
const clamp = (v: number, [lo, hi]: readonly [number, number]) =>
  Number.isFinite(v) ? Math.min(Math.max(v, lo), hi) : 0

/**
 * The hip joint's rotation in the pelvis frame of a right leg (+X medial, +Y up, +Z forward), as
 * a quaternion [x, y, z, w]: flexion about the transverse axis, then abduction about the
 * front-to-back axis, then rotation about the thigh's long axis.
 */
export function hipQuaternion(
  angles: HipAngles,
  out: [number, number, number, number] = [0, 0, 0, 1],
): [number, number, number, number] {
  // flexion swings the knee forward: a negative turn about +X; abduction swings it laterally (-X):
  // a negative turn about +Z; external rotation turns the front of the knee laterally: negative about +Y
  const fx = (-clamp(angles.flexionDeg, HIP_RANGES.flexionDeg) * RAD) / 2
  const az = (-clamp(angles.abductionDeg, HIP_RANGES.abductionDeg) * RAD) / 2
  const ry = (-clamp(angles.externalRotationDeg, HIP_RANGES.externalRotationDeg) * RAD) / 2
  const [sx, cx] = [Math.sin(fx), Math.cos(fx)]
  const [sz, cz] = [Math.sin(az), Math.cos(az)]
  const [sy, cy] = [Math.sin(ry), Math.cos(ry)]
  // q = qx * qz * qy (intrinsic: flexion, then abduction, then long-axis rotation)
  const ax = sx * cz
  const ay = -sx * sz
  const az2 = cx * sz
  const aw = cx * cz
  out[0] = ax * cy - az2 * sy
  out[1] = aw * sy + ay * cy
  out[2] = az2 * cy + ax * sy
  out[3] = aw * cy - ay * sy
  return out
}

/**
 * How much femoral internal rotation adds to the quadriceps' outward pull, as extra Q-angle
 * degrees. Direction: in weight bearing the femur turns inward beneath a patella held by the
 * quadriceps and its tendon, so the patella sits and tilts more laterally on the femur (Powers
 * 2003, J Orthop Sports Phys Ther 33:639; tilt grows with femoral rotation, Lin 2008, J Orthop Surg
 * Res 3:5). Size from the model's geometry: the tibial tuberosity, FEMORAL_ROTATION_LEVER_MM in
 * front of the rotation axis, moves that far x sin(rotation) laterally relative to the groove, at
 * the end of a tendon that drops TENDON_DROP_MM: about 0.6 deg of Q-angle per degree.
 */
export function qAngleFromFemoralRotation(externalRotationDeg: number): number {
  const internal = -clamp(externalRotationDeg, HIP_RANGES.externalRotationDeg)
  if (internal <= 0) return 0
  return Math.atan((FEMORAL_ROTATION_LEVER_MM * Math.sin(internal * RAD)) / TENDON_DROP_MM) / RAD
}
