/**
 * Builds models/knee.glb from the committed real-anatomy intermediate (models/sources): real
 * bones, cartilage, ligaments and muscle bellies of the Visible Human Female (CC BY 4.0, modified;
 * models/sources/ATTRIBUTION.md), the vastus medialis split into its oblique part, the tissue the
 * scans lack built by code (tissue.ts), landmarks measured on the surfaces, skin weights, baked
 * ambient occlusion and fibre coordinates; then the joint hierarchy the kinematics poses.
 * Deterministic: the same intermediate gives the same bytes.
 */
import { NodeIO, type Node } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { VMO_FIBRE_ANGLE_DEG } from '../../src/kinematics/constants'
import type { RawMesh } from '../importer/stl'
import { merge } from '../importer/pipeline'
import { solidify } from '../importer/voxel'
import { bakeOcclusion, occlusionGrid } from './ao'
import { fibreUvs, principalAxis } from './fibres'
import { KneeDocument, MM, withoutDefaults, type TissueMaterial } from './gltf'
import { measureLandmarks, type Landmarks } from './landmarks'
import { dysplasiaMorph, measureGroove, type GrooveRow } from './groove'
import { loft, type Loft } from './loft'
import { meshField, polygonise, simplify, type MeshData } from './mesh'
import { ellipsoid, type Sdf, type Vec3 } from './sdf'
import { ATTACHED_BONES, type Bone } from '../../src/anatomy/attachments'
import { TISSUE_COLOURS } from '../../src/anatomy/tissues'
import {
  BEND,
  POPLITEAL,
  FEMUR,
  PATELLA,
  PELVIS,
  SKIN_JOINTS,
  TIBIA,
  WRAP,
  skinByCoordinate,
  type HeightAnchors,
  type SkinData,
} from './skin'
import { compactRaw, components, readSources, vertexNormals, type Sources } from './sources'
import {
  attachmentBridge,
  builtTissues,
  FIBRES,
  bursae,
  patellarTendonLine,
  reachInto,
  type Bellies,
  type BuiltTissue,
} from './tissue'
import {
  measureSeat,
  SEAT_FLEXION_STEP_DEG,
  seatGeometry,
  type PatellofemoralTable,
} from './contact'

/** Identifies the model's frame and units to the validator (see src/model/contract.ts). */
export const MODEL_INFO = {
  contract: 'knee-explainer/1',
  units: 'metres',
  frame: 'origin knee centre; +X medial, +Y superior, +Z anterior',
  side: 'right',
  sources:
    'Visible Human Female: Andreassen et al. 2023, doi:10.1038/s41597-022-01905-2 (University of Denver); HuBMAP doi:10.48539/HBM445.ZKHR.632 and doi:10.48539/HBM427.CCRP.887. CC BY 4.0, modified.',
} as const

export type BuildLog = (message: string) => void

/** Which real belly makes which structure, with the heights (mm) where it changes bone. */
type Belly = {
  id: string
  parts: string[]
  anchors: (l: Landmarks) => HeightAnchors
  triangles?: number
}

// the quadriceps' lower bellies hand over from the femur to the tendon's wrap and the patella over
// their last few centimetres; the hip muscles hand over from the pelvis to the femur below the hip
const hipToFemur = (l: Landmarks): HeightAnchors => [
  [l.femoralHeadCentre[1] + 25, PELVIS],
  [l.femoralHeadCentre[1] - 45, FEMUR],
]
// across the knee: femur, then the half-turning bend joint at the joint line, then the tibia
const kneeCrossing: HeightAnchors = [
  [45, FEMUR],
  [0, BEND],
  [-40, TIBIA],
]
const hipToTibia = (l: Landmarks): HeightAnchors => [
  [l.femoralHeadCentre[1] + 10, PELVIS],
  [l.femoralHeadCentre[1] - 70, FEMUR],
  ...kneeCrossing,
]
const quadriceps = (l: Landmarks): HeightAnchors => [
  [l.patellaSuperiorPole[1] + 70, FEMUR],
  [l.patellaSuperiorPole[1] + 30, WRAP],
  [l.patellaSuperiorPole[1] - 4, PATELLA],
]

const WRAPPING = new Set(['quadriceps-tendon', 'hamstring-tendons', 'iliotibial-band'])
/** Thin sheets laid onto the femoral condyles. */
const SHEETS = new Set([
  'lateral-retinaculum',
  'medial-retinaculum',
  'medial-patellofemoral-ligament',
])

/**
 * How far from the patella a quadriceps belly rides with it (mm): the VMO's whole lower part
 * inserts on the patella's upper medial border (Bose 1980); the other bellies meet it through
 * the quadriceps tendon.
 */
const PATELLA_REACH_MM: Record<string, number> = { 'vastus-medialis-oblique': 60 }

const QUADRICEPS = new Set([
  'rectus-femoris',
  'vastus-lateralis',
  'vastus-intermedius',
  'vastus-medialis',
  'vastus-medialis-oblique',
])

/** Scales a vertex's weights by (1 - w) and gives w to `joint` (its own slot, or the weakest). */
function addJointWeight(
  joints: Uint8Array,
  weights: Float32Array,
  v: number,
  joint: number,
  w: number,
) {
  for (let k = 0; k < 4; k++) weights[v * 4 + k]! *= 1 - w
  let slot = -1
  for (let k = 0; k < 4; k++) if (joints[v * 4 + k] === joint && weights[v * 4 + k]! > 0) slot = k
  if (slot < 0) {
    slot = 0
    for (let k = 1; k < 4; k++) if (weights[v * 4 + k]! < weights[v * 4 + slot]!) slot = k
    weights[v * 4 + slot] = 0
    joints[v * 4 + slot] = joint
  }
  weights[v * 4 + slot]! += w
  let sum = 0
  for (let k = 0; k < 4; k++) sum += weights[v * 4 + k]!
  for (let k = 0; k < 4; k++) weights[v * 4 + k]! /= sum
}

/**
 * The inner edges of the calf's two heads, between them behind the femur above the notch, ride on
 * the popliteal joint, which gives way in deep flexion: at 120 deg the rim of the tibia's plateau
 * rises behind the femur into the space they hold (measured on the posed model: up to 2.5 mm deep
 * at |x| < 10, y 22-30, z -23 to -36 mm). Their femur share moves to that joint (full weight in
 * that box grown by a few millimetres, none 6 mm outside it); what rides the tibia keeps riding it.
 */
function poplitealGive(positions: Float32Array, base: SkinData): SkinData {
  const joints = base.joints.slice()
  const weights = base.weights.slice()
  const ramp = (u: number) => {
    const x = Math.min(Math.max(u, 0), 1)
    return x * x * (3 - 2 * x)
  }
  for (let v = 0; v < positions.length / 3; v++) {
    const x = positions[v * 3]!
    const y = positions[v * 3 + 1]!
    const z = positions[v * 3 + 2]!
    const w =
      ramp((18 - Math.abs(x)) / 6) * ramp((y - 12) / 6) * ramp((40 - y) / 6) * ramp((-12 - z) / 6)
    if (w <= 0) continue
    let moved = 0
    for (let k = 0; k < 4; k++)
      if (joints[v * 4 + k] === FEMUR && weights[v * 4 + k]! > 0) {
        moved += weights[v * 4 + k]! * w
        weights[v * 4 + k]! *= 1 - w
      }
    if (moved <= 0) continue
    let slot = 0
    for (let k = 1; k < 4; k++) if (weights[v * 4 + k]! < weights[v * 4 + slot]!) slot = k
    const lost = weights[v * 4 + slot]!
    joints[v * 4 + slot] = POPLITEAL
    weights[v * 4 + slot] = moved
    for (let k = 0; k < 4; k++) weights[v * 4 + k]! /= 1 - lost
  }
  return { joints, weights }
}

