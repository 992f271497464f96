// Geometry measured independently of the model generator: posed vertices, closest points on
// triangles, inside tests by scanline parity. Millimetres throughout.
import { Matrix4, Vector3, type Mesh, type Object3D, type SkinnedMesh } from 'three'

/** World positions (mm) of a mesh's vertices in the scene's current pose. */
export function posedVerticesMm(mesh: Mesh): Float32Array {
  const position = mesh.geometry.attributes.position!
  const out = new Float32Array(position.count * 3)
  const v = new Vector3()
  const skinned = (mesh as SkinnedMesh).isSkinnedMesh ? (mesh as SkinnedMesh) : null
  skinned?.skeleton.update()
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i)
    if (skinned) skinned.applyBoneTransform(i, v)
    v.applyMatrix4(mesh.matrixWorld).multiplyScalar(1000)
    out[i * 3] = v.x
    out[i * 3 + 1] = v.y
    out[i * 3 + 2] = v.z
  }
  return out
}

export function meshOf(scene: Object3D, name: string): Mesh {
  const node = scene.getObjectByName(name)
  let mesh: Mesh | undefined
  node?.traverse((o) => {
    if (!mesh && (o as Mesh).isMesh) mesh = o as Mesh
  })
  if (!mesh) throw new Error(`no mesh ${name}`)
  return mesh
}

export function indicesOf(mesh: Mesh): Uint32Array {
  const index = mesh.geometry.index!
  return Uint32Array.from({ length: index.count }, (_, i) => index.getX(i))
}

/** Triangles with a spatial hash for closest-point queries. */
export class TriangleSet {
  private readonly cell = 4
  private readonly hash = new Map<string, number[]>()
  private readonly normals: Float32Array
  constructor(
    readonly positions: Float32Array,
    readonly indices: Uint32Array,
  ) {
    this.normals = vertexNormals(positions, indices)
    for (let t = 0; t < indices.length; t += 3) {
      const lo = [Infinity, Infinity, Infinity]
      const hi = [-Infinity, -Infinity, -Infinity]
      for (let k = 0; k < 3; k++)
        for (let a = 0; a < 3; a++) {
          const c = positions[indices[t + k]! * 3 + a]!
          lo[a] = Math.min(lo[a]!, c)
          hi[a] = Math.max(hi[a]!, c)
        }
      for (let x = Math.floor(lo[0]! / this.cell); x <= Math.floor(hi[0]! / this.cell); x++)
        for (let y = Math.floor(lo[1]! / this.cell); y <= Math.floor(hi[1]! / this.cell); y++)
          for (let z = Math.floor(lo[2]! / this.cell); z <= Math.floor(hi[2]! / this.cell); z++) {
            const key = `${x},${y},${z}`
            const list = this.hash.get(key)
            if (list) list.push(t)
            else this.hash.set(key, [t])
          }
    }
  }

  /**
   * Signed distance (mm) from p to the surface, searched within `reach` mm: negative inside
   * (against the interpolated vertex normal at the closest point); undefined when nothing is near.
   */
  signedDistance(px: number, py: number, pz: number, reach = 8): number | undefined {
    const r = Math.ceil(reach / this.cell)
    const cx = Math.floor(px / this.cell)
    const cy = Math.floor(py / this.cell)
    const cz = Math.floor(pz / this.cell)
    let best = Infinity
    let sign = 1
    const seen = new Set<number>()
    const q = new Vector3()
    for (let x = cx - r; x <= cx + r; x++)
      for (let y = cy - r; y <= cy + r; y++)
        for (let z = cz - r; z <= cz + r; z++) {
          for (const t of this.hash.get(`${x},${y},${z}`) ?? []) {
            if (seen.has(t)) continue
            seen.add(t)
            const [d, u, v, w] = closestOnTriangle(this.positions, this.indices, t, px, py, pz, q)
            if (d < best) {
              best = d
              const n = [0, 0, 0]
              for (let a = 0; a < 3; a++)
                n[a] =
                  u * this.normals[this.indices[t]! * 3 + a]! +
                  v * this.normals[this.indices[t + 1]! * 3 + a]! +
                  w * this.normals[this.indices[t + 2]! * 3 + a]!
              sign = (px - q.x) * n[0]! + (py - q.y) * n[1]! + (pz - q.z) * n[2]! < 0 ? -1 : 1
            }
          }
        }
    return best === Infinity || best > reach ? undefined : sign * best
  }
}

