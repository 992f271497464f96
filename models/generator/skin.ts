/**
 * Skin weights for the real muscle bellies and the tissue built onto them: each part names the
 * bones it follows at heights along the leg (knee-frame Y, mm), and a vertex blends between the
 * two anchors around its height with a smoothstep, so a belly that crosses a joint bends there.
 */
import type { Vec3 } from './sdf'

/** Skin joints, in the order of the glTF skin. */
export const SKIN_JOINTS = [
  'joint-pelvis',
  'joint-femur',
  'joint-tibia',
  'joint-patella',
  'joint-quadriceps-wrap',
  'joint-knee-bend',
  'joint-popliteal',
  'joint-patellar-tendon',
] as const
export const PELVIS = 0
export const FEMUR = 1
export const TIBIA = 2
export const PATELLA = 3
/** Turns about the trochlea by half the patella's turn: the quadriceps tendon wraps on it. */
export const WRAP = 4
/** Turns with the tibia by half its flexion: where a belly bends across the back of the knee. */
export const BEND = 5
/**
 * Gives way in deep flexion (src/model/pose.ts): the soft tissue between the calf's two heads,
 * behind the femur above the notch, makes room for the back of the tibia's plateau, which rises
 * behind the femur past 100 deg.
 */
export const POPLITEAL = 6
/**
 * The patellar tendon rides it: set in src/model/pose.ts at its tibial insertion and aimed at its
 * patellar origin, so the taut band stays straight between the two in every pose.
 */
export const PATELLAR_TENDON = 7

/** [height (mm, knee frame Y) or a function of the vertex, joint] from top to bottom. */
export type HeightAnchors = ReadonlyArray<readonly [heightMm: number, joint: number]>

export type SkinData = { joints: Uint8Array; weights: Float32Array }

const smoothstep = (u: number) => {
  const x = Math.min(Math.max(u, 0), 1)
  return x * x * (3 - 2 * x)
}

/** Weights from a coordinate per vertex (`coordinate(p)`, decreasing from first to last anchor). */
export function skinByCoordinate(
  positions: Float32Array,
  anchors: HeightAnchors,
  coordinate: (p: Vec3) => number = (p) => p[1],
  ease: (u: number) => number = smoothstep,
): SkinData {
  const n = positions.length / 3
  const joints = new Uint8Array(n * 4)
  const weights = new Float32Array(n * 4)
  for (let v = 0; v < n; v++) {
    const h = coordinate([positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!])
    let k = 1
    while (k < anchors.length - 1 && anchors[k]![0] > h) k++
    const [h0, j0] = anchors[k - 1]!
    const [h1, j1] = anchors[k]!
    const s = h0 === h1 ? (h < h0 ? 1 : 0) : ease(Math.min(Math.max((h0 - h) / (h0 - h1), 0), 1))
    if (j0 === j1 || s <= 0 || s >= 1) {
      joints[v * 4] = s >= 1 ? j1 : j0
      weights[v * 4] = 1
    } else {
      joints[v * 4] = j0
      joints[v * 4 + 1] = j1
      weights[v * 4] = 1 - s
      weights[v * 4 + 1] = s
    }
  }
  return { joints, weights }
}
