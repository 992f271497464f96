import { useEffect, useMemo, useState, type HTMLAttributes } from 'react'
import { format } from '../i18n'
import {
  ExerciseAlert,
  localizeExercise,
  useExerciseLanguage,
  useExerciseLookup,
  type ExerciseInput,
} from './ExerciseCard'
import type { ExerciseMessages } from '../i18n/exerciseMessages'
import type { Exercise, ExercisePhaseName } from '../exercises/types'
import { CSS, ROOT } from './exercise/repCounterCss'

export type RepCounterProps = {
  /** A catalogue id such as 'quad-set', or an exercise object (checked by `validateExercise`). */
  exercise: ExerciseInput
  /** Overrides of the counter's message keys (start, stop, reset, repCount, holdTime, ...). */
  messages?: Partial<ExerciseMessages>
  /**
   * The counter's language, e.g. 'es' or 'de' (English otherwise): its words and the name of a
   * catalogue exercise. Also set as the counter's `lang` attribute.
   */
  lang?: string
  /**
   * BCP 47 tag for the numbers.
   * @defaultValue the language's locale from `lang`, else 'en'
   */
  locale?: string
} & Omit<HTMLAttributes<HTMLDivElement>, 'children'>

/** How often the counter looks at the clock while running, ms. */
const TICK_MS = 250

/** One part of a repetition as the reader follows it. */
type Segment = { name: ExercisePhaseName; seconds: number }

/**
 * One repetition for a reader following along: the figure's phases, with the hold as long as the
 * dose says (the figure may shorten a long hold to keep its loop short; a reader should not).
 */
export function repetitionPlan(exercise: Pick<Exercise, 'phases' | 'repetitions'>): Segment[] {
  const holdSeconds = exercise.repetitions.holdSeconds
  const plan: Segment[] = exercise.phases.map(({ name, seconds }) => ({
    name,
    seconds: name === 'hold' ? holdSeconds : seconds,
  }))
  if (holdSeconds > 0 && !plan.some((segment) => segment.name === 'hold')) {
    // a dose with a hold but no hold phase: hold at the top of the movement
    const contract = plan.findIndex((segment) => segment.name === 'contract')
    plan.splice(contract + 1, 0, { name: 'hold', seconds: holdSeconds })
  }
  return plan.filter((segment) => segment.seconds > 0)
}

type Status = 'ready' | 'running' | 'paused' | 'set-done' | 'all-done'

/**
 * A counter for a reader doing the exercise along with the page: Start, Stop and Reset, the set
 * and repetition, what to do now, and a countdown during each hold. A hidden polite live region
 * says only each new repetition and the end of a set, not every second.
 */
export function RepCounter({
  exercise: input,
  messages,
  lang,
  locale: localeProp,
  className,
  ...props
}: RepCounterProps) {
  const { m, bundle, locale } = useExerciseLanguage(lang, messages, localeProp)
  const lookup = useExerciseLookup(input)
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
        style={props.style}
      />
    )
  // a new exercise starts the counter afresh
  return (
    <Counter
      key={exercise.id}
      exercise={exercise}
      m={m}
      locale={locale}
      lang={lang}
      className={className ? `${ROOT} ${className}` : ROOT}
      {...props}
    />
  )
}

type CounterProps = {
  exercise: Exercise
  m: ExerciseMessages
  locale: string
} & Omit<HTMLAttributes<HTMLDivElement>, 'children'>

