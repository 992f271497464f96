// knee-explainer/exercises: the exercise catalogue as pure data, its validator and motion helpers.
// Pure TypeScript: no React, no DOM, no three.js.

// Types
export { EXERCISE_TRACKING_FIELDS } from './types'
export type {
  Exercise,
  ExerciseDose,
  ExerciseId,
  ExercisePhase,
  ExercisePhaseName,
  HipPosition,
  MuscleWork,
} from './types'

// Catalogue
export {
  EXERCISES,
  EXERCISE_IDS,
  EXERCISE_LIST,
  DOSE_NOTE,
  GENERAL_STOP_IF,
  isExerciseId,
} from './catalogue'

// Validation and lookup
export { validateExercise, getExercise } from './validate'
export type { ExerciseValidation, ExerciseLookup } from './validate'
export { EXERCISE_PROBLEM_TEXT, describeProblem, problemParts } from './problems'
export type {
  ExerciseProblem,
  ExerciseProblemText,
  ExerciseRule,
  GivenValue,
  ProblemPart,
} from './problems'

// Motion for the figure
export {
  exercisePhaseAt,
  exerciseCycleSeconds,
  createExerciseFrame,
  exerciseActivation,
  exerciseTracking,
} from './motion'
export type { ExerciseFrame } from './motion'

// The knee's effective tracking (preset + overrides + exercise + hip), one derivation for all
export { resolveTrackingParams } from './effectiveTracking'
export { resolveKneeInput } from './kneeInput'
export type { TrackingRequest, TrackingMotion } from './effectiveTracking'

// Daily activities (data in the kinematics layer; the resolver plays them)
export { ACTIVITIES } from '../kinematics/activityCatalogue'
export { ACTIVITY_IDS, isActivityId } from '../kinematics/activities'
export type { ActivityId } from '../kinematics/activities'
