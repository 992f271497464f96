/** Applying a solved pose to the model's joint nodes (no React, no allocation). */
import { Quaternion, Vector3, type Object3D } from 'three'
import type { KneeNodes } from './loadKneeModel'
import { TROCHLEA_MORPH, trochleaMorphWeight } from '../anatomy/trochlea'

export type BonePose = {
  /** metres, in the femur frame */
  position: readonly [number, number, number]
  /** x, y, z, w */
  quaternion: readonly [number, number, number, number]
}

export type KneePose = { tibia: BonePose; patella: BonePose }

/**
 * Optional joint of the default model: the quadriceps tendon wraps on the trochlea about it. It
 * turns about +X by a share (0.75) of the patella's turn about the same centre, so the tendon and the lower
 * quadriceps between the femur and the patella follow the groove instead of cutting its chord.
 */
export const QUADRICEPS_WRAP_JOINT = 'joint-quadriceps-wrap'

/** Optional joint: turns with the tibia by half its flexion (soft tissue behind the knee bends on it). */
export const KNEE_BEND_JOINT = 'joint-knee-bend'

/** Share of the patella's turn the wrap joint takes (the tendon lies on the arc between them). */
const WRAP_SHARE = 0.75
/** How much closer to the wrap centre the wrapped tendon lies at a quarter turn (fraction). */
const WRAP_DRAW_IN = 0.3

/**
 * Optional joint: the soft tissue between the calf's heads, behind the femur, rides on it. Past
 * POPLITEAL_FROM_DEG it slides straight up (+Y), by POPLITEAL_GIVE_MM at 120 deg, out of the way
 * of the tibia's plateau, which rises behind the femur in deep flexion (pushed back or down it
 * went deeper into the tibia, measured on the model).
 */
export const POPLITEAL_JOINT = 'joint-popliteal'
const POPLITEAL_FROM_DEG = 100
const POPLITEAL_GIVE_MM = 6

/**
 * Optional joint: the patellar tendon's straight piece rides it. It sits at the tendon's tibial
 * insertion and turns so the tendon points at its origin on the patella's apex: a taut band stays
 * straight between the two bones instead of bowing as a blend of their turns would. Its node's
 * extras give the two anchors in their bones' frames and the tendon's direction in the bind pose
 * (metres): `tibiaAnchor`, `patellaAnchor` (from the patella's joint), `bindDirection`.
 */
export const PATELLAR_TENDON_JOINT = 'joint-patellar-tendon'

type TendonAim = {
  node: Object3D
  tibiaAnchor: readonly number[]
  patellaAnchor: readonly number[]
  bindDirection: readonly number[]
}

type Wrap = {
  node: Object3D | null
  bindAngleRad: number
  bend: Object3D | null
  popliteal: Object3D | null
  tendon: TendonAim | null
}

const isTriple = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'number')

function tendonAimOf(node: Object3D | null | undefined): TendonAim | null {
  const extras = node?.userData
  if (
    !node ||
    !isTriple(extras?.tibiaAnchor) ||
    !isTriple(extras.patellaAnchor) ||
    !isTriple(extras.bindDirection)
  )
    return null
  return {
    node,
    tibiaAnchor: extras.tibiaAnchor,
    patellaAnchor: extras.patellaAnchor,
    bindDirection: extras.bindDirection,
  }
}

// scratch for the tendon's aim (no allocation per frame)
const tibiaTurn = new Quaternion()
const insertion = new Vector3()
const toOrigin = new Vector3()
const bindDirection = new Vector3()
const patellaTurn = new Quaternion()

/** Sets the tendon joint at the posed insertion, turned with the tibia and swung onto the origin. */
function aimTendon(aim: TendonAim, tibia: BonePose, patella: BonePose): void {
  tibiaTurn.fromArray(tibia.quaternion)
  insertion.fromArray(aim.tibiaAnchor).applyQuaternion(tibiaTurn).add(vec(tibia.position))
  toOrigin
    .fromArray(aim.patellaAnchor)
    .applyQuaternion(patellaTurn.fromArray(patella.quaternion))
    .add(vec(patella.position))
    .sub(insertion)
    .normalize()
  // the bind direction as the tibia carries it, swung onto the posed direction; the joint's
  // turn is the tibia's, then that swing
  bindDirection.fromArray(aim.bindDirection).applyQuaternion(tibiaTurn).normalize()
  aim.node.quaternion.setFromUnitVectors(bindDirection, toOrigin).multiply(tibiaTurn)
  aim.node.position.copy(insertion)
}

