/**
 * The import pipeline: reads the Visible Human Female meshes (Denver STL set and HuBMAP glTF
 * organs), brings HuBMAP into the Denver frame with the measured rigid transform, welds the open
 * HuBMAP femur with its split-out articular patches into one closed bone (with the Denver femoral
 * cartilage seated on it), measures the knee frame on the bones, maps everything into it (which
 * mirrors the left leg into a right knee), simplifies each part and writes one compact glTF.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Document, NodeIO } from '@gltf-transform/core'
import {
  ALL_EXTENSIONS,
  EXTMeshoptCompression,
  KHRMeshQuantization,
} from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer'
import { polygonise } from '../generator/mesh'
import type { Vec3 } from '../generator/sdf'
import { centroid, extremeNear, fitSphere, kneeFrame, meshToFrame, toFrame } from './frame'
import { readGlbMeshes } from './hubmap'
import { readStl, type RawMesh } from './stl'
import { solidify } from './voxel'

/** Denver files used, by the part name they get in the intermediate, with a triangle target. */
const DENVER_PARTS: ReadonlyArray<readonly [part: string, file: string, triangles: number]> = [
  ['bone-patella', 'Bone_Patella', 3000],
  ['bone-tibia', 'Bone_Tibia', 5500],
  ['bone-fibula', 'Bone_Fibula', 2600],
  ['cartilage-femur', 'Cartilage_FemurDistal', 4400],
  ['cartilage-patella', 'Cartilage_Patella', 2400],
  ['cartilage-tibia-lateral', 'Cartilage_TibiaLateral', 900],
  ['cartilage-tibia-medial', 'Cartilage_TibiaMedial', 900],
  ['ligament-acl', 'Ligament_ACL', 500],
  ['ligament-pcl', 'Ligament_PCL', 500],
  ['ligament-mcl', 'Ligament_MCL', 700],
  ['ligament-lcl', 'Ligament_LCL', 400],
  ['muscle-rectus-femoris', 'Muscle_RectusFemoris', 2200],
  ['muscle-vastus-lateralis', 'Muscle_VastusLateralis', 2800],
  ['muscle-vastus-intermedius', 'Muscle_VastusIntermedius', 2000],
  ['muscle-vastus-medialis', 'Muscle_VastusMedialis', 4400],
  ['muscle-sartorius', 'Muscle_Sartorius', 1900],
  ['muscle-gracilis', 'Muscle_Gracilis', 1800],
  ['muscle-adductor-longus', 'Muscle_AdductorLongus', 1600],
  ['muscle-adductor-magnus', 'Muscle_AdductorMagnus', 2000],
  ['muscle-tensor-fasciae-latae', 'Muscle_TensorFasciaeLatae', 1400],
  ['muscle-gluteus-maximus', 'Muscle_GluteusMaximus', 2200],
  ['muscle-gluteus-medius', 'Muscle_GluteusMedius', 2000],
  ['muscle-biceps-femoris-long', 'Muscle_BicepsFemorisLong', 2200],
  ['muscle-biceps-femoris-short', 'Muscle_BicepsFemorisShort', 1400],
  ['muscle-semitendinosus', 'Muscle_Semitendinosus', 1800],
  ['muscle-semimembranosus', 'Muscle_Semimembranosus', 1800],
  ['muscle-gastrocnemius-medial', 'Muscle_GastrocnemiusMedial', 1800],
  ['muscle-gastrocnemius-lateral', 'Muscle_GastrocnemiusLateral', 1600],
  ['muscle-popliteus', 'Muscle_Popliteus', 700],
]

/** HuBMAP pelvis meshes that make the (left, then mirrored) hip bone and the sacrum. */
const PELVIS_MESHES = [
  'VH_F_ilium_compact_bone_L',
  'VH_F_ischium_compact_bone_L',
  'VH_F_pubis_compact_bone_L',
  'VH_F_sacrum',
]

