/**
 * What the exercise validator finds, as data (a field, the rule it breaks, the values the message
 * quotes), and the English words for each rule. The words are the `validation` namespace of a
 * language bundle (src/i18n): English is this table, other languages translate it by key, and
 * `describeProblem` turns a problem into one sentence in any of them. Pure TypeScript: no React.
 *
 * Code the author types (field names, ids, example objects, the value given) is never part of a
 * sentence's words: it arrives through a placeholder and stays as typed in every language.
 */

/** One sentence per rule; {field} is the field's path, {given} what was given instead. */
export const EXERCISE_PROBLEM_TEXT = {
  exerciseObject: '{field}: must be a plain object, {given}',
  idFormat: '{field}: must be lower-case words joined by hyphens, such as {example}, {given}',
  unknownField: '{field}: not an exercise field; the fields are {fields}',
  textType: '{field}: must be text (a string), {given}',
  textLength: '{field}: must be text of 1-{max} characters',
  sentenceList: '{field}: must be a list of {min}-{max} sentences',
  citationList: '{field}: must be a list of {min}-{max} short citations',
  number: '{field}: must be a number from {min} to {max}, {given}',
  numberDegrees: '{field}: must be a number from {min} to {max} degrees, {given}',
  numberSeconds: '{field}: must be a number from {min} to {max} seconds, {given}',
  numberShare: '{field}: must be a number from {min} to {max} (share of maximal effort), {given}',
  wholeNumber: '{field}: must be a whole number from {min} to {max}, {given}',
  objectShape: '{field}: must be an object {shape}, {given}',
  hipField: '{field}: not a hip field; use {fields}',
  muscleList: '{field}: must be a list of 1-{max} muscles',
  muscleIdType: "{field}: must be a muscle's structure id (text); use one of {ids}",
  muscleIdUnknown: '{field}: {id} is not a structure id; use one of {ids}',
  muscleIdSuggest:
    '{field}: {id} is not a structure id (did you mean {suggestion}?); use one of {ids}',
  notAMuscle: '{field}: {id} is {tissue}, not a muscle; use one of {ids}',
  listedTwice: '{field}: {id} is listed twice',
  trueOrFalse: '{field}: must be {true} or {false}, {given}',
  muscleField: '{field}: not a muscle field; use {fields}',
  noMainMuscle: '{field}: at least one must be a main muscle ({example})',
  kneeRange: '{field}: must be two numbers from {min} to {max} with the first not above the second',
  phaseList: '{field}: must be a list of 1-8 phases (e.g. {names})',
  phaseName: '{field}: must be one of {names}, {given}',
  phaseSeconds: '{field}: must be a number of seconds above 0 and up to 30',
  phaseKnee: '{field}: must be a number inside {range} ({min} to {max}), {given}',
  phaseField: '{field}: not a phase field; use {fields}',
  noContractPhase: '{field}: needs a {name} phase, when the muscles work',
  cycleLength:
    '{field}: one repetition must last {min}-{max} seconds so the figure is easy to follow; these last {total} s',
  trackingObject: '{field}: must be an object such as {example}, or left out, {given}',
  trackingField:
    '{field}: an exercise cannot set this; only {fields} may be given (exercise does not change the swelling or the shape of the bones)',
  // what was given instead: {given} in the rules above
  givenValue: 'not {value}',
  givenList: 'not a list',
  givenObject: 'not an object',
  givenNull: 'not null',
  givenMissing: 'not undefined',
  // a structure's tissue: {tissue} in notAMuscle
  tissueBone: 'a bone',
  tissueCartilage: 'a cartilage',
  tissueMeniscus: 'a meniscus',
  tissueBursa: 'a bursa',
  tissueMuscle: 'a muscle',
  tissueTendon: 'a tendon',
  tissueLigament: 'a ligament',
  tissueFascia: 'a fascia',
} as const

export type ExerciseProblemTextKey = keyof typeof EXERCISE_PROBLEM_TEXT
/** The `validation` namespace: every key of EXERCISE_PROBLEM_TEXT, in one language. */
export type ExerciseProblemText = Record<ExerciseProblemTextKey, string>
/** The rule a problem breaks: a key of the `validation` namespace. */
export type ExerciseRule = Exclude<ExerciseProblemTextKey, `given${string}` | `tissue${string}`>

