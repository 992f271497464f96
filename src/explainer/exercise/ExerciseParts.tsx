/** The pieces the exercise components share: alert, send button, descriptions, headings. */
import { useSyncExternalStore, type CSSProperties, type ReactNode } from 'react'
import { useOptionalExplainerStore } from '../ExplainerProvider'
import { format } from '../../i18n'
import { EXERCISE_IDS, isExerciseId } from '../../exercises/catalogue'
import { type ExerciseMessages } from '../../i18n/exerciseMessages'
import type { Exercise, HipPosition } from '../../exercises/types'
import {
  fillParts,
  problemParts,
  type ExerciseProblem,
  type ProblemPart,
} from '../../exercises/problems'
import type { LocaleBundle } from '../../i18n/bundle'
import { ExerciseStyles, ROOT } from './exerciseStyles'
import type { ExerciseHeadingLevel } from './exerciseTypes'

type ExerciseAlertProps = {
  input: unknown
  /** What the validator found (`issues` of a failed lookup). */
  problems: readonly ExerciseProblem[]
  m: ExerciseMessages
  /** The language's bundle for the validator's words, or null/absent for English. */
  bundle?: LocaleBundle | null
  /** Number locale for the problems' numbers. @defaultValue the bundle's, or 'en' */
  locale?: string
  /** The page's language tag for the alert, when the component was given one. */
  lang?: string | undefined
  className?: string
  style?: CSSProperties
}

/**
 * What a page shows instead of a broken exercise: for an unknown id, the known ids; for a bad
 * object, each problem, named by its field.
 */
export function ExerciseAlert({
  input,
  problems,
  m,
  bundle,
  locale,
  lang,
  className,
  style,
}: ExerciseAlertProps) {
  const known = EXERCISE_IDS.join(', ')
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input)
  return (
    <div
      role="alert"
      className={className ? `${ROOT}-alert ${className}` : `${ROOT}-alert`}
      style={style}
      lang={lang}
    >
      <ExerciseStyles />
      {typeof input === 'string' ? (
        <p>
          <Parts parts={fillParts(m.unknownExercise, (key) => codeValue(key, input, known))} />
        </p>
      ) : isObject ? (
        <>
          <p>{m.invalidExercise}</p>
          <ul>
            {problems.map((problem, i) => (
              // the page's language; field names, ids and given values stay as the author typed
              <li key={i}>
                <Parts
                  parts={problemParts(problem, bundle?.validation, locale ?? bundle?.locale)}
                />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          <Parts parts={fillParts(m.notAnExercise, (key) => codeValue(key, input, known))} />
        </p>
      )}
    </div>
  )
}

/** The ids in the bad-input messages are code: shown as typed, never translated. */
const codeValue = (key: string, id: unknown, known: string): ProblemPart[] | undefined =>
  key === 'id'
    ? [{ text: String(id), code: true }]
    : key === 'known'
      ? [{ text: known, code: true }]
      : undefined

/** A message's words, with its code (field names, ids, values given) set apart. */
function Parts({ parts }: { parts: readonly ProblemPart[] }) {
  return parts.map((part, i) =>
    part.code ? (
      <code key={i} translate="no">
        {part.text}
      </code>
    ) : (
      part.text
    ),
  )
}

// ---- the send button ---------------------------------------------------------------------------

const subscribeToNothing = () => () => {}

type SendButtonProps = {
  exercise: Exercise
  m: ExerciseMessages
  onSend?: (exercise: Exercise) => void
}

/**
 * 'Show on the figure': puts a catalogue exercise on the nearest explainer and plays it. Hidden
 * where it could do nothing (no explainer on the page and no `onSend`); the figure plays only
 * catalogue exercises, so a custom one is sent to `onSend` alone.
 */
export function SendButton({ exercise, m, onSend }: SendButtonProps) {
  const store = useOptionalExplainerStore()
  const showing = useSyncExternalStore(
    store ? store.subscribe : subscribeToNothing,
    () => store?.getState().exercise ?? null,
    () => store?.getState().exercise ?? null,
  )
  const toStore = store !== null && isExerciseId(exercise.id)
  if (!toStore && !onSend) return null
  const send = () => {
    if (toStore) store.setState({ exercise: exercise.id, playing: true })
    onSend?.(exercise)
  }
  return (
    <div className={`${ROOT}__send`}>
      <button
        type="button"
        aria-label={format(m.showOnFigureNamed, { name: exercise.name })}
        onClick={send}
      >
        {m.showOnFigure}
      </button>
      {/* polite: tells a screen reader user the figure changed, which they cannot see */}
      <span role="status">{toStore && showing === exercise.id ? m.onFigureNow : ''}</span>
    </div>
  )
}

// ---- plain words for the numbers ---------------------------------------------------------------

/** 'Knee: straight', 'Knee: from straight to 45 degrees bent', ... */
export function describeKneeRange(
  [fromDeg, toDeg]: readonly [number, number],
  m: ExerciseMessages,
  numbers: Intl.NumberFormat,
): string {
  const from = Math.round(fromDeg)
  const to = Math.round(toDeg)
  if (to === 0) return m.kneeStraight
  if (from === to) return format(m.kneeBent, { degrees: numbers.format(to) })
  if (from === 0) return format(m.kneeFromStraight, { to: numbers.format(to) })
  return format(m.kneeFromBent, { from: numbers.format(from), to: numbers.format(to) })
}

/** 'Hip at the start: straight', 'Hip at the start: bent 45 degrees', ... */
export function describeHip(
  hip: HipPosition,
  m: ExerciseMessages,
  numbers: Intl.NumberFormat,
  locale: string,
): string {
  const parts: string[] = []
  const add = (valueDeg: number, positive: string, negative: string) => {
    const degrees = Math.round(valueDeg)
    if (degrees !== 0)
      parts.push(
        format(degrees > 0 ? positive : negative, { degrees: numbers.format(Math.abs(degrees)) }),
      )
  }
  add(hip.flexionDeg, m.hipFlexed, m.hipExtended)
  add(hip.abductionDeg, m.hipAbducted, m.hipAdducted)
  add(hip.externalRotationDeg, m.hipTurnedOut, m.hipTurnedIn)
  if (parts.length === 0) return m.hipStraight
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts)
  return format(m.hipPosition, { parts: list })
}

/** '3 sets of 10 repetitions.' */
export function describeDose(
  exercise: Exercise,
  m: ExerciseMessages,
  numbers: Intl.NumberFormat,
): string {
  const { sets, reps } = exercise.repetitions
  return format(m.doseSetsReps, {
    sets: format(sets === 1 ? m.setsOne : m.sets, { count: numbers.format(sets) }),
    reps: format(reps === 1 ? m.repsOne : m.reps, { count: numbers.format(reps) }),
  })
}

export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: ExerciseHeadingLevel
  id?: string
  className?: string
  children: ReactNode
}) {
  const Tag = `h${level}` as const
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  )
}

export function below(level: ExerciseHeadingLevel): ExerciseHeadingLevel {
  return Math.min(level + 1, 6) as ExerciseHeadingLevel
}

// ---- the card ----------------------------------------------------------------------------------
