import { Suspense, useId, useMemo, type HTMLAttributes, type ReactNode } from 'react'
import { format } from '../i18n'
import { isExerciseId } from '../exercises/catalogue'
import { type ExerciseMessages } from '../i18n/exerciseMessages'
import type { Exercise } from '../exercises/types'
import { EXERCISE_CARD_CLASS, ExerciseStyles, ROOT } from './exercise/exerciseStyles'
import {
  localizeExercise,
  structureName,
  useExerciseLanguage,
  useExerciseLookup,
  type ExerciseLanguage,
} from './exercise/exerciseLanguage'
import {
  ExerciseAlert,
  Heading,
  SendButton,
  below,
  describeDose,
  describeHip,
  describeKneeRange,
} from './exercise/ExerciseParts'

export { EXERCISE_CARD_CLASS, ExerciseStyles }
export { localizeExercise, structureName, useExerciseLanguage, useExerciseLookup }
export type { ExerciseLanguage }
export { ExerciseAlert, Heading, SendButton, describeDose, describeHip, describeKneeRange }

import type { ExerciseHeadingLevel, ExerciseInput } from './exercise/exerciseTypes'

export type { ExerciseHeadingLevel, ExerciseInput }

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
        problems={lookup.ok ? [] : lookup.issues}
        m={m}
        bundle={bundle}
        locale={locale}
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
