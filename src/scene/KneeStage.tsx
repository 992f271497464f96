import { createPortal, useThree } from '@react-three/fiber'
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react'
import type { StructureId } from '../anatomy/structures'
import type { Messages } from '../i18n'
import type { ExerciseFrame } from '../exercises/motion'
import type { Exercise } from '../exercises/types'
import type { KneeSolution } from '../kinematics/types'
import type { KneeModelError, KneeNodes } from '../model/loadKneeModel'
import { CameraRig, type CameraCommands, type FollowView } from './CameraRig'
import { KneeModel, type StructureMaterials } from './KneeModel'
import type { LabelLayerApi } from './labelTypes'
import { createMotionChannel, type MotionChannel } from './motionChannel'
import type { ExplainerState, StageStore } from './stageState'
import { StagePicker } from './stage/StagePicker'
import { useGhostPatella } from './stage/useGhostPatella'
import {
  FIRST_FRAME_STRUCTURES,
  useHighlightLook,
  useViewHiding,
  type StageKnee,
} from './stage/useHighlightLook'
import { useDrawWhenReady } from './stage/useDrawWhenReady'
import { useDailyActivities, useExerciseCatalogue } from './stage/useLazyData'
import { useKneeDrift } from './stage/useKneeDrift'
import { useKneePose } from './stage/useKneePose'
import { useLabelProjector } from './stage/useLabelProjector'
import { useLoadMap } from './stage/useLoadMap'
import { useOnScreen } from './stage/useOnScreen'
import { usePatellaTrail } from './stage/usePatellaTrail'
import { usePullArrows } from './stage/usePullArrows'
import { useRadiographLook } from './stage/useRadiographLook'
import type { SkylineUpdate } from './stage/SkylineRadiograph'
import { useStoreSlice } from './stage/useStoreSlice'

export type KneeStageProps = {
  store: StageStore
  /** Model URL (defaults to the bundled knee). */
  src?: string
  /** DOM labels and the hover name, drawn over the canvas. */
  labelLayer?: RefObject<LabelLayerApi | null>
  /** Structure names for labels and hover (translated names come from here). */
  structureName?: (id: StructureId) => string
  /** Jump instead of flying between views. */
  reducedMotion?: boolean
  /** Name tags for side-by-side comparison: the current tracking and the normal knee. */
  trackingLabel?: string
  normalLabel?: string
  onSelect?: (id: StructureId) => void
  /** Called after the first frame that draws the knee (again for each new model). */
  onReady?: () => void
  /** Called when the model cannot be shown (the figure also says why). */
  onModelError?: (error: KneeModelError) => void
  /** Filled in with camera commands (keyboard turning and zooming). */
  cameraCommands?: { current: CameraCommands | null }
  /** An exercise to perform (overrides the store's `exercise` id, e.g. a custom exercise). */
  exercise?: Exercise | null
  /** At each new phase and about ten times a second while an exercise plays. */
  onExerciseFrame?: (frame: ExerciseFrame, exercise: Exercise) => void
  /** Where the stage publishes what moves on screen (one is made if omitted). */
  motion?: MotionChannel
  /** The words drawn over the canvas (the skyline radiograph's sides and measurements). @defaultValue English */
  messages?: Messages
}

/** Side-by-side: the normal knee sits this far to the medial side (metres). */
const COMPARE_OFFSET_M = 0.17

// the skyline radiograph and its measurements load only for a figure that shows them
const SkylineRadiograph = lazy(() => import('./stage/SkylineRadiograph'))

/**
 * Everything inside the explainer's canvas, composed from small parts: the knee (and a normal
 * knee to compare), the camera, the pose driver, the highlight look, the overlays that explain
 * why (ghost kneecap, kneecap path, pull arrows, cartilage load), labels and hover names, and the
 * skyline view as a radiograph with its measurements (`skylineBeam`, `radiograph`, `measurements`).
 */
