/** The language bundles the library ships, by language tag; authors may register more. */
import { EN, type LocaleBundle } from './bundle'
import { DE } from './de'
import { ES } from './es'

const registry = new Map<string, LocaleBundle>([
  ['en', EN],
  ['es', ES],
  ['de', DE],
])

/** Adds or replaces a language (e.g. registerLocale(ES)). */
export function registerLocale(bundle: LocaleBundle): void {
  registry.set(bundle.locale.toLowerCase(), bundle)
}

/** The bundle for a language tag ('de-AT' falls back to 'de', then English), with overrides. */
export function resolveBundle(lang?: string, overrides?: Partial<LocaleBundle>): LocaleBundle {
  const tag = (lang ?? 'en').toLowerCase()
  const base = registry.get(tag) ?? registry.get(tag.split('-')[0]!) ?? EN
  if (!overrides) return base
  return {
    ...base,
    ...overrides,
    messages: { ...base.messages, ...overrides.messages },
    structures: { ...base.structures, ...overrides.structures },
  }
}
