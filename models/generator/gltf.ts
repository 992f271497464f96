/**
 * Assembles the knee into a glTF document: the joint hierarchy the kinematics poses, one node per
 * structure named by its id, empty landmark nodes, materials named by tissue, and skinned soft
 * tissue. Then quantizes and meshopt-compresses it. Millimetres in, metres out.
 */
import { Document, type Material, type Node, type Skin } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { dedup, meshopt, prune } from '@gltf-transform/functions'
import { MeshoptEncoder } from 'meshoptimizer'
import { TISSUE_COLOURS, TISSUE_SURFACE, TISSUES, type Tissue } from '../../src/anatomy/tissues'
import type { MeshData } from './mesh'
import type { Vec3 } from './sdf'

export const MM = 0.001

export type TissueMaterial = Tissue

/** glTF materials from the one tissue table (src/anatomy/tissues.ts); the viewer replaces them. */
const TISSUE_LOOK: Record<TissueMaterial, { color: string; roughness: number; alpha?: number }> =
  Object.fromEntries(
    TISSUES.map((t) => [
      t,
      {
        color: TISSUE_COLOURS[t],
        roughness: TISSUE_SURFACE[t].roughness,
        ...(TISSUE_SURFACE[t].opacity < 1 ? { alpha: TISSUE_SURFACE[t].opacity } : {}),
      },
    ]),
  ) as Record<TissueMaterial, { color: string; roughness: number; alpha?: number }>

function srgbToLinear(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return [channel(0), channel(1), channel(2)]
}

export class KneeDocument {
  readonly document = new Document()
  readonly scene
  readonly buffer
  private readonly materials = new Map<TissueMaterial, Material>()

  constructor() {
    this.buffer = this.document.createBuffer()
    this.scene = this.document.createScene('knee')
    this.document.getRoot().getAsset().generator = 'knee-explainer model generator'
  }

  material(tissue: TissueMaterial): Material {
    let material = this.materials.get(tissue)
    if (!material) {
      const look = TISSUE_LOOK[tissue]
      const [r, g, b] = srgbToLinear(look.color)
      material = this.document
        .createMaterial(tissue)
        .setBaseColorFactor([r, g, b, look.alpha ?? 1])
        .setRoughnessFactor(look.roughness)
        .setMetallicFactor(0)
      if (look.alpha !== undefined) material.setAlphaMode('BLEND').setDoubleSided(false)
      this.materials.set(tissue, material)
    }
    return material
  }

  /** An empty node at a position given in mm relative to its parent's origin. */
  node(name: string, parent: Node | null, translationMm: Vec3 = [0, 0, 0]): Node {
    const node = this.document
      .createNode(name)
      .setTranslation([translationMm[0] * MM, translationMm[1] * MM, translationMm[2] * MM])
    if (parent) parent.addChild(node)
    else this.scene.addChild(node)
    return node
  }

  /** A rigid mesh node: geometry in mm, given in the parent's frame offset by `originMm`. */
  meshNode(
    name: string,
    parent: Node,
    mesh: MeshData & { colors?: Float32Array },
    tissue: TissueMaterial,
    originMm: Vec3 = [0, 0, 0],
    morph?: { name: string; deltaMm: Float32Array },
  ): Node {
    const primitive = this.primitive(mesh, tissue, originMm)
    const gltfMesh = this.document.createMesh(name).addPrimitive(primitive)
    if (morph) {
      // one morph target (positions only), named in the mesh's extras as three.js reads them
      const delta = morph.deltaMm.map((v) => v * MM)
      primitive.addTarget(
        this.document
          .createPrimitiveTarget(morph.name)
          .setAttribute(
            'POSITION',
            this.document.createAccessor().setType('VEC3').setArray(delta).setBuffer(this.buffer),
          ),
      )
      gltfMesh.setWeights([0]).setExtras({ targetNames: [morph.name] })
    }
    const node = this.document.createNode(name).setMesh(gltfMesh)
    parent.addChild(node)
    return node
  }

