import { createPortal, useThree, type ThreeElements, type ThreeEvent } from '@react-three/fiber'
import { Fragment, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { Mesh, type Color, type Material, type MeshStandardMaterial, type Object3D } from 'three'
import { solveKnee } from '../kinematics/solveKnee'
import type { TrackingParams } from '../kinematics/types'
import { isStructureId, type StructureId } from '../anatomy/structures'
import { defaultModelUrl } from '../defaultModelUrl'
import { findKneeNodes, type KneeModelError, type KneeNodes } from '../model/loadKneeModel'
import { applyKneePose, applyTrochlearShape } from '../model/pose'
import { useFigureStatus } from './FigureStatus'
import { createTissueMaterial } from './tissueMaterials'
import { enableContactShading } from './structureLook'
import { isTissue, type Tissue } from '../anatomy/tissues'
import { useKneeModel } from './useKneeModel'

/** Each structure's own material (so one can be highlighted without the rest). */
export type StructureMaterials = Record<StructureId, Material & { color?: Color }>

export type KneeModelProps = {
  /** URL of a .glb that keeps the model contract. @defaultValue the bundled models/knee.glb */
  src?: string
  /** Knee flexion in degrees (0 = straight), clamped to 0-120. @defaultValue 0 */
  flexionDeg?: number
  /** Tracking parameters for the kneecap (see solveKnee). @defaultValue a normal knee */
  tracking?: Partial<TrackingParams>
  /** Which knee: the model is a right knee, mirrored for the left. @defaultValue 'right' */
  side?: 'right' | 'left'
  /** Show only these structures (all when omitted). */
  visibleStructures?: readonly StructureId[]
  /** Mark the landmarks with small dots. @defaultValue false */
  showLandmarks?: boolean
  /** Leave posing to the caller (the explainer poses every frame from its own loop). @defaultValue false */
  manualPose?: boolean
  /** Called once the model is loaded and posed, with its nodes and per-structure materials. */
  onReady?: (nodes: KneeNodes, materials: StructureMaterials) => void
  /** Called when the model cannot be shown (the figure also says why). */
  onModelError?: (error: KneeModelError) => void
  /** Called when a structure is clicked or tapped. */
  onStructureClick?: (id: StructureId, event: ThreeEvent<MouseEvent>) => void
} & Omit<ThreeElements['group'], 'ref'>

/** Finds the structure id a clicked mesh belongs to (the mesh or its nearest named ancestor). */
export function structureOf(object: Object3D | null): StructureId | undefined {
  for (let node = object; node; node = node.parent) if (isStructureId(node.name)) return node.name
  return undefined
}

/** The cartilage the load map colours (see stage/useLoadMap.ts). */
const LOAD_MAP_SURFACES = ['patellar-cartilage', 'trochlear-groove'] as const

/**
 * The knee model in the scene: loads the .glb (once per page), dresses it in tissue materials,
 * poses tibia and patella from solveKnee, and mirrors it for a left knee.
 */
export function KneeModel({
  src,
  flexionDeg = 0,
  tracking,
  side = 'right',
  visibleStructures,
  showLandmarks = false,
  manualPose = false,
  onReady,
  onModelError,
  onStructureClick,
  children,
  ...props
}: KneeModelProps) {
  const url = src ?? defaultModelUrl()
  const state = useKneeModel(url)
  const invalidate = useThree((s) => s.invalidate)
  const { reportProblem } = useFigureStatus()

  const scene = state.status === 'ready' ? state.scene : null
  const nodes = useMemo(() => (scene ? findKneeNodes(scene) : null), [scene])

  // Tissue materials: one per structure for this figure (so each can be styled), disposed with it.
  const { materials, extraMaterials } = useMemo(() => {
    if (!scene) return { materials: null, extraMaterials: [] as Material[] }
    const byStructure = {} as StructureMaterials
    // a part the structure catalogue does not know (an extra part of the model, or of a custom
    // one) gets this figure's own tissue material too: it is drawn, but not styled, highlighted
    // or labelled. (Keeping the loader's material would share it between figures, and the
    // renderers that compile it would stay reachable through it after their figures are gone.)
    const extras = new Map<string, Material>()
    scene.traverse((object) => {
      const mesh = object as Mesh
      if (!mesh.isMesh) return
      const id = structureOf(mesh)
      const original = mesh.material as Material
      const tissue: Tissue = isTissue(original.name) ? original.name : 'bone'
      if (!id) {
        let material = extras.get(tissue)
        if (!material) extras.set(tissue, (material = createTissueMaterial(tissue)))
        if (mesh.geometry.attributes.color) (material as MeshStandardMaterial).vertexColors = true
        mesh.material = material
        if (tissue === 'bursa') mesh.renderOrder = 2
        return
      }
      const key = id
      const material = (byStructure[key] ??= createTissueMaterial(
        tissue,
      ) as StructureMaterials[StructureId])
      // the default model bakes ambient occlusion into its vertex colours (models/generator/ao.ts)
      if (mesh.geometry.attributes.color) (material as MeshStandardMaterial).vertexColors = true
      mesh.material = material
      // transparent bursae draw after the solids they sit on
      if (tissue === 'bursa') mesh.renderOrder = 2
    })
    // the load map's shading goes in now, before the first compile: turning it on later is free.
    // Every cartilage gets it (off on all but the load map's surfaces): one shader program for
    // them all, a compile fewer before the first frame.
    for (const [id, material] of Object.entries(byStructure) as [StructureId, Material][])
      if ((LOAD_MAP_SURFACES as readonly string[]).includes(id) || material.name === 'cartilage')
        enableContactShading(material)
    return { materials: byStructure, extraMaterials: [...extras.values()] }
  }, [scene])
  useEffect(() => {
    invalidate()
    return () => {
      if (materials) for (const m of Object.values(materials)) (m as Material).dispose()
      for (const m of extraMaterials) m.dispose()
    }
  }, [materials, extraMaterials, invalidate])

  // the latest callback, so a parent that passes a new function each render does not report again
  const onModelErrorRef = useRef(onModelError)
  onModelErrorRef.current = onModelError
  useEffect(() => {
    if (state.status === 'error') {
      reportProblem(state.error)
      // the reader sees a plain sentence; the site's developer gets the detail (once per failure)
      console.warn(`knee-explainer: ${state.error.message}`)
      onModelErrorRef.current?.(state.error)
    } else reportProblem(null)
  }, [state, reportProblem])

  const pose = useMemo(() => solveKnee({ flexionDeg, ...tracking }), [flexionDeg, tracking])
  useLayoutEffect(() => {
    if (!nodes || manualPose) return
    applyKneePose(nodes.joints, pose)
    applyTrochlearShape(nodes.structures['trochlear-groove'], pose.input.sulcusAngleDeg)
    invalidate()
  }, [nodes, pose, invalidate, manualPose])

  useLayoutEffect(() => {
    if (!nodes) return
    const shown = visibleStructures ? new Set<string>(visibleStructures) : null
    for (const [id, node] of Object.entries(nodes.structures))
      node.visible = !shown || shown.has(id)
    invalidate()
  }, [nodes, visibleStructures, invalidate])

  useEffect(() => {
    if (nodes && materials) onReady?.(nodes, materials)
  }, [nodes, materials, onReady])

  return (
    <group {...props}>
      <group scale={side === 'left' ? [-1, 1, 1] : [1, 1, 1]}>
        {scene ? (
          <primitive
            object={scene}
            onClick={
              onStructureClick
                ? (event: ThreeEvent<MouseEvent>) => {
                    const id = structureOf(event.object)
                    if (id) {
                      event.stopPropagation()
                      onStructureClick(id, event)
                    }
                  }
                : undefined
            }
          />
        ) : null}
        {scene && nodes && showLandmarks ? <LandmarkDots nodes={nodes} /> : null}
      </group>
      {children}
    </group>
  )
}

function LandmarkDots({ nodes }: { nodes: KneeNodes }) {
  return (
    <>
      {Object.entries(nodes.landmarks).map(([id, node]) => (
        // a dot inside the landmark node, so it moves with its bone; the key sits on the
        // fragment around the portal (a key inside the portal does not reach React's list)
        <Fragment key={id}>
          {createPortal(
            <mesh name={`${id}-dot`} renderOrder={3}>
              <sphereGeometry args={[0.0035, 12, 8]} />
              <meshBasicMaterial color="#1f6feb" depthTest={false} transparent />
            </mesh>,
            node,
          )}
        </Fragment>
      ))}
    </>
  )
}
