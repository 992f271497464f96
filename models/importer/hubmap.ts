/**
 * Reads the HuBMAP glTF organs: every mesh node under a named node, with its world transform
 * applied, converted from metres to millimetres.
 */
import { NodeIO, type Node } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
import type { RawMesh } from './stl'

export async function readGlbMeshes(path: string): Promise<Map<string, RawMesh>> {
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const doc = await io.read(path)
  const out = new Map<string, RawMesh>()
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh()
    if (!mesh) continue
    const m = node.getWorldMatrix()
    const positions: number[] = []
    const indices: number[] = []
    for (const primitive of mesh.listPrimitives()) {
      const base = positions.length / 3
      const pos = primitive.getAttribute('POSITION')!
      const p = [0, 0, 0]
      for (let i = 0; i < pos.getCount(); i++) {
        pos.getElement(i, p)
        const [x, y, z] = p as [number, number, number]
        positions.push(
          (m[0] * x + m[4] * y + m[8] * z + m[12]) * 1000,
          (m[1] * x + m[5] * y + m[9] * z + m[13]) * 1000,
          (m[2] * x + m[6] * y + m[10] * z + m[14]) * 1000,
        )
      }
      const idx = primitive.getIndices()
      if (idx) for (let i = 0; i < idx.getCount(); i++) indices.push(base + idx.getScalar(i))
      else for (let i = 0; i < pos.getCount(); i++) indices.push(base + i)
    }
    out.set(node.getName(), {
      positions: new Float32Array(positions),
      indices: new Uint32Array(indices),
    })
  }
  return out
}

/** Names of a node and everything under it. */
export function subtreeNames(root: Node): string[] {
  return [root.getName(), ...root.listChildren().flatMap(subtreeNames)]
}