export function KneeStage({
  store,
  src,
  labelLayer,
  structureName,
  reducedMotion = false,
  trackingLabel,
  normalLabel,
  onSelect,
  onReady,
  onModelError,
  exercise,
  onExerciseFrame,
  cameraCommands,
  motion: motionProp,
  messages,
}: KneeStageProps) {
  const invalidate = useThree((s) => s.invalidate)
  const ownMotion = useMemo(() => createMotionChannel(store.getState().flexionDeg), [store])
  const motion = motionProp ?? ownMotion
  const view = useStoreSlice(store, (s) => s.view)
  const side = useStoreSlice(store, (s) => s.side)
  const compare = useStoreSlice(store, (s) => s.compare)
  const trail = useStoreSlice(store, (s) => s.trail)
  const forces = useStoreSlice(store, (s) => s.forces)
  const tracking = useStoreSlice(store, (s) => s.tracking)
  const trackingParams = useStoreSlice(store, (s) => s.trackingParams)
  const hip = useStoreSlice(store, (s) => s.hip)
  const skylineBeam = useStoreSlice(store, (s) => s.skylineBeam)

  const [knee, setKnee] = useState<StageKnee | null>(null)
  const [normal, setNormal] = useState<KneeNodes | null>(null)
  const exerciseRef = useRef(exercise)
  exerciseRef.current = exercise
  const frameCallback = useRef(onExerciseFrame)
  frameCallback.current = onExerciseFrame

  // wake the render loop on any requested change
  useEffect(() => store.subscribe(() => invalidate()), [store, invalidate])
  // and when the reader's motion preference changes: a reduced-motion figure shows its still
  // moment (an activity's peak), which only a frame puts on screen
  useEffect(() => invalidate(), [reducedMotion, invalidate])
  const onScreen = useOnScreen()
  const skylineShown = view === 'skyline' && skylineBeam ? skylineBeam : null
  const skylineUpdate = useRef<SkylineUpdate | null>(null)
  const [skylineFollow, setSkylineFollow] = useState<FollowView | null>(null)
  // a figure that opens on the radiograph is ready once its part has come and drawn, and one
  // that shows a catalogue exercise or a daily activity once that data has come
  const skylinePending = skylineShown !== null && skylineFollow === null
  const cataloguePending = useExerciseCatalogue(store, exercise)
  const activitiesPending = useDailyActivities(store)
  useDrawWhenReady(skylinePending || cataloguePending || activitiesPending ? null : knee, onReady)
  useHighlightLook(knee, store, motion)
  useViewHiding(knee, view, store)
  useRadiographLook(knee, store)
  const updateLoadMap = useLoadMap(knee)
  const ghost = useGhostPatella(knee)
  const trailLine = usePatellaTrail(trail, { tracking, trackingParams, hip })
  const arrows = usePullArrows(forces)
  const kneeDrift = useKneeDrift(knee)
  const projectLabels = useLabelProjector(knee, normal, labelLayer, structureName, {
    tracking: trackingLabel ?? '',
    normal: normalLabel ?? 'Normal',
  })

  useKneePose({
    store,
    motion,
    knee,
    normal,
    reducedMotion,
    onScreen,
    exercise: exerciseRef,
    onExerciseFrame: frameCallback,
    afterPose(state: ExplainerState, shown: KneeSolution, normalKnee: KneeSolution) {
      ghost.update(shown, normalKnee, state.compare)
      arrows.update(shown)
      updateLoadMap(shown, state.contact)
      projectLabels(state.labels)
      skylineUpdate.current?.(state, shown)
    },
  })

  const handleReady = useCallback((nodes: KneeNodes, materials: StructureMaterials) => {
    setKnee({ nodes, materials })
  }, [])
  const handleNormalReady = useCallback((nodes: KneeNodes) => setNormal(nodes), [])
  useEffect(() => {
    if (compare !== 'side-by-side') setNormal(null)
  }, [compare])
  const pick = useCallback(
    (id: StructureId) => {
      store.setState({ selected: id })
      onSelect?.(id)
    },
    [store, onSelect],
  )

  const sideBySide = compare === 'side-by-side'
  const mirror = side === 'left' ? -1 : 1
  const femur = knee?.nodes.joints['joint-femur']
  return (
    <>
      <CameraRig
        view={view}
        side={side}
        offsetX={sideBySide ? (mirror * COMPARE_OFFSET_M) / 2 : 0}
        distanceScale={sideBySide ? 1.45 : 1}
        instant={reducedMotion}
        commands={cameraCommands}
        follow={skylineShown ? skylineFollow : null}
        kneeDrift={kneeDrift}
      />
      <StagePicker labelLayer={labelLayer} structureName={structureName}>
        <KneeModel
          src={src}
          side={side}
          manualPose
          visibleStructures={FIRST_FRAME_STRUCTURES}
          onReady={handleReady}
          onStructureClick={pick}
          onModelError={onModelError}
        />
      </StagePicker>
      {sideBySide ? (
        <KneeModel
          src={src}
          side={side}
          manualPose
          visibleStructures={FIRST_FRAME_STRUCTURES}
          position={[mirror * COMPARE_OFFSET_M, 0, 0]}
          onReady={handleNormalReady}
        />
      ) : null}
      {femur && ghost.object ? createPortal(<primitive object={ghost.object} />, femur) : null}
      {femur && trailLine ? createPortal(<primitive object={trailLine} />, femur) : null}
      {skylineShown ? (
        <Suspense fallback={null}>
          <SkylineRadiograph
            knee={knee}
            store={store}
            beam={skylineShown}
            messages={messages}
            femur={femur}
            onFollow={setSkylineFollow}
            update={skylineUpdate}
          />
        </Suspense>
      ) : null}
      {femur && arrows.arrows
        ? createPortal(
            <>
              <primitive object={arrows.arrows.lateral} />
              <primitive object={arrows.arrows.medial} />
            </>,
            femur,
          )
        : null}
    </>
  )
}