/**
 * Only what lies near the trochlea wraps on it: a vertex's weight on the wrap joint fades to the
 * femur between 30 and 75 mm from the wrap centre (sagittal distance), so the bellies up the
 * thigh stay on the femur while the tendon and the ends beside the trochlea turn about it.
 */
function nearWrap(
  skin: SkinData,
  positions: Float32Array,
  centre: { superiorMm: number; anteriorMm: number },
): SkinData {
  const joints = skin.joints.slice()
  const weights = skin.weights.slice()
  for (let v = 0; v < positions.length / 3; v++) {
    const r = Math.hypot(
      positions[v * 3 + 1]! - centre.superiorMm,
      positions[v * 3 + 2]! - centre.anteriorMm,
    )
    const x = Math.min(Math.max((r - 30) / 45, 0), 1)
    const keep = 1 - x * x * (3 - 2 * x)
    for (let k = 0; k < 4; k++) {
      if (joints[v * 4 + k] !== WRAP || weights[v * 4 + k] === 0) continue
      const moved = weights[v * 4 + k]! * (1 - keep)
      let slot = -1
      for (let f = 0; f < 4; f++)
        if (joints[v * 4 + f] === FEMUR && weights[v * 4 + f]! > 0) slot = f
      if (slot < 0) for (let f = 0; f < 4; f++) if (weights[v * 4 + f] === 0 && slot < 0) slot = f
      if (slot < 0) continue
      weights[v * 4 + k]! -= moved
      joints[v * 4 + slot] = FEMUR
      weights[v * 4 + slot]! += moved
    }
  }
  return { joints, weights }
}

/** Blends skin weights toward one joint along a tube (from 10 % to 90 % of its length), so a tube that must lengthen stretches evenly. */
function toBoneAlong(skin: SkinData, along: Float32Array, joint: number): SkinData {
  return blendAlong(skin, along, joint, 0.1, 0.9)
}

/** Blends skin weights toward `joint` between fractions `from` and `to` along a tube. */
function blendAlong(
  skin: SkinData,
  along: Float32Array,
  joint: number,
  from: number,
  to: number,
): SkinData {
  const joints = skin.joints.slice()
  const weights = skin.weights.slice()
  for (let v = 0; v < along.length; v++) {
    const x = Math.min(Math.max((along[v]! - from) / (to - from), 0), 1)
    const w = x * x * (3 - 2 * x)
    if (w <= 0) continue
    addJointWeight(joints, weights, v, joint, w)
  }
  return { joints, weights }
}

/**
 * The quadriceps' lower ends ride with the patella only where they reach it: a vertex's patella
 * weight falls from 1 within 4 mm of the patella to 0 beyond `reachMm` (the bellies beside the femur
 * stay with the femur and its wrap instead of swinging round with the kneecap).
 */
function followPatella(
  positions: Float32Array,
  base: SkinData,
  patella: RawMesh,
  reachMm = 14,
): SkinData {
  return followBone(positions, base, patella, reachMm, PATELLA, true)
}

/**
 * A belly's vertices near a bone ride with it: weight 1 within 4 mm, 0 beyond `reachMm`
 * (optionally only above the bone's centre, as for the patella).
 */
function followBone(
  positions: Float32Array,
  base: SkinData,
  bone: RawMesh,
  reachMm: number,
  joint: number,
  aboveCentreOnly = false,
): SkinData {
  const patella = bone
  const q = patella.positions
  let centreY = 0
  for (let i = 1; i < q.length; i += 3) centreY += q[i]! / (q.length / 3)
  const n = positions.length / 3
  const joints = base.joints.slice()
  const weights = base.weights.slice()
  for (let v = 0; v < n; v++) {
    let best = Infinity
    for (let i = 0; i < q.length; i += 3)
      best = Math.min(
        best,
        (q[i]! - positions[v * 3]!) ** 2 +
          (q[i + 1]! - positions[v * 3 + 1]!) ** 2 +
          (q[i + 2]! - positions[v * 3 + 2]!) ** 2,
      )
    const d = Math.sqrt(best)
    const x = Math.min(Math.max((d - 4) / (reachMm - 4), 0), 1)
    // only what lies above the patella's centre pulls on it (below, the vasti end beside it)
    const y = aboveCentreOnly
      ? Math.min(Math.max((positions[v * 3 + 1]! - (centreY - 6)) / 16, 0), 1)
      : 1
    const w = (1 - x * x * (3 - 2 * x)) * y * y * (3 - 2 * y)
    if (w <= 0) continue
    addJointWeight(joints, weights, v, joint, w)
  }
  return { joints, weights }
}

const BELLIES: Belly[] = [
  {
    id: 'rectus-femoris',
    parts: ['muscle-rectus-femoris'],
    anchors: (l) => [
      [l.femoralHeadCentre[1] + 30, PELVIS],
      [l.femoralHeadCentre[1] - 50, FEMUR],
      ...quadriceps(l),
    ],
  },
  { id: 'vastus-lateralis', parts: ['muscle-vastus-lateralis'], anchors: quadriceps },
  { id: 'vastus-intermedius', parts: ['muscle-vastus-intermedius'], anchors: quadriceps },
  { id: 'sartorius', parts: ['muscle-sartorius'], anchors: hipToTibia },
  { id: 'gracilis', parts: ['muscle-gracilis'], anchors: hipToTibia },
  { id: 'adductor-longus', parts: ['muscle-adductor-longus'], anchors: hipToFemur },
  { id: 'adductor-magnus', parts: ['muscle-adductor-magnus'], anchors: hipToFemur },
  { id: 'tensor-fasciae-latae', parts: ['muscle-tensor-fasciae-latae'], anchors: hipToFemur },
  { id: 'gluteus-medius', parts: ['muscle-gluteus-medius'], anchors: hipToFemur },
  { id: 'gluteus-maximus', parts: ['muscle-gluteus-maximus'], anchors: hipToFemur },
  // the long head from the ischial tuberosity, the short from the femur, one tendon to the fibula
  {
    id: 'biceps-femoris',
    parts: ['muscle-biceps-femoris-long', 'muscle-biceps-femoris-short'],
    anchors: hipToTibia,
  },
  { id: 'semitendinosus', parts: ['muscle-semitendinosus'], anchors: hipToTibia },
  { id: 'semimembranosus', parts: ['muscle-semimembranosus'], anchors: hipToTibia },
  {
    // the calf rides on the tibia; only its origins on the condyles stay with the femur
    id: 'gastrocnemius',
    parts: ['muscle-gastrocnemius-medial', 'muscle-gastrocnemius-lateral'],
    anchors: () => [
      [30, FEMUR],
      [12, BEND],
      [-6, TIBIA],
    ],
  },
  {
    id: 'popliteus',
    parts: ['muscle-popliteus'],
    anchors: () => [
      [-12, FEMUR],
      [-40, TIBIA],
    ],
  },
]

