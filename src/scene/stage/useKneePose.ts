import { useThree } from '@react-three/fiber'
import { useMemo, useRef, type RefObject } from 'react'
import {
  resolveTrackingParams,
  type TrackingMotion,
  type TrackingRequest,
} from '../../exercises/effectiveTracking'
import type { ExerciseFrame } from '../../exercises/motion'
import type { Exercise } from '../../exercises/types'
import {
  activityFrameAt,
  activityPeak,
  createActivityFrame,
  type Activity,
} from '../../kinematics/activities'
import { knownActivity } from '../../i18n/activityLookup'
import { hipQuaternion } from '../../kinematics/hip'
import { NORMAL_TRACKING_PARAMS } from '../../kinematics/input'
import { blendTrackingParams } from '../../kinematics/presets'
import { createKneeSolution, solveKneeInto } from '../../kinematics/solveKnee'
import type { KneeInput, KneeSolution, TrackingParams } from '../../kinematics/types'
import type { KneeNodes } from '../../model/loadKneeModel'
import { applyKneePose, applyTrochlearShape } from '../../model/pose'
import type { ActivityMotion, MotionChannel } from '../motionChannel'
import type { ExplainerState, StageStore } from '../stageState'
import { useSafeFrame } from '../useSafeFrame'
import {
  createExerciseDriver,
  createLoopDriver,
  createPoseNow,
  exerciseFor,
  type PoseNow,
} from './drivers'
import type { StageKnee } from './useHighlightLook'
import { mayDraw } from './useOnScreen'

/** How often an exercise's frame is reported within one phase, milliseconds. */
const EXERCISE_REPORT_MS = 100

export type KneePoseOptions = {
  store: StageStore
  motion: MotionChannel
  knee: StageKnee | null
  /** The normal knee beside it (side-by-side comparison), if shown. */
  normal: KneeNodes | null
  reducedMotion: boolean
  onScreen: RefObject<boolean>
  exercise: RefObject<Exercise | null | undefined>
  onExerciseFrame: RefObject<((frame: ExerciseFrame, exercise: Exercise) => void) | undefined>
  /** After the knee is posed: overlays and labels read the solutions here. */
  afterPose: (state: ExplainerState, shown: KneeSolution, normal: KneeSolution) => void
}

/**
 * The pose driver, once per frame: a driver (loop or exercise) says where the knee is, the motion
 * channel hears it, the tracking eases toward what the resolver asks for (about half a second,
 * never a pop), the solver poses the knee, the hip and the normal knee beside it. Allocates
 * nothing per frame.
 */