const point = new Vector3()
const vec = (v: readonly number[]) => point.fromArray(v)

const wraps = new WeakMap<Object3D, Wrap>()

function wrapOf(patella: Object3D): Wrap {
  let wrap = wraps.get(patella)
  if (!wrap) {
    const node = patella.parent?.getObjectByName(QUADRICEPS_WRAP_JOINT) ?? null
    const bind = node?.userData.bindPatellaAngleRad
    wrap = {
      node: typeof bind === 'number' ? node : null,
      bindAngleRad: typeof bind === 'number' ? bind : 0,
      bend: patella.parent?.getObjectByName(KNEE_BEND_JOINT) ?? null,
      popliteal: patella.parent?.getObjectByName(POPLITEAL_JOINT) ?? null,
      tendon: tendonAimOf(patella.parent?.getObjectByName(PATELLAR_TENDON_JOINT)),
    }
    wraps.set(patella, wrap)
  }
  return wrap
}

/**
 * Sets the tibia and patella joints (and the optional ones where the model has them: the quadriceps
 * wrap, the knee bend, the popliteal give and the patellar tendon's aim).
 */
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
  const wrap = wrapOf(patella)
  if (wrap.node) {
    const centre = wrap.node.position
    const angle = Math.atan2(patella.position.z - centre.z, patella.position.y - centre.y)
    // the patella's turn about the centre since the bind pose, in (-pi, pi]
    let turn = angle - wrap.bindAngleRad
    if (turn > Math.PI) turn -= 2 * Math.PI
    else if (turn <= -Math.PI) turn += 2 * Math.PI
    const half = (turn * WRAP_SHARE) / 2
    wrap.node.quaternion.set(Math.sin(half), 0, 0, Math.cos(half))
    // and it draws in toward the centre as it turns: the tendon lies on the trochlea in deep
    // flexion instead of keeping the radius it had over the muscle in extension
    const drawIn = 1 - WRAP_DRAW_IN * Math.min(Math.abs(turn) / (Math.PI / 2), 1)
    wrap.node.scale.set(1, drawIn, drawIn)
  }
  if (wrap.bend) {
    // half the tibia's turn (slerp from the identity) and half its shift
    const q = pose.tibia.quaternion
    const w = 1 + q[3]
    const length = Math.hypot(q[0], q[1], q[2], w) || 1
    wrap.bend.quaternion.set(q[0] / length, q[1] / length, q[2] / length, w / length)
    wrap.bend.position.set(
      pose.tibia.position[0] / 2,
      pose.tibia.position[1] / 2,
      pose.tibia.position[2] / 2,
    )
  }
  if (wrap.popliteal) {
    // the tibia's turn from its quaternion (its flexion, with the few degrees of screw-home)
    const q = pose.tibia.quaternion
    const turnDeg = (2 * Math.atan2(Math.hypot(q[0], q[1], q[2]), Math.abs(q[3])) * 180) / Math.PI
    const u = Math.min(Math.max((turnDeg - POPLITEAL_FROM_DEG) / (120 - POPLITEAL_FROM_DEG), 0), 1)
    wrap.popliteal.position.set(0, (POPLITEAL_GIVE_MM * u) / 1000, 0)
  }
  if (wrap.tendon) aimTendon(wrap.tendon, pose.tibia, pose.patella)
}

const morphSlots = new WeakMap<Object3D, { influences: number[]; index: number } | null>()

/**
 * Shapes the trochlear groove for a sulcus angle (deg) through the model's 'dysplasia' morph, so
 * the groove drawn is the groove the solver rides. A model without the morph is left as it is.
 * Allocation-free after the first call for a node.
 */
export function applyTrochlearShape(groove: Object3D | undefined, sulcusAngleDeg: number): void {
  if (!groove) return
  let slot = morphSlots.get(groove)
  if (slot === undefined) {
    slot = null
    groove.traverse((o) => {
      const mesh = o as Object3D & {
        morphTargetDictionary?: Record<string, number>
        morphTargetInfluences?: number[]
      }
      const index = mesh.morphTargetDictionary?.[TROCHLEA_MORPH]
      if (!slot && index !== undefined && mesh.morphTargetInfluences)
        slot = { influences: mesh.morphTargetInfluences, index }
    })
    morphSlots.set(groove, slot)
  }
  if (slot) slot.influences[slot.index] = trochleaMorphWeight(sulcusAngleDeg)
}
