/**
 * The exercise catalogue as the figure reaches it: loaded on the figure's first ask for a
 * catalogue exercise, as a chunk of its own, so a page whose figures never show an exercise never
 * downloads its text and motion. (Components that show an exercise's text, such as ExerciseCard,
 * import the catalogue itself; a figure given an exercise object needs none of this.)
 * Pure TypeScript: no React.
 */
import type { Exercise } from './types'

type Catalogue = Readonly<Record<string, Exercise>>

let known: Catalogue | null = null
let failed = false
let loading: Promise<void> | null = null
const listeners = new Set<() => void>()

const settle = () => {
  for (const listener of [...listeners]) listener()
}

/** True once the catalogue is at hand, or once loading it has failed (the figure goes on without). */
export function catalogueSettled(): boolean {
  return known !== null || failed
}

/** Loads the catalogue if no module has yet; resolves once it is in (or has failed to come). */
export function loadCatalogue(): Promise<void> {
  if (known) return Promise.resolve()
  loading ??= import('./exerciseData').then(
    (m) => {
      known = m.EXERCISES
      settle()
    },
    (error: unknown) => {
      // a chunk that fails to download leaves the figure bending as it does without an exercise
      failed = true
      console.warn('knee-explainer: the exercise catalogue did not load.', error)
      settle()
    },
  )
  return loading
}

/**
 * A catalogue exercise by id, or null: for an id the catalogue lacks, and while the catalogue is
 * still on its way (this call starts loading it; `onCatalogueSettled` hears when it is in).
 */
export function catalogueExercise(id: string): Exercise | null {
  if (!known) {
    if (!failed) void loadCatalogue()
    return null
  }
  return Object.prototype.hasOwnProperty.call(known, id) ? known[id]! : null
}

/** Calls `listener` when the catalogue arrives (or fails to); returns the unsubscribe. */
export function onCatalogueSettled(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
