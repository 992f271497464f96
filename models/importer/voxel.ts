/**
 * Closes open or cracked surfaces into one solid: triangles are rasterised into a voxel grid,
 * thickened to bridge cracks, the outside is flood-filled, and what is not outside is the solid.
 * A signed distance field of that solid (exact Euclidean distance transform, lightly smoothed)
 * is returned as an SDF for surface nets. Used to weld the HuBMAP femur with the articular patches
 * that were split out of it (../shared/reference/meshes/README.md, "the open femur problem").
 */
import type { Sdf, Vec3 } from '../generator/sdf'
import type { RawMesh } from './stl'

export type VoxelSolid = {
  field: Sdf
  min: Vec3
  max: Vec3
  cellMm: number
}

export type SolidifyOptions = {
  cellMm: number
  /** Voxels of thickening that bridge cracks between patches (removed again after filling). */
  bridgeVoxels: number
  /** Gaussian smoothing of the distance field, in voxels (hides the source's facets). */
  smoothVoxels: number
  /**
   * Seats the solid on a sheet (a cartilage's deep face): along each sheet triangle's normal the
   * solid is carved away from `intoMm` above the sheet to `carveMm`, and filled from the sheet
   * down to `fillMm` below it. The sheet's normals are turned to point away from `towardBone`.
   */
  /** Only this box is voxelised (mm); a solid cut by it stays closed (its inside is unreachable). */
  box?: { min: Vec3; max: Vec3 }
  seat?: { sheet: RawMesh; towardBone: Vec3; intoMm: number; carveMm: number; fillMm: number }
}

type Grid = { nx: number; ny: number; nz: number; min: Vec3; h: number }

function gridFor(meshes: RawMesh[], h: number, pad: number): Grid {
  const lo = [Infinity, Infinity, Infinity]
  const hi = [-Infinity, -Infinity, -Infinity]
  for (const m of meshes)
    for (let i = 0; i < m.positions.length; i++) {
      lo[i % 3] = Math.min(lo[i % 3]!, m.positions[i]!)
      hi[i % 3] = Math.max(hi[i % 3]!, m.positions[i]!)
    }
  const min: Vec3 = [lo[0]! - pad * h, lo[1]! - pad * h, lo[2]! - pad * h]
  return {
    min,
    h,
    nx: Math.ceil((hi[0]! - min[0]) / h) + pad + 1,
    ny: Math.ceil((hi[1]! - min[1]) / h) + pad + 1,
    nz: Math.ceil((hi[2]! - min[2]) / h) + pad + 1,
  }
}

function boxGrid(min: Vec3, max: Vec3, h: number): Grid {
  return {
    min,
    h,
    nx: Math.ceil((max[0] - min[0]) / h) + 1,
    ny: Math.ceil((max[1] - min[1]) / h) + 1,
    nz: Math.ceil((max[2] - min[2]) / h) + 1,
  }
}

/** Marks every voxel a triangle passes through (sampled at a third of a cell). */
function rasterise(mesh: RawMesh, g: Grid, out: Uint8Array) {
  const { positions: p, indices } = mesh
  const step = g.h / 3
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3
    const b = indices[t + 1]! * 3
    const c = indices[t + 2]! * 3
    const ab = Math.hypot(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!)
    const ac = Math.hypot(p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!)
    const n = Math.max(1, Math.ceil(Math.max(ab, ac) / step))
    for (let i = 0; i <= n; i++) {
      for (let j = 0; j <= n - i; j++) {
        const u = i / n
        const v = j / n
        const w = 1 - u - v
        const x = w * p[a]! + u * p[b]! + v * p[c]!
        const y = w * p[a + 1]! + u * p[b + 1]! + v * p[c + 1]!
        const z = w * p[a + 2]! + u * p[b + 2]! + v * p[c + 2]!
        const vi = Math.floor((x - g.min[0]) / g.h)
        const vj = Math.floor((y - g.min[1]) / g.h)
        const vk = Math.floor((z - g.min[2]) / g.h)
        if (vi < 0 || vj < 0 || vk < 0 || vi >= g.nx || vj >= g.ny || vk >= g.nz) continue
        out[vi + g.nx * (vj + g.ny * vk)] = 1
      }
    }
  }
}