/**
 * Where a scanned belly stops short of its bone, a short tendon joins it (attachmentBridge):
 * [part, end, bone, landmark it aims for (or the nearest bone point)]. Origins and insertions
 * from the reference sheet's "Muscles from hip to knee" table.
 */
const BONE_JOINT: Record<string, number> = {
  'bone-pelvis': PELVIS,
  'bone-femur': FEMUR,
  'bone-tibia': TIBIA,
  'bone-patella': PATELLA,
}

/**
 * The vasti do not end in cords: each joins the quadriceps tendon by a broad thin aponeurosis
 * (its layers: rectus femoris in front, the vastus lateralis and medialis in the middle, the
 * intermedius deepest; Waligora 2009, Clin Orthop Relat Res 467:3297). Their bridges are sheets
 * facing this way (a right knee: -X lateral, +Z front); drawn as cords they stood off the knee's
 * side as two white cones.
 */
const APONEUROSES: Readonly<Record<string, Vec3>> = {
  'muscle-vastus-lateralis bottom': [-0.7, 0, 0.7],
  'muscle-vastus-intermedius bottom': [0, 0, 1],
}

const BRIDGES: ReadonlyArray<readonly [string, 'top' | 'bottom', string, keyof Landmarks | null]> =
  [
    ['muscle-rectus-femoris', 'top', 'bone-pelvis', 'aiis'],
    ['muscle-vastus-lateralis', 'bottom', 'bone-patella', null],
    ['muscle-vastus-intermedius', 'bottom', 'bone-patella', 'patellaSuperiorPole'],
    ['vmo', 'bottom', 'bone-patella', null],
    ['muscle-sartorius', 'top', 'bone-pelvis', 'asis'],
    ['muscle-gracilis', 'top', 'bone-pelvis', null],
    ['muscle-adductor-longus', 'top', 'bone-pelvis', 'pubicTubercle'],
    ['muscle-adductor-longus', 'bottom', 'bone-femur', null],
    ['muscle-adductor-magnus', 'top', 'bone-pelvis', 'ischialTuberosity'],
    ['muscle-adductor-magnus', 'bottom', 'bone-femur', 'adductorTubercle'],
    ['muscle-tensor-fasciae-latae', 'top', 'bone-pelvis', 'asis'],
    ['muscle-gluteus-medius', 'top', 'bone-pelvis', null],
    ['muscle-gluteus-medius', 'bottom', 'bone-femur', 'greaterTrochanter'],
    ['muscle-gluteus-maximus', 'top', 'bone-pelvis', null],
    ['muscle-gluteus-maximus', 'bottom', 'bone-femur', null],
    ['muscle-biceps-femoris-long', 'top', 'bone-pelvis', 'ischialTuberosity'],
    ['muscle-semitendinosus', 'top', 'bone-pelvis', 'ischialTuberosity'],
    ['muscle-semimembranosus', 'top', 'bone-pelvis', 'ischialTuberosity'],
    ['muscle-gastrocnemius-medial', 'top', 'bone-femur', null],
    ['muscle-gastrocnemius-lateral', 'top', 'bone-femur', null],
    ['muscle-popliteus', 'top', 'bone-femur', 'lateralEpicondyle'],
    ['muscle-popliteus', 'bottom', 'bone-tibia', null],
  ]

/**
 * The attachment tendons a belly needs (lofted tubes), each skinned like the belly it leaves.
 * They are gathered into one node, `muscle-tendons`, so they draw in the tendons' white.
 */
function bridgesOf(
  part: string,
  belly: RawMesh,
  src: Sources,
  l: Landmarks,
  log: BuildLog,
): Array<{ tube: ReturnType<typeof loft>; bone: number }> {
  const pieces: Array<{ tube: ReturnType<typeof loft>; bone: number }> = []
  for (const [name, end, bone, near] of BRIDGES) {
    if (name !== part) continue
    const bridge = attachmentBridge(belly, end, src.get(bone), near ? l[near] : null)
    if (!bridge || bridge.gapMm <= 1.5) continue
    log(`${part} ${end}: ${bridge.gapMm.toFixed(1)} mm to ${bone}, bridged`)
    const r = bridge.radiusMm
    const facing = APONEUROSES[`${part} ${end}`]
    const tube = loft({
      points: bridge.points,
      profile: facing
        ? // a broad thin sheet as wide as the belly's end, narrowing onto the patella's border
          {
            endWidthMm: r * 1.7,
            bellyWidthMm: r * 1.5,
            endThicknessMm: 1.3,
            bellyThicknessMm: 1.1,
            endBMm: [r * 1.2, 1.2],
            squareness: 2.6,
            ...FIBRES,
          }
        : // a flattened cord with rounded sides, as tendons leave a belly, not a pipe
          {
            endWidthMm: r,
            bellyWidthMm: r * 0.8,
            endThicknessMm: r * 0.55,
            bellyThicknessMm: r * 0.45,
            endBMm: [r * 0.8, r * 0.45],
            squareness: 2.6,
            ...FIBRES,
          },
      depth: facing ?? [0, 0, 1],
      ringSpacingMm: 4,
      segments: facing ? 12 : 8,
    })
    pieces.push({ tube, bone: BONE_JOINT[bone]! })
  }
  return pieces
}

/**
 * The vastus medialis split into the VMO and the rest. The cut follows the uppermost oblique
 * fibre: from the patella's superomedial corner up and medially at the VMO's fibre angle to the
 * shaft (50 deg; VMO 46-56 deg, Rajput 2017; Lieb & Perry 1968). Below it, the fibres that come
 * from the adductor magnus tendon to the patella's upper medial border (Bose 1980) are the VMO;
 * above it, the vastus medialis longus. The VMO is often not a separate head (PMC2772911): the
 * line marks a change of fibre direction, not a fascial plane.
 */
export function vmoCut(l: Landmarks): { point: Vec3; normal: Vec3; fibre: Vec3 } {
  const angle = (VMO_FIBRE_ANGLE_DEG * Math.PI) / 180
  const corner: Vec3 = [
    l.patellaCentre[0] + 15,
    l.patellaSuperiorPole[1] - 2,
    l.patellaSuperiorPole[2],
  ]
  const fibre: Vec3 = [Math.sin(angle), Math.cos(angle), 0]
  // normal in the coronal plane, pointing to the VMO's side (medial and down)
  return { point: corner, normal: [Math.cos(angle), -Math.sin(angle), 0], fibre }
}

