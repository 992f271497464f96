/**
 * Checks an exercise that came from outside the catalogue (a CMS, a JSON file, a page author's
 * object) and looks exercises up by id. Every problem names the field it is about, so the author
 * can fix it without reading this code. Text fields must be plain strings; they are only ever
 * rendered as text, never as HTML, so no sanitising happens here.
 */
import { MUSCLE_IDS, STRUCTURES, isStructureId, type StructureId } from '../anatomy/structures'
import { FLEXION_RANGE_DEG, HIP_RANGES, KNEE_INPUT_RANGES } from '../kinematics/input'
import { EXERCISES, EXERCISE_IDS, isExerciseId } from './catalogue'
import { EXERCISE_TRACKING_FIELDS, type Exercise, type ExercisePhaseName } from './types'

/** What `validateExercise` returns. */
export type ExerciseValidation =
  { ok: true; exercise: Exercise } | { ok: false; problems: string[] }

/** What `getExercise` returns. */
export type ExerciseLookup =
  { ok: true; exercise: Exercise } | { ok: false; message: string; problems: string[] }

// ---- limits ------------------------------------------------------------------------------------

/** Knee flexion the model can show, degrees. */
const KNEE_MIN_DEG = FLEXION_RANGE_DEG.min
const KNEE_MAX_DEG = FLEXION_RANGE_DEG.max
/** One repetition must be long enough to follow and short enough to loop (seconds). */
const CYCLE_MIN_SECONDS = 3
const CYCLE_MAX_SECONDS = 8
const PHASE_NAMES: readonly ExercisePhaseName[] = ['rest', 'contract', 'hold', 'release']

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

type Problems = string[]
type Record_ = Record<string, unknown>

function isPlainObject(x: unknown): x is Record_ {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  const proto: unknown = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/** A short description of what was given instead, for messages. */
function kindOf(x: unknown): string {
  if (x === null) return 'null'
  if (Array.isArray(x)) return 'a list'
  if (typeof x === 'object') return 'an object'
  if (typeof x === 'string') return `"${x.length > 40 ? `${x.slice(0, 40)}...` : x}"`
  if (typeof x === 'number' || typeof x === 'boolean') return String(x)
  return typeof x
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
    problems.push(`${field}: must be text (a string), not ${kindOf(value)}`)
  } else if (value.trim() === '' || value.length > maxLength) {
    problems.push(`${field}: must be text of 1-${maxLength} characters`)
  }
}

function checkTextList(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
  maxLength: number,
  what = 'sentences',
): void {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    problems.push(`${field}: must be a list of ${min}-${max} ${what}`)
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
  what = '',
): void {
  if (!isNumberIn(value, min, max)) {
    problems.push(`${field}: must be a number from ${min} to ${max}${what}, not ${kindOf(value)}`)
  }
}

function checkWholeNumber(
  problems: Problems,
  field: string,
  value: unknown,
  min: number,
  max: number,
): void {
  if (!isNumberIn(value, min, max) || !Number.isInteger(value)) {
    problems.push(`${field}: must be a whole number from ${min} to ${max}, not ${kindOf(value)}`)
  }
}