  /** A skinned mesh node at the scene root: joints and weights per vertex (4 each). */
  skinnedNode(
    name: string,
    mesh: MeshData & { colors?: Float32Array },
    tissue: TissueMaterial,
    skin: Skin,
    joints: Uint8Array,
    weights: Float32Array,
  ): Node {
    const primitive = this.primitive(mesh, tissue, [0, 0, 0])
    primitive.setAttribute(
      'JOINTS_0',
      this.document.createAccessor().setType('VEC4').setArray(joints).setBuffer(this.buffer),
    )
    primitive.setAttribute(
      'WEIGHTS_0',
      this.document.createAccessor().setType('VEC4').setArray(weights).setBuffer(this.buffer),
    )
    const node = this.document
      .createNode(name)
      .setMesh(this.document.createMesh(name).addPrimitive(primitive))
      .setSkin(skin)
    this.scene.addChild(node)
    return node
  }

  private primitive(
    mesh: MeshData & { colors?: Float32Array },
    tissue: TissueMaterial,
    originMm: Vec3,
  ) {
    const positions = new Float32Array(mesh.positions.length)
    for (let i = 0; i < positions.length; i++)
      positions[i] = (mesh.positions[i]! - originMm[i % 3]!) * MM
    const doc = this.document
    const primitive = doc
      .createPrimitive()
      .setMaterial(this.material(tissue))
      .setAttribute(
        'POSITION',
        doc.createAccessor().setType('VEC3').setArray(positions).setBuffer(this.buffer),
      )
      .setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(mesh.normals).setBuffer(this.buffer),
      )
      .setIndices(
        doc.createAccessor().setType('SCALAR').setArray(mesh.indices).setBuffer(this.buffer),
      )
    if (mesh.colors) {
      primitive.setAttribute(
        'COLOR_0',
        doc.createAccessor().setType('VEC3').setArray(mesh.colors).setBuffer(this.buffer),
      )
    }
    if (mesh.uvs) {
      primitive.setAttribute(
        'TEXCOORD_0',
        doc.createAccessor().setType('VEC2').setArray(mesh.uvs).setBuffer(this.buffer),
      )
    }
    return primitive
  }

  /** Quantize and meshopt-compress (EXT_meshopt_compression + KHR_mesh_quantization). */
  async compress(): Promise<void> {
    await MeshoptEncoder.ready
    this.document.createExtension(KHRMeshQuantization).setRequired(true)
    this.document.createExtension(EXTMeshoptCompression).setRequired(true)
    await this.document.transform(
      dedup(),
      prune({ keepLeaves: true, keepAttributes: true }),
      meshopt({
        encoder: MeshoptEncoder,
        level: 'high',
        quantizePosition: 14,
        quantizeNormal: 8,
      }),
    )
  }
}

/**
 * The GLB with glTF's default values left out of its JSON (an accessor's `normalized: false`,
 * `byteOffset: 0`): the writer spells them out for each of the model's ~280 accessors, about 8 KB
 * of a file whose budget is 700 KB. The binary chunk is copied unchanged.
 */
export function withoutDefaults(glb: Uint8Array): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    accessors?: Array<{ normalized?: boolean; byteOffset?: number }>
    bufferViews?: Array<{ byteOffset?: number }>
  }
  for (const accessor of json.accessors ?? []) {
    if (accessor.normalized === false) delete accessor.normalized
    if (accessor.byteOffset === 0) delete accessor.byteOffset
  }
  for (const bufferView of json.bufferViews ?? []) {
    if (bufferView.byteOffset === 0) delete bufferView.byteOffset
  }
  const text = new TextEncoder().encode(JSON.stringify(json))
  const padded = Math.ceil(text.length / 4) * 4
  const rest = glb.subarray(20 + jsonLength) // the BIN chunk, header and all
  const out = new Uint8Array(12 + 8 + padded + rest.length)
  const o = new DataView(out.buffer)
  out.set(glb.subarray(0, 12))
  o.setUint32(8, out.length, true)
  o.setUint32(12, padded, true)
  o.setUint32(16, 0x4e4f534a, true) // 'JSON'
  out.fill(0x20, 20, 20 + padded)
  out.set(text, 20)
  out.set(rest, 20 + padded)
  return out
}
