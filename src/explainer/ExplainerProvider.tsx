import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react'
import { createExplainerStore, type ExplainerState, type ExplainerStore } from './store'

const ExplainerContext = createContext<ExplainerStore | null>(null)

export type ExplainerProviderProps = {
  /** A store to share (for example one made with createExplainerStore); one is made if omitted. */
  store?: ExplainerStore
  /** Initial state for the store this provider makes (ignored when `store` is given). */
  initialState?: Partial<ExplainerState>
  children?: ReactNode
}

/** Shares one figure's scene state with everything inside it: the figure, controls, steps, links. */
export function ExplainerProvider({ store, initialState, children }: ExplainerProviderProps) {
  const own = useRef<ExplainerStore | null>(null)
  if (!store && !own.current) own.current = createExplainerStore(initialState)
  return (
    <ExplainerContext.Provider value={store ?? own.current}>{children}</ExplainerContext.Provider>
  )
}

/** The nearest explainer store, or null outside a provider. */
export function useOptionalExplainerStore(): ExplainerStore | null {
  return useContext(ExplainerContext)
}

/** The nearest explainer store; throws a clear error outside a provider. */
export function useExplainerStore(): ExplainerStore {
  const store = useContext(ExplainerContext)
  if (!store)
    throw new Error(
      'knee-explainer: useExplainer needs an <ExplainerProvider> or <KneeExplainer> around it.',
    )
  return store
}

/** Reads a slice of the scene state and re-renders when it changes. */
export function useExplainer<T>(select: (state: ExplainerState) => T): T {
  const store = useExplainerStore()
  return useSyncExternalStore(
    store.subscribe,
    () => select(store.getState()),
    () => select(store.getState()),
  )
}
