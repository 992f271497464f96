// Loads the committed models/knee.glb in Node with three's GLTFLoader (no DOM needed).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Box3, Mesh, Raycaster, Vector3, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

export const MODEL_PATH = resolve(import.meta.dirname, '../../models/knee.glb')

export function modelBytes(path = MODEL_PATH): ArrayBuffer {
  const buffer = readFileSync(path)
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer
}

export async function loadScene(bytes: ArrayBuffer = modelBytes()): Promise<Object3D> {
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  const gltf = await loader.parseAsync(bytes, '')
  gltf.scene.updateMatrixWorld(true)
  return gltf.scene
}

/** World-space bounding box of a named node, in millimetres. */
export function boxMm(scene: Object3D, name: string): Box3 {
  const node = scene.getObjectByName(name)
  if (!node) throw new Error(`no node ${name}`)
  const box = new Box3().setFromObject(node, true)
  box.min.multiplyScalar(1000)
  box.max.multiplyScalar(1000)
  return box
}

/** World position of a node in millimetres. */
export function positionMm(scene: Object3D, name: string): Vector3 {
  const node = scene.getObjectByName(name)
  if (!node) throw new Error(`no node ${name}`)
  return node.getWorldPosition(new Vector3()).multiplyScalar(1000)
}

/**
 * Casts a ray (origin and direction in mm, world frame) at the named meshes and returns the
 * distance to the first hit in mm, or undefined.
 */
export function castMm(
  scene: Object3D,
  names: string[],
  origin: Vector3,
  direction: Vector3,
): number | undefined {
  const targets: Object3D[] = names.map((n) => scene.getObjectByName(n)!).filter(Boolean)
  const ray = new Raycaster(origin.clone().multiplyScalar(0.001), direction.clone().normalize())
  const hits = ray.intersectObjects(targets, true).filter((h) => (h.object as Mesh).isMesh)
  return hits.length ? hits[0]!.distance * 1000 : undefined
}
