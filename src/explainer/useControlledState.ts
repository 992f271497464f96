/**
 * The one controlled/uncontrolled adapter for every scene prop of a figure. A prop that is given
 * (`view`) is controlled: the store takes its value whenever the prop changes, and a reader's change
 * is reported through `onViewChange` and then undone unless the parent passes the new value back.
 * A prop that is not given is uncontrolled: `defaultView` seeds it and the reader's change stays.
 * Nothing here runs during render.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import {
  changedKeys,
  sanitizePatch,
  type ExplainerKey,
  type ExplainerState,
  type ExplainerStore,
} from './store'

export const EXPLAINER_KEYS = [
  'flexionDeg',
  'playing',
  'motionRange',
  'speed',
  'tracking',
  'trackingParams',
  'highlight',
  'dimOthers',
  'selected',
  'activation',
  'view',
  'side',
  'labels',
  'xray',
  'compare',
  'trail',
  'forces',
  'contact',
  'bursae',
  'activity',
  'skylineBeam',
  'radiograph',
  'measurements',
  'exercise',
  'exerciseSeconds',
  'hip',
] as const satisfies readonly ExplainerKey[]

// every field of the state is a prop: a field added to ExplainerState and not listed above is a
// type error here (else its `default...` prop would be ignored without a word)
const everyKeyListed: Exclude<ExplainerKey, (typeof EXPLAINER_KEYS)[number]> extends never
  ? true
  : false = true
void everyKeyListed

const capitalize = (k: string) => k[0]!.toUpperCase() + k.slice(1)

type SceneProps = Partial<Record<string, unknown>>

/** The state a figure's props ask for at first: each controlled value, else its `default...`. */
export function initialStateOf(props: SceneProps): Partial<ExplainerState> {
  const initial: Record<string, unknown> = {}
  for (const key of EXPLAINER_KEYS) {
    const value = props[key] ?? props[`default${capitalize(key)}`]
    if (value !== undefined) initial[key] = value
  }
  return initial as Partial<ExplainerState>
}

function controlledOf(props: SceneProps): Partial<ExplainerState> {
  const patch: Record<string, unknown> = {}
  for (const key of EXPLAINER_KEYS) if (props[key] !== undefined) patch[key] = props[key]
  return patch as Partial<ExplainerState>
}

/** A shared store seen through a figure's initial props until `seed()` writes them into it. */
export type SeededView = ExplainerStore & { seed(): void }

/**
 * Reads `shared` with `initial` on top, without writing anything, until `seed()` (after mount)
 * writes `initial` into it once. The merged state is cached per shared state, so readers see a
 * stable snapshot.
 */
export function seededView(shared: ExplainerStore, initial: Partial<ExplainerState>): SeededView {
  let pending: Partial<ExplainerState> | null = initial
  let source: ExplainerState | null = null
  let merged: ExplainerState | null = null
  return {
    getState() {
      const state = shared.getState()
      if (!pending) return state
      if (state !== source) {
        source = state
        merged = { ...state, ...sanitizePatch(pending, state) }
      }
      return merged!
    },
    setState: (patch) => shared.setState(patch),
    subscribe: (listener) => shared.subscribe(listener),
    reset: () => shared.reset(),
    seed() {
      if (!pending) return
      const patch = pending
      pending = null
      shared.setState(patch)
    },
  }
}

/**
 * Keeps `store` in line with the props: seeds a shared store's view once after mount, pushes
 * controlled values when they change, reports changes to `on...Change` and `onChange`, and undoes
 * a change to a controlled key that the parent did not take.
 */
export function useControlledState(
  store: ExplainerStore | SeededView,
  props: SceneProps,
  onChange?: (state: ExplainerState) => void,
): void {
  const latest = useRef(props)
  latest.current = props
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange

  // a shared store (a provider's) takes this figure's initial props once, after mount
  useLayoutEffect(() => {
    if ('seed' in store) store.seed()
  }, [store])

  // controlled values: pushed when they change (the store ignores equal values)
  const controlled = controlledOf(props)
  const controlledKey = JSON.stringify(controlled)
  useLayoutEffect(() => {
    store.setState(controlled)
  }, [store, controlledKey])

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const now = latest.current
        const keys = changedKeys(state, previous)
        for (const key of keys) {
          const callback = now[`on${capitalize(key)}Change`] as ((v: unknown) => void) | undefined
          callback?.(state[key])
        }
        onChangeRef.current?.(state)
        // a controlled key the parent did not take goes back to the prop's value (after the
        // parent had its chance to re-render with the new value)
        if (keys.some((key) => now[key] !== undefined))
          queueMicrotask(() => store.setState(controlledOf(latest.current)))
      }),
    [store],
  )
}
