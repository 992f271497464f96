/**
 * Checks an exercise that came from outside the catalogue (a CMS, a JSON file, a page author's
 * object) and looks exercises up by id. Every problem names the field it is about, so the author
 * can fix it without reading this code. Text fields must be plain strings; they are only ever
 * rendered as text, never as HTML, so no sanitising happens here.
 */
import { STRUCTURES } from '../anatomy/structureCatalogue'
import { MUSCLE_IDS, isStructureId, type StructureId } from '../anatomy/structures'
import { FLEXION_RANGE_DEG, HIP_RANGES, KNEE_INPUT_RANGES } from '../kinematics/input'
import { EXERCISES, EXERCISE_IDS, isExerciseId } from './catalogue'
import { EXERCISE_TRACKING_FIELDS, type Exercise, type ExercisePhaseName } from './types'
import {
  describeGiven,
  describeProblem,
  givenValue,
  type ExerciseProblem,
  type ExerciseRule,
  type GivenValue,
  type ProblemValues,
} from './problems'

/**
 * What `validateExercise` returns. `problems` are English sentences (for a console); `issues` are
 * the same problems as data, for showing them in the page's language (`describeProblem`).
 */
export type ExerciseValidation =
  { ok: true; exercise: Exercise } | { ok: false; problems: string[]; issues: ExerciseProblem[] }

/** What `getExercise` returns. */
export type ExerciseLookup =
  | { ok: true; exercise: Exercise }
  | { ok: false; message: string; problems: string[]; issues: ExerciseProblem[] }

// ---- limits ------------------------------------------------------------------------------------

/** Knee flexion the model can show, degrees. */
const KNEE_MIN_DEG = FLEXION_RANGE_DEG.min
const KNEE_MAX_DEG = FLEXION_RANGE_DEG.max
/** One repetition must be long enough to follow and short enough to loop (seconds). */
const CYCLE_MIN_SECONDS = 3
const CYCLE_MAX_SECONDS = 8
const PHASE_NAMES: readonly ExercisePhaseName[] = ['rest', 'contract', 'hold', 'release']
// the objects an author writes, as the messages show them
const HIP_FIELDS = ['flexionDeg', 'abductionDeg', 'externalRotationDeg']
const HIP_SHAPE = '{ flexionDeg, abductionDeg, externalRotationDeg }'
const MUSCLE_FIELDS = ['id', 'activation', 'main', 'source']
const MUSCLE_SHAPE = '{ id, activation, main, source? }'
const PHASE_FIELDS = ['name', 'seconds', 'kneeFlexionDeg', 'hip', 'activationScale']
const PHASE_SHAPE = '{ name, seconds, kneeFlexionDeg, hip, activationScale }'
const REPETITIONS_SHAPE = '{ sets, reps, holdSeconds }'
const BOOLEANS = { true: 'true', false: 'false' }

const FIELDS = [
  'id',
  'name',
  'shortName',
  'purpose',
  'position',
  'steps',
  'kneeRangeDeg',
  'hip',
  'muscles',
  'cues',
  'stopIf',
  'evidence',
  'sources',
  'repetitions',
  'phases',
  'kneecapEffect',
  'tracking',
] as const satisfies readonly (keyof Exercise)[]

// ---- small checks ------------------------------------------------------------------------------

type Problems = ExerciseProblem[]
type Record_ = Record<string, unknown>

function add(
  problems: Problems,
  field: string,
  rule: ExerciseRule,
  values?: ProblemValues,
  given?: GivenValue,
): void {
  problems.push({ field, rule, ...(values ? { values } : {}), ...(given ? { given } : {}) })
}