async function splitVastusMedialis(
  mesh: RawMesh,
  l: Landmarks,
): Promise<{ vmo: MeshData; vml: MeshData }> {
  const solid = solidify([mesh], { cellMm: 0.8, bridgeVoxels: 1, smoothVoxels: 0.6 })
  const { point, normal } = vmoCut(l)
  const side = (x: number, y: number, z: number) =>
    (x - point[0]) * normal[0] + (y - point[1]) * normal[1] + (z - point[2]) * normal[2]
  const gap = 0.3
  const part = async (sign: 1 | -1, triangles: number) => {
    const field = (x: number, y: number, z: number) =>
      Math.max(solid.field(x, y, z), gap - sign * side(x, y, z))
    const raw = polygonise(field, { min: solid.min, max: solid.max, cellMm: 0.8 })
    return simplify(raw, triangles, 1)
  }
  return { vmo: await part(1, 1100), vml: await part(-1, 2400) }
}

function withNormals(mesh: RawMesh): MeshData {
  return { positions: mesh.positions, indices: mesh.indices, normals: vertexNormals(mesh) }
}

/** Moves vertices that lie within `clearanceMm` of (or inside) any field out along its gradient. */
function declash(positions: Float32Array, fields: Sdf[], clearanceMm = 0.6): number {
  let moved = 0
  const e = 0.3
  for (let v = 0; v < positions.length; v += 3) {
    let x = positions[v]!
    let y = positions[v + 1]!
    let z = positions[v + 2]!
    let touched = false
    for (const f of fields) {
      for (let step = 0; step < 6; step++) {
        const d = f(x, y, z)
        if (d >= clearanceMm) break
        const gx = f(x + e, y, z) - f(x - e, y, z)
        const gy = f(x, y + e, z) - f(x, y - e, z)
        const gz = f(x, y, z + e) - f(x, y, z - e)
        const g = Math.hypot(gx, gy, gz) || 1
        const push = Math.min(clearanceMm - d, 4)
        x += (gx / g) * push
        y += (gy / g) * push
        z += (gz / g) * push
        touched = true
      }
    }
    if (touched) {
      positions[v] = x
      positions[v + 1] = y
      positions[v + 2] = z
      moved++
    }
  }
  return moved
}

/** Clearance from bones a structure does not attach to; tendons that wrap a bone in flexion sit
 * a little farther off it, because skinning cuts the chord. */
function clearanceOf(name: string): number {
  return name === 'quadriceps-tendon' ? 4 : WRAPPING.has(name) ? 2 : 0.6
}

/**
 * Shading only: normals that face forward (+Z) lean up to `rad` toward +Y, in proportion to how far
 * forward they face, so a band whose front faces down still reads in the light from above-front.
 */
function leanNormals(mesh: MeshData, rad: number): void {
  const n = mesh.normals
  const k = Math.tan(rad)
  for (let v = 0; v < n.length; v += 3) {
    const forward = Math.max(n[v + 2]!, 0)
    if (forward <= 0) continue
    n[v + 1] = n[v + 1]! + k * forward
    const length = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1
    for (let a = 0; a < 3; a++) n[v + a] = n[v + a]! / length
  }
}

/**
 * What a thin sheet's baked colour is multiplied by to take on `share` of the colour beneath it:
 * the tissue's colour over the sheet's own (fascia), per channel, in linear light.
 */
