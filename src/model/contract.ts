/**
 * The model contract: what a knee model (ours or a user's own .glb) must contain for the library
 * to pose, label and highlight it, and a validator that lists every broken rule in plain words.
 * Works on a three.js object tree; no React.
 */
import { Box3, Vector3, type Object3D } from 'three'
import { STRUCTURE_IDS } from '../anatomy/structures'
import { LANDMARK_IDS } from '../anatomy/landmarks'

/** Nodes the kinematics poses, in parent-to-child order. */
export const SKELETON_JOINTS = [
  'joint-pelvis',
  'joint-hip',
  'joint-femur',
  'joint-tibia',
  'joint-patella',
] as const
export type SkeletonJoint = (typeof SKELETON_JOINTS)[number]

/** Which joint each bone must ride on. */
export const BONE_JOINTS = {
  pelvis: 'joint-pelvis',
  femur: 'joint-femur',
  tibia: 'joint-tibia',
  fibula: 'joint-tibia',
  patella: 'joint-patella',
} as const

/** Limits that keep a hostile or broken model from freezing the page. */
export const MODEL_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  // Ten times our model's 58,680 and above issue 10's 150k budget; software WebGL stalls beyond.
  maxTriangles: 500_000,
  maxNodes: 5000,
  maxDepth: 64,
} as const

export type ModelProblem = {
  /** Machine-readable kind, for tests and for choosing a fallback. */
  kind:
    | 'missing-structure'
    | 'missing-landmark'
    | 'missing-joint'
    | 'skeleton'
    | 'units'
    | 'frame'
    | 'size'
  /** One sentence in plain words. */
  message: string
}

export type ModelReport = { ok: boolean; problems: ModelProblem[] }

/**
 * Checks a loaded model (the glTF scene) against the contract: one node per structure id, every
 * landmark, the joint hierarchy, metres, and the right-knee frame (+X medial, +Y superior,
 * +Z anterior). Returns every problem found, not just the first.
 */
export function validateKneeModel(model: Object3D | { scene: Object3D }): ModelReport {
  const root = 'scene' in model && !('isObject3D' in model) ? model.scene : (model as Object3D)
  const problems: ModelProblem[] = []
  const byName = new Map<string, Object3D>()
  let nodes = 0
  let depthExceeded = false
  const visit = (node: Object3D, depth: number) => {
    nodes++
    if (depth > MODEL_LIMITS.maxDepth) depthExceeded = true
    if (node.name && !byName.has(node.name)) byName.set(node.name, node)
    if (nodes > MODEL_LIMITS.maxNodes || depthExceeded) return
    for (const child of node.children) visit(child, depth + 1)
  }
  visit(root, 0)
  if (nodes > MODEL_LIMITS.maxNodes) {
    problems.push({
      kind: 'size',
      message: `The model has more than ${MODEL_LIMITS.maxNodes} nodes, too many to show safely.`,
    })
  }
  if (depthExceeded) {
    problems.push({
      kind: 'size',
      message: `The model's nodes are nested more than ${MODEL_LIMITS.maxDepth} levels deep.`,
    })
  }

  const missingStructures = STRUCTURE_IDS.filter((id) => !byName.has(id))
  for (const id of missingStructures) {
    problems.push({
      kind: 'missing-structure',
      message: `No node named "${id}": every structure needs its own node.`,
    })
  }
  const missingLandmarks = LANDMARK_IDS.filter((id) => !byName.has(id))
  for (const id of missingLandmarks) {
    problems.push({ kind: 'missing-landmark', message: `No landmark node named "${id}".` })
  }

  const missingJoints = SKELETON_JOINTS.filter((id) => !byName.has(id))
  if (missingJoints.length === SKELETON_JOINTS.length) {
    problems.push({
      kind: 'skeleton',
      message:
        'The model has no skeleton: add the joint nodes joint-pelvis, joint-hip, joint-femur, joint-tibia and joint-patella.',
    })
  } else {
    for (const id of missingJoints) {
      problems.push({
        kind: 'missing-joint',
        message: `No joint node named "${id}", so the knee cannot be posed.`,
      })
    }
  }
  const isInside = (child: Object3D | undefined, ancestorName: string) => {
    for (let node = child?.parent; node; node = node.parent)
      if (node.name === ancestorName) return true
    return false
  }
  for (const [child, parent] of [
    ['joint-tibia', 'joint-femur'],
    ['joint-patella', 'joint-femur'],
    ['joint-femur', 'joint-hip'],
  ] as const) {
    if (byName.has(child) && byName.has(parent) && !isInside(byName.get(child), parent)) {
      problems.push({
        kind: 'skeleton',
        message: `"${child}" must sit inside "${parent}" so it moves with it.`,
      })
    }
  }
  for (const [bone, joint] of Object.entries(BONE_JOINTS)) {
    const node = byName.get(bone)
    if (node && byName.has(joint) && !isInside(node, joint)) {
      problems.push({
        kind: 'skeleton',
        message: `The ${bone} must sit inside "${joint}" so the kinematics can move it.`,
      })
    }
  }

  // Units and frame, from landmarks where present.
  root.updateWorldMatrix(true, true)
  const at = (name: string) => {
    const node = byName.get(name)
    return node ? node.getWorldPosition(new Vector3()) : undefined
  }
  const kneeCentre = at('landmark-knee-centre')
  const hip = at('landmark-femoral-head-centre')
  const patella = at('landmark-patella-centre')
  const medial = at('landmark-medial-epicondyle')
  const lateral = at('landmark-lateral-epicondyle')
  if (kneeCentre && hip) {
    const femurLength = hip.distanceTo(kneeCentre)
    if (femurLength > 10) {
      problems.push({
        kind: 'units',
        message: `The femur is ${femurLength.toFixed(0)} units long: the model looks like it is in millimetres, but glTF models must be in metres.`,
      })
    } else if (femurLength < 0.2 || femurLength > 0.7) {
      problems.push({
        kind: 'units',
        message: `The femur is ${femurLength.toFixed(3)} m long, outside an adult's range: check the model's units and scale.`,
      })
    }
    if (hip.y <= kneeCentre.y) {
      problems.push({
        kind: 'frame',
        message: 'The hip is not above the knee: +Y must point up (superior).',
      })
    }
  } else {
    const femur = byName.get('femur')
    if (femur) {
      const size = new Box3().setFromObject(femur).getSize(new Vector3())
      if (Math.max(size.x, size.y, size.z) > 10) {
        problems.push({
          kind: 'units',
          message:
            'The femur is hundreds of units long: the model must be in metres, not millimetres.',
        })
      }
    }
  }
  if (kneeCentre && patella && patella.z <= kneeCentre.z) {
    problems.push({
      kind: 'frame',
      message: 'The kneecap is not in front of the knee centre: +Z must point forward (anterior).',
    })
  }
  if (medial && lateral && medial.x <= lateral.x) {
    problems.push({
      kind: 'frame',
      message:
        'The medial epicondyle is not on the +X side: author a right knee (the library mirrors it for a left knee).',
    })
  }
  return { ok: problems.length === 0, problems }
}

/** One paragraph for people: what is wrong with the model, shown in place of the figure. */
export function describeProblems(report: ModelReport, limit = 6): string {
  if (report.ok) return 'The model keeps the contract.'
  const lines = report.problems.slice(0, limit).map((p) => p.message)
  const more = report.problems.length - lines.length
  return `This knee model cannot be shown: ${lines.join(' ')}${more > 0 ? ` (and ${more} more problems)` : ''}`
}
