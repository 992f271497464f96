/**
 * Builds the whole knee model: bones and joint surfaces (SDF -> surface nets -> simplified),
 * lofted and skinned soft tissue, landmarks, and the joint hierarchy; returns the .glb bytes.
 */
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { grooveFloorRadiusMm, trochleaAngleDeg } from './frame'
import * as F from './frame'
import * as B from './bones'
import { KneeDocument, MM } from './gltf'
import { loft } from './loft'
import { meshField, type MeshData } from './mesh'
import { ellipsoid, type Vec3 } from './sdf'
import { BURSAE, SKIN_JOINTS, SOFT_TISSUE, type SoftTissue } from './softTissue'
import { patellaPathMm, patellaPathNormal } from '../../src/anatomy/dimensions'

/** Identifies the model's frame and units to the validator (see src/model/contract.ts). */
export const MODEL_INFO = {
  contract: 'knee-explainer/1',
  units: 'metres',
  frame: 'origin knee centre; +X medial, +Y superior, +Z anterior',
  side: 'right',
} as const

export type BuildLog = (message: string) => void

async function bone(build: () => B.BoneField): Promise<MeshData> {
  const b = build()
  return meshField(b.field, { ...b, maxErrorMm: b.maxErrorMm ?? 0.06 })
}

/** Skin weights from a tissue's anchors: two joints per vertex, blended by position along it. */
function skinWeights(tissue: SoftTissue, along: Float32Array) {
  const joints = new Uint8Array(along.length * 4)
  const weights = new Float32Array(along.length * 4)
  const anchors = tissue.anchors
  for (let v = 0; v < along.length; v++) {
    const t = along[v]!
    let k = 1
    while (k < anchors.length - 1 && anchors[k]![0] < t) k++
    const [t0, j0] = anchors[k - 1]!
    const [t1, j1] = anchors[k]!
    const u = t1 > t0 ? Math.min(Math.max((t - t0) / (t1 - t0), 0), 1) : 1
    // smoothstep: no crease where the blend starts and ends
    const s = u * u * (3 - 2 * u)
    if (j0 === j1) {
      joints[v * 4] = j0
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

/** The groove's deepest point at mid-trochlea (knee flexion 45 deg), on the cartilage (mm). */
export function trochlearGrooveLandmark(): Vec3 {
  const p = patellaPathMm(45)
  const n = patellaPathNormal(45)
  const y = p.superiorMm - n.superior * F.PATELLA_CENTRE_TO_SURFACE_MM
  const z = p.anteriorMm - n.anterior * F.PATELLA_CENTRE_TO_SURFACE_MM
  // the same point expressed on the modelled floor (radius at its polar angle)
  const angle = (trochleaAngleDeg(y, z) * Math.PI) / 180
  const r = grooveFloorRadiusMm(trochleaAngleDeg(y, z))
  return [
    0,
    F.TROCHLEA_AXIS.superiorMm - r * Math.sin(angle),
    F.TROCHLEA_AXIS.anteriorMm + r * Math.cos(angle),
  ]
}

export async function buildKnee(log: BuildLog = () => {}): Promise<Uint8Array> {
  const knee = new KneeDocument()
  const doc = knee.document
  doc.getRoot().getAsset().extras = { ...MODEL_INFO }

  // ---- skeleton: pelvis -> hip -> femur (knee frame) -> tibia, patella ----
  const pelvisJoint = knee.node('joint-pelvis', null)
  const hipJoint = knee.node('joint-hip', pelvisJoint, F.HIP_CENTRE)
  const femurJoint = knee.node('joint-femur', hipJoint, [
    -F.HIP_CENTRE[0],
    -F.HIP_CENTRE[1],
    -F.HIP_CENTRE[2],
  ])
  const tibiaJoint = knee.node('joint-tibia', femurJoint)
  const patellaJoint = knee.node('joint-patella', femurJoint, F.PATELLA_CENTRE)

  // ---- bones and joint surfaces ----
  const rigid: Array<
    [string, () => B.BoneField, typeof pelvisJoint, Parameters<KneeDocument['meshNode']>[3], Vec3]
  > = [
    ['pelvis', B.pelvis, pelvisJoint, 'bone', [0, 0, 0]],
    ['femur', B.femur, femurJoint, 'bone', [0, 0, 0]],
    ['trochlear-groove', B.trochlearCartilage, femurJoint, 'cartilage', [0, 0, 0]],
    ['tibia', B.tibia, tibiaJoint, 'bone', [0, 0, 0]],
    ['fibula', B.fibula, tibiaJoint, 'bone', [0, 0, 0]],
    ['medial-meniscus', B.medialMeniscus, tibiaJoint, 'meniscus', [0, 0, 0]],
    ['lateral-meniscus', B.lateralMeniscus, tibiaJoint, 'meniscus', [0, 0, 0]],
    ['patella', B.patella, patellaJoint, 'bone', [0, 0, 0]],
    ['patellar-cartilage', B.patellarCartilage, patellaJoint, 'cartilage', [0, 0, 0]],
  ]
  for (const [name, build, parent, tissue, origin] of rigid) {
    const mesh = await bone(build)
    log(`${name}: ${mesh.indices.length / 3} triangles`)
    knee.meshNode(name, parent, mesh, tissue, origin)
  }
  for (const [name, bursa] of Object.entries(BURSAE)) {
    const { centre, radii } = bursa
    const field = ellipsoid(centre, radii)
    const pad = 2
    const mesh = await meshField(field, {
      min: [centre[0] - radii[0] - pad, centre[1] - radii[1] - pad, centre[2] - radii[2] - pad],
      max: [centre[0] + radii[0] + pad, centre[1] + radii[1] + pad, centre[2] + radii[2] + pad],
      cellMm: 0.6,
      targetTriangles: 600,
      maxErrorMm: 0.1,
    })
    knee.meshNode(name, bursa.joint === 3 ? patellaJoint : femurJoint, mesh, 'bursa')
  }

  // ---- landmarks (empty nodes) ----
  const landmarks: Array<[string, typeof pelvisJoint, Vec3]> = [
    ['landmark-knee-centre', femurJoint, [0, 0, 0]],
    ['landmark-femoral-head-centre', femurJoint, F.HIP_CENTRE],
    ['landmark-greater-trochanter', femurJoint, F.GREATER_TROCHANTER],
    ['landmark-medial-epicondyle', femurJoint, F.MEDIAL_EPICONDYLE],
    ['landmark-lateral-epicondyle', femurJoint, F.LATERAL_EPICONDYLE],
    ['landmark-adductor-tubercle', femurJoint, F.ADDUCTOR_TUBERCLE],
    ['landmark-trochlear-groove', femurJoint, trochlearGrooveLandmark()],
    ['landmark-asis', pelvisJoint, F.ASIS],
    ['landmark-aiis', pelvisJoint, F.AIIS],
    ['landmark-ischial-tuberosity', pelvisJoint, F.ISCHIAL_TUBEROSITY],
    ['landmark-pubic-tubercle', pelvisJoint, F.PUBIC_TUBERCLE],
    ['landmark-tibial-tuberosity', tibiaJoint, F.TIBIAL_TUBEROSITY],
    ['landmark-gerdys-tubercle', tibiaJoint, F.GERDYS_TUBERCLE],
    ['landmark-pes-anserinus', tibiaJoint, F.PES_ANSERINUS],
    ['landmark-fibular-head', tibiaJoint, F.FIBULAR_HEAD],
    ['landmark-patella-centre', patellaJoint, F.PATELLA_CENTRE],
    ['landmark-patella-superior-pole', patellaJoint, F.PATELLA_SUPERIOR_POLE],
    ['landmark-patella-inferior-pole', patellaJoint, F.PATELLA_INFERIOR_POLE],
  ]
  for (const [name, parent, at] of landmarks) {
    // landmark positions are given in the knee frame; patella ones relative to the patella centre
    const origin = parent === patellaJoint ? F.PATELLA_CENTRE : [0, 0, 0]
    knee.node(name, parent, [at[0] - origin[0]!, at[1] - origin[1]!, at[2] - origin[2]!])
  }

  // ---- skinned soft tissue ----
  const jointNodes = [pelvisJoint, femurJoint, tibiaJoint, patellaJoint]
  const bindOrigins: Vec3[] = [[0, 0, 0], [0, 0, 0], [0, 0, 0], F.PATELLA_CENTRE]
  const inverseBind = new Float32Array(16 * jointNodes.length)
  bindOrigins.forEach((o, i) => {
    inverseBind.set(
      [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, -o[0] * MM, -o[1] * MM, -o[2] * MM, 1],
      i * 16,
    )
  })
  const skin = doc
    .createSkin('knee-skin')
    .setSkeleton(pelvisJoint)
    .setInverseBindMatrices(
      doc.createAccessor().setType('MAT4').setArray(inverseBind).setBuffer(knee.buffer),
    )
  jointNodes.forEach((j, i) => {
    if (j.getName() !== SKIN_JOINTS[i])
      throw new Error(`skin joint ${i} should be ${SKIN_JOINTS[i]}`)
    skin.addJoint(j)
  })
  for (const tissue of SOFT_TISSUE) {
    const mesh = loft({
      points: tissue.points,
      profile: tissue.profile,
      depth: tissue.depth,
      ringSpacingMm: tissue.ringSpacingMm ?? 7,
      segments: tissue.segments ?? 16,
    })
    const { joints, weights } = skinWeights(tissue, mesh.along)
    log(`${tissue.id}: ${mesh.indices.length / 3} triangles`)
    knee.skinnedNode(tissue.id, mesh, tissue.tissue, skin, joints, weights)
  }

  await knee.compress()
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  })
  return io.writeBinary(doc)
}