const TINT: Record<'muscle' | 'bone', readonly [number, number, number]> = (() => {
  const linear = (hex: string) =>
    [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
  const fascia = linear(TISSUE_COLOURS.fascia)
  const over = (tissue: 'muscle' | 'bone') => {
    const c = linear(TISSUE_COLOURS[tissue])
    return [0, 1, 2].map((k) => c[k]! / fascia[k]!) as unknown as [number, number, number]
  }
  return { muscle: over('muscle'), bone: over('bone') }
})()

/**
 * Per-vertex rgb multipliers: where a sheet lies within 2 mm of what is beneath it, it takes
 * `share` of that tissue's colour (a thin fascia shows what it covers), fading out by 6 mm.
 */
function tintBeneath(
  positions: Float32Array,
  beneath: Sdf,
  share: number,
  colour: readonly [number, number, number],
): Float32Array {
  const tint = new Float32Array(positions.length)
  for (let v = 0; v < positions.length; v += 3) {
    const d = beneath(positions[v]!, positions[v + 1]!, positions[v + 2]!)
    const u = Math.min(Math.max((6 - d) / 4, 0), 1)
    const w = share * u * u * (3 - 2 * u)
    for (let a = 0; a < 3; a++) tint[v + a] = 1 - w * (1 - colour[a]!)
  }
  return tint
}

/** A loft's vertices grouped by ring, from the start of the path to its end. */
function ringsOf(mesh: Loft): number[][] {
  const ringOf = new Map<number, number[]>()
  for (let v = 0; v < mesh.along.length; v++) {
    const key = mesh.along[v]!
    const ring = ringOf.get(key)
    if (ring) ring.push(v)
    else ringOf.set(key, [v])
  }
  return [...ringOf.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r)
}

/**
 * Lays a thin lofted sheet onto a bone: each vertex moves along the bone's distance gradient so
 * the sheet's deep face lies `baseMm` off the surface and keeps its own thickness, wherever the
 * sheet is within `reachMm` of the bone (a flat loft would stand off a curved condyle). Rings
 * before `fadeFrom` (a fraction along the path) stay where they are, and the effect grows to full
 * by `fadeTo`.
 */
function conformSheet(
  mesh: Loft,
  bone: Sdf,
  baseMm: number,
  reachMm: number,
  fadeFrom = 0,
  fadeTo = 0,
): void {
  const p = mesh.positions
  const e = 0.3
  const rings = ringsOf(mesh)
  // vertices per ring without the end caps' centres (the first and last rings carry one each)
  const columns = rings[1]!.length
  const segments = columns - 1
  const gradient = (x: number, y: number, z: number): Vec3 => {
    const g = [
      bone(x + e, y, z) - bone(x - e, y, z),
      bone(x, y + e, z) - bone(x, y - e, z),
      bone(x, y, z + e) - bone(x, y, z - e),
    ]
    const length = Math.hypot(g[0]!, g[1]!, g[2]!) || 1
    return [g[0]! / length, g[1]! / length, g[2]! / length]
  }
  // one direction per ring (its centre's gradient), so neighbouring vertices cannot cross
  const directions = rings.map((ring) => {
    const c = [0, 0, 0]
    for (let k = 0; k < columns; k++)
      for (let a = 0; a < 3; a++) c[a]! += p[ring[k]! * 3 + a]! / columns
    return gradient(c[0]!, c[1]!, c[2]!)
  })
  // each column's move is measured at its deep-face vertex and given to the top-face vertex
  // opposite it, so the sheet keeps its thickness; the loft's angle s has its deep face where
  // sin < 0, the top face's twin at segments - s
  const moves = rings.map((ring, index) => {
    const f = index / (rings.length - 1)
    const ramp =
      fadeTo > fadeFrom ? Math.min(Math.max((f - fadeFrom) / (fadeTo - fadeFrom), 0), 1) : 1
    return Array.from({ length: columns }, (_, s) => {
      const deep = Math.sin((s / segments) * Math.PI * 2) <= 0 ? s : segments - s
      const v = ring[deep]!
      const d = bone(p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!)
      if (d > reachMm || ramp <= 0) return 0
      const u = Math.min(1, (reachMm - d) / (reachMm * 0.5))
      return (baseMm - d) * u * u * (3 - 2 * u) * ramp
    })
  })
  // smoothed along the path, so the field's voxel steps do not crease the sheet
  let smooth = moves
  let dirs = directions
  for (let pass = 0; pass < 3; pass++) {
    smooth = smooth.map((row, i) =>
      row.map(
        (m, s) =>
          (smooth[Math.max(i - 1, 0)]![s]! +
            2 * m +
            smooth[Math.min(i + 1, rings.length - 1)]![s]!) /
          4,
      ),
    )
    dirs = dirs.map((d, i) => {
      const a = dirs[Math.max(i - 1, 0)]!
      const b = dirs[Math.min(i + 1, rings.length - 1)]!
      const sum = [0, 1, 2].map((k) => a[k]! + 2 * d[k]! + b[k]!)
      const length = Math.hypot(sum[0]!, sum[1]!, sum[2]!) || 1
      return [sum[0]! / length, sum[1]! / length, sum[2]! / length] as Vec3
    })
  }
  rings.forEach((ring, i) => {
    const n = dirs[i]!
    const row = smooth[i]!
    const mean = row.reduce((sum, m) => sum + m, 0) / row.length
    ring.forEach((v, k) => {
      const m = k < columns ? row[k]! : mean
      for (let a = 0; a < 3; a++) p[v * 3 + a]! += n[a]! * m
    })
  })
}

/**
 * Declash for a lofted tube that keeps its cross-sections whole: each ring moves as one, by the
 * largest push any of its vertices needs, and the pushes are smoothed along the path, so a tube
 * that runs close to a bone lifts off it smoothly instead of crumpling vertex by vertex.
 */
function declashRings(mesh: Loft, fields: Sdf[], clearanceMm: number): void {
  if (!fields.length) return
  const p = mesh.positions
  const rings = ringsOf(mesh)
  const e = 0.3
  const field = (x: number, y: number, z: number) => Math.min(...fields.map((f) => f(x, y, z)))
  const pushes = rings.map((ring) => {
    const push: [number, number, number] = [0, 0, 0]
    let need = 0
    for (const v of ring) {
      const x = p[v * 3]!
      const y = p[v * 3 + 1]!
      const z = p[v * 3 + 2]!
      const d = field(x, y, z)
      if (clearanceMm - d <= need) continue
      const g = [
        field(x + e, y, z) - field(x - e, y, z),
        field(x, y + e, z) - field(x, y - e, z),
        field(x, y, z + e) - field(x, y, z - e),
      ]
      const length = Math.hypot(g[0]!, g[1]!, g[2]!) || 1
      need = clearanceMm - d
      for (let a = 0; a < 3; a++) push[a] = (g[a]! / length) * need
    }
    return push
  })
  // spread each push over its neighbours (the largest within 3 rings), then average over 3 rings
  // either side, so the lift rises and falls smoothly
  const at = (list: Array<[number, number, number]>, i: number) =>
    list[Math.min(Math.max(i, 0), list.length - 1)]!
  const spread = pushes.map((_, i) => {
    let best = pushes[i]!
    for (let k = -3; k <= 3; k++)
      if (Math.hypot(...at(pushes, i + k)) > Math.hypot(...best)) best = at(pushes, i + k)
    return best
  })
  const current = spread.map((_, i) => {
    const sum: [number, number, number] = [0, 0, 0]
    for (let k = -3; k <= 3; k++)
      for (let a = 0; a < 3; a++) sum[a] = sum[a]! + at(spread, i + k)[a]! / 7
    return sum
  })
  rings.forEach((ring, i) => {
    const push = current[i]!
    for (const v of ring) for (let a = 0; a < 3; a++) p[v * 3 + a]! += push[a]!
  })
}

/**
 * Skin weights for a lofted path, from [fraction along, joint] anchors, blended linearly: a tendon
 * that has to lengthen between two bones then stretches evenly instead of at one place.
 */
function skinAlong(along: Float32Array, anchors: BuiltTissue['anchors']): SkinData {
  const positions = new Float32Array(along.length * 3)
  for (let i = 0; i < along.length; i++) positions[i * 3 + 1] = -along[i]!
  return skinByCoordinate(
    positions,
    anchors.map(([t, j]) => [-t, j] as const),
    (p) => p[1],
    (u) => u,
  )
}

/** Circle through the patella's path in the sagittal plane (least squares): the wrap's centre. */
export function wrapCentre(table: PatellofemoralTable): { superiorMm: number; anteriorMm: number } {
  // fit y^2 + z^2 = 2ay + 2bz + c over the path
  const rows = table.path.map(([, y, z]) => [2 * y, 2 * z, 1, y * y + z * z])
  const A = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  const r = [0, 0, 0]
  for (const row of rows)
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) A[i * 3 + j]! += row[i]! * row[j]!
      r[i]! += row[i]! * row[3]!
    }
  // Cramer's rule
  const det = (m: number[]) =>
    m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) -
    m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) +
    m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!)
  const d = det(A)
  const col = (k: number) => A.map((v, i) => (i % 3 === k ? r[Math.floor(i / 3)]! : v))
  return { superiorMm: det(col(0)) / d, anteriorMm: det(col(1)) / d }
}

export type KneeBuild = {
  glb: Uint8Array
  seat: PatellofemoralTable
  landmarks: Landmarks
  wrap: { superiorMm: number; anteriorMm: number }
  /** The groove measured along the patella's path, as modelled and with the dysplasia morph. */
  groove: { normal: GrooveRow[]; dysplastic: GrooveRow[]; deep: GrooveRow[] }
}

