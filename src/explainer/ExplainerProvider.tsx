import { createContext, useContext, useRef, useSyncExternalStore, type ReactNode } from 'react'
import { createMotionChannel, type AnimatedState, type MotionChannel } from '../scene/motionChannel'
import { createExplainerStore, type ExplainerState, type ExplainerStore } from './store'

const ExplainerContext = createContext<ExplainerStore | null>(null)
const MotionContext = createContext<MotionChannel | null>(null)

export type ExplainerProviderProps = {
  /** A store to share (for example one made with createExplainerStore); one is made if omitted. */
  store?: ExplainerStore
  /** Initial state for the store this provider makes (ignored when `store` is given). */
  initialState?: Partial<ExplainerState>
  /** The animated-state channel to share (one is made if omitted). */
  motion?: MotionChannel
  children?: ReactNode
}

/** Shares one figure's scene state with everything inside it: the figure, controls, steps, links. */
export function ExplainerProvider({
  store,
  initialState,
  motion,
  children,
}: ExplainerProviderProps) {
  const own = useRef<ExplainerStore | null>(null)
  const ownMotion = useRef<MotionChannel | null>(null)
  // creating our own objects once is not setting state: nothing else can see them yet
  if (!store && !own.current) own.current = createExplainerStore(initialState)
  const value = (store ?? own.current)!
  if (!motion && !ownMotion.current)
    ownMotion.current = createMotionChannel(value.getState().flexionDeg)
  return (
    <ExplainerContext.Provider value={value}>
      <MotionContext.Provider value={motion ?? ownMotion.current}>
        {children}
      </MotionContext.Provider>
    </ExplainerContext.Provider>
  )
}

/** The nearest animated-state channel, or null outside a provider. */
export function useOptionalMotionChannel(): MotionChannel | null {
  return useContext(MotionContext)
}

const STILL: AnimatedState = { flexionDeg: 0, moving: false, exercise: null }
const noSubscription = () => () => {}

/** What moves on screen now (the loop's flexion, an exercise's phase), at a modest rate. */
export function useMotion(): AnimatedState {
  const channel = useContext(MotionContext)
  return useSyncExternalStore(
    channel?.subscribe ?? noSubscription,
    () => channel?.get() ?? STILL,
    () => channel?.get() ?? STILL,
  )
}

/**
 * Pauses the figure where the reader sees it: the pause is a request, so it asks for the flexion on
 * screen (the loop never writes its flexion into the store itself).
 */
export function pauseHere(store: ExplainerStore, motion: MotionChannel | null): void {
  const shown = motion?.get()
  store.setState(
    shown?.moving ? { playing: false, flexionDeg: shown.flexionDeg } : { playing: false },
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