function Counter({ exercise, m, locale, ...props }: CounterProps) {
  const plan = useMemo(() => repetitionPlan(exercise), [exercise])
  const { sets, reps } = exercise.repetitions
  const repetitionMs = plan.reduce((sum, segment) => sum + segment.seconds, 0) * 1000
  const setMs = repetitionMs * reps

  const [status, setStatus] = useState<Status>('ready')
  const [set, setSet] = useState(1)
  const [elapsedMs, setElapsedMs] = useState(0)
  // while running: the time already done in this set when the clock started, and when it did
  const [clock, setClock] = useState<{ baseMs: number; startedAt: number } | null>(null)

  useEffect(() => {
    if (!clock) return
    // the wall clock, not the tick count: a throttled background tab still counts true seconds
    const timer = setInterval(() => {
      const elapsed = clock.baseMs + Date.now() - clock.startedAt
      if (elapsed < setMs) {
        setElapsedMs(elapsed)
        return
      }
      clearInterval(timer)
      setClock(null)
      setElapsedMs(setMs)
      setStatus(set < sets ? 'set-done' : 'all-done')
    }, TICK_MS)
    return () => clearInterval(timer)
  }, [clock, set, sets, setMs])

  const start = () => {
    let baseMs = elapsedMs
    if (status === 'set-done' || status === 'all-done') {
      setSet(status === 'set-done' ? set + 1 : 1)
      setElapsedMs(0)
      baseMs = 0
    }
    setClock({ baseMs, startedAt: Date.now() })
    setStatus('running')
  }
  const stop = () => {
    setClock(null)
    setStatus('paused')
  }
  const reset = () => {
    setClock(null)
    setStatus('ready')
    setSet(1)
    setElapsedMs(0)
  }

  // where the reader is: repetition, and the segment inside it
  const numbers = new Intl.NumberFormat(locale)
  const repetitionIndex = Math.min(Math.floor(elapsedMs / repetitionMs), reps - 1)
  let intoRepetitionS = (elapsedMs - repetitionIndex * repetitionMs) / 1000
  let segment = plan[plan.length - 1]
  for (const candidate of plan) {
    if (intoRepetitionS < candidate.seconds) {
      segment = candidate
      break
    }
    intoRepetitionS -= candidate.seconds
  }
  const repetition = repetitionIndex + 1
  const repLine = format(m.repCount, {
    n: numbers.format(repetition),
    total: numbers.format(reps),
  })

  let phaseLine: string
  if (status === 'ready') phaseLine = m.ready
  else if (status === 'set-done') phaseLine = format(m.setDone, { n: numbers.format(set) })
  else if (status === 'all-done') phaseLine = format(m.allDone, { total: numbers.format(sets) })
  else if (segment?.name === 'hold') {
    const leftS = Math.max(1, Math.ceil(segment.seconds - intoRepetitionS - 1e-9))
    phaseLine = format(m.holdTime, { seconds: numbers.format(leftS) })
  } else if (segment?.name === 'contract') phaseLine = m.phaseContract
  else if (segment?.name === 'release') phaseLine = m.phaseRelease
  else phaseLine = m.phaseRest

  // What the live region says changes only with the repetition or the end of a set, so a screen
  // reader hears each new repetition once and never the seconds ticking.
  const announcement =
    status === 'ready' ? '' : status === 'running' || status === 'paused' ? repLine : phaseLine

  const startLabel =
    status === 'set-done'
      ? format(m.startNextSet, { n: numbers.format(set + 1) })
      : status === 'all-done'
        ? m.startAgain
        : m.start

  return (
    <div role="group" aria-label={format(m.counterLabel, { name: exercise.name })} {...props}>
      <style href={ROOT} precedence="default">
        {CSS}
      </style>
      {sets > 1 && (
        <p>{format(m.setCount, { n: numbers.format(set), total: numbers.format(sets) })}</p>
      )}
      <p className={`${ROOT}__rep`}>{repLine}</p>
      <p className={`${ROOT}__phase`}>{phaseLine}</p>
      <div className={`${ROOT}__buttons`}>
        {/* one button that says what it does next, like the figure's Play/Pause */}
        <button
          type="button"
          className={`${ROOT}__start`}
          onClick={status === 'running' ? stop : start}
        >
          {status === 'running' ? m.stop : startLabel}
        </button>
        <button type="button" onClick={reset}>
          {m.reset}
        </button>
      </div>
      <p role="status" aria-atomic="true" className={`${ROOT}__live`}>
        {announcement}
      </p>
    </div>
  )
}
