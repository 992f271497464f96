/**
 * The languages the components speak. English is built in; the shipped Spanish and German load
 * on first use as their own chunk (a page in English never downloads them), and authors may
 * register more, or register a shipped one up front for server rendering.
 */
import { EN, type LocaleBundle } from './bundle'
import type { ExerciseMessages } from './exerciseMessages'
import type { ChartMessages } from './chartMessages'
import type { ActivityMessages } from './activityMessages'
import type { ExerciseProblemText } from '../exercises/problems'
import { registeredBundle, useLocale } from './registry'

export { registerLocale, resolveExerciseWords, loadLocale, useLocale } from './registry'

/** The bundle for a language tag ('de-AT' falls back to 'de', then English), with overrides. */
export function resolveBundle(lang?: string, overrides?: Partial<LocaleBundle>): LocaleBundle {
  const found = registeredBundle(lang) ?? EN
  if (!overrides) return found
  return {
    ...found,
    ...overrides,
    messages: { ...found.messages, ...overrides.messages },
    structures: { ...found.structures, ...overrides.structures },
  }
}

/** A language bundle with every namespace filled (English where the language leaves one out). */
export type LanguageMessages = LocaleBundle & {
  exercise: ExerciseMessages
  chart: ChartMessages
  activity: ActivityMessages
  validation: ExerciseProblemText
}

/**
 * The one way components get their words: every namespace of `lang` (the figure's messages,
 * structures, presets, exercises, the exercise components' and the chart's words) with an
 * author's overrides on top. Suspends while a shipped language loads.
 */
export function useMessages(lang?: string, overrides?: Partial<LocaleBundle>): LanguageMessages {
  useLocale(lang)
  return messagesFor(lang, overrides)
}

/** useMessages without React (after `loadLocale`), e.g. for server code and tests. */
export function messagesFor(lang?: string, overrides?: Partial<LocaleBundle>): LanguageMessages {
  const bundle = resolveBundle(lang, overrides)
  return {
    ...bundle,
    exercise: { ...EN.exercise!, ...bundle.exercise, ...overrides?.exercise },
    chart: { ...EN.chart!, ...bundle.chart, ...overrides?.chart },
    activity: { ...EN.activity!, ...bundle.activity, ...overrides?.activity },
    validation: { ...EN.validation!, ...bundle.validation, ...overrides?.validation },
    presets: { ...bundle.presets, ...overrides?.presets },
  }
}