function vertexNormals(p: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(p.length)
  const e1 = new Vector3()
  const e2 = new Vector3()
  for (let t = 0; t < indices.length; t += 3) {
    const [a, b, c] = [indices[t]! * 3, indices[t + 1]! * 3, indices[t + 2]! * 3]
    e1.set(p[b]! - p[a]!, p[b + 1]! - p[a + 1]!, p[b + 2]! - p[a + 2]!)
    e2.set(p[c]! - p[a]!, p[c + 1]! - p[a + 1]!, p[c + 2]! - p[a + 2]!)
    e1.cross(e2)
    for (const v of [a, b, c]) {
      n[v]! += e1.x
      n[v + 1]! += e1.y
      n[v + 2]! += e1.z
    }
  }
  return n
}

/** Distance to triangle t and barycentric weights of the closest point (Ericson, RTCD 5.1.5). */
function closestOnTriangle(
  p: Float32Array,
  idx: Uint32Array,
  t: number,
  px: number,
  py: number,
  pz: number,
  out: Vector3,
): [number, number, number, number] {
  const a = new Vector3(p[idx[t]! * 3]!, p[idx[t]! * 3 + 1]!, p[idx[t]! * 3 + 2]!)
  const b = new Vector3(p[idx[t + 1]! * 3]!, p[idx[t + 1]! * 3 + 1]!, p[idx[t + 1]! * 3 + 2]!)
  const c = new Vector3(p[idx[t + 2]! * 3]!, p[idx[t + 2]! * 3 + 1]!, p[idx[t + 2]! * 3 + 2]!)
  const P = new Vector3(px, py, pz)
  const ab = b.clone().sub(a)
  const ac = c.clone().sub(a)
  const ap = P.clone().sub(a)
  const d1 = ab.dot(ap)
  const d2 = ac.dot(ap)
  let u = 1
  let v = 0
  let w = 0
  if (d1 <= 0 && d2 <= 0) [u, v, w] = [1, 0, 0]
  else {
    const bp = P.clone().sub(b)
    const d3 = ab.dot(bp)
    const d4 = ac.dot(bp)
    const cp = P.clone().sub(c)
    const d5 = ab.dot(cp)
    const d6 = ac.dot(cp)
    const vc = d1 * d4 - d3 * d2
    const vb = d5 * d2 - d1 * d6
    const va = d3 * d6 - d5 * d4
    if (d3 >= 0 && d4 <= d3) [u, v, w] = [0, 1, 0]
    else if (d6 >= 0 && d5 <= d6) [u, v, w] = [0, 0, 1]
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) {
      const s = d1 / (d1 - d3)
      ;[u, v, w] = [1 - s, s, 0]
    } else if (vb <= 0 && d2 >= 0 && d6 <= 0) {
      const s = d2 / (d2 - d6)
      ;[u, v, w] = [1 - s, 0, s]
    } else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) {
      const s = (d4 - d3) / (d4 - d3 + (d5 - d6))
      ;[u, v, w] = [0, 1 - s, s]
    } else {
      const denom = 1 / (va + vb + vc)
      v = vb * denom
      w = vc * denom
      u = 1 - v - w
    }
  }
  out.set(0, 0, 0).addScaledVector(a, u).addScaledVector(b, v).addScaledVector(c, w)
  return [out.distanceTo(P), u, v, w]
}

/**
 * Inside test for a closed mesh by scanline parity: a grid of columns along Z, each crossing
 * the triangles; a voxel is inside when an odd number of surfaces lie below it. `depthMm` erodes
 * the result, so `inside` answers "more than depthMm inside".
 */
