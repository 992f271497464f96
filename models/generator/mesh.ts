/**
 * Signed distance field -> welded triangle mesh: narrow-band sampling, surface nets, projection
 * onto the surface, normals from the field's gradient, then meshoptimizer simplification.
 * (Figures and pitfalls: ../shared/reference/procedural-modelling.md.)
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import type { Sdf, Vec3 } from './sdf'

export type MeshData = {
  /** xyz per vertex, millimetres */
  positions: Float32Array
  /** unit normal per vertex */
  normals: Float32Array
  indices: Uint32Array
  /** optional uv per vertex (fibre coordinates for muscle striation) */
  uvs?: Float32Array
  /** optional brightness per vertex (0-1), multiplied into the baked occlusion: fibre striation */
  tone?: Float32Array
  /**
   * optional rgb multiplier per vertex (0-1), multiplied into the baked colour: a thin sheet takes
   * on the colour of what lies beneath it
   */
  tint?: Float32Array
}

export type PolygoniseOptions = {
  /** Box to sample, min and max corners (mm). */
  min: Vec3
  max: Vec3
  /** Grid spacing (mm). */
  cellMm: number
}

const BLOCK = 8

/** Surface nets over a narrow band: blocks whose centre is far from the surface are skipped. */
export function polygonise(field: Sdf, { min, max, cellMm: h }: PolygoniseOptions): MeshData {
  // ---- sampling grid ----
  const nx = Math.ceil((max[0] - min[0]) / h) + 1
  const ny = Math.ceil((max[1] - min[1]) / h) + 1
  const nz = Math.ceil((max[2] - min[2]) / h) + 1
  const values = new Float32Array(nx * ny * nz)
  const at = (i: number, j: number, k: number) => i + nx * (j + ny * k)
  const blockRadius = (BLOCK * h * Math.sqrt(3)) / 2
  for (let bk = 0; bk < nz; bk += BLOCK) {
    for (let bj = 0; bj < ny; bj += BLOCK) {
      for (let bi = 0; bi < nx; bi += BLOCK) {
        const ci = Math.min(bi + BLOCK / 2, nx - 1)
        const cj = Math.min(bj + BLOCK / 2, ny - 1)
        const ck = Math.min(bk + BLOCK / 2, nz - 1)
        const centre = field(min[0] + ci * h, min[1] + cj * h, min[2] + ck * h)
        // 1.5: fields are bounds, not exact (Lipschitz margin)
        const skip = Math.abs(centre) > blockRadius * 1.5 + h
        const fill = centre > 0 ? h * BLOCK : -h * BLOCK
        for (let k = bk; k < Math.min(bk + BLOCK + 1, nz); k++)
          for (let j = bj; j < Math.min(bj + BLOCK + 1, ny); j++)
            for (let i = bi; i < Math.min(bi + BLOCK + 1, nx); i++)
              values[at(i, j, k)] = skip
                ? fill
                : field(min[0] + i * h, min[1] + j * h, min[2] + k * h)
      }
    }
  }

  // ---- one vertex per cell that the surface crosses ----
  const cellVertex = new Int32Array((nx - 1) * (ny - 1) * (nz - 1)).fill(-1)
  const cellAt = (i: number, j: number, k: number) => i + (nx - 1) * (j + (ny - 1) * k)
  const positions: number[] = []
  const corner = new Float32Array(8)
  const EDGES = [
    [0, 1],
    [2, 3],
    [4, 5],
    [6, 7],
    [0, 2],
    [1, 3],
    [4, 6],
    [5, 7],
    [0, 4],
    [1, 5],
    [2, 6],
    [3, 7],
  ] as const
  for (let k = 0; k < nz - 1; k++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let i = 0; i < nx - 1; i++) {
        let mask = 0
        for (let c = 0; c < 8; c++) {
          const v = values[at(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1))]!
          corner[c] = v
          if (v < 0) mask |= 1 << c
        }
        if (mask === 0 || mask === 255) continue
        let sx = 0
        let sy = 0
        let sz = 0
        let count = 0
        for (const [a, b] of EDGES) {
          const va = corner[a]!
          const vb = corner[b]!
          if (va < 0 === vb < 0) continue
          const t = va / (va - vb)
          sx += (a & 1) + ((b & 1) - (a & 1)) * t
          sy += ((a >> 1) & 1) + (((b >> 1) & 1) - ((a >> 1) & 1)) * t
          sz += ((a >> 2) & 1) + (((b >> 2) & 1) - ((a >> 2) & 1)) * t
          count++
        }
        cellVertex[cellAt(i, j, k)] = positions.length / 3
        positions.push(
          min[0] + (i + sx / count) * h,
          min[1] + (j + sy / count) * h,
          min[2] + (k + sz / count) * h,
        )
      }
    }
  }

  // ---- quads across every grid edge with a sign change ----
  const indices: number[] = []
  const quad = (a: number, b: number, c: number, d: number, flip: boolean) => {
    if (a < 0 || b < 0 || c < 0 || d < 0) return
    if (flip) indices.push(a, c, b, a, d, c)
    else indices.push(a, b, c, a, c, d)
  }
  for (let k = 1; k < nz - 1; k++) {
    for (let j = 1; j < ny - 1; j++) {
      for (let i = 1; i < nx - 1; i++) {
        const inside = values[at(i, j, k)]! < 0
        if (i < nx - 1 && inside !== values[at(i + 1, j, k)]! < 0) {
          quad(
            cellVertex[cellAt(i, j - 1, k - 1)]!,
            cellVertex[cellAt(i, j, k - 1)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i, j - 1, k)]!,
            !inside,
          )
        }
        if (j < ny - 1 && inside !== values[at(i, j + 1, k)]! < 0) {
          quad(
            cellVertex[cellAt(i - 1, j, k - 1)]!,
            cellVertex[cellAt(i - 1, j, k)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i, j, k - 1)]!,
            !inside,
          )
        }
        if (k < nz - 1 && inside !== values[at(i, j, k + 1)]! < 0) {
          quad(
            cellVertex[cellAt(i - 1, j - 1, k)]!,
            cellVertex[cellAt(i, j - 1, k)]!,
            cellVertex[cellAt(i, j, k)]!,
            cellVertex[cellAt(i - 1, j, k)]!,
            !inside,
          )
        }
      }
    }
  }

  // ---- project onto the surface, normals from the gradient ----
  const position = new Float32Array(positions)
  const normals = new Float32Array(position.length)
  const e = h / 4
  const grad = (x: number, y: number, z: number, out: number[]) => {
    out[0] = field(x + e, y, z) - field(x - e, y, z)
    out[1] = field(x, y + e, z) - field(x, y - e, z)
    out[2] = field(x, y, z + e) - field(x, y, z - e)
    const length = Math.hypot(out[0], out[1], out[2]) || 1
    out[0] /= length
    out[1] /= length
    out[2] /= length
  }
  const g = [0, 0, 0]
  for (let v = 0; v < position.length; v += 3) {
    let x = position[v]!
    let y = position[v + 1]!
    let z = position[v + 2]!
    for (let step = 0; step < 2; step++) {
      const d = field(x, y, z)
      grad(x, y, z, g)
      const move = Math.max(-h / 2, Math.min(h / 2, d))
      x -= g[0]! * move
      y -= g[1]! * move
      z -= g[2]! * move
    }
    grad(x, y, z, g)
    position[v] = x
    position[v + 1] = y
    position[v + 2] = z
    normals[v] = g[0]!
    normals[v + 1] = g[1]!
    normals[v + 2] = g[2]!
  }
  return { positions: position, normals, indices: new Uint32Array(indices) }
}