function isPlainObject(x: unknown): x is Record_ {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  const proto: unknown = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

function checkText(
  problems: Problems,
  field: string,
  value: unknown,
  maxLength: number,
  optional = false,
): void {
  if (value === undefined && optional) return
  if (typeof value !== 'string') {
    add(problems, field, 'textType', undefined, givenValue(value))
  } else if (value.trim() === '' || value.length > maxLength) {
    add(problems, field, 'textLength', { max: maxLength })
  }
}

function checkTextList(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
  maxLength: number,
  rule: 'sentenceList' | 'citationList' = 'sentenceList',
): void {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    add(problems, field, rule, { min, max })
    return
  }
  value.forEach((item, i) => checkText(problems, `${field}[${i}]`, item, maxLength))
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}

function checkNumber(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
  rule: 'number' | 'numberDegrees' | 'numberSeconds' | 'numberShare' = 'number',
): void {
  if (!isNumberIn(value, min, max)) add(problems, field, rule, { min, max }, givenValue(value))
}

function checkWholeNumber(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
): void {
  if (!isNumberIn(value, min, max) || !Number.isInteger(value)) {
    add(problems, field, 'wholeNumber', { min, max }, givenValue(value))
  }
}

function checkHip(problems: Problems, field: string, value: unknown): void {
  if (!isPlainObject(value)) {
    add(problems, field, 'objectShape', { shape: HIP_SHAPE }, givenValue(value))
    return
  }
  for (const key of Object.keys(HIP_RANGES) as (keyof typeof HIP_RANGES)[]) {
    const [min, max] = HIP_RANGES[key]
    checkNumber(problems, `${field}.${key}`, value[key], min, max, 'numberDegrees')
  }
  for (const key of Object.keys(value)) {
    if (!(key in HIP_RANGES)) add(problems, `${field}.${key}`, 'hipField', { fields: HIP_FIELDS })
  }
}

/** A muscle id suggestion from a short name or near miss ("vmo" -> vastus-medialis-oblique). */
function suggestMuscle(given: string): StructureId | undefined {
  const wanted = given
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
  return MUSCLE_IDS.find(
    (id) => id === wanted || STRUCTURES[id].shortName?.toLowerCase() === wanted,
  )
}

function checkMuscles(problems: Problems, value: unknown): void {
  if (!Array.isArray(value) || value.length < 1 || value.length > MUSCLE_IDS.length) {
    add(problems, 'muscles', 'muscleList', { max: MUSCLE_IDS.length })
    return
  }
  const seen = new Set<string>()
  let mainCount = 0
  value.forEach((muscle: unknown, i) => {
    const field = `muscles[${i}]`
    if (!isPlainObject(muscle)) {
      add(problems, field, 'objectShape', { shape: MUSCLE_SHAPE }, givenValue(muscle))
      return
    }
    const id = muscle.id
    const ids = MUSCLE_IDS
    if (typeof id !== 'string') {
      add(problems, `${field}.id`, 'muscleIdType', { ids })
    } else if (!isStructureId(id)) {
      const suggestion = suggestMuscle(id)
      if (suggestion)
        add(problems, `${field}.id`, 'muscleIdSuggest', {
          id: `"${id}"`,
          suggestion: `"${suggestion}"`,
          ids,
        })
      else add(problems, `${field}.id`, 'muscleIdUnknown', { id: `"${id}"`, ids })
    } else if (STRUCTURES[id].tissue !== 'muscle') {
      add(problems, `${field}.id`, 'notAMuscle', {
        id: `"${id}"`,
        tissue: STRUCTURES[id].tissue,
        ids,
      })
    } else if (seen.has(id)) {
      add(problems, `${field}.id`, 'listedTwice', { id: `"${id}"` })
    }
    if (typeof id === 'string') seen.add(id)
    checkNumber(problems, `${field}.activation`, muscle.activation, 0, 1, 'numberShare')
    if (typeof muscle.main !== 'boolean') {
      add(problems, `${field}.main`, 'trueOrFalse', BOOLEANS, givenValue(muscle.main))
    } else if (muscle.main) {
      mainCount += 1
    }
    checkText(problems, `${field}.source`, muscle.source, 300, true)
    for (const key of Object.keys(muscle)) {
      if (!MUSCLE_FIELDS.includes(key)) {
        add(problems, `${field}.${key}`, 'muscleField', { fields: MUSCLE_FIELDS })
      }
    }
  })
  if (mainCount === 0 && problems.every((p) => !p.field.startsWith('muscles['))) {
    add(problems, 'muscles', 'noMainMuscle', { example: 'main: true' })
  }
}

