/**
 * The exercise catalogue as the figure reaches it: loaded on the figure's first ask for a
 * catalogue exercise, as a chunk of its own, so a page whose figures never show an exercise never
 * downloads its text and motion. (Components that show an exercise's text, such as ExerciseCard,
 * import the catalogue itself; a figure given an exercise object needs none of this.)
 * Pure TypeScript: no React.
 */
import { lazyTable } from '../kinematics/lazyTable'
import type { Exercise } from './types'

// a chunk that fails to download leaves the figure bending as it does without an exercise
const catalogue = /* @__PURE__ */ lazyTable('the exercise catalogue', () =>
  import('./exerciseData').then((m): Readonly<Record<string, Exercise>> => m.EXERCISES),
)

/** True once the catalogue is at hand, or once loading it has failed (the figure goes on without). */
export function catalogueSettled(): boolean {
  return catalogue.settled()
}

/** Loads the catalogue if no module has yet; resolves once it is in (or has failed to come). */
export function loadCatalogue(): Promise<void> {
  return catalogue.load()
}

/**
 * A catalogue exercise by id, or null: for an id the catalogue lacks, and while the catalogue is
 * still on its way (this call starts loading it; `onCatalogueSettled` hears when it is in).
 */
export function catalogueExercise(id: string): Exercise | null {
  const known = catalogue.get()
  return known && Object.prototype.hasOwnProperty.call(known, id) ? known[id]! : null
}

/** Calls `listener` when the catalogue arrives (or fails to); returns the unsubscribe. */
export function onCatalogueSettled(listener: () => void): () => void {
  return catalogue.onSettled(listener)
}
