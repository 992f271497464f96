import { useEffect, useState } from 'react'
import type { BufferGeometry, Mesh, Object3D } from 'three'
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
    let owned: BufferGeometry[] = []
    pending.then(
      (data) => {
        if (!live) return
        const scene = cloneSkinned(data.scene)
        owned = ownMorphGeometry(scene)
        setState({ status: 'ready', scene })
      },
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
      for (const geometry of owned) geometry.dispose()
    }
  }, [src])
  return state
}

/**
 * Gives the figure its own copy of every geometry with morph targets (the trochlear groove's
 * dysplasia shape). A renderer that draws morph targets hangs a listener on the geometry, and a
 * geometry shared through the page-wide cache would keep every finished figure's renderer alive
 * (the leak test caught it); a figure's own copy goes with the figure, disposed on unmount.
 */
function ownMorphGeometry(scene: Object3D): BufferGeometry[] {
  const owned: BufferGeometry[] = []
  scene.traverse((object) => {
    const mesh = object as Mesh
    if (mesh.isMesh && Object.keys(mesh.geometry.morphAttributes).length) {
      mesh.geometry = mesh.geometry.clone()
      owned.push(mesh.geometry)
    }
  })
  return owned
}

/** Forget cached models (tests, or an app that swaps models). */
export function clearKneeModelCache(): void {
  cache.clear()
}
