/**
 * The registered languages and the shipped ones' loaders. Both the full bundles (locales.ts) and
 * the figure's own words (figureWords.ts) read from here; this module holds no English text, so
 * neither pulls in the other's. English is built in; Spanish and German load on first use as
 * their own chunk (a page in English never downloads them).
 */
import { use } from 'react'
import type { LocaleBundle } from './bundle'
import type { ExerciseMessages } from './exerciseMessages'

const bundles = new Map<string, LocaleBundle>()
const exerciseWords = new Map<string, ExerciseMessages>()
const pending = new Map<string, Promise<void>>()

/** A shipped language: its bundle and the exercise components' words, as one lazy chunk. */
type LanguagePack = { bundle: LocaleBundle; exerciseMessages: ExerciseMessages }
const SHIPPED: Record<string, () => Promise<LanguagePack>> = {
  es: () => import('./packs/es').then((m) => m.es),
  de: () => import('./packs/de').then((m) => m.de),
}

/**
 * Adds or replaces a language, e.g. `registerLocale(es.bundle, es.exerciseMessages)` with
 * `es` from 'knee-explainer/locales/es'. The exercise words are optional (English otherwise).
 */
export function registerLocale(bundle: LocaleBundle, exerciseMessages?: ExerciseMessages): void {
  const tag = bundle.locale.toLowerCase()
  const exercise = exerciseMessages ?? bundle.exercise
  bundles.set(tag, exercise ? { ...bundle, exercise } : bundle)
  if (exercise) exerciseWords.set(tag, exercise)
}

const primary = (lang?: string) => {
  const tag = (lang ?? 'en').toLowerCase()
  return { tag, base: tag.split('-')[0]! }
}

/** The registered bundle for a language tag ('de-AT' falls back to 'de'), or undefined. */
export function registeredBundle(lang?: string): LocaleBundle | undefined {
  const { tag, base } = primary(lang)
  return bundles.get(tag) ?? bundles.get(base)
}

/** The exercise components' words for a language tag, or null for English. */
export function resolveExerciseWords(lang?: string): ExerciseMessages | null {
  const { tag, base } = primary(lang)
  return exerciseWords.get(tag) ?? exerciseWords.get(base) ?? null
}

/**
 * Loads a shipped language if it is not registered yet. Resolves at once for English, for a
 * registered language and for a language the library does not ship (those speak English).
 */
export function loadLocale(lang?: string): Promise<void> {
  return languagePending(lang) ?? Promise.resolve()
}

function languagePending(lang?: string): Promise<void> | null {
  const { tag, base } = primary(lang)
  const load = SHIPPED[base]
  if (!load || bundles.has(tag) || bundles.has(base)) return null
  let promise = pending.get(base)
  if (!promise) {
    const loading: Promise<void> = load()
      .then(
        (pack) => {
          if (!bundles.has(base)) registerLocale(pack.bundle, pack.exerciseMessages)
        },
        // a chunk that fails to download leaves the figure in English rather than broken
        () => undefined,
      )
      // settled: a figure that mounts later reads it at once instead of suspending on it
      .then(() => void Object.assign(loading, { status: 'fulfilled', value: undefined }))
    promise = loading
    pending.set(base, promise)
  }
  return promise
}

/** A promise React reads as already settled (it looks at `status` before it waits). */
const LOADED: Promise<void> = Object.assign(Promise.resolve(), {
  status: 'fulfilled',
  value: undefined,
})

/**
 * Suspends the component until its language is loaded (returns at once for loaded languages).
 * It calls use() on every render: React replays a component that suspended on its first render,
 * and a replay that skipped use() ran its next hook as an update of a hook never mounted, an
 * error React recovered from by rendering the page again (react.dev/warnings/conditional-use-of-use).
 */
export function useLocale(lang?: string): void {
  // once loaded, the same promise as before: a replay given another one warns of an uncached
  // promise in React's development build
  use(languagePending(lang) ?? pending.get(primary(lang).base) ?? LOADED)
}
