/** Applying a solved pose to the model's joint nodes (no React, no allocation). */
import type { KneeNodes } from './loadKneeModel'

export type BonePose = {
  /** metres, in the femur frame */
  position: readonly [number, number, number]
  /** x, y, z, w */
  quaternion: readonly [number, number, number, number]
}

export type KneePose = { tibia: BonePose; patella: BonePose }

/** Sets the tibia and patella joints from a pose in the femur frame. */
export function applyKneePose(joints: KneeNodes['joints'], pose: KneePose): void {
  const tibia = joints['joint-tibia']
  tibia.position.set(pose.tibia.position[0], pose.tibia.position[1], pose.tibia.position[2])
  tibia.quaternion.set(
    pose.tibia.quaternion[0],
    pose.tibia.quaternion[1],
    pose.tibia.quaternion[2],
    pose.tibia.quaternion[3],
  )
  const patella = joints['joint-patella']
  patella.position.set(pose.patella.position[0], pose.patella.position[1], pose.patella.position[2])
  patella.quaternion.set(
    pose.patella.quaternion[0],
    pose.patella.quaternion[1],
    pose.patella.quaternion[2],
    pose.patella.quaternion[3],
  )
}