function checkKneeRange(problems: Problems, value: unknown): [number, number] | undefined {
  if (
    Array.isArray(value) &&
    value.length === 2 &&
    isNumberIn(value[0], KNEE_MIN_DEG, KNEE_MAX_DEG) &&
    isNumberIn(value[1], KNEE_MIN_DEG, KNEE_MAX_DEG) &&
    value[0] <= value[1]
  ) {
    return [value[0], value[1]]
  }
  add(problems, 'kneeRangeDeg', 'kneeRange', { min: KNEE_MIN_DEG, max: KNEE_MAX_DEG })
  return undefined
}

function checkPhases(
  problems: Problems,
  value: unknown,
  kneeRange: [number, number] | undefined,
): void {
  if (!Array.isArray(value) || value.length < 1 || value.length > 8) {
    add(problems, 'phases', 'phaseList', { names: PHASE_NAMES })
    return
  }
  const [kneeMin, kneeMax] = kneeRange ?? [KNEE_MIN_DEG, KNEE_MAX_DEG]
  let total = 0
  let allSecondsValid = true
  let hasContract = false
  value.forEach((phase: unknown, i) => {
    const field = `phases[${i}]`
    if (!isPlainObject(phase)) {
      add(problems, field, 'objectShape', { shape: PHASE_SHAPE }, givenValue(phase))
      allSecondsValid = false
      return
    }
    if (typeof phase.name !== 'string' || !PHASE_NAMES.includes(phase.name as ExercisePhaseName)) {
      add(problems, `${field}.name`, 'phaseName', { names: PHASE_NAMES }, givenValue(phase.name))
    } else if (phase.name === 'contract') {
      hasContract = true
    }
    if (isNumberIn(phase.seconds, 0, 30) && phase.seconds > 0) total += phase.seconds
    else {
      allSecondsValid = false
      add(problems, `${field}.seconds`, 'phaseSeconds')
    }
    if (!isNumberIn(phase.kneeFlexionDeg, kneeMin, kneeMax)) {
      const range = { range: 'kneeRangeDeg', min: kneeMin, max: kneeMax }
      add(problems, `${field}.kneeFlexionDeg`, 'phaseKnee', range, givenValue(phase.kneeFlexionDeg))
    }
    checkHip(problems, `${field}.hip`, phase.hip)
    checkNumber(problems, `${field}.activationScale`, phase.activationScale, 0, 1)
    for (const key of Object.keys(phase)) {
      if (!PHASE_FIELDS.includes(key)) {
        add(problems, `${field}.${key}`, 'phaseField', { fields: PHASE_FIELDS })
      }
    }
  })
  if (!hasContract) add(problems, 'phases', 'noContractPhase', { name: '"contract"' })
  if (allSecondsValid && (total < CYCLE_MIN_SECONDS || total > CYCLE_MAX_SECONDS)) {
    add(problems, 'phases', 'cycleLength', {
      min: CYCLE_MIN_SECONDS,
      max: CYCLE_MAX_SECONDS,
      total: Math.round(total * 100) / 100,
    })
  }
}

function checkRepetitions(problems: Problems, value: unknown): void {
  if (!isPlainObject(value)) {
    add(problems, 'repetitions', 'objectShape', { shape: REPETITIONS_SHAPE }, givenValue(value))
    return
  }
  checkWholeNumber(problems, 'repetitions.sets', value.sets, 1, 10)
  checkWholeNumber(problems, 'repetitions.reps', value.reps, 1, 50)
  checkNumber(problems, 'repetitions.holdSeconds', value.holdSeconds, 0, 120, 'numberSeconds')
}

