/**
 * What moves the knee: the bend-and-straighten loop, or an exercise's repetitions. Each driver
 * writes the pose for this frame into a reused `PoseNow`; neither touches the requested state.
 */
import { catalogueExercise } from '../../exercises/lookup'
import { createExerciseFrame, exercisePhaseAt, type ExerciseFrame } from '../../exercises/motion'
import type { Exercise } from '../../exercises/types'
import type { HipAngles } from '../../kinematics/hip'
import type { ExplainerState } from '../stageState'

/** Seconds for one bend and straighten at speed 1. */
export const CYCLE_SECONDS = 4
/** A long frame (a tab coming back) advances the motion by at most this much, seconds. */
const MAX_STEP_S = 0.1

/** The pose on screen this frame. */
export type PoseNow = {
  flexionDeg: number
  hip: HipAngles
  /** The exercise playing (or shown paused), else null. */
  exercise: Exercise | null
  frame: ExerciseFrame | null
  /** The exercise's effort 0-1 this frame. */
  effort: number
  moving: boolean
}

export const createPoseNow = (flexionDeg: number): PoseNow => ({
  flexionDeg,
  hip: { flexionDeg: 0, abductionDeg: 0, externalRotationDeg: 0 },
  exercise: null,
  frame: null,
  effort: 0,
  moving: false,
})

/**
 * The exercise to perform: the stage's own (a custom object) or the requested catalogue id (null
 * while the catalogue loads; the stage waits for it before it draws).
 */
export function exerciseFor(state: ExplainerState, own: Exercise | null | undefined) {
  return own ?? (state.exercise ? catalogueExercise(state.exercise) : null)
}

/** The loop: a smooth bend and straighten through the requested range. */
export function createLoopDriver() {
  let phase = 0
  let wasPlaying = false
  return function stepLoop(state: ExplainerState, delta: number, pose: PoseNow): void {
    const [lo, hi] = state.motionRange
    pose.exercise = null
    pose.frame = null
    pose.effort = 0
    Object.assign(pose.hip, state.hip)
    pose.moving = state.playing
    if (!state.playing) {
      wasPlaying = false
      pose.flexionDeg = state.flexionDeg
      return
    }
    if (!wasPlaying) {
      // start the loop from the flexion on screen, so pressing play never jumps
      const u = Math.min(Math.max((pose.flexionDeg - lo) / Math.max(hi - lo, 1e-6), 0), 1)
      phase = Math.acos(1 - 2 * u)
      wasPlaying = true
    }
    phase += (Math.min(delta, MAX_STEP_S) * state.speed * 2 * Math.PI) / CYCLE_SECONDS
    pose.flexionDeg = lo + (hi - lo) * (0.5 - 0.5 * Math.cos(phase))
  }
}

/** An exercise: knee, hip and effort through its repetitions (paused, it holds its frame). */
export function createExerciseDriver() {
  let id = ''
  let seconds = 0
  let frame: ExerciseFrame | null = null
  // the outside time applied last: a new value moves the exercise, the same one does not
  let applied: number | null | undefined = null
  const stop = () => void (id = '')
  function step(exercise: Exercise, state: ExplainerState, delta: number, pose: PoseNow): void {
    if (id !== exercise.id) {
      id = exercise.id
      seconds = 0
      frame = createExerciseFrame(exercise)
    }
    const outside = state.exerciseSeconds
    if (outside !== applied && outside !== null && outside !== undefined) seconds = outside
    else if (state.playing) seconds += Math.min(delta, MAX_STEP_S) * state.speed
    applied = outside
    frame = exercisePhaseAt(exercise, seconds, frame ?? undefined)
    pose.exercise = exercise
    pose.frame = frame
    pose.flexionDeg = frame.kneeFlexionDeg
    Object.assign(pose.hip, frame.hip)
    pose.effort = frame.activationScale
    pose.moving = state.playing
  }
  return { step, stop }
}