/** Rows of a 4x4 row-major matrix applied to every vertex. */
function transform(mesh: RawMesh, m: number[][]): RawMesh {
  const p = new Float32Array(mesh.positions.length)
  for (let i = 0; i < p.length; i += 3) {
    const [x, y, z] = [mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]
    for (let r = 0; r < 3; r++) p[i + r] = m[r]![0]! * x + m[r]![1]! * y + m[r]![2]! * z + m[r]![3]!
  }
  return { positions: p, indices: mesh.indices }
}

const midpoint = (a: Vec3, b: Vec3): Vec3 => [
  (a[0] + b[0]) / 2,
  (a[1] + b[1]) / 2,
  (a[2] + b[2]) / 2,
]

/**
 * Splits a closed cartilage shell into its deep face (the triangles that face the bone: their
 * outward normal points toward `centre`, a point inside the condyles) and the rest.
 */
export function splitShell(shell: RawMesh, centre: Vec3): { inner: RawMesh; outer: RawMesh } {
  const inner: number[] = []
  const outer: number[] = []
  const p = shell.positions
  for (let t = 0; t < shell.indices.length; t += 3) {
    const [a, b, c] = [shell.indices[t]! * 3, shell.indices[t + 1]! * 3, shell.indices[t + 2]! * 3]
    const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!]
    const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!]
    const n = [
      e1[1]! * e2[2]! - e1[2]! * e2[1]!,
      e1[2]! * e2[0]! - e1[0]! * e2[2]!,
      e1[0]! * e2[1]! - e1[1]! * e2[0]!,
    ]
    const toCentre = [
      centre[0] - (p[a]! + p[b]! + p[c]!) / 3,
      centre[1] - (p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3,
      centre[2] - (p[a + 2]! + p[b + 2]! + p[c + 2]!) / 3,
    ]
    const facing = n[0]! * toCentre[0]! + n[1]! * toCentre[1]! + n[2]! * toCentre[2]!
    ;(facing > 0 ? inner : outer).push(a / 3, b / 3, c / 3)
  }
  return {
    inner: { positions: p, indices: new Uint32Array(inner) },
    outer: { positions: p, indices: new Uint32Array(outer) },
  }
}

export function merge(meshes: RawMesh[]): RawMesh {
  const vertexCount = meshes.reduce((n, m) => n + m.positions.length / 3, 0)
  const positions = new Float32Array(vertexCount * 3)
  const indices = new Uint32Array(meshes.reduce((n, m) => n + m.indices.length, 0))
  let v = 0
  let t = 0
  for (const m of meshes) {
    positions.set(m.positions, v * 3)
    for (let i = 0; i < m.indices.length; i++) indices[t + i] = m.indices[i]! + v
    v += m.positions.length / 3
    t += m.indices.length
  }
  return { positions, indices }
}

/** Simplifies to about `triangles` (meshoptimizer), dropping unused vertices, deterministically. */
export async function decimate(mesh: RawMesh, triangles: number): Promise<RawMesh> {
  await MeshoptSimplifier.ready
  let indices = mesh.indices
  if (indices.length / 3 > triangles) {
    ;[indices] = MeshoptSimplifier.simplify(mesh.indices, mesh.positions, 3, triangles * 3, 0.01, [
      'Prune',
    ])
  }
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  let next = 0
  const out = new Uint32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!
    if (remap[v] === -1) remap[v] = next++
    out[i] = remap[v]!
  }
  const positions = new Float32Array(next * 3)
  for (let v = 0; v < remap.length; v++)
    if (remap[v]! >= 0) positions.set(mesh.positions.subarray(v * 3, v * 3 + 3), remap[v]! * 3)
  return { positions, indices: out }
}

