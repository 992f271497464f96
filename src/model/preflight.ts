/**
 * Reads a glTF's JSON (not its geometry) and refuses models too big to show safely before
 * three.js builds anything: too many nodes, nesting too deep or cyclic, too many triangles,
 * buffers over the byte limit. Cheap: it never touches the binary chunk.
 */
import { MODEL_LIMITS } from './contract'

type GltfJson = {
  asset?: { version?: string }
  scenes?: Array<{ nodes?: number[] }>
  nodes?: Array<{ children?: number[]; mesh?: number }>
  meshes?: Array<{
    primitives?: Array<{ indices?: number; attributes?: Record<string, number>; mode?: number }>
  }>
  accessors?: Array<{ count?: number }>
  buffers?: Array<{ byteLength?: number }>
}

/** What the JSON declares, for messages and the benchmark. */
export type GltfSummary = { nodes: number; depth: number; triangles: number; bufferBytes: number }

/** A refusal in plain words; the loader turns it into a KneeModelError. */
export class PreflightError extends Error {
  constructor(
    message: string,
    readonly kind: 'not-gltf' | 'too-large',
  ) {
    super(message)
    this.name = 'PreflightError'
  }
}

const GLB_MAGIC = 0x46546c67 // 'glTF', little-endian (glTF 2.0 spec, section 4.4.2)
const CHUNK_JSON = 0x4e4f534a // 'JSON'

/** The JSON of a .glb (first chunk) or a .gltf (the whole file). */
export function readGltfJson(bytes: ArrayBuffer): GltfJson {
  const view = new DataView(bytes)
  let text: string
  if (bytes.byteLength >= 20 && view.getUint32(0, true) === GLB_MAGIC) {
    const chunkLength = view.getUint32(12, true)
    if (view.getUint32(16, true) !== CHUNK_JSON || 20 + chunkLength > bytes.byteLength) {
      throw new PreflightError(
        'The model file could not be read as glTF (its JSON chunk is missing or cut short).',
        'not-gltf',
      )
    }
    text = new TextDecoder().decode(new Uint8Array(bytes, 20, chunkLength))
  } else {
    text = new TextDecoder().decode(bytes)
  }
  try {
    const json = JSON.parse(text) as unknown
    if (json && typeof json === 'object' && !Array.isArray(json)) return json as GltfJson
  } catch {
    // falls through to the message below
  }
  throw new PreflightError('The model file is not a glTF (.glb or .gltf) file.', 'not-gltf')
}

/** Counts what the JSON declares; walks the node graph without recursion, so depth cannot overflow. */
export function summariseGltf(json: GltfJson): GltfSummary {
  const nodes = json.nodes ?? []
  const trianglesPerMesh = (json.meshes ?? []).map((mesh) =>
    (mesh.primitives ?? []).reduce((sum, primitive) => {
      const mode = primitive.mode ?? 4
      if (mode < 4) return sum // points and lines draw no triangles
      const accessor =
        primitive.indices !== undefined ? primitive.indices : primitive.attributes?.POSITION
      const count = accessor !== undefined ? (json.accessors?.[accessor]?.count ?? 0) : 0
      return sum + (mode === 4 ? count / 3 : Math.max(0, count - 2))
    }, 0),
  )
  const roots = json.scenes?.flatMap((scene) => scene.nodes ?? []) ?? []
  const depthOf = new Map<number, number>()
  const stack: Array<[node: number, depth: number]> = roots.map((n) => [n, 1])
  let depth = 0
  let triangles = 0
  let visits = 0
  while (stack.length > 0) {
    const [index, level] = stack.pop()!
    // A node reached twice is shared or in a cycle; glTF allows neither (spec 3.5.3, "disjoint
    // strict trees"), and a cycle would send three.js's loader round for ever.
    if (depthOf.has(index)) {
      throw new PreflightError(
        'The model is damaged: a node appears twice in its tree.',
        'not-gltf',
      )
    }
    depthOf.set(index, level)
    depth = Math.max(depth, level)
    if (++visits > MODEL_LIMITS.maxNodes || depth > MODEL_LIMITS.maxDepth) break
    const node = nodes[index]
    if (node?.mesh !== undefined) triangles += trianglesPerMesh[node.mesh] ?? 0
    for (const child of node?.children ?? []) stack.push([child, level + 1])
  }
  const bufferBytes = (json.buffers ?? []).reduce((sum, b) => sum + (b.byteLength ?? 0), 0)
  return { nodes: nodes.length, depth, triangles: Math.round(triangles), bufferBytes }
}

/** Throws a PreflightError when the model is over a limit; returns its summary otherwise. */
export function preflightGltf(bytes: ArrayBuffer): GltfSummary {
  const summary = summariseGltf(readGltfJson(bytes))
  const mb = (n: number) => (n / 1048576).toFixed(0)
  if (summary.nodes > MODEL_LIMITS.maxNodes) {
    throw new PreflightError(
      `The model has ${summary.nodes.toLocaleString('en')} nodes; the limit is ${MODEL_LIMITS.maxNodes.toLocaleString('en')}.`,
      'too-large',
    )
  }
  if (summary.depth > MODEL_LIMITS.maxDepth) {
    throw new PreflightError(
      `The model's nodes are nested more than ${MODEL_LIMITS.maxDepth} levels deep.`,
      'too-large',
    )
  }
  if (summary.triangles > MODEL_LIMITS.maxTriangles) {
    throw new PreflightError(
      `The model has ${summary.triangles.toLocaleString('en')} triangles; the limit is ${MODEL_LIMITS.maxTriangles.toLocaleString('en')}.`,
      'too-large',
    )
  }
  if (summary.bufferBytes > MODEL_LIMITS.maxBytes) {
    throw new PreflightError(
      `The model's buffers hold ${mb(summary.bufferBytes)} MB; the limit is ${mb(MODEL_LIMITS.maxBytes)} MB.`,
      'too-large',
    )
  }
  return summary
}
