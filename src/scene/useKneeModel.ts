import { useEffect, useState } from 'react'
import type { Object3D } from 'three'
import { clone as cloneSkinned } from 'three/examples/jsm/utils/SkeletonUtils.js'
import { KneeModelError, loadKneeModel, type KneeModelData } from '../model/loadKneeModel'

// One download and parse per URL, shared by every figure on the page; each figure gets a clone.
const cache = new Map<string, Promise<KneeModelData>>()

export type KneeModelState =
  | { status: 'loading' }
  | { status: 'ready'; scene: Object3D }
  | { status: 'error'; error: KneeModelError }

/** Loads (once per URL) and clones the knee model for one figure. */
export function useKneeModel(src: string): KneeModelState {
  const [state, setState] = useState<KneeModelState>({ status: 'loading' })
  useEffect(() => {
    let live = true
    setState({ status: 'loading' })
    let pending = cache.get(src)
    if (!pending) {
      pending = loadKneeModel(src)
      cache.set(src, pending)
      // a failed load is not cached, so a later retry can succeed
      pending.catch(() => cache.delete(src))
    }
    pending.then(
      (data) => live && setState({ status: 'ready', scene: cloneSkinned(data.scene) }),
      (error: unknown) =>
        live &&
        setState({
          status: 'error',
          error:
            error instanceof KneeModelError
              ? error
              : new KneeModelError(`The model could not be loaded (${String(error)}).`, 'network'),
        }),
    )
    return () => {
      live = false
    }
  }, [src])
  return state
}

/** Forget cached models (tests, or an app that swaps models). */
export function clearKneeModelCache(): void {
  cache.clear()
}