function dilate(g: Grid, grid: Uint8Array, times: number): Uint8Array {
  let current = grid
  for (let r = 0; r < times; r++) {
    const next = current.slice()
    for (let k = 1; k < g.nz - 1; k++)
      for (let j = 1; j < g.ny - 1; j++)
        for (let i = 1; i < g.nx - 1; i++) {
          const at = i + g.nx * (j + g.ny * k)
          if (current[at]) continue
          if (
            current[at - 1] ||
            current[at + 1] ||
            current[at - g.nx] ||
            current[at + g.nx] ||
            current[at - g.nx * g.ny] ||
            current[at + g.nx * g.ny]
          )
            next[at] = 1
        }
    current = next
  }
  return current
}

function erode(g: Grid, grid: Uint8Array, times: number): Uint8Array {
  const inverse = new Uint8Array(grid.length)
  for (let i = 0; i < grid.length; i++) inverse[i] = grid[i] ? 0 : 1
  const grown = dilate(g, inverse, times)
  for (let i = 0; i < grid.length; i++) inverse[i] = grown[i] ? 0 : 1
  return inverse
}

function seat(g: Grid, solid: Uint8Array, s: NonNullable<SolidifyOptions['seat']>) {
  const { positions: p, indices } = s.sheet
  const step = g.h / 3
  // carving clears a voxel's neighbours too, so the bone's rim around the cartilage is cut back
  // instead of standing up as a lip where the two sources disagree
  const mark = (x: number, y: number, z: number, value: number) => {
    const i = Math.floor((x - g.min[0]) / g.h)
    const j = Math.floor((y - g.min[1]) / g.h)
    const k = Math.floor((z - g.min[2]) / g.h)
    const r = value ? 0 : 1
    if (i < r || j < r || k < r || i >= g.nx - r || j >= g.ny - r || k >= g.nz - r) return
    for (let dk = -r; dk <= r; dk++)
      for (let dj = -r; dj <= r; dj++)
        for (let di = -r; di <= r; di++) solid[i + di + g.nx * (j + dj + g.ny * (k + dk))] = value
  }
  // two passes, so that a fill never undoes another triangle's carve
  for (const pass of ['fill', 'carve'] as const) {
    for (let t = 0; t < indices.length; t += 3) {
      const a = indices[t]! * 3
      const b = indices[t + 1]! * 3
      const c = indices[t + 2]! * 3
      const e1 = [p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!] as const
      const e2 = [p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!] as const
      let n = [
        e1[1] * e2[2] - e1[2] * e2[1],
        e1[2] * e2[0] - e1[0] * e2[2],
        e1[0] * e2[1] - e1[1] * e2[0],
      ]
      const length = Math.hypot(n[0]!, n[1]!, n[2]!) || 1
      n = n.map((v) => v / length)
      const cx = (p[a]! + p[b]! + p[c]!) / 3
      const cy = (p[a + 1]! + p[b + 1]! + p[c + 1]!) / 3
      const cz = (p[a + 2]! + p[b + 2]! + p[c + 2]!) / 3
      const towardBone =
        n[0]! * (s.towardBone[0] - cx) +
        n[1]! * (s.towardBone[1] - cy) +
        n[2]! * (s.towardBone[2] - cz)
      if (towardBone > 0) n = n.map((v) => -v)
      const edge = Math.max(Math.hypot(...e1), Math.hypot(...e2))
      const m = Math.max(1, Math.ceil(edge / step))
      for (let i = 0; i <= m; i++)
        for (let j = 0; j <= m - i; j++) {
          const u = i / m
          const v = j / m
          const w = 1 - u - v
          const x = w * p[a]! + u * p[b]! + v * p[c]!
          const y = w * p[a + 1]! + u * p[b + 1]! + v * p[c + 1]!
          const z = w * p[a + 2]! + u * p[b + 2]! + v * p[c + 2]!
          if (pass === 'fill')
            for (let d = -s.fillMm; d <= s.intoMm; d += step)
              mark(x + n[0]! * d, y + n[1]! * d, z + n[2]! * d, 1)
          else
            for (let d = s.intoMm + step; d <= s.carveMm; d += step)
              mark(x + n[0]! * d, y + n[1]! * d, z + n[2]! * d, 0)
        }
    }
  }
}

