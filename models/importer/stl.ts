/**
 * Reads an STL file (binary or ASCII) into an indexed triangle mesh, welding vertices that share
 * a position exactly (STL stores three corners per triangle).
 */
import { readFileSync } from 'node:fs'

export type RawMesh = { positions: Float32Array; indices: Uint32Array }

export function readStl(path: string): RawMesh {
  const bytes = readFileSync(path)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const count = bytes.byteLength >= 84 ? view.getUint32(80, true) : 0
  const corners: number[] = []
  if (bytes.byteLength === 84 + count * 50) {
    for (let t = 0; t < count; t++) {
      const base = 84 + t * 50 + 12 // skip the facet normal
      for (let c = 0; c < 9; c++) corners.push(view.getFloat32(base + c * 4, true))
    }
  } else {
    const text = bytes.toString('latin1')
    if (!text.trimStart().startsWith('solid')) throw new Error(`${path}: not an STL file`)
    for (const match of text.matchAll(/vertex\s+(\S+)\s+(\S+)\s+(\S+)/g))
      corners.push(Number(match[1]), Number(match[2]), Number(match[3]))
  }
  return weld(new Float32Array(corners))
}

/** Merges corners at the same position; drops triangles that collapse. */
export function weld(corners: Float32Array): RawMesh {
  const index = new Map<string, number>()
  const positions: number[] = []
  const indices: number[] = []
  const tri = [0, 0, 0]
  for (let t = 0; t < corners.length / 9; t++) {
    for (let c = 0; c < 3; c++) {
      const o = t * 9 + c * 3
      const key = `${corners[o]},${corners[o + 1]},${corners[o + 2]}`
      let v = index.get(key)
      if (v === undefined) {
        v = positions.length / 3
        index.set(key, v)
        positions.push(corners[o]!, corners[o + 1]!, corners[o + 2]!)
      }
      tri[c] = v
    }
    if (tri[0] !== tri[1] && tri[1] !== tri[2] && tri[0] !== tri[2]) indices.push(...tri)
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) }
}
