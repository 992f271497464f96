/**
 * Reads the committed intermediate (models/sources/knee-sources.glb, written by `npm run
 * model:import`): one mesh per part, millimetres, already in the right-knee frame.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { RawMesh } from '../importer/stl'
import type { Vec3 } from './sdf'

export const SOURCES_PATH = resolve(import.meta.dirname, '../sources/knee-sources.glb')

export type Sources = {
  parts: Map<string, RawMesh>
  hipCentreMm: Vec3
  get(name: string): RawMesh
}

export async function readSources(path = SOURCES_PATH): Promise<Sources> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.readBinary(new Uint8Array(readFileSync(path)))
  const parts = new Map<string, RawMesh>()
  for (const node of doc.getRoot().listNodes()) {
    const primitive = node.getMesh()?.listPrimitives()[0]
    if (!primitive) continue
    const position = primitive.getAttribute('POSITION')!
    const positions = new Float32Array(position.getCount() * 3)
    // quantization stores positions normalised, with the scale and offset on the node
    const m = node.getWorldMatrix()
    const p = [0, 0, 0]
    for (let i = 0; i < position.getCount(); i++) {
      position.getElement(i, p)
      const [x, y, z] = p as [number, number, number]
      positions[i * 3] = m[0] * x + m[4] * y + m[8] * z + m[12]
      positions[i * 3 + 1] = m[1] * x + m[5] * y + m[9] * z + m[13]
      positions[i * 3 + 2] = m[2] * x + m[6] * y + m[10] * z + m[14]
    }
    const indices = new Uint32Array(primitive.getIndices()!.getArray()!)
    parts.set(node.getName(), { positions, indices })
  }
  const extras = doc.getRoot().getAsset().extras as { hipCentreMm: Vec3 }
  return {
    parts,
    hipCentreMm: extras.hipCentreMm,
    get(name) {
      const mesh = parts.get(name)
      if (!mesh) throw new Error(`models/sources/knee-sources.glb has no part "${name}"`)
      return mesh
    },
  }
}

/** Area-weighted vertex normals. */
export function vertexNormals(mesh: RawMesh): Float32Array {
  const { positions: p, indices } = mesh
  const n = new Float32Array(p.length)
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const e1x = p[b]! - p[a]!
    const e1y = p[b + 1]! - p[a + 1]!
    const e1z = p[b + 2]! - p[a + 2]!
    const e2x = p[c]! - p[a]!
    const e2y = p[c + 1]! - p[a + 1]!
    const e2z = p[c + 2]! - p[a + 2]!
    const nx = e1y * e2z - e1z * e2y
    const ny = e1z * e2x - e1x * e2z
    const nz = e1x * e2y - e1y * e2x
    for (const v of [a, b, c]) {
      n[v]! += nx
      n[v + 1]! += ny
      n[v + 2]! += nz
    }
  }
  for (let v = 0; v < n.length; v += 3) {
    const length = Math.hypot(n[v]!, n[v + 1]!, n[v + 2]!) || 1
    n[v]! /= length
    n[v + 1]! /= length
    n[v + 2]! /= length
  }
  return n
}

/** Splits a mesh into its connected pieces (by shared vertices), largest first. */
export function components(mesh: RawMesh): RawMesh[] {
  const count = mesh.positions.length / 3
  const parent = new Int32Array(count).map((_, i) => i)
  const find = (v: number): number => {
    while (parent[v] !== v) v = parent[v] = parent[parent[v]!]!
    return v
  }
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = find(mesh.indices[t]!)
    parent[find(mesh.indices[t + 1]!)] = a
    parent[find(mesh.indices[t + 2]!)] = a
  }
  const groups = new Map<number, number[]>()
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const root = find(mesh.indices[t]!)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = []))
    g.push(mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!)
  }
  return [...groups.values()]
    .sort((a, b) => b.length - a.length)
    .map((indices) => compactRaw(mesh.positions, indices))
}

export function compactRaw(positions: Float32Array, indices: ArrayLike<number>): RawMesh {
  const remap = new Map<number, number>()
  const out = new Uint32Array(indices.length)
  const kept: number[] = []
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!
    let n = remap.get(v)
    if (n === undefined) {
      n = remap.size
      remap.set(v, n)
      kept.push(positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!)
    }
    out[i] = n
  }
  return { positions: new Float32Array(kept), indices: out }
}