function checkTracking(problems: Problems, value: unknown): void {
  if (value === undefined) return
  if (!isPlainObject(value)) {
    add(
      problems,
      'tracking',
      'trackingObject',
      { example: '{ vmoActivation: 1 }' },
      givenValue(value),
    )
    return
  }
  const allowed: readonly string[] = EXERCISE_TRACKING_FIELDS
  for (const [key, given] of Object.entries(value)) {
    if (!allowed.includes(key)) {
      add(problems, `tracking.${key}`, 'trackingField', { fields: EXERCISE_TRACKING_FIELDS })
      continue
    }
    const range = KNEE_INPUT_RANGES[key as (typeof EXERCISE_TRACKING_FIELDS)[number]]
    checkNumber(problems, `tracking.${key}`, given, range.min, range.max)
  }
}

// ---- the validator -----------------------------------------------------------------------------

/**
 * Checks that `x` is a complete exercise. On success the same object comes back typed; on failure
 * every problem found is listed, each starting with the field it is about.
 */
export function validateExercise(x: unknown): ExerciseValidation {
  const problems: Problems = []
  if (!isPlainObject(x)) {
    add(problems, 'exercise', 'exerciseObject', undefined, givenValue(x))
    return failed(problems)
  }

  if (typeof x.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.id) || x.id.length > 60) {
    add(problems, 'id', 'idFormat', { example: '"quad-set"' }, givenValue(x.id))
  }
  checkText(problems, 'name', x.name, 80)
  checkText(problems, 'shortName', x.shortName, 30, true)
  checkText(problems, 'purpose', x.purpose, 200)
  checkText(problems, 'position', x.position, 60)
  checkTextList(problems, 'steps', x.steps, 1, 10, 300)
  const kneeRange = checkKneeRange(problems, x.kneeRangeDeg)
  checkHip(problems, 'hip', x.hip)
  checkMuscles(problems, x.muscles)
  checkTextList(problems, 'cues', x.cues, 0, 10, 300)
  checkTextList(problems, 'stopIf', x.stopIf, 1, 10, 300)
  checkText(problems, 'evidence', x.evidence, 2000)
  checkTextList(problems, 'sources', x.sources, 1, 20, 120, 'citationList')
  checkRepetitions(problems, x.repetitions)
  checkPhases(problems, x.phases, kneeRange)
  checkText(problems, 'kneecapEffect', x.kneecapEffect, 300)
  checkTracking(problems, x.tracking)

  const known: readonly string[] = FIELDS
  for (const key of Object.keys(x)) {
    if (!known.includes(key)) add(problems, key, 'unknownField', { fields: FIELDS })
  }

  return problems.length === 0 ? { ok: true, exercise: x as unknown as Exercise } : failed(problems)
}

/** A failed validation: the problems as data, and as English sentences for a console. */
function failed(issues: ExerciseProblem[]): ExerciseValidation {
  return { ok: false, problems: issues.map((issue) => describeProblem(issue)), issues }
}

/**
 * An exercise from the catalogue by id, or an exercise object checked by `validateExercise`.
 * On failure `message` is one sentence for a console or an error box; an unknown id lists the
 * known ones.
 */
export function getExercise(idOrExercise: unknown): ExerciseLookup {
  if (typeof idOrExercise === 'string') {
    if (isExerciseId(idOrExercise)) return { ok: true, exercise: EXERCISES[idOrExercise] }
    const message = `Unknown exercise "${idOrExercise}". Known exercises: ${EXERCISE_IDS.join(', ')}.`
    return { ok: false, message, problems: [message], issues: [] }
  }
  if (isPlainObject(idOrExercise)) {
    const result = validateExercise(idOrExercise)
    if (result.ok) return result
    return {
      ok: false,
      message: `Invalid exercise: ${result.problems.join('; ')}`,
      problems: result.problems,
      issues: result.issues,
    }
  }
  const message = `An exercise must be an id (one of ${EXERCISE_IDS.join(', ')}) or an exercise object, ${describeGiven(givenValue(idOrExercise))}.`
  return { ok: false, message, problems: [message], issues: [] }
}
