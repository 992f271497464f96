import { useThree } from '@react-three/fiber'
import { useMemo, type RefObject } from 'react'
import { Vector3, type Mesh, type Object3D } from 'three'
import { STRUCTURE_BASICS, type StructureId } from '../../anatomy/structures'
import type { KneeNodes } from '../../model/loadKneeModel'
import type { LabelAnchor, LabelLayerApi } from '../labelTypes'
import { meshesOf } from '../structureLook'
import type { StageKnee } from './useHighlightLook'

type Anchor = { mesh: Mesh; index: number }
type Tag = { text: string; x: number; y: number }

/**
 * One surface vertex per structure for its label: the vertex nearest the structure's middle,
 * pulled toward the knee (long thigh muscles are labelled where they are seen near the kneecap)
 * and preferring the front (+Z).
 */
function anchorVertices(nodes: KneeNodes): Map<StructureId, Anchor> {
  const map = new Map<StructureId, Anchor>()
  const v = new Vector3()
  const w = new Vector3()
  for (const [id, node] of Object.entries(nodes.structures) as Array<[StructureId, Object3D]>) {
    const mesh = meshesOf(node)[0]
    if (!mesh) continue
    const position = mesh.geometry.attributes.position!
    mesh.geometry.computeBoundingBox()
    mesh.updateWorldMatrix(true, false)
    const focus = mesh.geometry.boundingBox!.getCenter(new Vector3()).applyMatrix4(mesh.matrixWorld)
    focus.y = Math.min(Math.max(focus.y, -0.05), 0.085)
    focus.applyMatrix4(mesh.matrixWorld.clone().invert())
    let best = 0
    let bestScore = Infinity
    for (let i = 0; i < position.count; i += 3) {
      v.fromBufferAttribute(position, i)
      const frontness = w.copy(v).applyMatrix4(mesh.matrixWorld).z
      const score = v.distanceToSquared(focus) - frontness * Math.abs(frontness) * 0.5
      if (score < bestScore) {
        bestScore = score
        best = i
      }
    }
    map.set(id, { mesh, index: best })
  }
  return map
}

/**
 * Projects the labelled structures to the canvas each frame and hands them to the label layer,
 * with the kneecap as a circle to keep clear of and, side by side, a name tag over each knee.
 * Everything it hands over is reused frame to frame: the loop allocates nothing.
 */
export function useLabelProjector(
  knee: StageKnee | null,
  normal: KneeNodes | null,
  layerRef: RefObject<LabelLayerApi | null> | undefined,
  structureName: ((id: StructureId) => string) | undefined,
  tagTexts: { tracking: string; normal: string },
) {
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)
  const anchors = useMemo(() => (knee ? anchorVertices(knee.nodes) : new Map()), [knee])
  const scratch = useMemo(
    () => ({
      v: new Vector3(),
      p: new Vector3(),
      pool: [] as LabelAnchor[],
      avoid: { x: 0, y: 0, r: 0 },
      tags: [
        { text: '', x: 0, y: 8 },
        { text: '', x: 0, y: 8 },
      ] as Tag[],
      none: [] as Tag[],
    }),
    [],
  )
  const toScreenX = (ndc: number) => (ndc * 0.5 + 0.5) * size.width
  const toScreenY = (ndc: number) => (-ndc * 0.5 + 0.5) * size.height

  return function projectLabels(labels: readonly StructureId[]) {
    const layer = layerRef?.current
    if (!layer || !knee) return
    const { v, p, pool, avoid, tags } = scratch
    let count = 0
    for (const id of labels) {
      const anchor = anchors.get(id)
      if (!anchor) continue
      anchor.mesh.getVertexPosition(anchor.index, v)
      anchor.mesh.localToWorld(v).project(camera)
      const out = (pool[count++] ??= { id, text: '', x: 0, y: 0, visible: false })
      out.id = id
      out.text = structureName
        ? structureName(id)
        : (STRUCTURE_BASICS[id].shortName ?? STRUCTURE_BASICS[id].name)
      out.x = toScreenX(v.x)
      out.y = toScreenY(v.y)
      out.visible = v.z < 1 && knee.nodes.structures[id].visible
    }
    pool.length = count
    const centre = knee.nodes.landmarks['landmark-patella-centre']
      .getWorldPosition(p)
      .project(camera)
    const edge = knee.nodes.landmarks['landmark-patella-superior-pole']
      .getWorldPosition(v)
      .project(camera)
    avoid.x = toScreenX(centre.x)
    avoid.y = toScreenY(centre.y)
    avoid.r = Math.hypot(toScreenX(edge.x) - avoid.x, toScreenY(edge.y) - avoid.y) * 1.2
    layer.update(pool, avoid, size)
    // side by side: name each knee just above the top of the view
    if (!normal) return layer.tags(scratch.none)
    const place = (tag: Tag, node: Object3D, text: string) => {
      tag.text = text
      tag.x = toScreenX(node.getWorldPosition(p).project(camera).x)
    }
    place(tags[0]!, knee.nodes.landmarks['landmark-patella-centre'], tagTexts.tracking)
    place(tags[1]!, normal.landmarks['landmark-patella-centre'], tagTexts.normal)
    layer.tags(tags)
  }
}
