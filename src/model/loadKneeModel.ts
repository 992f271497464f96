/**
 * Fetching and parsing a knee model: size limits, glTF parsing with meshopt, the contract check,
 * and lookups by name. No React; the scene components call this.
 */
import { Mesh, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import {
  describeProblems,
  MODEL_LIMITS,
  SKELETON_JOINTS,
  validateKneeModel,
  type ModelReport,
  type SkeletonJoint,
} from './contract'
import { STRUCTURE_IDS, type StructureId } from '../anatomy/structures'
import { LANDMARK_IDS, type LandmarkId } from '../anatomy/landmarks'

export type KneeModelData = {
  /** The model's root, ready to add to a scene (clone it to show it twice). */
  scene: Object3D
  report: ModelReport
}

/** Why a model could not be shown, in plain words, with a kind for tests and fallbacks. */
export class KneeModelError extends Error {
  constructor(
    message: string,
    readonly kind: 'network' | 'not-gltf' | 'too-large' | 'contract' | 'url',
    readonly report?: ModelReport,
  ) {
    super(message)
    this.name = 'KneeModelError'
  }
}

/** Only http(s) and relative URLs: no javascript:, data: or file: model sources. */
export function checkModelUrl(url: string, base: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url, base)
  } catch {
    throw new KneeModelError(`The model address "${url}" is not a valid URL.`, 'url')
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new KneeModelError(
      `Models load only over http(s); "${parsed.protocol}" addresses are refused.`,
      'url',
    )
  }
  return parsed
}

/** Parses .glb bytes into a validated knee model. */
export async function parseKneeModel(bytes: ArrayBuffer): Promise<KneeModelData> {
  if (bytes.byteLength > MODEL_LIMITS.maxBytes) {
    throw new KneeModelError(
      `The model file is ${(bytes.byteLength / 1048576).toFixed(0)} MB; the limit is ${MODEL_LIMITS.maxBytes / 1048576} MB.`,
      'too-large',
    )
  }
  const magic = bytes.byteLength >= 4 ? new TextDecoder().decode(new Uint8Array(bytes, 0, 4)) : ''
  const looksLikeJson = bytes.byteLength > 0 && new Uint8Array(bytes, 0, 1)[0] === 0x7b
  if (magic !== 'glTF' && !looksLikeJson) {
    throw new KneeModelError('The model file is not a glTF (.glb or .gltf) file.', 'not-gltf')
  }
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  let scene: Object3D
  try {
    scene = (await loader.parseAsync(bytes, '')).scene
  } catch (error) {
    throw new KneeModelError(
      `The model file could not be read as glTF (${(error as Error).message}).`,
      'not-gltf',
    )
  }
  let triangles = 0
  scene.traverse((node) => {
    if ((node as Mesh).isMesh) {
      const geometry = (node as Mesh).geometry
      triangles +=
        (geometry.index ? geometry.index.count : (geometry.attributes.position?.count ?? 0)) / 3
    }
  })
  if (triangles > MODEL_LIMITS.maxTriangles) {
    throw new KneeModelError(
      `The model has ${Math.round(triangles).toLocaleString('en')} triangles; the limit is ${MODEL_LIMITS.maxTriangles.toLocaleString('en')}.`,
      'too-large',
    )
  }
  const report = validateKneeModel(scene)
  if (!report.ok) throw new KneeModelError(describeProblems(report), 'contract', report)
  return { scene, report }
}

/** Fetches and parses a model; a 404, a network error or a non-glTF body becomes a KneeModelError. */
export async function loadKneeModel(
  url: string,
  init?: { signal?: AbortSignal },
): Promise<KneeModelData> {
  const base = typeof location !== 'undefined' ? location.href : 'http://localhost/'
  const checked = checkModelUrl(url, base)
  let response: Response
  try {
    response = await fetch(checked, { signal: init?.signal, credentials: 'same-origin' })
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error
    throw new KneeModelError(
      `The model could not be downloaded from ${checked.pathname}.`,
      'network',
    )
  }
  if (!response.ok) {
    throw new KneeModelError(
      `The model could not be downloaded (${response.status} ${response.statusText || 'error'}).`,
      'network',
    )
  }
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > MODEL_LIMITS.maxBytes) {
    throw new KneeModelError(
      `The model file is ${(declared / 1048576).toFixed(0)} MB; the limit is ${MODEL_LIMITS.maxBytes / 1048576} MB.`,
      'too-large',
    )
  }
  return parseKneeModel(await response.arrayBuffer())
}

export type KneeNodes = {
  structures: Record<StructureId, Object3D>
  landmarks: Record<LandmarkId, Object3D>
  joints: Record<SkeletonJoint, Object3D>
}

/** Looks up every structure, landmark and joint by name (the contract guarantees they exist). */
export function findKneeNodes(root: Object3D): KneeNodes {
  const find = <T extends string>(ids: readonly T[]) => {
    const out = {} as Record<T, Object3D>
    for (const id of ids) {
      const node = root.getObjectByName(id)
      if (!node) throw new KneeModelError(`No node named "${id}".`, 'contract')
      out[id] = node
    }
    return out
  }
  return {
    structures: find(STRUCTURE_IDS),
    landmarks: find(LANDMARK_IDS),
    joints: find(SKELETON_JOINTS),
  }
}
