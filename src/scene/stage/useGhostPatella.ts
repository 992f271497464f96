import { useEffect, useMemo } from 'react'
import { Color, Group, Mesh, MeshBasicMaterial, type Material } from 'three'
import type { KneeSolution } from '../../kinematics/types'
import type { CompareMode } from '../stageState'
import { createOutline, meshesOf } from '../structureLook'
import type { StageKnee } from './useHighlightLook'

/**
 * The ghost: where a normal kneecap would sit, as a pale see-through shape with a pale rim, so the
 * real (coloured) kneecap stays visible through it. Shown only when it differs from the real one.
 */
export function useGhostPatella(knee: StageKnee | null) {
  const ghost = useMemo(() => {
    if (!knee) return null
    const group = new Group()
    group.name = 'ghost-patella'
    const material = new MeshBasicMaterial({
      color: new Color('#ffffff'),
      transparent: true,
      opacity: 0.3,
      depthTest: false,
      depthWrite: false,
    })
    for (const id of ['patella', 'patellar-cartilage'] as const) {
      for (const mesh of meshesOf(knee.nodes.structures[id])) {
        const copy = new Mesh(mesh.geometry, material)
        copy.position.copy(mesh.position)
        copy.quaternion.copy(mesh.quaternion)
        copy.scale.copy(mesh.scale)
        copy.raycast = () => {}
        copy.renderOrder = 4
        group.add(copy)
        const edge = createOutline(copy, 0.0008)
        const edgeMaterial = edge.material as MeshBasicMaterial
        edgeMaterial.depthTest = false
        edgeMaterial.color.set('#ffffff')
        edgeMaterial.transparent = true
        edgeMaterial.opacity = 0.9
        edge.renderOrder = 3
        edge.position.copy(copy.position)
        edge.quaternion.copy(copy.quaternion)
        edge.scale.copy(copy.scale)
        group.add(edge)
      }
    }
    return { group, material }
  }, [knee])
  useEffect(
    () => () => {
      ghost?.material.dispose()
      ghost?.group.traverse(
        (o) => o.name.endsWith('-outline') && ((o as Mesh).material as Material).dispose(),
      )
    },
    [ghost],
  )

  function updateGhost(shown: KneeSolution, normal: KneeSolution, compare: CompareMode) {
    if (!ghost) return
    const differs =
      Math.abs(shown.patella.lateralShiftMm - normal.patella.lateralShiftMm) +
        Math.abs(shown.patella.tiltDeg - normal.patella.tiltDeg) >
      0.5
    ghost.group.visible = compare === 'ghost' && differs
    const [px, py, pz] = normal.patella.position
    const [qx, qy, qz, qw] = normal.patella.quaternion
    ghost.group.position.set(px, py, pz)
    ghost.group.quaternion.set(qx, qy, qz, qw)
  }
  return { object: ghost?.group ?? null, update: updateGhost }
}
