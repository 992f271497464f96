/**
 * A mesh's vertices as they are drawn now, in millimetres in the frame of a reference node (the
 * femur's joint): its morph targets blended in (the groove's 'dysplasia' shape) and its pose
 * applied. What the skyline measurements read; allocation-free after creation.
 */
import { Matrix4, Vector3, type BufferAttribute, type Mesh, type Object3D } from 'three'
import type { SectionSurface } from '../skylineMeasure'

export type PosedSurface = SectionSurface & {
  mesh: Mesh
  positions: Float32Array
  indices: ArrayLike<number>
}

/** All meshes under a node as posed surfaces (indexed geometry only). */
export function posedSurfacesOf(node: Object3D | undefined): PosedSurface[] {
  const out: PosedSurface[] = []
  node?.traverse((o) => {
    const mesh = o as Mesh
    if (!mesh.isMesh || !mesh.geometry.index) return
    const count = mesh.geometry.attributes.position!.count
    out.push({
      mesh,
      positions: new Float32Array(count * 3),
      indices: mesh.geometry.index.array,
    })
  })
  return out
}

const toFrame = new Matrix4()
const v = new Vector3()

/** Recomputes the surface's positions (mm) in `frame`'s coordinates. */
export function updatePosedSurface(surface: PosedSurface, frame: Object3D): void {
  const { mesh, positions: out } = surface
  mesh.updateWorldMatrix(true, false)
  toFrame.copy(frame.matrixWorld).invert().multiply(mesh.matrixWorld)
  const geometry = mesh.geometry
  const base = geometry.attributes.position as BufferAttribute
  const morphs = geometry.morphAttributes.position as BufferAttribute[] | undefined
  const influences = mesh.morphTargetInfluences
  const relative = geometry.morphTargetsRelative
  for (let i = 0; i < base.count; i++) {
    v.fromBufferAttribute(base, i)
    if (morphs && influences) {
      let x = 0
      let y = 0
      let z = 0
      for (let m = 0; m < morphs.length; m++) {
        const w = influences[m] ?? 0
        if (w === 0) continue
        const target = morphs[m]!
        const tx = target.getX(i)
        const ty = target.getY(i)
        const tz = target.getZ(i)
        x += w * (relative ? tx : tx - v.x)
        y += w * (relative ? ty : ty - v.y)
        z += w * (relative ? tz : tz - v.z)
      }
      v.x += x
      v.y += y
      v.z += z
    }
    v.applyMatrix4(toFrame)
    out[i * 3] = v.x * 1000
    out[i * 3 + 1] = v.y * 1000
    out[i * 3 + 2] = v.z * 1000
  }
}
