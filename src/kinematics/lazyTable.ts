/**
 * Data a figure loads on its first ask, as a chunk of its own (the exercise catalogue, the daily
 * activities): a page whose figures never ask for it never downloads it. Whoever needs it at once
 * calls `load` and waits; `get` answers null while it is on its way and starts it. A chunk that
 * fails to come warns once, and the figure goes on as it does without the data.
 * Pure TypeScript: no React.
 */
export type LazyTable<T> = {
  /** The data, or null while it is on its way (this call starts loading it) or after it failed. */
  get(): T | null
  /** The data if it has come, else null; starts nothing. */
  peek(): T | null
  /** Loads the data if nothing has yet; resolves once it is in (or has failed to come). */
  load(): Promise<void>
  /** True once the data is at hand, or once loading it has failed. */
  settled(): boolean
  /** Calls `listener` when the data arrives (or fails to); returns the unsubscribe. */
  onSettled(listener: () => void): () => void
}

/** A lazily loaded table; `what` names it in the warning a failed download gives. */
export function lazyTable<T>(what: string, importer: () => Promise<T>): LazyTable<T> {
  let known: T | null = null
  let failed = false
  let loading: Promise<void> | null = null
  const listeners = new Set<() => void>()
  const settle = () => {
    for (const listener of [...listeners]) listener()
  }
  const load = () => {
    if (known) return Promise.resolve()
    loading ??= importer().then(
      (data) => {
        known = data
        settle()
      },
      (error: unknown) => {
        failed = true
        console.warn(`knee-explainer: ${what} did not load.`, error)
        settle()
      },
    )
    return loading
  }
  return {
    get() {
      if (!known && !failed) void load()
      return known
    },
    peek: () => known,
    load,
    settled: () => known !== null || failed,
    onSettled(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
  }
}