export async function buildKneeModel(
  log: BuildLog = () => {},
  sources?: Sources,
): Promise<KneeBuild> {
  const src = sources ?? (await readSources())
  const l = measureLandmarks(src)
  const seat = measureSeat(
    seatGeometry(
      src.get('bone-femur'),
      src.get('cartilage-femur'),
      src.get('cartilage-patella'),
      l.patellaCentre,
    ),
    l,
  )
  const wrap = wrapCentre(seat)
  log(
    `seat: tendon ${seat.tendonLengthMm.toFixed(1)} mm, wrap centre ${wrap.superiorMm.toFixed(1)}, ${wrap.anteriorMm.toFixed(1)}`,
  )

  const knee = new KneeDocument()
  const doc = knee.document
  doc.getRoot().getAsset().extras = { ...MODEL_INFO }

  // ---- skeleton: pelvis -> hip -> femur (knee frame) -> tibia, patella, quadriceps wrap ----
  const hip = l.femoralHeadCentre
  const pelvisJoint = knee.node('joint-pelvis', null)
  const hipJoint = knee.node('joint-hip', pelvisJoint, hip)
  const femurJoint = knee.node('joint-femur', hipJoint, [-hip[0], -hip[1], -hip[2]])
  const tibiaJoint = knee.node('joint-tibia', femurJoint)
  const patellaJoint = knee.node('joint-patella', femurJoint, l.patellaCentre)
  const wrapJoint = knee.node('joint-quadriceps-wrap', femurJoint, [
    0,
    wrap.superiorMm,
    wrap.anteriorMm,
  ])
  // read by src/model/pose.ts: the patella's angle about the wrap centre in the bind pose
  wrapJoint.setExtras({
    bindPatellaAngleRad: Math.atan2(
      l.patellaCentre[2] - wrap.anteriorMm,
      l.patellaCentre[1] - wrap.superiorMm,
    ),
  })
  const bendJoint = knee.node('joint-knee-bend', femurJoint)
  const poplitealJoint = knee.node('joint-popliteal', femurJoint)
  // the patellar tendon's straight piece: at its tibial insertion, aimed at its patellar origin by
  // src/model/pose.ts, which reads the two anchors (metres; the tibia's joint sits at the knee
  // frame's origin, the patella's at its centre) and their direction in the bind pose
  const tendonLine = patellarTendonLine(l, src.get('bone-patella'), src.get('bone-tibia'))
  const tendonJoint = knee.node('joint-patellar-tendon', femurJoint, tendonLine.insertion)
  const metres = (v: readonly number[]) => v.map((x) => x * MM)
  tendonJoint.setExtras({
    tibiaAnchor: metres(tendonLine.insertion),
    patellaAnchor: metres(tendonLine.origin.map((x, a) => x - l.patellaCentre[a]!)),
    bindDirection: metres(tendonLine.origin.map((x, a) => x - tendonLine.insertion[a]!)),
  })
  const jointOrigins: Vec3[] = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
    l.patellaCentre,
    [0, wrap.superiorMm, wrap.anteriorMm],
    [0, 0, 0],
    [0, 0, 0],
    tendonLine.insertion,
  ]
  const jointNodes = [
    pelvisJoint,
    femurJoint,
    tibiaJoint,
    patellaJoint,
    wrapJoint,
    bendJoint,
    poplitealJoint,
    tendonJoint,
  ]

  // ---- every surface in the bind pose, for the baked occlusion ----
  const rigid: Array<[name: string, mesh: RawMesh, joint: number, tissue: TissueMaterial]> = []
  const femoralCartilage = src.get('cartilage-femur')
  const [trochlea, condyles] = splitTrochlea(femoralCartilage)
  const menisci = components(src.get('meniscus-both')).slice(0, 2)
  const [medialMeniscus, lateralMeniscus] =
    menisci[0]!.positions[0]! > menisci[1]!.positions[0]! ? menisci : [menisci[1]!, menisci[0]!]
  rigid.push(
    ['pelvis', src.get('bone-pelvis'), PELVIS, 'bone'],
    ['femur', src.get('bone-femur'), FEMUR, 'bone'],
    ['trochlear-groove', trochlea, FEMUR, 'cartilage'],
    ['femoral-condyle-cartilage', condyles, FEMUR, 'cartilage'],
    ['tibia', src.get('bone-tibia'), TIBIA, 'bone'],
    ['fibula', src.get('bone-fibula'), TIBIA, 'bone'],
    [
      'tibial-cartilage',
      merge([src.get('cartilage-tibia-medial'), src.get('cartilage-tibia-lateral')]),
      TIBIA,
      'cartilage',
    ],
    ['medial-meniscus', medialMeniscus!, TIBIA, 'meniscus'],
    ['lateral-meniscus', lateralMeniscus!, TIBIA, 'meniscus'],
    ['patella', src.get('bone-patella'), PATELLA, 'bone'],
    ['patellar-cartilage', src.get('cartilage-patella'), PATELLA, 'cartilage'],
  )

  // muscles
  const skinned: Array<{ name: string; mesh: MeshData; tissue: TissueMaterial; skin: SkinData }> =
    []
  const split = await splitVastusMedialis(src.get('muscle-vastus-medialis'), l)
  // the VMO's end drawn onto the patella's upper medial border at mid-depth, where the scan stops
  // short of it (reachInto): only the end's nearest point lands on the bone and the pull fades up
  // the belly, so the muscle meets the border beside the kneecap instead of lying on its front
  // (Bose 1980); the other vasti meet the patella through the quadriceps tendon
  const pc = l.patellaCentre
  const vmo = withNormals(
    reachInto(
      split.vmo,
      'bottom',
      src.get('bone-patella'),
      [pc[0] + 20, pc[1] + 12, pc[2] - 3],
      50,
      'edge',
    ),
  )
  const vm = { vml: split.vml, vmo: { ...vmo, uvs: split.vmo.uvs } }
  const cut = vmoCut(l)
  const patellaBone = src.get('bone-patella')
  const tibiaBone = src.get('bone-tibia')
  const addMuscle = (name: string, mesh: MeshData, anchors: HeightAnchors, fibre?: Vec3) => {
    const along = fibre ?? principalAxis(mesh.positions)
    mesh.uvs = fibreUvs(mesh.positions, along, [0, 0, -1])
    // the calf's deep side lies on the back of the tibia and rides with it
    const skin =
      name === 'gastrocnemius'
        ? poplitealGive(
            mesh.positions,
            followBone(
              mesh.positions,
              skinByCoordinate(mesh.positions, anchors),
              tibiaBone,
              20,
              TIBIA,
            ),
          )
        : QUADRICEPS.has(name)
          ? followPatella(
              mesh.positions,
              nearWrap(
                skinByCoordinate(
                  mesh.positions,
                  anchors.filter(([, j]) => j !== PATELLA),
                ),
                mesh.positions,
                wrap,
              ),
              patellaBone,
              PATELLA_REACH_MM[name] ?? 14,
            )
          : skinByCoordinate(mesh.positions, anchors)
    skinned.push({ name, mesh, tissue: 'muscle', skin })
  }
  const tendons: Array<{ mesh: MeshData; skin: SkinData }> = []
  const bridge = (part: string, belly: RawMesh, anchors: HeightAnchors, owner: string) => {
    for (const { tube, bone } of bridgesOf(part, belly, src, l, log)) {
      const base = skinByCoordinate(
        tube.positions,
        anchors.filter(([, j]) => !QUADRICEPS.has(owner) || j !== PATELLA),
      )
      const belly = QUADRICEPS.has(owner)
        ? followPatella(tube.positions, base, patellaBone, PATELLA_REACH_MM[owner] ?? 14)
        : base
      // the belly's end moves as the belly does; the bone's end stays on its bone
      tendons.push({ mesh: tube, skin: toBoneAlong(belly, tube.along, bone) })
    }
  }
  for (const belly of BELLIES) {
    addMuscle(belly.id, withNormals(merge(belly.parts.map((p) => src.get(p)))), belly.anchors(l))
    for (const p of belly.parts) bridge(p, src.get(p), belly.anchors(l), belly.id)
  }
  addMuscle('vastus-medialis', vm.vml, quadriceps(l))
  addMuscle('vastus-medialis-oblique', vm.vmo, quadriceps(l), cut.fibre)
  bridge('vmo', vm.vmo, quadriceps(l), 'vastus-medialis-oblique')
  skinned.push({
    name: 'muscle-tendons',
    mesh: mergeMeshData(tendons.map((t) => t.mesh)),
    tissue: 'tendon',
    skin: {
      joints: concat(tendons.map((t) => t.skin.joints)),
      weights: concat(tendons.map((t) => t.skin.weights)),
    },
  })

  // ligaments from the scans: follow the femur above the joint line and the tibia below it
  const ligamentAnchors: HeightAnchors = [
    [8, FEMUR],
    [-8, BEND],
    [-24, TIBIA],
  ]
  for (const [name, part] of [
    ['medial-collateral-ligament', 'ligament-mcl'],
    ['lateral-collateral-ligament', 'ligament-lcl'],
    ['anterior-cruciate-ligament', 'ligament-acl'],
    ['posterior-cruciate-ligament', 'ligament-pcl'],
  ] as const) {
    const mesh = withNormals(src.get(part))
    skinned.push({
      name,
      mesh,
      tissue: 'ligament',
      skin: skinByCoordinate(mesh.positions, ligamentAnchors),
    })
  }

  // tissue the scans lack, built onto them
  const bellies = Object.fromEntries(
    [
      'rectus-femoris',
      'vastus-intermedius',
      'vastus-lateralis',
      'tensor-fasciae-latae',
      'gluteus-maximus',
      'semitendinosus',
      'semimembranosus',
      'gracilis',
      'sartorius',
      'biceps-femoris-long',
      'biceps-femoris-short',
    ].map((id) => [id, src.get(`muscle-${id}`)]),
  ) as Bellies
  // ---- out of every bone a structure does not attach to (the two scan sets disagree by a few
  // millimetres, and code-built paths are laid by eye): pushed 0.6 mm clear in the bind pose ----
  const boneFields = Object.fromEntries(
    (['pelvis', 'femur', 'tibia', 'fibula', 'patella'] as const).map((bone) => [
      bone,
      solidify([src.get(`bone-${bone}`)], {
        cellMm: 0.8,
        bridgeVoxels: bone === 'pelvis' ? 2 : 1,
        smoothVoxels: 0.5,
      }).field,
    ]),
  ) as Record<Bone, Sdf>
  let vastusLateralis: Sdf | undefined
  const vastusLateralisField = (): Sdf =>
    (vastusLateralis ??= solidify([src.get('muscle-vastus-lateralis')], {
      cellMm: 1,
      bridgeVoxels: 1,
      smoothVoxels: 0.5,
    }).field)
  // what the iliotibial band covers: the vastus lateralis, the femur and the tibia
  const thighField = (): Sdf => {
    const vl = vastusLateralisField()
    return (x, y, z) => Math.min(vl(x, y, z), boneFields.femur(x, y, z), boneFields.tibia(x, y, z))
  }
  const built = new Map<string, Array<{ mesh: MeshData; skin: SkinData; tissue: TissueMaterial }>>()
  for (const t of builtTissues(l, bellies, {
    femur: src.get('bone-femur'),
    tibia: src.get('bone-tibia'),
    patella: src.get('bone-patella'),
  })) {
    const mesh = loft({
      points: t.points,
      profile: t.profile,
      depth: t.depth,
      ringSpacingMm: t.ringSpacingMm ?? 5,
      segments: t.segments ?? 14,
    })
    const id = t.id.split('#')[0]!
    if (t.normalLeanRad) leanNormals(mesh, t.normalLeanRad)
    // the medial retinaculum lies close on the capsule over the condyle
    if (SHEETS.has(id))
      conformSheet(mesh, boneFields.femur, id === 'medial-retinaculum' ? 0.8 : 1.2, 18)
    // the band lies on the vastus lateralis and the condyles, not on a flat plane above them; its
    // top, inside the TFL's end, is left where it starts
    if (t.conformTo === 'thigh') conformSheet(mesh, thighField(), 1.4, 14, 0.06, 0.14)
    const attached = ATTACHED_BONES[id] ?? []
    declashRings(
      mesh,
      (Object.keys(boneFields) as Bone[])
        .filter((b) => !attached.includes(b))
        .map((b) => boneFields[b]),
      clearanceOf(id),
    )
    if (t.underTint) {
      const beneath = t.underTint.beneath === 'thigh' ? vastusLateralisField() : boneFields.femur
      mesh.tint = tintBeneath(mesh.positions, beneath, t.underTint.share, TINT[t.underTint.colour])
    }
    const list = built.get(id) ?? []
    const skin = t.heightAnchors
      ? skinByCoordinate(mesh.positions, t.heightAnchors)
      : skinAlong(mesh.along, t.anchors)
    list.push({ mesh, skin, tissue: t.tissue })
    built.set(id, list)
  }
  for (const [id, list] of built) {
    const mesh = mergeMeshData(list.map((x) => x.mesh))
    const skin = {
      joints: concat(list.map((x) => x.skin.joints)) as Uint8Array,
      weights: concat(list.map((x) => x.skin.weights)) as Float32Array,
    }
    skinned.push({ name: id, mesh, tissue: list[0]!.tissue, skin })
  }
  const sacs = bursae(l, src.get('bone-femur'), src.get('bone-patella'))

  for (const s of skinned) {
    const attached = ATTACHED_BONES[s.name]
    if (!attached) continue
    // tendons that wrap a bone in flexion sit a little farther off it: skinning cuts the chord
    const clearance = clearanceOf(s.name)
    const moved = declash(
      s.mesh.positions,
      (Object.keys(boneFields) as Bone[])
        .filter((b) => !attached.includes(b))
        .map((b) => boneFields[b]),
      clearance,
    )
    if (moved) log(`${s.name}: ${moved} vertices moved out of bone`)
  }

  // ---- baked occlusion over everything in the bind pose ----
  const grid = occlusionGrid([...rigid.map(([, m]) => m), ...skinned.map((s) => s.mesh)], 1.5)
  const shade = (mesh: MeshData) => {
    const colours = bakeOcclusion(grid, mesh.positions, mesh.normals)
    if (mesh.tone) for (let i = 0; i < colours.length; i++) colours[i]! *= mesh.tone[(i / 3) | 0]!
    if (mesh.tint) for (let i = 0; i < colours.length; i++) colours[i]! *= mesh.tint[i]!
    return colours
  }

  // ---- nodes ----
  // ---- the groove measured on the real surfaces, and its dysplastic shape ----
  const grooveSurfaces = [src.get('bone-femur'), femoralCartilage]
  const groove = measureGroove(grooveSurfaces, seat.path, SEAT_FLEXION_STEP_DEG)
  const trochleaMesh = withNormals(trochlea)
  const dysplastic = dysplasiaMorph(trochleaMesh, seat.path, groove, SEAT_FLEXION_STEP_DEG)
  const grooveAt = (weight: number) =>
    measureGroove(
      [
        src.get('bone-femur'),
        {
          positions: trochleaMesh.positions.map((v, i) => v + dysplastic[i]! * weight),
          indices: trochleaMesh.indices,
        },
        condyles,
      ],
      seat.path,
      SEAT_FLEXION_STEP_DEG,
    )
  const dysplasticGroove = grooveAt(1)
  // the morph run backwards (weight -1) deepens the groove: presets deeper than the donor's
  const deepGroove = grooveAt(-1)
  log(
    `groove at 30 deg: sulcus ${groove.find((g) => g.flexionDeg === 30)?.sulcusAngleDeg.toFixed(1)} deg, dysplastic ${dysplasticGroove.find((g) => g.flexionDeg === 30)?.sulcusAngleDeg.toFixed(1)} deg`,
  )

  for (const [name, raw, joint, tissue] of rigid) {
    const mesh = name === 'trochlear-groove' ? trochleaMesh : withNormals(raw)
    const parent = jointNodes[joint]!
    knee.meshNode(
      name,
      parent,
      { ...mesh, colors: shade(mesh) },
      tissue,
      jointOrigins[joint]!,
      name === 'trochlear-groove' ? { name: 'dysplasia', deltaMm: dysplastic } : undefined,
    )
    log(`${name}: ${mesh.indices.length / 3} triangles`)
  }
  for (const sac of sacs) {
    const { centre, radii } = sac
    const pad = 2
    const mesh = await meshField(ellipsoid(centre, radii), {
      min: [centre[0] - radii[0] - pad, centre[1] - radii[1] - pad, centre[2] - radii[2] - pad],
      max: [centre[0] + radii[0] + pad, centre[1] + radii[1] + pad, centre[2] + radii[2] + pad],
      cellMm: 0.6,
      targetTriangles: 500,
      maxErrorMm: 0.1,
    })
    knee.meshNode(sac.id, jointNodes[sac.joint]!, mesh, 'bursa', jointOrigins[sac.joint]!)
  }

  // ---- landmarks (empty nodes), on the bone they belong to ----
  const landmarkNodes: Array<[string, number, Vec3]> = [
    ['landmark-knee-centre', FEMUR, l.kneeCentre],
    ['landmark-femoral-head-centre', FEMUR, l.femoralHeadCentre],
    ['landmark-greater-trochanter', FEMUR, l.greaterTrochanter],
    ['landmark-medial-epicondyle', FEMUR, l.medialEpicondyle],
    ['landmark-lateral-epicondyle', FEMUR, l.lateralEpicondyle],
    ['landmark-adductor-tubercle', FEMUR, l.adductorTubercle],
    ['landmark-trochlear-groove', FEMUR, grooveLandmark(seat)],
    ['landmark-asis', PELVIS, l.asis],
    ['landmark-aiis', PELVIS, l.aiis],
    ['landmark-ischial-tuberosity', PELVIS, l.ischialTuberosity],
    ['landmark-pubic-tubercle', PELVIS, l.pubicTubercle],
    ['landmark-tibial-tuberosity', TIBIA, l.tibialTuberosity],
    ['landmark-gerdys-tubercle', TIBIA, l.gerdysTubercle],
    ['landmark-pes-anserinus', TIBIA, l.pesAnserinus],
    ['landmark-fibular-head', TIBIA, l.fibularHead],
    ['landmark-patella-centre', PATELLA, l.patellaCentre],
    ['landmark-patella-superior-pole', PATELLA, l.patellaSuperiorPole],
    ['landmark-patella-inferior-pole', PATELLA, l.patellaInferiorPole],
  ]
  for (const [name, joint, at] of landmarkNodes) {
    const o = jointOrigins[joint]!
    knee.node(name, jointNodes[joint]!, [at[0] - o[0], at[1] - o[1], at[2] - o[2]])
  }

  // ---- skin ----
  const inverseBind = new Float32Array(16 * jointNodes.length)
  jointOrigins.forEach((o, i) => {
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
  jointNodes.forEach((j: Node, i) => {
    if (j.getName() !== SKIN_JOINTS[i])
      throw new Error(`skin joint ${i} should be ${SKIN_JOINTS[i]}`)
    skin.addJoint(j)
  })
  for (const s of skinned) {
    knee.skinnedNode(
      s.name,
      { ...s.mesh, colors: shade(s.mesh) },
      s.tissue,
      skin,
      s.skin.joints,
      s.skin.weights,
    )
    log(`${s.name}: ${s.mesh.indices.length / 3} triangles`)
  }

  await knee.compress()
  const io = new NodeIO().registerExtensions(ALL_EXTENSIONS).registerDependencies({
    'meshopt.encoder': MeshoptEncoder,
    'meshopt.decoder': MeshoptDecoder,
  })
  return {
    glb: withoutDefaults(await io.writeBinary(doc)),
    seat,
    landmarks: l,
    wrap,
    groove: { normal: groove, dysplastic: dysplasticGroove, deep: deepGroove },
  }
}

/** The `.glb` bytes alone (tests and tools). */
export async function buildKnee(log: BuildLog = () => {}): Promise<Uint8Array> {
  return (await buildKneeModel(log)).glb
}

/** The groove's floor at 45 degrees: the patella's seat minus half its thickness along the normal. */
function grooveLandmark(seat: PatellofemoralTable): Vec3 {
  const [x, y, z, ny, nz] = seat.path[9]!
  return [x, y - ny * 21, z - nz * 21]
}

/**
 * The femoral cartilage split into the patellar surface (the trochlea, in front) and the condyles
 * (below and behind): triangles whose centre lies in front of the notch and above the distal
 * condyles belong to the trochlea.
 */
function splitTrochlea(cartilage: RawMesh): [RawMesh, RawMesh] {
  const front: number[] = []
  const rest: number[] = []
  const p = cartilage.positions
  for (let t = 0; t < cartilage.indices.length; t += 3) {
    const [a, b, c] = [cartilage.indices[t]!, cartilage.indices[t + 1]!, cartilage.indices[t + 2]!]
    const y = (p[a * 3 + 1]! + p[b * 3 + 1]! + p[c * 3 + 1]!) / 3
    const z = (p[a * 3 + 2]! + p[b * 3 + 2]! + p[c * 3 + 2]!) / 3
    // in front of a line from the notch's roof forward and down (sagittal plane)
    ;(z > 14 - 0.6 * (y + 5) ? front : rest).push(a, b, c)
  }
  const pick = (list: number[]) => compactRaw(cartilage.positions, list)
  return [pick(front), pick(rest)]
}

function mergeMeshData(meshes: MeshData[]): MeshData {
  const merged = merge(meshes)
  const normals = concat(meshes.map((m) => m.normals)) as Float32Array
  const uvs = meshes.every((m) => m.uvs)
    ? (concat(meshes.map((m) => m.uvs!)) as Float32Array)
    : undefined
  // striation where some pieces have it, plain (1) on the others
  const tone = meshes.some((m) => m.tone)
    ? concat(meshes.map((m) => m.tone ?? new Float32Array(m.positions.length / 3).fill(1)))
    : undefined
  const tint = meshes.some((m) => m.tint)
    ? concat(meshes.map((m) => m.tint ?? new Float32Array(m.positions.length).fill(1)))
    : undefined
  return {
    ...merged,
    normals,
    ...(uvs ? { uvs } : {}),
    ...(tone ? { tone } : {}),
    ...(tint ? { tint } : {}),
  }
}

function concat<T extends Float32Array | Uint8Array>(arrays: T[]): T {
  const total = arrays.reduce((n, a) => n + a.length, 0)
  const out = new (arrays[0]!.constructor as { new (n: number): T })(total)
  let o = 0
  for (const a of arrays) {
    out.set(a, o)
    o += a.length
  }
  return out
}