export function useKneePose(options: KneePoseOptions): void {
  const { store, motion, reducedMotion, onScreen } = options
  const invalidate = useThree((s) => s.invalidate)
  const latest = useRef(options)
  latest.current = options
  const scratch = useMemo(() => {
    const state = store.getState()
    return {
      pose: createPoseNow(state.flexionDeg) as PoseNow,
      loop: createLoopDriver(),
      exercise: createExerciseDriver(),
      playing: { exercise: null as unknown as Exercise, frame: null as unknown as ExerciseFrame },
      report: { phaseIndex: -1, atMs: 0 },
      blended: resolveTrackingParams({ ...state, exercise: null }) as TrackingParams,
      target: { ...NORMAL_TRACKING_PARAMS },
      request: { tracking: 'normal', exercise: null } as TrackingRequest,
      trackingMotion: {} as TrackingMotion,
      input: { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS } as KneeInput & TrackingParams,
      normalInput: { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS },
      solution: createKneeSolution(),
      normalSolution: createKneeSolution(),
      hipQuat: [0, 0, 0, 1] as [number, number, number, number],
      activity: {
        seconds: 0,
        frame: createActivityFrame(),
        peakOf: null as Activity | null,
        peakCycle: 0,
        /** What the motion channel publishes for the caption: the activity and its cycle. */
        motion: { id: 'walking', cycle: 0 } as ActivityMotion,
      },
    }
  }, [store])

  useSafeFrame((_, delta) => {
    const { knee, normal, afterPose } = latest.current
    const s = scratch
    const state = store.getState()
    const pose = s.pose
    const exercise = exerciseFor(state, latest.current.exercise.current)
    if (exercise) s.exercise.step(exercise, state, delta, pose)
    else {
      s.exercise.stop()
      s.loop(state, delta, pose)
    }
    // a daily activity (when no exercise plays) drives the flexion over its cycle and loads the
    // kneecap with its quadriceps tension. It starts at its moment of peak load (what a still
    // figure should show) and plays on from there; reduced motion keeps that moment, still. (The
    // stage draws nothing while the activities are on their way: useLazyData.)
    const activity = exercise ? null : knownActivity(state.activity)
    if (activity) {
      if (s.activity.peakOf !== activity) {
        s.activity.peakOf = activity
        s.activity.peakCycle = activityPeak(activity, s.blended).cycle
        s.activity.seconds = s.activity.peakCycle * activity.cycleSeconds
      }
      if (reducedMotion) s.activity.seconds = s.activity.peakCycle * activity.cycleSeconds
      else if (state.playing) s.activity.seconds += delta * state.speed
      activityFrameAt(activity, s.activity.seconds, s.blended, s.activity.frame)
      pose.flexionDeg = s.activity.frame.flexionDeg
      pose.moving = state.playing && !reducedMotion
      s.activity.motion.id = activity.id
      s.activity.motion.cycle = s.activity.frame.cycle
    } else {
      s.activity.seconds = 0
      s.activity.peakOf = null
    }
    const now = performance.now()
    if (exercise && pose.frame) {
      s.playing.exercise = exercise
      s.playing.frame = pose.frame
    }
    motion.write(
      pose.flexionDeg,
      pose.moving,
      exercise ? s.playing : null,
      now,
      activity ? s.activity.motion : null,
    )
    if (exercise && pose.frame) {
      // reported at each new phase, and about ten times a second within one
      const report = s.report
      if (pose.frame.phaseIndex !== report.phaseIndex || now - report.atMs > EXERCISE_REPORT_MS) {
        report.phaseIndex = pose.frame.phaseIndex
        report.atMs = now
        latest.current.onExerciseFrame.current?.(pose.frame, exercise)
      }
    } else s.report.phaseIndex = -1
    let keepRendering = pose.moving

    // the same resolver as the caption and the announcer: the picture and the words agree
    const request = s.request
    request.tracking = state.tracking
    request.trackingParams = state.trackingParams
    request.hip = state.hip
    request.exercise = exercise
    s.trackingMotion.exerciseEffort = pose.effort
    s.trackingMotion.exerciseHip = pose.hip
    const target = resolveTrackingParams(request, s.trackingMotion, s.target)
    const k = reducedMotion ? 1 : 1 - Math.exp(-delta * 7)
    const blended = blendTrackingParams(s.blended, target, k, s.blended)
    if (
      Math.abs(blended.vmoActivation - target.vmoActivation) +
        Math.abs(blended.lateralTightness - target.lateralTightness) +
        Math.abs(blended.qAngleDeg - target.qAngleDeg) / 30 +
        Math.abs(blended.sulcusAngleDeg - target.sulcusAngleDeg) / 50 +
        Math.abs(blended.effusionMl - target.effusionMl) / 100 >
      1e-4
    )
      keepRendering = true
    else Object.assign(s.blended, target)

    if (knee) {
      const input = Object.assign(s.input, s.blended)
      input.flexionDeg = pose.flexionDeg
      input.quadricepsN = activity ? s.activity.frame.quadricepsN : undefined
      solveKneeInto(input, s.solution)
      applyKneePose(knee.nodes.joints, s.solution)
      applyTrochlearShape(knee.nodes.structures['trochlear-groove'], input.sulcusAngleDeg)
      const [x, y, z, w] = hipQuaternion(pose.hip, s.hipQuat)
      knee.nodes.joints['joint-hip'].quaternion.set(x, y, z, w)
      if (state.compare !== 'none' || normal) {
        s.normalInput.flexionDeg = pose.flexionDeg
        solveKneeInto(s.normalInput, s.normalSolution)
      }
      if (normal) {
        applyKneePose(normal.joints, s.normalSolution)
        applyTrochlearShape(normal.structures['trochlear-groove'], s.normalInput.sulcusAngleDeg)
        normal.joints['joint-hip'].quaternion.set(x, y, z, w)
      }
      afterPose(state, s.solution, s.normalSolution)
    }
    if (keepRendering && mayDraw(onScreen)) invalidate()
  })
}
