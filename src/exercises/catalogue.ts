/**
 * The exercise catalogue: exercises commonly given for kneecap pain and tracking, as pure data.
 *
 * Knee ranges, the muscles that work and the activation figures that exist come from the table
 * "Exercises commonly given for patellar tracking" in the reference sheet
 * (shared/reference/anatomy.md). Where it gives no figure, a muscle's `source` says the level is
 * an 'estimate for illustration': it sets how brightly the figure lights the muscle, nothing more.
 * Hip angles at the top of a movement and the sets and repetitions are common teaching values,
 * not study figures; the reader's physiotherapist sets the real dose (DOSE_NOTE).
 *
 * All reader-facing text is written for a reading age of about 12 and is rendered as plain text.
 * The entries themselves are in exerciseData.ts, the safety text they share in safety.ts.
 */
import { EXERCISES as ENTRIES } from './exerciseData'
import { DOSE_NOTE as NOTE, GENERAL_STOP_IF as STOP_IF } from './safety'
import type { Exercise, ExerciseId } from './types'

// bindings of their own, as EXERCISES below: safety.ts also rides in the catalogue's chunk
/** Shown next to any dose: the numbers in the catalogue are a start, not a prescription. */
export const DOSE_NOTE: string = NOTE
/** Reasons to stop that apply to every exercise in the catalogue. */
export const GENERAL_STOP_IF: readonly string[] = STOP_IF

// ---- catalogue ---------------------------------------------------------------------------------

// a binding of its own rather than a re-export: a bundler then reaches exerciseData.ts only
// through a page's use of EXERCISES, not through the package's entry (esbuild shares modules
// re-exported by the entry with the entry's chunk; the figure loads the entries on demand)
/** Every exercise in the catalogue, keyed by id. Frozen: copy an entry to change it. */
export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = ENTRIES

/**
 * The exercises in teaching order: the knee straight and lying down first (thigh tightening, then
 * lifting, then the last part of straightening), the hip on its own (gentle, then harder), then
 * standing squats from shallow to deep, as the 2018 consensus pairs hip with knee work.
 */
export const EXERCISE_IDS: readonly ExerciseId[] = /* @__PURE__ */ Object.freeze([
  'quad-set',
  'straight-leg-raise',
  'terminal-knee-extension',
  'clamshell',
  'side-lying-hip-abduction',
  'mini-squat',
  'wall-sit',
  'adductor-squeeze',
])

/** The exercises in teaching order (see EXERCISE_IDS). */
export const EXERCISE_LIST: readonly Exercise[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ EXERCISE_IDS.map((id) => EXERCISES[id]),
)

/** True when `x` is the id of an exercise in the catalogue. */
export function isExerciseId(x: unknown): x is ExerciseId {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(EXERCISES, x)
}
