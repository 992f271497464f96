/**
 * Fetching and parsing a knee model: size limits, glTF parsing with meshopt, the contract check,
 * and lookups by name. No React; the scene components call this.
 */
import type { Object3D } from 'three'
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
import { preflightGltf, PreflightError } from './preflight'
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
    readonly kind: 'network' | 'not-gltf' | 'too-large' | 'contract' | 'url' | 'blocked',
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
  try {
    preflightGltf(bytes)
  } catch (error) {
    if (error instanceof PreflightError) throw new KneeModelError(error.message, error.kind)
    throw error
  }
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  let scene: Object3D
  try {
    scene = (await loader.parseAsync(bytes, '')).scene
  } catch (error) {
    const message = (error as Error).message
    // The geometry decoder is WebAssembly; a strict Content-Security-Policy can forbid compiling it.
    if (/Content.Security.Polic|unsafe-eval/i.test(message)) {
      throw new KneeModelError(
        "This page's security policy blocks WebAssembly, which the 3D model needs. The site can allow it by adding 'wasm-unsafe-eval' to script-src.",
        'blocked',
      )
    }
    throw new KneeModelError(`The model file could not be read as glTF (${message}).`, 'not-gltf')
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
  const tooLarge = (bytes: number) =>
    new KneeModelError(
      `The model file is ${(bytes / 1048576).toFixed(0)} MB or more; the limit is ${MODEL_LIMITS.maxBytes / 1048576} MB.`,
      'too-large',
    )
  const declared = Number(response.headers.get('content-length') ?? 0)
  if (declared > MODEL_LIMITS.maxBytes) {
    void response.body?.cancel()
    throw tooLarge(declared)
  }
  return parseKneeModel(await readCapped(response, MODEL_LIMITS.maxBytes, tooLarge))
}

/**
 * Reads a body but stops (and cancels the download) once it passes `limit` bytes: a server that
 * sends no Content-Length, or lies about it, cannot make the page hold a 50 MB file.
 */
async function readCapped(
  response: Response,
  limit: number,
  tooLarge: (bytes: number) => Error,
): Promise<ArrayBuffer> {
  if (!response.body) return response.arrayBuffer()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limit) {
      await reader.cancel()
      throw tooLarge(total)
    }
    chunks.push(value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out.buffer
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
