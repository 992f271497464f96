/** KneeExplainer's props and imperative handle, and the state it reports. */
import type { CSSProperties, ReactNode } from 'react'
import type { StructureId } from '../anatomy/structures'
import type { ExerciseFrame } from '../exercises/motion'
import type { Exercise } from '../exercises/types'
import type { Messages } from '../i18n'
import type { LocaleBundle } from '../i18n/bundle'
import type { KneeModelError } from '../model/loadKneeModel'
import type { KneeCanvasProps } from '../scene/KneeCanvas'
import type { AnimatedState, MotionChannel } from '../scene/motionChannel'
import type { ViewId } from '../scene/views'
import type { ExplainerControlGroup } from './ExplainerControls'
import type { ToImageOptions } from './figureImage'
import type { ExplainerState, ExplainerStore } from './store'

/** Scene props: each works controlled (`view`) or uncontrolled (`defaultView`), with `onViewChange`. */
// keyof ExplainerState, not an alias of it: the mapped props keep each field's doc comment
export type ExplainerSceneProps = { [K in keyof ExplainerState]?: ExplainerState[K] } & {
  [K in keyof ExplainerState as `default${Capitalize<K>}`]?: ExplainerState[K]
} & {
  [K in keyof ExplainerState as `on${Capitalize<K>}Change`]?: (value: ExplainerState[K]) => void
}

export type KneeExplainerProps = ExplainerSceneProps & {
  /** Model URL (a .glb that keeps the model contract). @defaultValue the bundled knee */
  src?: string
  /** Accessible name of the figure. @defaultValue 'Interactive 3D model of the knee' */
  label?: string
  /**
   * Show the controls: true (the compact toolbar), false, the groups to show in the toolbar, or
   * 'panel' for the full panel of ExplainerControls. @defaultValue true
   */
  controls?: boolean | readonly ExplainerControlGroup[] | 'panel'
  /** Show the one-sentence caption. @defaultValue true */
  caption?: boolean
  /** Message overrides (every user-facing string). */
  messages?: Partial<Messages>
  /** Language of every string: 'en', 'es', 'de' or a registered bundle's tag. @defaultValue 'en' */
  lang?: string
  /** Overrides or additions to the language bundle (structure names, exercise text...). */
  bundle?: Partial<LocaleBundle>
  /** Locale for numbers. @defaultValue the language's */
  locale?: string
  /** Show the list of structures (the keyboard and screen-reader way to pick). @defaultValue true */
  structureList?: boolean
  /** 'high-contrast' for black-on-white text and controls with strong borders. @defaultValue 'default' */
  theme?: 'default' | 'high-contrast'
  /** Called with the whole state after any change. */
  onStateChange?: (state: ExplainerState) => void
  /** Called when the reader picks a structure (click, tap, link or list). */
  onSelect?: (id: StructureId) => void
  /** Called once the model is loaded and drawn. */
  onReady?: () => void
  /** Called when the model cannot be loaded or breaks the contract (the figure shows why). */
  onModelError?: (error: KneeModelError) => void
  /** A custom exercise object to perform (catalogue exercises can use `exercise="quad-set"`). */
  exerciseSpec?: Exercise
  /** A channel to publish what moves on screen into (one is made, or a provider's is used). */
  motion?: MotionChannel
  /** About ten times a second while an exercise plays: its phase and repetition. */
  onExerciseFrame?: (frame: ExerciseFrame, exercise: Exercise) => void
  /** Props for the canvas (pixel-ratio cap, background, r3f `onCreated`, `gl` settings). */
  canvasProps?: Omit<KneeCanvasProps, 'children' | 'label' | 'overlay'>
  /** Class name for the `<figure>` that holds the canvas, caption and controls. */
  className?: string
  /** Style for the `<figure>` that holds the canvas, caption and controls. */
  style?: CSSProperties
  /** Extra DOM under the figure (notes, links). */
  children?: ReactNode
}

/** The imperative handle for what props cannot say well. */
export type KneeExplainerApi = {
  play(): void
  pause(): void
  setView(view: ViewId): void
  /** Selects, highlights and labels one structure. */
  focus(id: StructureId): void
  /** Back to the state the figure started with. */
  reset(): void
  /** What the figure shows now: the requested state with the animated pose merged in. */
  getState(): ExplainerState
  /**
   * A PNG of the scene as it is now, at the requested size, with the caption and the model's
   * source credit written below (each can be left out). Waits for the model to be drawn.
   */
  toImage(options?: ToImageOptions): Promise<Blob>
  /** The figure's store of requested state, for advanced use (scroll steps, links). */
  store: ExplainerStore
  /** What moves on screen (the loop's flexion, an exercise's phase), with a subscription. */
  motion: MotionChannel
}

/**
 * The requested state with what moves on screen merged in: the flexion drawn now and, while an
 * exercise plays, its muscles' activation and the working muscles as highlight.
 */
export function withMotion(state: ExplainerState, animated: AnimatedState): ExplainerState {
  if (!animated.moving && !animated.exercise) return state
  const merged = { ...state, flexionDeg: animated.flexionDeg }
  if (animated.exercise) {
    merged.activation = animated.exercise.activation
    if (animated.exercise.working.length) merged.highlight = animated.exercise.working
  }
  return merged
}
