/**
 * Types of the exercise catalogue: the exercises physiotherapists commonly give for kneecap
 * (patellofemoral) pain and tracking, as plain data a figure can animate and a page can print.
 * Pure TypeScript: no React, no DOM, no three.js.
 */
import type { StructureId } from '../anatomy/structures'
import type { TrackingParams } from '../kinematics/types'

/** The exercises in the catalogue, by id. */
export type ExerciseId =
  | 'quad-set'
  | 'straight-leg-raise'
  | 'terminal-knee-extension'
  | 'clamshell'
  | 'side-lying-hip-abduction'
  | 'mini-squat'
  | 'wall-sit'
  | 'adductor-squeeze'

/**
 * Where the thigh points at the hip, degrees; all zero when standing straight.
 * Signs: + = flexion (thigh forward), + = abduction (leg out to the side), + = external rotation
 * (the knee turns out).
 */
export type HipPosition = {
  /** Hip flexion, degrees: + = the thigh moves forward and up, 0 = standing. */
  flexionDeg: number
  /** Hip abduction, degrees: + = the leg moves out to the side, 0 = standing. */
  abductionDeg: number
  /** Hip external rotation, degrees: + = the knee turns out, 0 = standing. */
  externalRotationDeg: number
}

/** One muscle's part in an exercise. */
export type MuscleWork = {
  /** The muscle, as a structure id of the model (a node name). */
  id: StructureId
  /** How hard it works at the peak of the exercise, 0-1 of its maximal effort. */
  activation: number
  /** True for the muscles the exercise is given for; false for helpers. */
  main: boolean
  /** Where the figure comes from: a study, or 'estimate for illustration' where none is given. */
  source?: string
}

/** The names a phase of one repetition can have. */
export type ExercisePhaseName = 'rest' | 'contract' | 'hold' | 'release'

/**
 * One phase of a repetition. The pose and effort are the ones reached at the END of the phase:
 * the figure eases from the previous phase's values to these over `seconds` (the first phase
 * eases from the last, so the loop has no jump).
 */
export type ExercisePhase = {
  /** What happens in this phase: rest, contract (move or tighten), hold, release (let go). */
  name: ExercisePhaseName
  /** How long the phase lasts in the figure, seconds (> 0). */
  seconds: number
  /** Knee flexion at the end of the phase, degrees (0 = straight); inside the exercise's range. */
  kneeFlexionDeg: number
  /** Hip position at the end of the phase. */
  hip: HipPosition
  /** Effort at the end of the phase, 0-1: multiplies each muscle's peak `activation`. */
  activationScale: number
}

/** How much of the exercise to do. */
export type ExerciseDose = {
  /** Number of sets. */
  sets: number
  /** Repetitions in each set. */
  reps: number
  /** Seconds to hold each repetition (0 when there is no hold). */
  holdSeconds: number
}

/** One exercise: what it is for, how to do it, what works, what the evidence says, how it moves. */
export type Exercise = {
  /** Stable id, lower-case words joined by hyphens (for the catalogue's own ids see `ExerciseId`). */
  id: string
  /** The exercise's name as a reader would say it. */
  name: string
  /** A shorter name for buttons and labels with little room. */
  shortName?: string
  /** What the exercise is for, in one plain line. */
  purpose: string
  /** The starting position, in the reader's words. */
  position: 'lying on your back' | 'lying on your side' | 'standing' | 'sitting' | (string & {})
  /** How to do it: 3-7 short steps in plain words, in order (shown as a numbered list). */
  steps: readonly string[]
  /** The knee flexion range the exercise moves through, degrees [from, to] (0 = straight). */
  kneeRangeDeg: readonly [number, number]
  /** The hip position at the start. */
  hip: HipPosition
  /** The muscles that work, by structure id; at least one is a main muscle. */
  muscles: readonly MuscleWork[]
  /** Short reminders while doing the exercise. */
  cues: readonly string[]
  /** When to stop and ask for advice, in plain words. */
  stopIf: readonly string[]
  /** An honest plain-words note on what the evidence says, and where it is mixed. */
  evidence: string
  /** Short citations behind the entry, as the reference sheet names them. */
  sources: readonly string[]
  /** A common starting dose; the reader's physiotherapist sets the real one (see DOSE_NOTE). */
  repetitions: ExerciseDose
  /** One repetition as the figure plays it, e.g. rest, contract, hold, release (3-8 s in all). */
  phases: readonly ExercisePhase[]
  /** What the exercise does to the kneecap, in one plain sentence. */
  kneecapEffect: string
  /**
   * The solver inputs at the height of the contraction (effort 1), for exercises that change
   * one; `exerciseTracking` blends toward them with the effort. Only `vmoActivation` and
   * `lateralTightness` may be given: an exercise does not change the swelling or the bones.
   */
  tracking?: Partial<Pick<TrackingParams, 'vmoActivation' | 'lateralTightness'>>
}

/** The solver inputs an exercise may change (see `Exercise.tracking`). */
export const EXERCISE_TRACKING_FIELDS = ['vmoActivation', 'lateralTightness'] as const
