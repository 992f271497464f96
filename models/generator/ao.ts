/**
 * Baked ambient occlusion: how much of the sky each vertex sees past its neighbours, from a
 * voxel grid of every surface in the bind pose. Rays in a hemisphere about the normal march a
 * short way (where structures meet is what reads; distant shadowing is the renderer's job).
 */
import type { Vec3 } from './sdf'

type Grid = { min: Vec3; h: number; nx: number; ny: number; nz: number; cells: Uint8Array }

export type Surface = { positions: Float32Array; indices: Uint32Array }

export function occlusionGrid(surfaces: Surface[], cellMm: number): Grid {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const s of surfaces)
    for (let i = 0; i < s.positions.length; i++) {
      lo[i % 3] = Math.min(lo[i % 3]!, s.positions[i]!)
      hi[i % 3] = Math.max(hi[i % 3]!, s.positions[i]!)
    }
  const min: Vec3 = [lo[0]! - 20, lo[1]! - 20, lo[2]! - 20]
  const nx = Math.ceil((hi[0]! + 20 - min[0]) / cellMm) + 1
  const ny = Math.ceil((hi[1]! + 20 - min[1]) / cellMm) + 1
  const nz = Math.ceil((hi[2]! + 20 - min[2]) / cellMm) + 1
  const cells = new Uint8Array(nx * ny * nz)
  const step = cellMm / 2
  for (const { positions: p, indices } of surfaces) {
    for (let t = 0; t < indices.length; t += 3) {
      const a = indices[t]! * 3
      const b = indices[t + 1]! * 3
      const c = indices[t + 2]! * 3
      const edge = Math.max(
        Math.hypot(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!),
        Math.hypot(p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!),
      )
      const m = Math.max(1, Math.ceil(edge / step))
      for (let i = 0; i <= m; i++)
        for (let j = 0; j <= m - i; j++) {
          const u = i / m
          const v = j / m
          const w = 1 - u - v
          const x = Math.floor((w * p[a]! + u * p[b]! + v * p[c]! - min[0]) / cellMm)
          const y = Math.floor((w * p[a + 1]! + u * p[b + 1]! + v * p[c + 1]! - min[1]) / cellMm)
          const z = Math.floor((w * p[a + 2]! + u * p[b + 2]! + v * p[c + 2]! - min[2]) / cellMm)
          cells[x + nx * (y + ny * z)] = 1
        }
    }
  }
  return { min, h: cellMm, nx, ny, nz, cells }
}

// 14 directions spread over a sphere (cube faces and corners), kept when in the normal's hemisphere
const DIRECTIONS: Vec3[] = [
  [1, 0, 0],
  [-1, 0, 0],
  [0, 1, 0],
  [0, -1, 0],
  [0, 0, 1],
  [0, 0, -1],
  ...[-1, 1].flatMap((x) =>
    [-1, 1].flatMap((y) =>
      [-1, 1].map((z): Vec3 => [x / Math.sqrt(3), y / Math.sqrt(3), z / Math.sqrt(3)]),
    ),
  ),
]
const STEPS_MM = [2.5, 4.5, 7, 10, 14]

/** Per-vertex RGB (0-1) grey: 1 where open, down to `strength` darker where enclosed. */
export function bakeOcclusion(
  grid: Grid,
  positions: Float32Array,
  normals: Float32Array,
  strength = 0.55,
): Float32Array {
  const n = positions.length / 3
  const colours = new Float32Array(n * 3)
  const at = (x: number, y: number, z: number) => {
    const i = Math.floor((x - grid.min[0]) / grid.h)
    const j = Math.floor((y - grid.min[1]) / grid.h)
    const k = Math.floor((z - grid.min[2]) / grid.h)
    if (i < 0 || j < 0 || k < 0 || i >= grid.nx || j >= grid.ny || k >= grid.nz) return 0
    return grid.cells[i + grid.nx * (j + grid.ny * k)]!
  }
  for (let v = 0; v < n; v++) {
    const px = positions[v * 3]!
    const py = positions[v * 3 + 1]!
    const pz = positions[v * 3 + 2]!
    const nx = normals[v * 3]!
    const ny = normals[v * 3 + 1]!
    const nz = normals[v * 3 + 2]!
    let total = 0
    let blocked = 0
    for (const d of DIRECTIONS) {
      const cos = d[0] * nx + d[1] * ny + d[2] * nz
      if (cos <= 0.05) continue
      // the ray starts a little off the surface so the vertex's own voxel does not block it
      total += cos
      for (const s of STEPS_MM) {
        if (at(px + nx * 1.6 + d[0] * s, py + ny * 1.6 + d[1] * s, pz + nz * 1.6 + d[2] * s)) {
          blocked += cos * (1 - s / 20)
          break
        }
      }
    }
    const open = total > 0 ? 1 - blocked / total : 1
    const shade = 1 - strength * (1 - open)
    colours[v * 3] = colours[v * 3 + 1] = colours[v * 3 + 2] = shade
  }
  return colours
}
