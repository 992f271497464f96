import { useEffect, useSyncExternalStore } from 'react'
import { catalogueSettled, loadCatalogue, onCatalogueSettled } from '../../exercises/lookup'
import type { Exercise } from '../../exercises/types'
import { activitiesSettled, loadActivities, onActivitiesSettled } from '../../i18n/activityLookup'
import type { StageStore } from '../stageState'
import { useStoreSlice } from './useStoreSlice'

/**
 * True while the stage must wait for the exercise catalogue: a catalogue exercise is asked for
 * (and no exercise object of the stage's own) and the catalogue, a chunk of its own, is on its
 * way. The stage draws nothing meanwhile, so the knee never shows the wrong motion first.
 */
export function useExerciseCatalogue(store: StageStore, own: Exercise | null | undefined): boolean {
  const needed = useStoreSlice(store, (s) => s.exercise !== null) && !own
  return useLazyData(needed, catalogueSettled, onCatalogueSettled, loadCatalogue)
}

/** As `useExerciseCatalogue`, for a daily activity and the chunk that holds the activities. */
export function useDailyActivities(store: StageStore): boolean {
  const needed = useStoreSlice(store, (s) => s.activity != null)
  return useLazyData(needed, activitiesSettled, onActivitiesSettled, loadActivities)
}

function useLazyData(
  needed: boolean,
  settled: () => boolean,
  onSettled: (listener: () => void) => () => void,
  load: () => Promise<void>,
): boolean {
  const isSettled = useSyncExternalStore(onSettled, settled, settled)
  useEffect(() => {
    if (needed) void load()
  }, [needed, load])
  return needed && !isSettled
}
