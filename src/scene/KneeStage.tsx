import { createPortal, useThree, type ThreeEvent } from '@react-three/fiber'
import { useSafeFrame } from './useSafeFrame'
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type RefObject,
} from 'react'
import {
  ArrowHelper,
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  Line,
  LineBasicMaterial,
  Mesh,
  MeshBasicMaterial,
  Group,
  Vector3,
  type Material,
  type Object3D,
} from 'three'
import { STRUCTURES, resolveHighlight, type StructureId } from '../anatomy/structures'
import { FLEXION_RANGE_DEG, NORMAL_TRACKING_PARAMS } from '../kinematics/input'
import { blendTrackingParams } from '../kinematics/presets'
import {
  resolveTrackingParams,
  type TrackingMotion,
  type TrackingRequest,
} from '../exercises/effectiveTracking'
import { sampleTrackingRange } from '../kinematics/sampleTracking'
import { createKneeSolution, solveKneeInto } from '../kinematics/solveKnee'
import type { KneeSolution, TrackingParams } from '../kinematics/types'
import type { ExplainerState, StageStore } from './stageState'
import type { LabelAnchor, LabelLayerApi } from './labelTypes'
import type { KneeModelError, KneeNodes } from '../model/loadKneeModel'
import { applyKneePose } from '../model/pose'
import { CameraRig, type CameraCommands } from './CameraRig'
import { EXERCISES } from '../exercises/catalogue'
import { createExerciseFrame, exercisePhaseAt, type ExerciseFrame } from '../exercises/motion'
import type { Exercise } from '../exercises/types'
import { hipQuaternion, type HipAngles } from '../kinematics/hip'
import { KneeModel, type StructureMaterials } from './KneeModel'
import { applyStructureLook, createOutline, enableContactShading, meshesOf } from './structureLook'
import { HIDDEN_IN_SKYLINE } from './views'
import { createMotionChannel, type MotionChannel } from './motionChannel'

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
  onReady?: () => void
  /** Called when the model cannot be shown (the figure also says why). */
  onModelError?: (error: KneeModelError) => void
  /** Filled in with camera commands (keyboard turning and zooming). */
  cameraCommands?: { current: CameraCommands | null }
  /** An exercise to perform (overrides the store's `exercise` id, e.g. a custom exercise). */
  exercise?: Exercise | null
  /** About ten times a second while an exercise plays: its phase and repetition. */
  onExerciseFrame?: (frame: ExerciseFrame, exercise: Exercise) => void
  /** Where the stage publishes what moves on screen (one is made if omitted). */
  motion?: MotionChannel
}

/** Seconds for one bend and straighten at speed 1. */
const CYCLE_SECONDS = 4
/** How often an exercise's frame is reported to `onExerciseFrame`. */
const PUBLISH_MS = 100
/** Side-by-side: the normal knee sits this far to the medial side (metres). */
const COMPARE_OFFSET_M = 0.17

function useStoreSlice<T>(store: StageStore, select: (s: ExplainerState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  )
}

