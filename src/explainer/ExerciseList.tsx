import { Suspense, useId, useMemo, type HTMLAttributes } from 'react'
import { EXERCISE_LIST } from '../exercises/catalogue'
import {
  EXERCISE_CARD_CLASS,
  ExerciseAlert,
  ExerciseCard,
  ExerciseStyles,
  Heading,
  SendButton,
  localizeExercise,
  useExerciseLanguage,
  useExerciseLookup,
  type ExerciseHeadingLevel,
  type ExerciseInput,
} from './ExerciseCard'
import type { ExerciseMessages } from '../i18n/exerciseMessages'
import type { LocaleBundle } from '../i18n/bundle'
import type { Exercise } from '../exercises/types'

export type ExerciseListProps = {
  /**
   * The exercises, as catalogue ids or exercise objects, in the order to show them.
   * @defaultValue EXERCISE_LIST (the whole catalogue in teaching order)
   */
  exercises?: readonly ExerciseInput[]
  /** Overrides of the message keys (showOnFigure, steps, cues, ...). */
  messages?: Partial<ExerciseMessages>
  /**
   * Short rows (name, purpose and the send button) instead of whole cards.
   * @defaultValue false
   */
  compact?: boolean
  /**
   * The level of each exercise's heading.
   * @defaultValue 3
   */
  headingLevel?: ExerciseHeadingLevel
  /**
   * Show each exercise's 'Show on the figure' button (where it can do something).
   * @defaultValue true
   */
  showSendButton?: boolean
  /** Called with the exercise when the reader presses its 'Show on the figure'. */
  onSend?: (exercise: Exercise) => void
  /**
   * The list's language, e.g. 'es' or 'de' (English otherwise): the words, the text of
   * catalogue exercises and the muscle names; custom exercise objects keep their own text.
   * Also set as the list's `lang` attribute.
   */
  lang?: string
  /**
   * BCP 47 tag for numbers and lists.
   * @defaultValue the language's locale from `lang`, else 'en'
   */
  locale?: string
} & Omit<HTMLAttributes<HTMLUListElement>, 'children'>

const ROOT = 'knee-exercise-list'

const LIST_CSS = `
.${ROOT} {
  display: grid;
  gap: 12px;
  margin: 0;
  padding: 0;
  list-style: none;
}
.${ROOT}--compact .${EXERCISE_CARD_CLASS} {
  padding-block: 8px;
}
.${ROOT}--compact .${EXERCISE_CARD_CLASS}__send {
  margin-block-end: 0;
}
`

/** A React key that stays put when the list is reordered, and is unique even with repeats. */
function keyFor(input: unknown, index: number): string {
  const id =
    typeof input === 'string'
      ? input
      : typeof input === 'object' && input !== null && 'id' in input
        ? String((input as { id: unknown }).id)
        : ''
  return `${id}#${index}`
}

/**
 * Several exercises as a list: whole cards, or with `compact` short rows of name, purpose and the
 * 'Show on the figure' button. A bad entry shows its own message; the others still show.
 */
export function ExerciseList(props: ExerciseListProps) {
  // Spanish and German arrive as their own chunk on first use
  return (
    <Suspense fallback={null}>
      <ExerciseListBody {...props} />
    </Suspense>
  )
}

function ExerciseListBody({
  exercises = EXERCISE_LIST,
  messages,
  compact = false,
  headingLevel = 3,
  showSendButton = true,
  onSend,
  lang,
  locale,
  className,
  ...props
}: ExerciseListProps) {
  const { m, bundle } = useExerciseLanguage(lang, messages, locale)
  const classes = [ROOT, compact && `${ROOT}--compact`, className].filter(Boolean).join(' ')
  return (
    <ul className={classes} lang={lang} {...props}>
      <style href={ROOT} precedence="default">
        {LIST_CSS}
      </style>
      {exercises.map((exercise, i) => (
        <li key={keyFor(exercise, i)}>
          {compact ? (
            <ExerciseRow
              exercise={exercise}
              m={m}
              bundle={bundle}
              headingLevel={headingLevel}
              showSendButton={showSendButton}
              onSend={onSend}
            />
          ) : (
            <ExerciseCard
              exercise={exercise}
              messages={messages}
              headingLevel={headingLevel}
              showSendButton={showSendButton}
              onSend={onSend}
              lang={lang}
              locale={locale}
            />
          )}
        </li>
      ))}
    </ul>
  )
}

type ExerciseRowProps = {
  exercise: ExerciseInput
  m: ExerciseMessages
  bundle: LocaleBundle | null
  headingLevel: ExerciseHeadingLevel
  showSendButton: boolean
  onSend?: (exercise: Exercise) => void
}

/** One short row: the exercise's name, what it is for, and the send button. */
function ExerciseRow({
  exercise: input,
  m,
  bundle,
  headingLevel,
  showSendButton,
  onSend,
}: ExerciseRowProps) {
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
        problems={lookup.ok ? [] : lookup.issues}
        m={m}
        bundle={bundle}
      />
    )
  return (
    <article aria-labelledby={headingId} className={EXERCISE_CARD_CLASS}>
      <ExerciseStyles />
      <Heading level={headingLevel} id={headingId} className={`${EXERCISE_CARD_CLASS}__title`}>
        {exercise.name}
      </Heading>
      <p>{exercise.purpose}</p>
      {showSendButton && <SendButton exercise={exercise} m={m} onSend={onSend} />}
    </article>
  )
}
