import {
  Suspense,
  useEffect,
  useId,
  useMemo,
  useSyncExternalStore,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import { STRUCTURES, type StructureId } from '../anatomy/structures'
import { useOptionalExplainerStore } from './ExplainerProvider'
import { warnOnce } from './store'
import { format } from '../i18n'
import type { LocaleBundle } from '../i18n/bundle'
import { resolveBundle, resolveExerciseWords, useLocale } from '../i18n/locales'
import { EXERCISES, EXERCISE_IDS, isExerciseId } from '../exercises/catalogue'
import { resolveExerciseMessages, type ExerciseMessages } from '../i18n/exerciseMessages'
import type { Exercise, ExerciseId, HipPosition } from '../exercises/types'
import { getExercise, type ExerciseLookup } from '../exercises/validate'

/** An exercise as the components take it: a catalogue id or an exercise object. */
export type ExerciseInput = ExerciseId | (string & {}) | Exercise

/** Heading levels a card's title can take; its section headings are one level below. */
export type ExerciseHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

export type ExerciseCardProps = {
  /** A catalogue id such as 'quad-set', or an exercise object (checked by `validateExercise`). */
  exercise: ExerciseInput
  /** Overrides of the card's message keys (showOnFigure, steps, cues, stopIf, ...). */
  messages?: Partial<ExerciseMessages>
  /**
   * The level of the card's heading, so it fits the page's outline.
   * @defaultValue 3
   */
  headingLevel?: ExerciseHeadingLevel
  /**
   * Show the 'Show on the figure' button. It appears only when it can do something: inside an
   * explainer (for a catalogue exercise) or with an `onSend` handler.
   * @defaultValue true
   */
  showSendButton?: boolean
  /** Called with the exercise when the reader presses 'Show on the figure'. */
  onSend?: (exercise: Exercise) => void
  /**
   * The card's language, e.g. 'es' or 'de' (English otherwise). Sets the card's words, the text
   * of catalogue exercises and the muscle names from that language's bundle; custom exercise
   * objects keep their own text. Also set as the card's `lang` attribute.
   */
  lang?: string
  /**
   * BCP 47 tag for the numbers and lists in the card.
   * @defaultValue the language's locale from `lang`, else 'en'
   */
  locale?: string
  /** Rendered at the end of the card, e.g. a `<RepCounter>`. */
  children?: ReactNode
} & Omit<HTMLAttributes<HTMLElement>, 'children'>

export const EXERCISE_CARD_CLASS = 'knee-exercise'
const ROOT = EXERCISE_CARD_CLASS

// One stylesheet for every card, list and row (React 19 hoists and dedupes it by href). Theming
// goes through custom properties with fallbacks; buttons and the evidence toggle are at least
// 32 CSS px tall (WCAG 2.2 asks 24); logical properties keep right-to-left pages right.
// Fallback colours: text #1d2125 on #f6f7f8 is 15:1, white on the accent #1f5fbf 6.1:1, the
// alert's text on #fdf1f0 14:1 and its border #b3261e on that 5.9:1.
const CSS = `
.${ROOT} {
  box-sizing: border-box;
  padding-block: 12px 16px;
  padding-inline: 16px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.5;
}
.${ROOT} :is(h1, h2, h3, h4, h5, h6) {
  margin-block: 1em 0.25em;
  font-size: 1em;
  line-height: 1.3;
}
.${ROOT} .${ROOT}__title {
  margin-block-start: 0;
  font-size: 1.25em;
}
.${ROOT} p {
  margin-block: 0.25em;
}
.${ROOT} :is(ol, ul) {
  margin-block: 0.25em;
  padding-inline-start: 1.5em;
}
.${ROOT} li + li {
  margin-block-start: 0.25em;
}
.${ROOT} .${ROOT}__facts {
  list-style: none;
  padding-inline-start: 0;
}
.${ROOT}__main {
  font-weight: 600;
}
.${ROOT}__note {
  font-size: 0.9375em;
}
.${ROOT}__send {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  margin-block: 8px;
}
.${ROOT}__send button {
  box-sizing: border-box;
  min-block-size: 32px;
  min-inline-size: 32px;
  padding-block: 4px;
  padding-inline: 12px;
  font: inherit;
  color: var(--knee-on-accent, #ffffff);
  background: var(--knee-accent, #1f5fbf);
  border: 1px solid var(--knee-accent, #1f5fbf);
  border-radius: calc(var(--knee-radius, 8px) / 2);
  cursor: pointer;
}
.${ROOT}__send button:hover {
  text-decoration: underline;
}
.${ROOT} details {
  margin-block-start: 12px;
}
.${ROOT} summary {
  box-sizing: border-box;
  min-block-size: 32px;
  padding-block: 4px;
  cursor: pointer;
  font-weight: 600;
}
.${ROOT} :focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${ROOT}-alert {
  box-sizing: border-box;
  padding-block: 8px;
  padding-inline: 12px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-alert-surface, #fdf1f0);
  border: 1px solid var(--knee-alert-border, #b3261e);
  border-inline-start-width: 4px;
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.5;
  overflow-wrap: anywhere;
}
.${ROOT}-alert p {
  margin-block: 0.25em;
}
.${ROOT}-alert ul {
  margin-block: 0.25em;
  padding-inline-start: 1.5em;
}
@media (forced-colors: active) {
  .${ROOT}__send button {
    border-color: ButtonText;
  }
}
`

/** The shared stylesheet of the exercise components (rendered once per page by React). */
export function ExerciseStyles() {
  return (
    <style href={ROOT} precedence="default">
      {CSS}
    </style>
  )
}

// ---- language ----------------------------------------------------------------------------------

/** What a component needs to speak a language: its words, its bundle and its number locale. */
export type ExerciseLanguage = {
  m: ExerciseMessages
  /** The language's bundle, or null for English (the catalogue's own text). */
  bundle: LocaleBundle | null
  locale: string
}

/**
 * The messages (the language's, with the author's overrides on top), bundle and locale for a
 * `lang` tag. 'es-MX' speaks Spanish; a tag the components do not speak gives English.
 */
export function useExerciseLanguage(
  lang: string | undefined,
  messages: Partial<ExerciseMessages> | undefined,
  locale: string | undefined,
): ExerciseLanguage {
  useLocale(lang) // suspends while a shipped language's chunk loads
  return useMemo(() => {
    const words = resolveExerciseWords(lang)
    if (!words)
      return { m: resolveExerciseMessages(messages), bundle: null, locale: locale ?? 'en' }
    const bundle = resolveBundle(lang)
    return {
      m: messages ? { ...words, ...messages } : words,
      bundle,
      locale: locale ?? bundle.locale,
    }
  }, [lang, messages, locale])
}

/**
 * A catalogue exercise (given by id, or as the catalogue's own object) with its text from the
 * bundle; the bundle's general reasons to stop follow the exercise's own. Anything else as it is.
 */
export function localizeExercise(
  input: unknown,
  exercise: Exercise,
  bundle: LocaleBundle | null,
): Exercise {
  if (!bundle || !isExerciseId(exercise.id)) return exercise
  if (input !== exercise.id && input !== EXERCISES[exercise.id]) return exercise
  const text = bundle.exercises[exercise.id]
  if (!text) return exercise
  const localized: Exercise = {
    ...exercise,
    name: text.name,
    purpose: text.purpose,
    position: text.position,
    steps: text.steps,
    cues: text.cues,
    stopIf: [...text.stopIf, ...bundle.generalStopIf],
    evidence: text.evidence,
    kneecapEffect: text.kneecapEffect,
  }
  // no English short name in a translated exercise
  if (text.shortName) localized.shortName = text.shortName
  else delete localized.shortName
  return localized
}

/** A muscle's (or any structure's) name in the bundle's language, or in English. */
export function structureName(id: StructureId, bundle: LocaleBundle | null): string {
  return bundle?.structures[id]?.name ?? STRUCTURES[id]?.name ?? id
}

// ---- lookup and bad input ----------------------------------------------------------------------

/** Looks the exercise up once per input and warns the page author once in the console. */
export function useExerciseLookup(input: unknown): ExerciseLookup {
  const lookup = useMemo(() => getExercise(input), [input])
  useEffect(() => {
    if (!lookup.ok) warnOnce(lookup.message)
  }, [lookup])
  return lookup
}

type ExerciseAlertProps = {
  input: unknown
  problems: readonly string[]
  m: ExerciseMessages
  /** The page's language tag for the alert, when the component was given one. */
  lang?: string | undefined
  className?: string
  style?: CSSProperties
}

/**
 * What a page shows instead of a broken exercise: for an unknown id, the known ids; for a bad
 * object, each problem, named by its field.
 */
export function ExerciseAlert({ input, problems, m, lang, className, style }: ExerciseAlertProps) {
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
        <p>{format(m.unknownExercise, { id: input, known })}</p>
      ) : isObject ? (
        <>
          <p>{m.invalidExercise}</p>
          <ul>
            {problems.map((problem, i) => (
              // the validator's problems are in English (field names and all)
              <li key={i} lang={lang ? 'en' : undefined}>
                {problem}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{format(m.notAnExercise, { known })}</p>
      )}
    </div>
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

function below(level: ExerciseHeadingLevel): ExerciseHeadingLevel {
  return Math.min(level + 1, 6) as ExerciseHeadingLevel
}

// ---- the card ----------------------------------------------------------------------------------

/**
 * One exercise for the text beside the figure: what it is for, how to do it as numbered steps,
 * the knee and hip position in plain words, the muscles that work (main ones marked in words),
 * tips, when to stop, a starting dose, what it does to the kneecap and an honest evidence note.
 * A 'Show on the figure' button plays it on the nearest explainer. All text is rendered as text.
 */
export function ExerciseCard(props: ExerciseCardProps) {
  // Spanish and German arrive as their own chunk on first use
  return (
    <Suspense fallback={null}>
      <ExerciseCardBody {...props} />
    </Suspense>
  )
}

function ExerciseCardBody({
  exercise: input,
  messages,
  headingLevel = 3,
  showSendButton = true,
  onSend,
  lang,
  locale: localeProp,
  className,
  style,
  children,
  ...props
}: ExerciseCardProps) {
  const { m, bundle, locale } = useExerciseLanguage(lang, messages, localeProp)
  const lookup = useExerciseLookup(input)
  const headingId = useId()
  const exercise = useMemo(
    () => (lookup.ok ? localizeExercise(input, lookup.exercise, bundle) : null),
    [input, lookup, bundle],
  )
  if (!lookup.ok || !exercise)
    return (
      <ExerciseAlert
        input={input}
        problems={lookup.ok ? [] : lookup.problems}
        m={m}
        lang={lang}
        className={className}
        style={style}
      />
    )
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  const sub = below(headingLevel)
  // main muscles first, each group in the catalogue's order
  const muscles = [...exercise.muscles].sort((a, b) => Number(b.main) - Number(a.main))
  const { holdSeconds } = exercise.repetitions
  return (
    <article
      aria-labelledby={headingId}
      className={className ? `${ROOT} ${className}` : ROOT}
      style={style}
      lang={lang}
      {...props}
    >
      <ExerciseStyles />
      <Heading level={headingLevel} id={headingId} className={`${ROOT}__title`}>
        {exercise.name}
      </Heading>
      <p>{exercise.purpose}</p>
      <ul className={`${ROOT}__facts`}>
        <li>{format(m.position, { position: exercise.position })}</li>
        <li>{describeKneeRange(exercise.kneeRangeDeg, m, numbers)}</li>
        <li>{describeHip(exercise.hip, m, numbers, locale)}</li>
      </ul>
      {showSendButton && <SendButton exercise={exercise} m={m} onSend={onSend} />}

      <Heading level={sub}>{m.steps}</Heading>
      <ol>
        {exercise.steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>

      <Heading level={sub}>{m.muscles}</Heading>
      <p className={`${ROOT}__note`}>{m.musclesNote}</p>
      <ul>
        {muscles.map(({ id, main }) => {
          const name = structureName(id, bundle)
          return (
            <li key={id} className={main ? `${ROOT}__main` : undefined}>
              {main ? format(m.muscleMain, { name }) : name}
            </li>
          )
        })}
      </ul>

      {exercise.cues.length > 0 && (
        <>
          <Heading level={sub}>{m.cues}</Heading>
          <ul>
            {exercise.cues.map((cue, i) => (
              <li key={i}>{cue}</li>
            ))}
          </ul>
        </>
      )}

      <Heading level={sub}>{m.stopIf}</Heading>
      <ul>
        {exercise.stopIf.map((reason, i) => (
          <li key={i}>{reason}</li>
        ))}
      </ul>

      <Heading level={sub}>{m.dose}</Heading>
      <p>
        {describeDose(exercise, m, numbers)}
        {holdSeconds > 0 &&
          ` ${format(holdSeconds === 1 ? m.holdOne : m.hold, { seconds: numbers.format(holdSeconds) })}`}
      </p>
      <p className={`${ROOT}__note`}>{m.doseNote}</p>

      <Heading level={sub}>{m.kneecapEffect}</Heading>
      <p>{exercise.kneecapEffect}</p>

      <details>
        <summary>{m.evidence}</summary>
        <p>{exercise.evidence}</p>
        <p className={`${ROOT}__note`}>
          {/* the catalogue's citations stay in the language they were published in */}
          {m.sources.split('{sources}')[0]}
          <span lang={isExerciseId(exercise.id) ? 'en' : undefined}>
            {exercise.sources.join('; ')}
          </span>
          {m.sources.split('{sources}')[1]}
        </p>
      </details>
      {children}
    </article>
  )
}