export class InsideGrid {
  private readonly inside: Uint8Array
  private readonly lo: number[]
  private readonly n: number[]
  constructor(
    positions: Float32Array,
    indices: Uint32Array,
    private readonly h: number,
    depthMm = 0,
  ) {
    const lo = [Infinity, Infinity, Infinity]
    const hi = [-Infinity, -Infinity, -Infinity]
    for (let i = 0; i < positions.length; i++) {
      lo[i % 3] = Math.min(lo[i % 3]!, positions[i]!)
      hi[i % 3] = Math.max(hi[i % 3]!, positions[i]!)
    }
    this.lo = lo.map((v) => v - 2 * h)
    this.n = hi.map((v, a) => Math.ceil((v + 2 * h - this.lo[a]!) / h) + 1)
    const [nx, ny, nz] = this.n as [number, number, number]
    let inside = new Uint8Array(nx * ny * nz)
    const columns = new Map<number, number[]>()
    for (let t = 0; t < indices.length; t += 3) {
      const P = [0, 1, 2].map((k) => [0, 1, 2].map((a) => positions[indices[t + k]! * 3 + a]!))
      const [A, B, C] = P as [number[], number[], number[]]
      const minI = Math.ceil((Math.min(A[0]!, B[0]!, C[0]!) - this.lo[0]!) / h - 0.5)
      const maxI = Math.floor((Math.max(A[0]!, B[0]!, C[0]!) - this.lo[0]!) / h - 0.5)
      const minJ = Math.ceil((Math.min(A[1]!, B[1]!, C[1]!) - this.lo[1]!) / h - 0.5)
      const maxJ = Math.floor((Math.max(A[1]!, B[1]!, C[1]!) - this.lo[1]!) / h - 0.5)
      const det = (B[0]! - A[0]!) * (C[1]! - A[1]!) - (C[0]! - A[0]!) * (B[1]! - A[1]!)
      if (Math.abs(det) < 1e-12) continue
      for (let i = minI; i <= maxI; i++)
        for (let j = minJ; j <= maxJ; j++) {
          // column centre, nudged off exact edges
          const x = this.lo[0]! + (i + 0.5) * h + 1e-7
          const y = this.lo[1]! + (j + 0.5) * h + 2e-7
          const v = ((x - A[0]!) * (C[1]! - A[1]!) - (C[0]! - A[0]!) * (y - A[1]!)) / det
          const w = ((B[0]! - A[0]!) * (y - A[1]!) - (x - A[0]!) * (B[1]! - A[1]!)) / det
          if (v < 0 || w < 0 || v + w > 1) continue
          const z = A[2]! + v * (B[2]! - A[2]!) + w * (C[2]! - A[2]!)
          const key = i + nx * j
          const list = columns.get(key)
          if (list) list.push(z)
          else columns.set(key, [z])
        }
    }
    for (const [key, zs] of columns) {
      zs.sort((a, b) => a - b)
      const i = key % nx
      const j = Math.floor(key / nx)
      for (let k = 0; k + 1 < zs.length; k += 2) {
        const k0 = Math.ceil((zs[k]! - this.lo[2]!) / h - 0.5)
        const k1 = Math.floor((zs[k + 1]! - this.lo[2]!) / h - 0.5)
        for (let kk = Math.max(k0, 0); kk <= Math.min(k1, nz - 1); kk++)
          inside[i + nx * (j + ny * kk)] = 1
      }
    }
    for (let r = 0; r < Math.round(depthMm / h); r++) {
      const next = inside.slice()
      for (let k = 1; k < nz - 1; k++)
        for (let j = 1; j < ny - 1; j++)
          for (let i = 1; i < nx - 1; i++) {
            const at = i + nx * (j + ny * k)
            if (
              inside[at] &&
              !(
                inside[at - 1] &&
                inside[at + 1] &&
                inside[at - nx] &&
                inside[at + nx] &&
                inside[at - nx * ny] &&
                inside[at + nx * ny]
              )
            )
              next[at] = 0
          }
      inside = next
    }
    this.inside = inside
  }

  contains(x: number, y: number, z: number): boolean {
    const i = Math.floor((x - this.lo[0]!) / this.h)
    const j = Math.floor((y - this.lo[1]!) / this.h)
    const k = Math.floor((z - this.lo[2]!) / this.h)
    const [nx, ny, nz] = this.n as [number, number, number]
    if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) return false
    return this.inside[i + nx * (j + ny * k)] === 1
  }
}

/** Vertices in a rigid mesh's own (bind) frame: world mm -> the mesh's local mm. */
export function toLocalMm(mesh: Mesh, world: Float32Array): Float32Array {
  const inverse = new Matrix4().copy(mesh.matrixWorld).invert()
  const out = new Float32Array(world.length)
  const v = new Vector3()
  for (let i = 0; i < world.length; i += 3) {
    v.set(world[i]! / 1000, world[i + 1]! / 1000, world[i + 2]! / 1000).applyMatrix4(inverse)
    out[i] = v.x * 1000
    out[i + 1] = v.y * 1000
    out[i + 2] = v.z * 1000
  }
  return out
}

/** Local-frame (bind) vertex positions of a rigid mesh, mm. */
export function localVerticesMm(mesh: Mesh): Float32Array {
  const position = mesh.geometry.attributes.position!
  const out = new Float32Array(position.count * 3)
  const v = new Vector3()
  for (let i = 0; i < position.count; i++) {
    v.fromBufferAttribute(position, i)
    out[i * 3] = v.x * 1000
    out[i * 3 + 1] = v.y * 1000
    out[i * 3 + 2] = v.z * 1000
  }
  return out
}