/** 1 where the voxel is reachable from the grid's border without crossing a marked voxel. */
function outside(g: Grid, wall: Uint8Array): Uint8Array {
  const seen = new Uint8Array(wall.length)
  const stack = new Int32Array(wall.length)
  let top = 0
  const push = (at: number) => {
    if (!seen[at] && !wall[at]) {
      seen[at] = 1
      stack[top++] = at
    }
  }
  push(0)
  const slab = g.nx * g.ny
  while (top > 0) {
    const at = stack[--top]!
    const i = at % g.nx
    const j = Math.floor(at / g.nx) % g.ny
    const k = Math.floor(at / slab)
    if (i > 0) push(at - 1)
    if (i < g.nx - 1) push(at + 1)
    if (j > 0) push(at - g.nx)
    if (j < g.ny - 1) push(at + g.nx)
    if (k > 0) push(at - slab)
    if (k < g.nz - 1) push(at + slab)
  }
  return seen
}

/** Squared Euclidean distance transform along one line (Felzenszwalb & Huttenlocher 2012). */
function edt1d(f: Float64Array, n: number, d: Float64Array, v: Int32Array, z: Float64Array) {
  let k = 0
  v[0] = 0
  z[0] = -Infinity
  z[1] = Infinity
  for (let q = 1; q < n; q++) {
    let s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!)
    while (s <= z[k]!) {
      k--
      s = (f[q]! + q * q - (f[v[k]!]! + v[k]! * v[k]!)) / (2 * q - 2 * v[k]!)
    }
    k++
    v[k] = q
    z[k] = s
    z[k + 1] = Infinity
  }
  k = 0
  for (let q = 0; q < n; q++) {
    while (z[k + 1]! < q) k++
    d[q] = (q - v[k]!) ** 2 + f[v[k]!]!
  }
}

/** Distance (in voxels) from each voxel to the nearest voxel where `target` is 1. */
function distanceTo(g: Grid, target: Uint8Array): Float32Array {
  const n = Math.max(g.nx, g.ny, g.nz)
  const f = new Float64Array(n)
  const d = new Float64Array(n)
  const v = new Int32Array(n)
  const z = new Float64Array(n + 1)
  const out = new Float64Array(target.length)
  for (let i = 0; i < target.length; i++) out[i] = target[i] ? 0 : 1e20
  const pass = (count: number, stride: number, starts: Iterable<number>) => {
    for (const start of starts) {
      for (let q = 0; q < count; q++) f[q] = out[start + q * stride]!
      edt1d(f, count, d, v, z)
      for (let q = 0; q < count; q++) out[start + q * stride] = d[q]!
    }
  }
  const slab = g.nx * g.ny
  function* xStarts() {
    for (let k = 0; k < g.nz; k++) for (let j = 0; j < g.ny; j++) yield g.nx * (j + g.ny * k)
  }
  function* yStarts() {
    for (let k = 0; k < g.nz; k++) for (let i = 0; i < g.nx; i++) yield i + slab * k
  }
  function* zStarts() {
    for (let j = 0; j < g.ny; j++) for (let i = 0; i < g.nx; i++) yield i + g.nx * j
  }
  pass(g.nx, 1, xStarts())
  pass(g.ny, g.nx, yStarts())
  pass(g.nz, slab, zStarts())
  const result = new Float32Array(target.length)
  for (let i = 0; i < result.length; i++) result[i] = Math.sqrt(out[i]!)
  return result
}

