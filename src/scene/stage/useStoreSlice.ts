import { useSyncExternalStore } from 'react'
import type { ExplainerState, StageStore } from '../stageState'

/** One slice of the requested state; the component re-renders only when that slice changes. */
export function useStoreSlice<T>(store: StageStore, select: (s: ExplainerState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  )
}