function checkHip(problems: Problems, field: string, value: unknown): void {
  if (!isPlainObject(value)) {
    problems.push(
      `${field}: must be an object { flexionDeg, abductionDeg, externalRotationDeg }, not ${kindOf(value)}`,
    )
    return
  }
  for (const key of Object.keys(HIP_RANGES) as (keyof typeof HIP_RANGES)[]) {
    const [min, max] = HIP_RANGES[key]
    checkNumber(problems, `${field}.${key}`, value[key], min, max, ' degrees')
  }
  for (const key of Object.keys(value)) {
    if (!(key in HIP_RANGES)) {
      problems.push(
        `${field}.${key}: not a hip field; use flexionDeg, abductionDeg and externalRotationDeg`,
      )
    }
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
    problems.push(`muscles: must be a list of 1-${MUSCLE_IDS.length} muscles`)
    return
  }
  const seen = new Set<string>()
  let mainCount = 0
  value.forEach((muscle: unknown, i) => {
    const field = `muscles[${i}]`
    if (!isPlainObject(muscle)) {
      problems.push(
        `${field}: must be an object { id, activation, main, source? }, not ${kindOf(muscle)}`,
      )
      return
    }
    const id = muscle.id
    const useOneOf = `use one of ${MUSCLE_IDS.join(', ')}`
    if (typeof id !== 'string') {
      problems.push(`${field}.id: must be a muscle's structure id (text); ${useOneOf}`)
    } else if (!isStructureId(id)) {
      const suggestion = suggestMuscle(id)
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ''
      problems.push(`${field}.id: "${id}" is not a structure id${hint}; ${useOneOf}`)
    } else if (STRUCTURES[id].tissue !== 'muscle') {
      problems.push(`${field}.id: "${id}" is a ${STRUCTURES[id].tissue}, not a muscle; ${useOneOf}`)
    } else if (seen.has(id)) {
      problems.push(`${field}.id: "${id}" is listed twice`)
    }
    if (typeof id === 'string') seen.add(id)
    checkNumber(
      problems,
      `${field}.activation`,
      muscle.activation,
      0,
      1,
      ' (share of maximal effort)',
    )
    if (typeof muscle.main !== 'boolean') {
      problems.push(`${field}.main: must be true or false, not ${kindOf(muscle.main)}`)
    } else if (muscle.main) {
      mainCount += 1
    }
    checkText(problems, `${field}.source`, muscle.source, 300, true)
    for (const key of Object.keys(muscle)) {
      if (!['id', 'activation', 'main', 'source'].includes(key)) {
        problems.push(`${field}.${key}: not a muscle field; use id, activation, main and source`)
      }
    }
  })
  if (mainCount === 0 && problems.every((p) => !p.startsWith('muscles['))) {
    problems.push('muscles: at least one must be a main muscle (main: true)')
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
  problems.push(
    `kneeRangeDeg: must be two numbers from ${KNEE_MIN_DEG} to ${KNEE_MAX_DEG} with the first not above the second`,
  )
  return undefined
}

function checkPhases(
  problems: Problems,
  value: unknown,
  kneeRange: [number, number] | undefined,
): void {
  if (!Array.isArray(value) || value.length < 1 || value.length > 8) {
    problems.push('phases: must be a list of 1-8 phases (e.g. rest, contract, hold, release)')
    return
  }
  const [kneeMin, kneeMax] = kneeRange ?? [KNEE_MIN_DEG, KNEE_MAX_DEG]
  let total = 0
  let allSecondsValid = true
  let hasContract = false
  value.forEach((phase: unknown, i) => {
    const field = `phases[${i}]`
    if (!isPlainObject(phase)) {
      problems.push(
        `${field}: must be an object { name, seconds, kneeFlexionDeg, hip, activationScale }, not ${kindOf(phase)}`,
      )
      allSecondsValid = false
      return
    }
    if (typeof phase.name !== 'string' || !PHASE_NAMES.includes(phase.name as ExercisePhaseName)) {
      problems.push(
        `${field}.name: must be one of ${PHASE_NAMES.join(', ')}, not ${kindOf(phase.name)}`,
      )
    } else if (phase.name === 'contract') {
      hasContract = true
    }
    if (isNumberIn(phase.seconds, 0, 30) && phase.seconds > 0) total += phase.seconds
    else {
      allSecondsValid = false
      problems.push(`${field}.seconds: must be a number of seconds above 0 and up to 30`)
    }
    if (!isNumberIn(phase.kneeFlexionDeg, kneeMin, kneeMax)) {
      problems.push(
        `${field}.kneeFlexionDeg: must be a number inside kneeRangeDeg (${kneeMin} to ${kneeMax}), not ${kindOf(phase.kneeFlexionDeg)}`,
      )
    }
    checkHip(problems, `${field}.hip`, phase.hip)
    checkNumber(problems, `${field}.activationScale`, phase.activationScale, 0, 1)
    for (const key of Object.keys(phase)) {
      if (!['name', 'seconds', 'kneeFlexionDeg', 'hip', 'activationScale'].includes(key)) {
        problems.push(
          `${field}.${key}: not a phase field; use name, seconds, kneeFlexionDeg, hip and activationScale`,
        )
      }
    }
  })
  if (!hasContract) problems.push('phases: needs a "contract" phase, when the muscles work')
  if (allSecondsValid && (total < CYCLE_MIN_SECONDS || total > CYCLE_MAX_SECONDS)) {
    problems.push(
      `phases: one repetition must last ${CYCLE_MIN_SECONDS}-${CYCLE_MAX_SECONDS} seconds so the figure is easy to follow; these last ${Math.round(total * 100) / 100} s`,
    )
  }
}

function checkRepetitions(problems: Problems, value: unknown): void {
  if (!isPlainObject(value)) {
    problems.push(
      `repetitions: must be an object { sets, reps, holdSeconds }, not ${kindOf(value)}`,
    )
    return
  }
  checkWholeNumber(problems, 'repetitions.sets', value.sets, 1, 10)
  checkWholeNumber(problems, 'repetitions.reps', value.reps, 1, 50)
  checkNumber(problems, 'repetitions.holdSeconds', value.holdSeconds, 0, 120, ' seconds')
}

function checkTracking(problems: Problems, value: unknown): void {
  if (value === undefined) return
  if (!isPlainObject(value)) {
    problems.push(
      `tracking: must be an object such as { vmoActivation: 1 }, or left out, not ${kindOf(value)}`,
    )
    return
  }
  const allowed: readonly string[] = EXERCISE_TRACKING_FIELDS
  for (const [key, given] of Object.entries(value)) {
    if (!allowed.includes(key)) {
      problems.push(
        `tracking.${key}: an exercise cannot set this; only ${EXERCISE_TRACKING_FIELDS.join(' and ')} may be given (exercise does not change the swelling or the shape of the bones)`,
      )
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
  if (!isPlainObject(x)) {
    return { ok: false, problems: [`exercise: must be a plain object, not ${kindOf(x)}`] }
  }
  const problems: Problems = []

  if (typeof x.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(x.id) || x.id.length > 60) {
    problems.push(
      `id: must be lower-case words joined by hyphens, such as "quad-set", not ${kindOf(x.id)}`,
    )
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
  checkTextList(problems, 'sources', x.sources, 1, 20, 120, 'short citations')
  checkRepetitions(problems, x.repetitions)
  checkPhases(problems, x.phases, kneeRange)
  checkText(problems, 'kneecapEffect', x.kneecapEffect, 300)
  checkTracking(problems, x.tracking)

  const known: readonly string[] = FIELDS
  for (const key of Object.keys(x)) {
    if (!known.includes(key)) {
      problems.push(`${key}: not an exercise field; the fields are ${FIELDS.join(', ')}`)
    }
  }

  return problems.length === 0
    ? { ok: true, exercise: x as unknown as Exercise }
    : { ok: false, problems }
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
    return { ok: false, message, problems: [message] }
  }
  if (isPlainObject(idOrExercise)) {
    const result = validateExercise(idOrExercise)
    if (result.ok) return result
    return {
      ok: false,
      message: `Invalid exercise: ${result.problems.join('; ')}`,
      problems: result.problems,
    }
  }
  const message = `An exercise must be an id (one of ${EXERCISE_IDS.join(', ')}) or an exercise object, not ${kindOf(idOrExercise)}.`
  return { ok: false, message, problems: [message] }
}