function smooth(g: Grid, values: Float32Array, sigma: number) {
  if (sigma <= 0) return
  const radius = Math.ceil(sigma * 2)
  const kernel: number[] = []
  for (let i = -radius; i <= radius; i++) kernel.push(Math.exp(-(i * i) / (2 * sigma * sigma)))
  const sum = kernel.reduce((a, b) => a + b, 0)
  const w = kernel.map((k) => k / sum)
  const tmp = new Float32Array(values.length)
  const axes: Array<[number, number]> = [
    [1, g.nx],
    [g.nx, g.ny],
    [g.nx * g.ny, g.nz],
  ]
  for (const [stride, count] of axes) {
    tmp.set(values)
    for (let at = 0; at < values.length; at++) {
      const q = Math.floor(at / stride) % count
      let s = 0
      for (let r = -radius; r <= radius; r++) {
        const qq = Math.min(Math.max(q + r, 0), count - 1)
        s += w[r + radius]! * tmp[at + (qq - q) * stride]!
      }
      values[at] = s
    }
  }
}

export function solidify(meshes: RawMesh[], options: SolidifyOptions): VoxelSolid {
  const h = options.cellMm
  const pad = options.bridgeVoxels + Math.ceil(options.smoothVoxels * 2) + 3
  const g = options.box ? boxGrid(options.box.min, options.box.max, h) : gridFor(meshes, h, pad)
  let wall: Uint8Array = new Uint8Array(g.nx * g.ny * g.nz)
  for (const m of meshes) rasterise(m, g, wall)
  wall = dilate(g, wall, options.bridgeVoxels)
  let out: Uint8Array = outside(g, wall)
  const solid = new Uint8Array(out.length)
  for (let i = 0; i < solid.length; i++) solid[i] = out[i] ? 0 : 1
  let shift = options.bridgeVoxels + 0.5
  if (options.seat) {
    // the seat is drawn on the filled solid, whose surface sits `shift` voxels out: undo that
    // first by eroding, then the distance field below needs no shift
    const eroded = erode(g, solid, options.bridgeVoxels)
    solid.set(eroded)
    seat(g, solid, options.seat)
    out = new Uint8Array(solid.length)
    for (let i = 0; i < solid.length; i++) out[i] = solid[i] ? 0 : 1
    shift = 0.5
  }
  // signed distance in mm: positive outside; the thickened shell's surface sits bridgeVoxels + 0.5
  // voxels outside the source surface, so shift it back
  const toSolid = distanceTo(g, solid)
  const toOutside = distanceTo(g, out)
  const field = new Float32Array(solid.length)
  for (let i = 0; i < field.length; i++) field[i] = (toSolid[i]! - toOutside[i]! + shift) * h
  smooth(g, field, options.smoothVoxels)
  const { nx, ny, nz, min } = g
  const sample: Sdf = (x, y, z) => {
    const fx = Math.min(Math.max((x - min[0]) / h, 0), nx - 1.001)
    const fy = Math.min(Math.max((y - min[1]) / h, 0), ny - 1.001)
    const fz = Math.min(Math.max((z - min[2]) / h, 0), nz - 1.001)
    const i = Math.floor(fx)
    const j = Math.floor(fy)
    const k = Math.floor(fz)
    const u = fx - i
    const v = fy - j
    const w = fz - k
    const at = i + nx * (j + ny * k)
    const s = nx * ny
    const c00 = field[at]! * (1 - u) + field[at + 1]! * u
    const c10 = field[at + nx]! * (1 - u) + field[at + nx + 1]! * u
    const c01 = field[at + s]! * (1 - u) + field[at + s + 1]! * u
    const c11 = field[at + s + nx]! * (1 - u) + field[at + s + nx + 1]! * u
    return (c00 * (1 - v) + c10 * v) * (1 - w) + (c01 * (1 - v) + c11 * v) * w
  }
  return {
    field: sample,
    min: [min[0] + h, min[1] + h, min[2] + h],
    max: [min[0] + (nx - 2) * h, min[1] + (ny - 2) * h, min[2] + (nz - 2) * h],
    cellMm: h,
  }
}
