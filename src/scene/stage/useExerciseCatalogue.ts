import { useEffect, useSyncExternalStore } from 'react'
import { catalogueSettled, loadCatalogue, onCatalogueSettled } from '../../exercises/lookup'
import type { Exercise } from '../../exercises/types'
import type { StageStore } from '../stageState'
import { useStoreSlice } from './useStoreSlice'

/**
 * True while the stage must wait for the exercise catalogue: a catalogue exercise is asked for
 * (and no exercise object of the stage's own) and the catalogue, a chunk of its own, is on its
 * way. The stage draws nothing meanwhile, so the knee never shows the wrong motion first.
 */
export function useExerciseCatalogue(store: StageStore, own: Exercise | null | undefined): boolean {
  const needed = useStoreSlice(store, (s) => s.exercise !== null) && !own
  const settled = useSyncExternalStore(onCatalogueSettled, catalogueSettled, catalogueSettled)
  useEffect(() => {
    if (needed) void loadCatalogue()
  }, [needed])
  return needed && !settled
}
