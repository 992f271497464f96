/**
 * Every reader-facing string of the exercise components (ExerciseCard, ExerciseList, RepCounter),
 * in English. Other languages and authors override these by key through each component's
 * `messages` prop. The exercises' own text (name, steps, cues...) is data: translate it by passing
 * translated exercise objects. Pure TypeScript: no React.
 */
import { DOSE_NOTE } from '../exercises/catalogue'

export const exerciseMessages = {
  // the send button and what it says once the figure shows the exercise
  showOnFigure: 'Show on the figure',
  // the button's accessible name: keeps the visible words first and adds which exercise
  showOnFigureNamed: 'Show on the figure: {name}',
  onFigureNow: 'Now showing on the figure',
  // the card's parts
  position: 'Starting position: {position}',
  steps: 'How to do it',
  kneeStraight: 'Knee: straight',
  kneeBent: 'Knee: bent {degrees} degrees',
  kneeFromStraight: 'Knee: from straight to {to} degrees bent',
  kneeFromBent: 'Knee: from {from} to {to} degrees bent',
  hipStraight: 'Hip at the start: straight',
  // {parts} is a list built from the hip* pieces below, joined for the page's language
  hipPosition: 'Hip at the start: {parts}',
  hipFlexed: 'bent {degrees} degrees',
  hipExtended: 'stretched back {degrees} degrees',
  hipAbducted: 'leg out to the side {degrees} degrees',
  hipAdducted: 'leg in across the body {degrees} degrees',
  hipTurnedOut: 'turned out {degrees} degrees',
  hipTurnedIn: 'turned in {degrees} degrees',
  muscles: 'Muscles that work',
  musclesNote: '“Main” marks the muscles this exercise is given for; the others help.',
  muscleMain: '{name} (main)',
  cues: 'Tips while you do it',
  stopIf: 'When to stop',
  dose: 'How much',
  // {sets} and {reps} are the sets and reps pieces below
  doseSetsReps: '{sets} of {reps}.',
  sets: '{count} sets',
  setsOne: '{count} set',
  reps: '{count} repetitions',
  repsOne: '{count} repetition',
  hold: 'Hold each one for {seconds} seconds.',
  holdOne: 'Hold each one for {seconds} second.',
  doseNote: DOSE_NOTE,
  kneecapEffect: 'What it does to the kneecap',
  evidence: 'What the evidence says',
  sources: 'Sources: {sources}',
  // bad input, for the page author (the reader sees it too, so it stays calm and plain)
  unknownExercise: 'There is no exercise called “{id}”. The known exercises are: {known}.',
  notAnExercise:
    'An exercise must be given as an id or an exercise object. The known exercises are: {known}.',
  invalidExercise: 'This exercise cannot be shown. These fields need fixing:',
  // the rep counter
  counterLabel: 'Follow along: {name}',
  start: 'Start',
  stop: 'Stop',
  reset: 'Reset',
  startNextSet: 'Start set {n}',
  startAgain: 'Start again',
  ready: 'Press Start and follow along.',
  setCount: 'Set {n} of {total}',
  repCount: 'Repetition {n} of {total}',
  holdTime: 'Hold {seconds} s',
  // the same words as the figure's status line (en.exercisePhase*)
  phaseRest: 'Relax',
  phaseContract: 'Tighten',
  phaseRelease: 'Let go slowly',
  setDone: 'Set {n} done. Rest for a moment, then start the next set.',
  allDone: 'All {total} sets done. Well done.',
} as const

export type ExerciseMessageKey = keyof typeof exerciseMessages
export type ExerciseMessages = Record<ExerciseMessageKey, string>

/** English with an author's overrides on top; unknown keys are ignored. */
export function resolveExerciseMessages(overrides?: Partial<ExerciseMessages>): ExerciseMessages {
  return overrides ? { ...exerciseMessages, ...overrides } : exerciseMessages
}
