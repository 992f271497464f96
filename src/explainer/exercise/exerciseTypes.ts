import type { Exercise, ExerciseId } from '../../exercises/types'

/** An exercise as the components take it: a catalogue id or an exercise object. */
export type ExerciseInput = ExerciseId | (string & {}) | Exercise

/** Heading levels a card's title can take; its section headings are one level below. */
export type ExerciseHeadingLevel = 1 | 2 | 3 | 4 | 5 | 6