function minDistances(from: RawMesh, to: RawMesh): number[] {
  // brute force over a spatial hash of `to`'s vertices (vertex-to-vertex; fine for a report)
  const cell = 4
  const hash = new Map<string, number[]>()
  const p = to.positions
  for (let i = 0; i < p.length; i += 3) {
    const key = `${Math.floor(p[i]! / cell)},${Math.floor(p[i + 1]! / cell)},${Math.floor(p[i + 2]! / cell)}`
    let list = hash.get(key)
    if (!list) hash.set(key, (list = []))
    list.push(i)
  }
  const out: number[] = []
  const q = from.positions
  for (let i = 0; i < q.length; i += 3) {
    const cx = Math.floor(q[i]! / cell)
    const cy = Math.floor(q[i + 1]! / cell)
    const cz = Math.floor(q[i + 2]! / cell)
    let best = Infinity
    for (let dx = -2; dx <= 2; dx++)
      for (let dy = -2; dy <= 2; dy++)
        for (let dz = -2; dz <= 2; dz++)
          for (const j of hash.get(`${cx + dx},${cy + dy},${cz + dz}`) ?? []) {
            const d = Math.hypot(q[i]! - p[j]!, q[i + 1]! - p[j + 1]!, q[i + 2]! - p[j + 2]!)
            if (d < best) best = d
          }
    out.push(best)
  }
  return out.sort((a, b) => a - b)
}

