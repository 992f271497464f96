/**
 * Pure helpers that turn an exercise into motion for the figure: where the knee and hip are at a
 * given time, how hard each muscle works, and what the solver should be told.
 * No React, no three.js; `exercisePhaseAt` can write into a preallocated frame for the render loop.
 */
import type { StructureId } from '../anatomy/structures'
import { NORMAL_TRACKING_PARAMS } from '../kinematics/input'
import type { TrackingParams } from '../kinematics/types'
import {
  EXERCISE_TRACKING_FIELDS,
  type Exercise,
  type ExercisePhase,
  type HipPosition,
} from './types'

/** Where an exercise is at one moment: its phase, the pose and the effort. */
export type ExerciseFrame = {
  /** The phase playing now. */
  phase: ExercisePhase
  /** Its index in `exercise.phases`. */
  phaseIndex: number
  /** How far through the phase, 0-1, linear in time. */
  progress: number
  /** Which repetition is playing, counting from 1 (the loop never stops). */
  repetition: number
  /** Seconds since the start of this repetition. */
  repetitionSeconds: number
  /** Knee flexion now, degrees, eased from the previous phase's value to this phase's. */
  kneeFlexionDeg: number
  /** Hip position now, eased like the knee. */
  hip: HipPosition
  /** Effort now, 0-1, eased like the knee; multiplies each muscle's activation. */
  activationScale: number
}

/** Seconds in one repetition: the sum of the phases. */
export function exerciseCycleSeconds(exercise: Pick<Exercise, 'phases'>): number {
  let total = 0
  for (const phase of exercise.phases) total += phase.seconds
  return total
}

/** A frame to pass to `exercisePhaseAt` again and again without allocating. */
export function createExerciseFrame(exercise: Pick<Exercise, 'phases'>): ExerciseFrame {
  const first = exercise.phases[0]
  if (!first) throw new Error('exercise.phases is empty: an exercise needs at least one phase')
  return {
    phase: first,
    phaseIndex: 0,
    progress: 0,
    repetition: 1,
    repetitionSeconds: 0,
    kneeFlexionDeg: first.kneeFlexionDeg,
    hip: { ...first.hip },
    activationScale: first.activationScale,
  }
}

/** Ease in and out (smoothstep): zero speed at both ends, so phases join without a jolt. */
function ease(t: number): number {
  return t * t * (3 - 2 * t)
}

function lerp(from: number, to: number, t: number): number {
  return from + (to - from) * t
}

/**
 * The exercise at `timeSeconds` after it started, looping forever. Each phase's values are the
 * ones reached at its end; in between the figure eases from the previous phase's values (the first
 * phase from the last, so one repetition flows into the next). Negative or non-finite times count
 * as 0. Pass `into` (from `createExerciseFrame`) to reuse one object in a render loop.
 */
export function exercisePhaseAt(
  exercise: Pick<Exercise, 'phases'>,
  timeSeconds: number,
  into?: ExerciseFrame,
): ExerciseFrame {
  const frame = into ?? createExerciseFrame(exercise)
  const phases = exercise.phases
  const count = phases.length
  const cycle = exerciseCycleSeconds(exercise)
  const time = Number.isFinite(timeSeconds) && timeSeconds > 0 ? timeSeconds : 0

  let repetitionIndex = cycle > 0 ? Math.floor(time / cycle) : 0
  let inCycle = cycle > 0 ? time - repetitionIndex * cycle : 0
  // Floating point can leave a hair over the cycle; that belongs to the next repetition.
  if (inCycle >= cycle && cycle > 0) {
    repetitionIndex += 1
    inCycle = 0
  }

  // Find the phase: the last one takes any remainder that rounding leaves.
  let index = 0
  let start = 0
  while (index < count - 1) {
    const seconds = phases[index]!.seconds
    if (inCycle < start + seconds) break
    start += seconds
    index += 1
  }
  const phase = phases[index]!
  const previous = phases[(index - 1 + count) % count]!
  const progress =
    phase.seconds > 0 ? Math.min(1, Math.max(0, (inCycle - start) / phase.seconds)) : 1
  const t = ease(progress)

  frame.phase = phase
  frame.phaseIndex = index
  frame.progress = progress
  frame.repetition = repetitionIndex + 1
  frame.repetitionSeconds = inCycle
  frame.kneeFlexionDeg = lerp(previous.kneeFlexionDeg, phase.kneeFlexionDeg, t)
  frame.hip.flexionDeg = lerp(previous.hip.flexionDeg, phase.hip.flexionDeg, t)
  frame.hip.abductionDeg = lerp(previous.hip.abductionDeg, phase.hip.abductionDeg, t)
  frame.hip.externalRotationDeg = lerp(
    previous.hip.externalRotationDeg,
    phase.hip.externalRotationDeg,
    t,
  )
  frame.activationScale = lerp(previous.activationScale, phase.activationScale, t)
  return frame
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0
}

/**
 * How hard each of the exercise's muscles works at effort `scale` (0-1, e.g. a frame's
 * `activationScale`): each muscle's activation times the scale, keyed by structure id.
 */
export function exerciseActivation(
  exercise: Pick<Exercise, 'muscles'>,
  scale: number,
): Partial<Record<StructureId, number>> {
  const effort = clamp01(scale)
  const activation: Partial<Record<StructureId, number>> = {}
  for (const muscle of exercise.muscles) {
    const value = clamp01(muscle.activation) * effort
    activation[muscle.id] = Math.max(activation[muscle.id] ?? 0, value)
  }
  return activation
}

/**
 * The solver inputs at effort `scale` (0-1): `base` (the reader's knee, e.g. a preset) with the
 * exercise's `tracking` values blended in by the effort. Exercises without `tracking` return
 * `base` unchanged. Everything else, the swelling included, passes through untouched: with
 * `effusionMl` of 20 ml or more the solver itself switches vastus medialis down, so a contraction
 * in a swollen knee shows less inward pull without this function inventing anything.
 */
export function exerciseTracking(
  exercise: Pick<Exercise, 'tracking'>,
  scale: number,
  base: Partial<TrackingParams> = {},
): Partial<TrackingParams> {
  return applyExerciseTracking(exercise, scale, { ...base })
}

/** exerciseTracking written into `tracking` itself (the render loop's allocation-free form). */
export function applyExerciseTracking(
  exercise: Pick<Exercise, 'tracking'>,
  scale: number,
  tracking: Partial<TrackingParams>,
): Partial<TrackingParams> {
  const target = exercise.tracking
  if (!target) return tracking
  const effort = clamp01(scale)
  for (const field of EXERCISE_TRACKING_FIELDS) {
    const to = target[field]
    if (to === undefined) continue
    const given = tracking[field]
    const from =
      typeof given === 'number' && Number.isFinite(given) ? given : NORMAL_TRACKING_PARAMS[field]
    tracking[field] = lerp(from, to, effort)
  }
  return tracking
}