/** Simplifies to about `targetTriangles` within `maxErrorMm`, then drops unused vertices. */
export async function simplify(
  mesh: MeshData,
  targetTriangles: number,
  maxErrorMm: number,
): Promise<MeshData> {
  await MeshoptSimplifier.ready
  const extent = meshExtent(mesh.positions)
  const [indices] = MeshoptSimplifier.simplify(
    mesh.indices,
    mesh.positions,
    3,
    Math.min(targetTriangles * 3, mesh.indices.length),
    maxErrorMm / extent,
    ['LockBorder'],
  )
  return compact(mesh, indices)
}

function meshExtent(positions: Float32Array): number {
  let extent = 0
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (let i = 0; i < positions.length; i++) {
    const axis = i % 3
    lo[axis] = Math.min(lo[axis]!, positions[i]!)
    hi[axis] = Math.max(hi[axis]!, positions[i]!)
  }
  for (let a = 0; a < 3; a++) extent = Math.max(extent, hi[a]! - lo[a]!)
  return extent || 1
}

/** Keeps only the vertices `indices` use, in first-use order (deterministic). */
export function compact(mesh: MeshData, indices: Uint32Array): MeshData {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  let next = 0
  const out = new Uint32Array(indices.length)
  for (let i = 0; i < indices.length; i++) {
    const v = indices[i]!
    if (remap[v] === -1) remap[v] = next++
    out[i] = remap[v]!
  }
  const positions = new Float32Array(next * 3)
  const normals = new Float32Array(next * 3)
  const uvs = mesh.uvs ? new Float32Array(next * 2) : undefined
  for (let v = 0; v < remap.length; v++) {
    const n = remap[v]!
    if (n < 0) continue
    positions.set(mesh.positions.subarray(v * 3, v * 3 + 3), n * 3)
    normals.set(mesh.normals.subarray(v * 3, v * 3 + 3), n * 3)
    if (uvs && mesh.uvs) uvs.set(mesh.uvs.subarray(v * 2, v * 2 + 2), n * 2)
  }
  return uvs ? { positions, normals, indices: out, uvs } : { positions, normals, indices: out }
}

/** Mesh an SDF and simplify it in one step. */
export async function meshField(
  field: Sdf,
  options: PolygoniseOptions & { targetTriangles: number; maxErrorMm?: number },
): Promise<MeshData> {
  const raw = polygonise(field, options)
  return simplify(raw, options.targetTriangles, options.maxErrorMm ?? 0.08)
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3
}