/** What was given where the rule wanted something else. */
export type GivenValue =
  { kind: 'list' | 'object' | 'null' | 'missing' } | { kind: 'value'; text: string }

/**
 * What a rule's sentence quotes. Numbers are written in the reader's language; text is code the
 * author typed or must type (ids, field names, example objects) and stays as it is; a list of
 * such code is joined with commas. `tissue` alone is a word: a tissue, said by its `tissue...` key.
 */
export type ProblemValues = Record<string, number | string | readonly string[]>

/** One problem the validator found. */
export type ExerciseProblem = {
  /** The field it is about, e.g. 'muscles[2].id'; the same in every language. */
  field: string
  rule: ExerciseRule
  values?: ProblemValues
  given?: GivenValue
}

/** A piece of a problem's sentence: words of the language, or code that stays as typed. */
export type ProblemPart = { text: string; code?: true }

/** A short description of what was given instead, for messages. */
export function givenValue(x: unknown): GivenValue {
  if (x === undefined) return { kind: 'missing' }
  if (x === null) return { kind: 'null' }
  if (Array.isArray(x)) return { kind: 'list' }
  if (typeof x === 'object') return { kind: 'object' }
  if (typeof x === 'string')
    return { kind: 'value', text: `"${x.length > 40 ? `${x.slice(0, 40)}...` : x}"` }
  if (typeof x === 'number' || typeof x === 'boolean') return { kind: 'value', text: String(x) }
  return { kind: 'value', text: typeof x }
}

const GIVEN_KEY = {
  value: 'givenValue',
  list: 'givenList',
  object: 'givenObject',
  null: 'givenNull',
  missing: 'givenMissing',
} as const satisfies Record<GivenValue['kind'], ExerciseProblemTextKey>

/** Splits a template at its {placeholders}, filling each from `fillIn` (unknown ones stay). */
export function fillParts(
  template: string,
  fillIn: (key: string) => ProblemPart[] | undefined,
): ProblemPart[] {
  const parts: ProblemPart[] = []
  let last = 0
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) })
    parts.push(...(fillIn(match[1]!) ?? [{ text: match[0] }]))
    last = match.index + match[0].length
  }
  if (last < template.length) parts.push({ text: template.slice(last) })
  return parts
}

function givenParts(given: GivenValue, text: ExerciseProblemText): ProblemPart[] {
  return fillParts(text[GIVEN_KEY[given.kind]], (key) =>
    key === 'value' && given.kind === 'value' ? [{ text: given.text, code: true }] : undefined,
  )
}

/**
 * One problem as pieces of a sentence in a language (English by default), so a page can set the
 * code apart (`<code translate="no">`). Numbers are written in the language's way ('2,5' in
 * German).
 */
export function problemParts(
  problem: ExerciseProblem,
  text: ExerciseProblemText = EXERCISE_PROBLEM_TEXT,
  locale = 'en',
): ProblemPart[] {
  const numbers = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 })
  const valueParts = (key: string): ProblemPart[] | undefined => {
    if (key === 'field') return [{ text: problem.field, code: true }]
    if (key === 'given' && problem.given) return givenParts(problem.given, text)
    const value = problem.values?.[key]
    if (value === undefined) return undefined
    if (typeof value === 'number') return [{ text: numbers.format(value) }]
    if (key === 'tissue') {
      const word = `tissue${String(value).charAt(0).toUpperCase()}${String(value).slice(1)}`
      return [{ text: word in text ? text[word as ExerciseProblemTextKey] : String(value) }]
    }
    return [{ text: typeof value === 'string' ? value : value.join(', '), code: true }]
  }
  return fillParts(text[problem.rule], valueParts)
}

/** One problem as one sentence in a language (English by default). */
export function describeProblem(
  problem: ExerciseProblem,
  text: ExerciseProblemText = EXERCISE_PROBLEM_TEXT,
  locale = 'en',
): string {
  return problemParts(problem, text, locale)
    .map((part) => part.text)
    .join('')
}

/** 'not an object', 'not "45"', ... in English, for a console. */
export function describeGiven(given: GivenValue): string {
  return givenParts(given, EXERCISE_PROBLEM_TEXT)
    .map((part) => part.text)
    .join('')
}