/**
 * Everything inside the explainer's canvas: the knee (and a normal knee to compare), the camera,
 * the per-frame animation and tracking blend, highlight and x-ray looks, and the overlays that
 * explain why (ghost kneecap, kneecap path, pull arrows, cartilage load).
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
  exercise: exerciseProp,
  onExerciseFrame,
  cameraCommands,
  motion: motionProp,
}: KneeStageProps) {
  const ownMotion = useMemo(() => createMotionChannel(store.getState().flexionDeg), [store])
  const motion = motionProp ?? ownMotion
  const invalidate = useThree((s) => s.invalidate)
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)

  const view = useStoreSlice(store, (s) => s.view)
  const side = useStoreSlice(store, (s) => s.side)
  const compare = useStoreSlice(store, (s) => s.compare)
  const trail = useStoreSlice(store, (s) => s.trail)
  const forces = useStoreSlice(store, (s) => s.forces)
  const tracking = useStoreSlice(store, (s) => s.tracking)
  const trackingParams = useStoreSlice(store, (s) => s.trackingParams)

  const [main, setMain] = useState<{ nodes: KneeNodes; materials: StructureMaterials } | null>(null)
  const [normal, setNormal] = useState<KneeNodes | null>(null)

  // ---- per-frame state, kept out of React ----
  const solution = useMemo(() => createKneeSolution(), [])
  const normalSolution = useMemo(() => createKneeSolution(), [])
  const current = useRef<TrackingParams>(
    resolveTrackingParams({ ...store.getState(), exercise: null }),
  )
  // preallocated for the render loop, which creates nothing per frame
  const frameScratch = useMemo(
    () => ({
      target: { ...NORMAL_TRACKING_PARAMS },
      request: { tracking: 'normal', exercise: null } as TrackingRequest,
      motion: {} as TrackingMotion,
      input: { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS },
      normalInput: { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS },
      origin: new Vector3(),
    }),
    [],
  )
  const phase = useRef(0)
  const flexion = useRef(store.getState().flexionDeg)
  const wasPlaying = useRef(false)
  const exerciseClock = useRef({
    id: '',
    seconds: 0,
    frame: null as ExerciseFrame | null,
    lastPublish: 0,
    phaseIndex: -1,
    playing: { exercise: null as unknown as Exercise, frame: null as unknown as ExerciseFrame },
  })
  const hipNow = useMemo<HipAngles>(
    () => ({ flexionDeg: 0, abductionDeg: 0, externalRotationDeg: 0 }),
    [],
  )
  const hipQuat = useMemo<[number, number, number, number]>(() => [0, 0, 0, 1], [])
  const exerciseRef = useRef(exerciseProp)
  exerciseRef.current = exerciseProp
  const frameCallback = useRef(onExerciseFrame)
  frameCallback.current = onExerciseFrame

  // wake the render loop on any state change
  useEffect(() => store.subscribe(() => invalidate()), [store, invalidate])

  // render only while the figure is on screen and the page is visible: an animating figure that
  // is scrolled away or in a background tab draws nothing and costs no CPU
  const gl = useThree((s) => s.gl)
  const onScreen = useRef(true)
  useEffect(() => {
    const element = gl.domElement
    const wake = () => {
      if (onScreen.current && !document.hidden) invalidate()
    }
    let observer: IntersectionObserver | undefined
    if (typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver((entries) => {
        onScreen.current = entries.some((e) => e.isIntersecting)
        wake()
      })
      observer.observe(element)
    }
    document.addEventListener('visibilitychange', wake)
    return () => {
      observer?.disconnect()
      document.removeEventListener('visibilitychange', wake)
    }
  }, [gl, invalidate])

  // ---- looks: highlight, dim, x-ray, activation, outlines ----
  useEffect(() => {
    if (!main) return
    const outlines: Mesh[] = []
    const apply = (state: ExplainerState) => {
      // an exercise's working muscles light up while they work (animated state, not requests)
      const exercise = motion.get().exercise
      const highlighted = new Set(resolveHighlight(state.highlight).structures)
      if (state.selected) highlighted.add(state.selected)
      if (exercise) for (const id of exercise.working) highlighted.add(id)
      applyStructureLook(main.materials, {
        highlighted,
        dimOthers: state.dimOthers,
        xray: state.xray,
        activation: exercise ? exercise.activation : state.activation,
      })
      for (const o of outlines.splice(0)) o.removeFromParent()
      for (const id of highlighted) {
        for (const mesh of meshesOf(main.nodes.structures[id])) {
          const outline = createOutline(mesh)
          mesh.parent?.add(outline)
          outline.position.copy(mesh.position)
          outline.quaternion.copy(mesh.quaternion)
          outline.scale.copy(mesh.scale)
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
      ) {
        apply(state)
      }
    })
    let lastExercise = motion.get().exercise
    const unsubscribeMotion = motion.subscribe((animated) => {
      if (animated.exercise !== lastExercise) {
        lastExercise = animated.exercise
        apply(store.getState())
      }
    })
    return () => {
      unsubscribe()
      unsubscribeMotion()
      for (const o of outlines) {
        o.removeFromParent()
        ;(o.material as Material).dispose()
      }
    }
  }, [main, store, motion, invalidate])

  // ---- the skyline view hides what is below the joint ----
  useEffect(() => {
    if (!main) return
    const hidden = new Set<string>(view === 'skyline' ? HIDDEN_IN_SKYLINE : [])
    for (const [id, node] of Object.entries(main.nodes.structures)) node.visible = !hidden.has(id)
    invalidate()
  }, [main, view, invalidate])

  // ---- cartilage load colouring ----
  const contactUniforms = useMemo(
    () => ({
      patella: {
        uLoadLateral: { value: 0 },
        uLoadMedial: { value: 0 },
        uCentre: { value: new Vector3() },
        uLateral: { value: new Vector3(-1, 0, 0) },
        uContactOn: { value: 0 },
      },
      groove: {
        uLoadLateral: { value: 0 },
        uLoadMedial: { value: 0 },
        uCentre: { value: new Vector3() },
        uLateral: { value: new Vector3(-1, 0, 0) },
        uContactOn: { value: 0 },
      },
    }),
    [],
  )
  useEffect(() => {
    if (!main) return
    enableContactShading(main.materials['patellar-cartilage'], contactUniforms.patella)
    enableContactShading(main.materials['trochlear-groove'], contactUniforms.groove)
    invalidate()
  }, [main, contactUniforms, invalidate])

  // ---- ghost of the normal kneecap ----
  const ghost = useMemo(() => {
    if (!main) return null
    const group = new Group()
    group.name = 'ghost-patella'
    // where a normal kneecap would be: a pale see-through shape with a dark edge
    const material = new MeshBasicMaterial({
      color: new Color('#ffffff'),
      transparent: true,
      opacity: 0.3,
      depthTest: false,
      depthWrite: false,
    })
    for (const id of ['patella', 'patellar-cartilage'] as const) {
      const source = main.nodes.structures[id]
      for (const mesh of meshesOf(source)) {
        const copy = new Mesh(mesh.geometry, material)
        copy.position.copy(mesh.position)
        copy.quaternion.copy(mesh.quaternion)
        copy.scale.copy(mesh.scale)
        copy.raycast = () => {}
        copy.renderOrder = 4
        group.add(copy)
        // a pale rim, so the real (coloured) kneecap stays visible through the ghost
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
  }, [main])
  useEffect(
    () => () => {
      ghost?.material.dispose()
      ghost?.group.traverse(
        (o) => o.name.endsWith('-outline') && ((o as Mesh).material as Material).dispose(),
      )
    },
    [ghost],
  )

  // ---- kneecap path over the whole range ----
  const trailLine = useMemo(() => {
    if (!trail) return null
    const params = resolveTrackingParams({ ...store.getState(), exercise: null })
    const samples = sampleTrackingRange(params, {
      fromDeg: FLEXION_RANGE_DEG.min,
      toDeg: FLEXION_RANGE_DEG.max,
      stepDeg: 2,
    })
    const geometry = new BufferGeometry()
    // drawn just in front of the kneecap's surface so it reads as a path, not inside the bone
    geometry.setAttribute(
      'position',
      new Float32BufferAttribute(
        samples.flatMap((s) => [
          s.patellaPosition[0],
          s.patellaPosition[1],
          s.patellaPosition[2] + 0.012,
        ]),
        3,
      ),
    )
    const line = new Line(
      geometry,
      new LineBasicMaterial({ color: '#d55e00', depthTest: false, transparent: true }),
    )
    line.name = 'patella-trail'
    line.renderOrder = 5
    return line
    // rebuilt when tracking changes
  }, [trail, tracking, trackingParams, store])
  useEffect(
    () => () => {
      trailLine?.geometry.dispose()
      ;(trailLine?.material as Material | undefined)?.dispose()
    },
    [trailLine],
  )

  // ---- pull arrows ----
  const arrows = useMemo(() => {
    if (!forces) return null
    const lateral = new ArrowHelper(
      new Vector3(-1, 0, 0),
      new Vector3(),
      0.04,
      '#d55e00',
      0.012,
      0.008,
    )
    const medial = new ArrowHelper(
      new Vector3(1, 0, 0),
      new Vector3(),
      0.04,
      '#0072b2',
      0.012,
      0.008,
    )
    for (const arrow of [lateral, medial]) {
      arrow.renderOrder = 6
      arrow.traverse((o) => {
        const m = (o as Mesh).material as Material | undefined
        if (m) {
          m.depthTest = false
          m.transparent = true
        }
      })
    }
    lateral.name = 'lateral-pull-arrow'
    medial.name = 'medial-pull-arrow'
    return { lateral, medial }
  }, [forces])
  useEffect(
    () => () => {
      arrows?.lateral.dispose()
      arrows?.medial.dispose()
    },
    [arrows],
  )

  // ---- label anchors: one surface vertex per labelled structure ----
  const anchorVertex = useMemo(() => {
    if (!main) return new Map<StructureId, { mesh: Mesh; index: number }>()
    const map = new Map<StructureId, { mesh: Mesh; index: number }>()
    for (const [id, node] of Object.entries(main.nodes.structures) as Array<
      [StructureId, Object3D]
    >) {
      const mesh = meshesOf(node)[0]
      if (!mesh) continue
      const position = mesh.geometry.attributes.position!
      mesh.geometry.computeBoundingBox()
      const centre = mesh.geometry.boundingBox!.getCenter(new Vector3())
      // the vertex nearest the structure's middle, pulled toward the knee (long thigh muscles are
      // labelled where they are seen near the kneecap) and preferring the front (+Z)
      mesh.updateWorldMatrix(true, false)
      const toLocal = mesh.matrixWorld.clone().invert()
      const world = centre.clone().applyMatrix4(mesh.matrixWorld)
      world.y = Math.min(Math.max(world.y, -0.05), 0.085)
      const focus = world.applyMatrix4(toLocal)
      let best = 0
      let bestScore = Infinity
      const v = new Vector3()
      const w = new Vector3()
      for (let i = 0; i < position.count; i += 3) {
        v.fromBufferAttribute(position, i)
        w.copy(v).applyMatrix4(mesh.matrixWorld)
        const frontness = w.z
        const score = v.distanceToSquared(focus) - frontness * Math.abs(frontness) * 0.5
        if (score < bestScore) {
          bestScore = score
          best = i
        }
      }
      map.set(id, { mesh, index: best })
    }
    return map
  }, [main])

  const scratch = useMemo(
    () => ({ v: new Vector3(), p: new Vector3(), anchors: [] as LabelAnchor[] }),
    [],
  )

  useSafeFrame((_, delta) => {
    const state = store.getState()
    let keepRendering = false

    // an exercise drives knee, hip and muscles through its repetitions
    const exercise =
      exerciseRef.current ??
      (state.exercise ? (EXERCISES as Record<string, Exercise>)[state.exercise] : undefined) ??
      null
    const clock = exerciseClock.current
    let exerciseScale = 0
    if (exercise) {
      if (clock.id !== exercise.id) {
        clock.id = exercise.id
        clock.phaseIndex = -1
        clock.seconds = 0
        clock.frame = createExerciseFrame(exercise)
      }
      if (state.playing) clock.seconds += Math.min(delta, 0.1) * state.speed
      const frame = exercisePhaseAt(exercise, clock.seconds, clock.frame ?? undefined)
      clock.frame = frame
      flexion.current = frame.kneeFlexionDeg
      Object.assign(hipNow, frame.hip)
      exerciseScale = frame.activationScale
      if (state.playing) keepRendering = true
      clock.playing.exercise = exercise
      clock.playing.frame = frame
      const now = performance.now()
      motion.write(frame.kneeFlexionDeg, state.playing, clock.playing, now)
      // reported at each new phase, and about ten times a second within one
      if (frame.phaseIndex !== clock.phaseIndex || now - clock.lastPublish > PUBLISH_MS) {
        clock.lastPublish = now
        clock.phaseIndex = frame.phaseIndex
        frameCallback.current?.(frame, exercise)
      }
    } else {
      if (clock.id) clock.id = ''
      Object.assign(hipNow, state.hip)
      // motion: a smooth bend-and-straighten loop through the chosen range
      const [lo, hi] = state.motionRange
      if (state.playing) {
        if (!wasPlaying.current) {
          const span = Math.max(hi - lo, 1e-6)
          const u = Math.min(Math.max((flexion.current - lo) / span, 0), 1)
          phase.current = Math.acos(1 - 2 * u)
        }
        phase.current += (Math.min(delta, 0.1) * state.speed * 2 * Math.PI) / CYCLE_SECONDS
        flexion.current = lo + (hi - lo) * (0.5 - 0.5 * Math.cos(phase.current))
        keepRendering = true
      } else {
        flexion.current = state.flexionDeg
      }
      motion.write(flexion.current, state.playing, null, performance.now())
    }
    wasPlaying.current = state.playing

    // tracking: blend toward the chosen parameters (about half a second), never a pop; the
    // same resolver as the caption and announcer, so the picture and the words agree
    const request = frameScratch.request
    request.tracking = state.tracking
    request.trackingParams = state.trackingParams
    request.hip = state.hip
    request.exercise = exercise
    frameScratch.motion.exerciseEffort = exerciseScale
    frameScratch.motion.exerciseHip = hipNow
    const target = resolveTrackingParams(request, frameScratch.motion, frameScratch.target)
    const k = reducedMotion ? 1 : 1 - Math.exp(-delta * 7)
    const blended = blendTrackingParams(current.current, target, k, current.current)
    if (
      Math.abs(blended.vmoActivation - target.vmoActivation) +
        Math.abs(blended.lateralTightness - target.lateralTightness) +
        Math.abs(blended.qAngleDeg - target.qAngleDeg) / 30 +
        Math.abs(blended.sulcusAngleDeg - target.sulcusAngleDeg) / 50 +
        Math.abs(blended.effusionMl - target.effusionMl) / 100 >
      1e-4
    ) {
      keepRendering = true
    } else Object.assign(current.current, target)

    if (main) {
      const input = Object.assign(frameScratch.input, current.current)
      input.flexionDeg = flexion.current
      solveKneeInto(input, solution)
      applyKneePose(main.nodes.joints, solution)
      hipQuaternion(hipNow, hipQuat)
      main.nodes.joints['joint-hip'].quaternion.set(...hipQuat)
      if (compare !== 'none' || normal) {
        frameScratch.normalInput.flexionDeg = flexion.current
        solveKneeInto(frameScratch.normalInput, normalSolution)
        if (normal) {
          applyKneePose(normal.joints, normalSolution)
          normal.joints['joint-hip'].quaternion.set(...hipQuat)
        }
      }
      updateOverlays(solution, normalSolution)
      updateLabels(state)
    }
    if (keepRendering && onScreen.current && !document.hidden) invalidate()
  })

  function updateOverlays(s: KneeSolution, n: KneeSolution) {
    if (!main) return
    if (ghost) {
      const differs =
        Math.abs(s.patella.lateralShiftMm - n.patella.lateralShiftMm) +
          Math.abs(s.patella.tiltDeg - n.patella.tiltDeg) >
        0.5
      ghost.group.visible = compare === 'ghost' && differs
      ghost.group.position.set(...n.patella.position)
      ghost.group.quaternion.set(...n.patella.quaternion)
    }
    if (arrows) {
      const at = scratch.v.set(...s.patella.position)
      const scale = (newtons: number) => Math.min(Math.max((newtons / 600) * 0.06, 0.006), 0.09)
      arrows.lateral.position.copy(at).add(scratch.p.set(-0.024, 0, 0.006))
      arrows.lateral.setLength(scale(s.forces.lateralPullN), 0.012, 0.008)
      arrows.medial.position.copy(at).add(scratch.p.set(0.024, 0, 0.006))
      arrows.medial.setLength(scale(s.forces.medialPullN + s.forces.medialRestraintN), 0.012, 0.008)
    }
    const on = store.getState().contact ? 1 : 0
    const patellaNode = main.nodes.joints['joint-patella']
    const femurNode = main.nodes.joints['joint-femur']
    const u = contactUniforms
    u.patella.uContactOn.value = on
    u.groove.uContactOn.value = on
    u.patella.uLoadLateral.value = u.groove.uLoadLateral.value = s.patella.lateralFacetShare
    u.patella.uLoadMedial.value = u.groove.uLoadMedial.value = s.patella.medialFacetShare
    patellaNode.getWorldPosition(u.patella.uCentre.value)
    femurNode.localToWorld(
      u.groove.uCentre.value.set(0, s.patella.position[1], s.patella.position[2]),
    )
    // lateral is -X in the knee's own frame; world direction follows the mirror for a left knee
    const worldOrigin = femurNode.localToWorld(frameScratch.origin.set(0, 0, 0))
    femurNode
      .localToWorld(u.patella.uLateral.value.set(-1, 0, 0))
      .sub(worldOrigin)
      .normalize()
    u.groove.uLateral.value.copy(u.patella.uLateral.value)
  }

  function updateLabels(state: ExplainerState) {
    const layer = labelLayer?.current
    if (!layer || !main) return
    // anchor objects are reused frame to frame (the render loop allocates nothing)
    const pool = scratch.anchors
    let count = 0
    for (const id of state.labels) {
      const anchor = anchorVertex.get(id)
      if (!anchor) continue
      const { mesh, index } = anchor
      mesh.getVertexPosition(index, scratch.v)
      mesh.localToWorld(scratch.v)
      scratch.v.project(camera)
      const out = (pool[count++] ??= { id, text: '', x: 0, y: 0, visible: false })
      out.id = id
      out.text = structureName
        ? structureName(id)
        : (STRUCTURES[id].shortName ?? STRUCTURES[id].name)
      out.x = (scratch.v.x * 0.5 + 0.5) * size.width
      out.y = (-scratch.v.y * 0.5 + 0.5) * size.height
      out.visible = scratch.v.z < 1 && main.nodes.structures[id].visible
    }
    pool.length = count
    const anchors = pool
    const centre = main.nodes.landmarks['landmark-patella-centre']
      .getWorldPosition(scratch.p)
      .project(camera)
    const edge = main.nodes.landmarks['landmark-patella-superior-pole']
      .getWorldPosition(scratch.v)
      .project(camera)
    const cx = (centre.x * 0.5 + 0.5) * size.width
    const cy = (-centre.y * 0.5 + 0.5) * size.height
    const r =
      Math.hypot((edge.x * 0.5 + 0.5) * size.width - cx, (-edge.y * 0.5 + 0.5) * size.height - cy) *
      1.2
    layer.update(anchors, { x: cx, y: cy, r }, size)
    // side by side: name each knee just above the top of the view
    if (normal) {
      const tag = (node: Object3D, text: string) => {
        const p = node.getWorldPosition(scratch.p).project(camera)
        return { text, x: (p.x * 0.5 + 0.5) * size.width, y: 8 }
      }
      layer.tags([
        tag(main.nodes.landmarks['landmark-patella-centre'], trackingLabel ?? ''),
        tag(normal.landmarks['landmark-patella-centre'], normalLabel ?? 'Normal'),
      ])
    } else layer.tags([])
  }

  const handleReady = useCallback(
    (nodes: KneeNodes, materials: StructureMaterials) => {
      setMain({ nodes, materials })
      onReady?.()
    },
    [onReady],
  )
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
  return (
    <>
      <CameraRig
        view={view}
        side={side}
        offsetX={sideBySide ? (mirror * COMPARE_OFFSET_M) / 2 : 0}
        distanceScale={sideBySide ? 1.45 : 1}
        instant={reducedMotion}
        commands={cameraCommands}
      />
      <group
        onPointerMove={(event: ThreeEvent<PointerEvent>) => {
          const id = structureOfEvent(event)
          const layer = labelLayer?.current
          if (!layer) return
          if (id)
            layer.tooltip(
              structureName ? structureName(id) : STRUCTURES[id].name,
              event.nativeEvent.offsetX,
              event.nativeEvent.offsetY,
            )
          else layer.tooltip(null)
        }}
        onPointerOut={() => labelLayer?.current?.tooltip(null)}
      >
        <KneeModel
          src={src}
          side={side}
          manualPose
          onReady={handleReady}
          onStructureClick={pick}
          onModelError={onModelError}
        />
      </group>
      {sideBySide ? (
        <KneeModel
          src={src}
          side={side}
          manualPose
          position={[mirror * COMPARE_OFFSET_M, 0, 0]}
          onReady={handleNormalReady}
        />
      ) : null}
      {main && ghost
        ? createPortal(<primitive object={ghost.group} />, main.nodes.joints['joint-femur'])
        : null}
      {main && trailLine
        ? createPortal(<primitive object={trailLine} />, main.nodes.joints['joint-femur'])
        : null}
      {main && arrows
        ? createPortal(
            <>
              <primitive object={arrows.lateral} />
              <primitive object={arrows.medial} />
            </>,
            main.nodes.joints['joint-femur'],
          )
        : null}
    </>
  )
}

function structureOfEvent(event: ThreeEvent<PointerEvent>): StructureId | undefined {
  for (let node: Object3D | null = event.object; node; node = node.parent) {
    if (node.name in STRUCTURES) return node.name as StructureId
  }
  return undefined
}
