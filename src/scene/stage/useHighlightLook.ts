import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Material, Mesh, Object3D } from 'three'
import {
  resolveHighlight,
  STRUCTURE_IDS,
  STRUCTURE_BASICS,
  type StructureId,
} from '../../anatomy/structures'
import type { KneeNodes } from '../../model/loadKneeModel'
import type { StructureMaterials } from '../KneeModel'
import type { MotionChannel } from '../motionChannel'
import type { ExplainerState, StageStore } from '../stageState'
import { applyStructureLook, createOutline, meshesOf } from '../structureLook'
import { SKYLINE_RADIOGRAPH_STRUCTURES } from '../skylineCamera'
import { HIDDEN_IN_SKYLINE } from '../views'
import type { ViewId } from '../views'

export type StageKnee = { nodes: KneeNodes; materials: StructureMaterials }

/**
 * The highlight look: highlighted structures (requested, selected, or an exercise's working
 * muscles) take the highlight colour and an outline, the rest dim or turn see-through (x-ray),
 * working muscles glow. Outlines replaced by a new highlight are disposed, not just detached.
 */
export function useHighlightLook(
  knee: StageKnee | null,
  store: StageStore,
  motion: MotionChannel,
): void {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!knee) return
    const outlines: Mesh[] = []
    const clearOutlines = () => {
      for (const outline of outlines.splice(0)) {
        outline.removeFromParent()
        ;(outline.material as Material).dispose()
      }
    }
    const apply = (state: ExplainerState) => {
      const exercise = motion.get().exercise
      const highlighted = new Set(resolveHighlight(state.highlight).structures)
      if (state.selected) highlighted.add(state.selected)
      if (exercise) for (const id of exercise.working) highlighted.add(id)
      applyStructureLook(knee.materials, {
        highlighted,
        dimOthers: state.dimOthers,
        xray: state.xray,
        activation: exercise ? exercise.activation : state.activation,
      })
      clearOutlines()
      for (const id of highlighted) {
        for (const mesh of meshesOf(knee.nodes.structures[id])) {
          // a child of its mesh (at its origin): it shows and hides with it, so a structure a
          // view leaves out (the radiograph's soft tissue) takes its outline with it
          const outline = createOutline(mesh)
          mesh.add(outline)
          outlines.push(outline)
        }
      }
      invalidate()
    }
    apply(store.getState())
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.highlight !== previous.highlight ||
        state.selected !== previous.selected ||
        state.dimOthers !== previous.dimOthers ||
        state.xray !== previous.xray ||
        state.activation !== previous.activation
      )
        apply(state)
    })
    let lastExercise = motion.get().exercise
    const unsubscribeMotion = motion.subscribe((animated) => {
      if (animated.exercise === lastExercise) return
      lastExercise = animated.exercise
      apply(store.getState())
    })
    return () => {
      unsubscribe()
      unsubscribeMotion()
      clearOutlines()
    }
  }, [knee, store, motion, invalidate])
}

/**
 * What the stage leaves out. The skyline view looks up the groove from below: it hides what is
 * below the joint; with a radiograph's beam (`skylineBeam`) it shows only what the radiograph
 * reads, and the radiograph look shows only bone and cartilage. The bursae (fluid sacs) stay hidden unless the scene asks for them, with
 * `bursae` or by highlighting or picking one; drawn always, they read as glass over the kneecap.
 */
export function useViewHiding(knee: StageKnee | null, view: ViewId, store: StageStore): void {
  const invalidate = useThree((s) => s.invalidate)
  useEffect(() => {
    if (!knee) return
    const extras = modelExtras(knee)
    const apply = (state: ExplainerState) => {
      const hidden = new Set<string>(view === 'skyline' ? HIDDEN_IN_SKYLINE : [])
      // an axial radiograph shows the femur, the kneecap and their cartilage; the radiograph look
      // elsewhere shows bone and cartilage (soft tissue does not show on an X-ray)
      const shown: ReadonlySet<string> | null =
        view === 'skyline' && state.skylineBeam
          ? SKYLINE_SET
          : state.radiograph
            ? RADIOGRAPH_SET
            : null
      if (shown) for (const id of STRUCTURE_IDS) if (!shown.has(id)) hidden.add(id)
      for (const mesh of extras) mesh.visible = !shown
      if (!state.bursae) {
        const asked = new Set<string>(resolveHighlight(state.highlight).structures)
        if (state.selected) asked.add(state.selected)
        for (const id of BURSAE) if (!asked.has(id)) hidden.add(id)
      }
      for (const [id, node] of Object.entries(knee.nodes.structures)) node.visible = !hidden.has(id)
      invalidate()
    }
    apply(store.getState())
    return store.subscribe((state, previous) => {
      if (
        state.bursae !== previous.bursae ||
        state.skylineBeam !== previous.skylineBeam ||
        state.radiograph !== previous.radiograph ||
        state.highlight !== previous.highlight ||
        state.selected !== previous.selected
      )
        apply(state)
    })
  }, [knee, view, store, invalidate])
}

/**
 * Meshes of the model that are no structure (the default model's muscle-tendons, drawn with the
 * muscles): mesh children of the femur's ancestors, below the scene.
 */
function modelExtras(knee: StageKnee): Object3D[] {
  const extras: Object3D[] = []
  const structures = new Set<string>(STRUCTURE_IDS)
  for (let a = knee.nodes.joints['joint-femur'].parent; a && a.parent; a = a.parent)
    for (const child of a.children)
      if ((child as Mesh).isMesh && !structures.has(child.name)) extras.push(child)
  return extras
}

const BURSAE = STRUCTURE_IDS.filter((id) => STRUCTURE_BASICS[id].tissue === 'bursa')
/**
 * What the stage's models show from their first frame: all but the bursae. The stage knows its
 * model one render after the model has drawn, so without this that first frame shows the bursae
 * (and compiles their material, a shader the figure does not need until a scene asks for them).
 */
export const FIRST_FRAME_STRUCTURES: readonly StructureId[] = STRUCTURE_IDS.filter(
  (id) => STRUCTURE_BASICS[id].tissue !== 'bursa',
)
const SKYLINE_SET: ReadonlySet<string> = new Set(SKYLINE_RADIOGRAPH_STRUCTURES)
const RADIOGRAPH_SET: ReadonlySet<string> = new Set(
  STRUCTURE_IDS.filter((id) => ['bone', 'cartilage'].includes(STRUCTURE_BASICS[id].tissue)),
)
