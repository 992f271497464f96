import { Suspense, forwardRef, useState, useSyncExternalStore, type CSSProperties } from 'react'
import { createMotionChannel } from '../scene/motionChannel'
import { getExercise } from '../exercises/validate'
import type { Exercise } from '../exercises/types'
import type { ViewId } from '../scene/views'
import { format, type MessageKey } from '../i18n'
import { useMessages } from '../i18n/locales'
import { KneeExplainer, type KneeExplainerApi, type KneeExplainerProps } from './KneeExplainer'
import { ExerciseAlert } from './exercise/ExerciseParts'

export type ExerciseExplainerProps = Omit<
  KneeExplainerProps,
  'exerciseSpec' | 'exercise' | 'defaultExercise'
> & {
  /** A catalogue id ('quad-set', 'clamshell', ...) or a custom exercise object (validated). */
  exercise: string | Exercise
  /** Show the knee with joint swelling (40 ml), which switches the VMO off first. @defaultValue false */
  swelling?: boolean
}

/** The view each catalogue exercise is easiest to follow from. */
const EXERCISE_VIEW: Record<string, ViewId> = {
  'quad-set': 'anterior',
  'straight-leg-raise': 'leg',
  'terminal-knee-extension': 'lateral',
  'wall-sit': 'lateral',
  'mini-squat': 'lateral',
  clamshell: 'thigh',
  'side-lying-hip-abduction': 'thigh',
  'adductor-squeeze': 'anterior',
}

const PHASE_MESSAGE: Record<string, MessageKey> = {
  rest: 'exercisePhaseRest',
  contract: 'exercisePhaseContract',
  hold: 'exercisePhaseHold',
  release: 'exercisePhaseRelease',
}

/**
 * A figure that performs an exercise at a readable pace: the knee and hip move through each
 * repetition, the muscles it works light up as they contract, and the kneecap responds through
 * the solver (with the VMO working it centres; with swelling switching it off it drifts).
 */
export const ExerciseExplainer = forwardRef<KneeExplainerApi, ExerciseExplainerProps>(
  function ExerciseExplainer(props, ref) {
    // Spanish and German words arrive as their own chunk on first use
    return (
      <Suspense fallback={null}>
        <ExerciseFigure {...props} ref={ref} />
      </Suspense>
    )
  },
)

const ExerciseFigure = forwardRef<KneeExplainerApi, ExerciseExplainerProps>(function ExerciseFigure(
  { exercise, swelling = false, ...props },
  ref,
) {
  const words = useMessages(props.lang, props.bundle)
  const lookup = getExercise(exercise)
  // the exercise's phase and repetition come from the figure's motion channel (published at each
  // new phase), not from React state set inside the frame loop
  const [motion] = useState(() => props.motion ?? createMotionChannel())
  const status = useSyncExternalStore(
    motion.subscribe,
    () => motion.get().exercise,
    () => motion.get().exercise,
  )
  if (!lookup.ok) {
    // in the page's language, as the exercise card says it
    return (
      <ExerciseAlert
        input={exercise}
        problems={lookup.issues}
        m={words.exercise}
        bundle={words}
        lang={props.lang}
        style={ALERT}
      />
    )
  }
  const spec = lookup.exercise
  const messages = { ...words.messages, ...props.messages }
  // a catalogue exercise speaks the page's language; a custom one keeps its own words
  const name = words.exercises[spec.id as keyof typeof words.exercises]?.name ?? spec.name
  const main = spec.muscles.filter((m) => m.main).map((m) => words.structures[m.id].name)
  return (
    <KneeExplainer
      ref={ref}
      defaultView={EXERCISE_VIEW[spec.id] ?? 'thigh'}
      defaultPlaying
      defaultTracking={swelling ? 'post-surgery-swelling' : 'normal'}
      label={format(messages.exerciseFigureLabel, { name })}
      {...props}
      exerciseSpec={spec}
      motion={motion}
    >
      <p style={STATUS} data-exercise-status="">
        <strong>{name}</strong>
        {status
          ? ` · ${format(messages.exerciseRepetition, { n: status.repetition })} · ${
              PHASE_MESSAGE[status.phase] ? messages[PHASE_MESSAGE[status.phase]!] : status.phase
            }`
          : ''}
        <br />
        {format(messages.exerciseWorks, { muscles: main.join(', ') })}
        {swelling ? ` ${messages.exerciseSwellingNote}` : ''}
      </p>
      {props.children}
    </KneeExplainer>
  )
})

const STATUS: CSSProperties = {
  margin: '0.5em 0',
  font: 'inherit',
  color: 'var(--knee-text, #1d2125)',
}
const ALERT: CSSProperties = {
  padding: '1em',
  border: '2px solid #b3261e',
  borderRadius: 8,
  color: '#1d2125',
  background: '#fff4f2',
  font: '15px/1.45 system-ui, sans-serif',
}