export async function importSources(
  from: string,
  log: (message: string) => void,
): Promise<{ glb: Uint8Array; report: string }> {
  const denverDir = resolve(from, 'visible-human-female-denver/left')
  const hubmapDir = resolve(from, 'hubmap-visible-human-female')
  const matrix = JSON.parse(readFileSync(resolve(from, 'hubmap-to-denver.json'), 'utf8'))
    .matrix as number[][]

  // ---- read, in the Denver frame (mm) ----
  const denver = new Map<string, RawMesh>()
  for (const [part, file] of DENVER_PARTS)
    denver.set(part, readStl(resolve(denverDir, `VHF_Left_${file}_smooth.stl`)))
  const knee = await readGlbMeshes(resolve(hubmapDir, 'VH_F_Knee_L.glb'))
  const pelvisParts = await readGlbMeshes(resolve(hubmapDir, 'VH_F_Pelvis.glb'))
  const femoralHeadCartilage = readStl(
    resolve(denverDir, 'VHF_Left_Cartilage_FemurHead_smooth.stl'),
  )
  const hub = (name: string, source = knee) => {
    const mesh = source.get(name)
    if (!mesh) throw new Error(`HuBMAP mesh ${name} is missing`)
    return transform(mesh, matrix)
  }
  // The femur and every patch split out of it. The articular patches lie at the joint surface
  // (the cartilage's outer face), so under the Denver cartilage the weld is carved back to the
  // cartilage's deep face, and filled up to it where the bone falls short.
  const femurPatchNames = [...knee.keys()].filter((n) => !/patella|tibia|fibula|meniscus/.test(n))
  log(`femur parts: ${femurPatchNames.join(', ')}`)
  const femurParts = femurPatchNames.map((n) => hub(n))
  const femoralCartilage = denver.get('cartilage-femur')!
  const approxKneeCentre = midpoint(
    centroid(hub('VH_F_medial_epicondylar_enthesis_L')),
    centroid(hub('VH_F_lateral_epicondylar_enthesis_L')),
  )
  const { inner } = splitShell(femoralCartilage, approxKneeCentre)

  // ---- weld the femur closed under the cartilage ----
  const solid = solidify(femurParts, {
    cellMm: 0.75,
    bridgeVoxels: 2,
    smoothVoxels: 1.4,
    // the bone reaches 0.4 mm into the cartilage's deep face: no visible gap at its rim
    seat: { sheet: inner, towardBone: approxKneeCentre, intoMm: 0.4, carveMm: 12, fillMm: 5 },
  })
  const femurDense = polygonise(solid.field, { min: solid.min, max: solid.max, cellMm: 0.75 })
  log(`femur welded: ${femurDense.indices.length / 3} triangles before simplifying`)
  const femur = await decimate(
    { positions: femurDense.positions, indices: femurDense.indices },
    11500,
  )

  // ---- the frame, measured on the bones ----
  const medialEnthesis = centroid(hub('VH_F_medial_epicondylar_enthesis_L'))
  const lateralEnthesis = centroid(hub('VH_F_lateral_epicondylar_enthesis_L'))
  const across: Vec3 = [
    medialEnthesis[0] - lateralEnthesis[0],
    medialEnthesis[1] - lateralEnthesis[1],
    medialEnthesis[2] - lateralEnthesis[2],
  ]
  const medialEpicondyle = extremeNear(femur, medialEnthesis, across, 12)
  const lateralEpicondyle = extremeNear(
    femur,
    lateralEnthesis,
    [-across[0], -across[1], -across[2]],
    12,
  )
  const head = fitSphere(femoralHeadCartilage)
  // Denver frame: +y anterior (../shared/reference/meshes/README.md)
  const frame = kneeFrame(medialEpicondyle, lateralEpicondyle, head.centre, [0, 1, 0])
  log(
    `frame: epicondyles ${Math.hypot(...across).toFixed(1)} mm apart (centroids), femoral head r ${head.radius.toFixed(1)} mm, mirrors ${frame.mirrors}`,
  )

  // ---- every part into the knee frame, simplified ----
  const parts = new Map<string, RawMesh>()
  parts.set('bone-femur', meshToFrame(frame, femur))
  for (const [part, , triangles] of DENVER_PARTS)
    parts.set(part, meshToFrame(frame, await decimate(denver.get(part)!, triangles)))
  parts.set('meniscus-both', meshToFrame(frame, await decimate(hub('VH_F_meniscus_L'), 2400)))
  const pelvis = merge(PELVIS_MESHES.map((n) => hub(n, pelvisParts)))
  parts.set('bone-pelvis', meshToFrame(frame, await decimate(pelvis, 4500)))
  parts.set('cartilage-femoral-head', meshToFrame(frame, await decimate(femoralHeadCartilage, 800)))

  // ---- what was measured, for the report and the closing check ----
  const cartilageToBone = minDistances(parts.get('cartilage-femur')!, parts.get('bone-femur')!)
  const q = (p: number) => cartilageToBone[Math.floor(p * (cartilageToBone.length - 1))]!.toFixed(2)
  const hip = toFrame(frame, head.centre)
  const report = JSON.stringify(
    {
      what: 'models/sources/knee-sources.glb, made by npm run model:import',
      frame: {
        origin: 'midpoint of the femoral epicondyles (Denver frame, mm)',
        originMm: frame.origin.map((v) => +v.toFixed(3)),
        axesInDenverFrame: frame.axes.map((a) => a.map((v) => +v.toFixed(5))),
        mirrored: frame.mirrors,
      },
      hipCentreMm: hip.map((v) => +v.toFixed(2)),
      femoralHeadRadiusMm: +head.radius.toFixed(2),
      epicondylarWidthMm: +Math.hypot(
        medialEpicondyle[0] - lateralEpicondyle[0],
        medialEpicondyle[1] - lateralEpicondyle[1],
        medialEpicondyle[2] - lateralEpicondyle[2],
      ).toFixed(2),
      femoralCartilageToWeldedFemurMm: { p25: q(0.25), median: q(0.5), p95: q(0.95) },
      triangles: Object.fromEntries([...parts].map(([k, m]) => [k, m.indices.length / 3])),
    },
    null,
    1,
  )
  log(report)

  // ---- write the intermediate: one mesh per part, positions in mm, quantized ----
  const doc = new Document()
  const buffer = doc.createBuffer()
  const scene = doc.createScene('sources')
  doc.getRoot().getAsset().generator = 'knee-explainer model:import'
  doc.getRoot().getAsset().extras = {
    units: 'millimetres',
    frame: 'right knee; origin at the epicondyles midpoint; +X medial, +Y superior, +Z anterior',
    hipCentreMm: hip,
    sources: 'see models/sources/ATTRIBUTION.md (CC BY 4.0, modified)',
  }
  for (const [name, mesh] of parts) {
    const primitive = doc
      .createPrimitive()
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(mesh.positions).setBuffer(buffer),
      )
      .setIndices(doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(buffer))
    scene.addChild(doc.createNode(name).setMesh(doc.createMesh(name).addPrimitive(primitive)))
  }
  await MeshoptEncoder.ready
  doc.createExtension(KHRMeshQuantization).setRequired(true)
  doc.createExtension(EXTMeshoptCompression).setRequired(true)
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high', quantizePosition: 16 }))
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  })
  return { glb: await io.writeBinary(doc), report }
}
