/**
 * The words the figure itself shows: its messages, the structures' names and descriptions, the
 * tracking presets and the daily activities, in a registered language or in English. The figure's
 * parts read these rather than a whole LocaleBundle, so a page that shows only the figure does not
 * carry the text it never shows (the exercise catalogue's steps and evidence, the landmarks, the
 * chart's and the validator's words).
 */
import { activityMessages, type ActivityMessages } from './activityMessages'
import type { LocaleBundle } from './bundle'
import { en } from './en'
import { EN_PRESETS, EN_STRUCTURES } from './english'
import { registeredBundle, useLocale } from './registry'

export type FigureWords = Pick<
  LocaleBundle,
  'locale' | 'dir' | 'messages' | 'structures' | 'presets'
> & {
  activity: ActivityMessages
}

const EN_FIGURE: FigureWords = {
  locale: 'en',
  dir: 'ltr',
  messages: en,
  structures: EN_STRUCTURES,
  presets: EN_PRESETS,
  activity: activityMessages,
}

/** The figure's words for a language tag (English where it is not registered), with overrides. */
export function figureWordsFor(lang?: string, overrides?: Partial<LocaleBundle>): FigureWords {
  const found = registeredBundle(lang) ?? EN_FIGURE
  return {
    locale: overrides?.locale ?? found.locale,
    dir: overrides?.dir ?? found.dir,
    messages: { ...found.messages, ...overrides?.messages },
    structures: { ...found.structures, ...overrides?.structures },
    presets: { ...found.presets, ...overrides?.presets },
    activity: { ...activityMessages, ...found.activity, ...overrides?.activity },
  }
}

/** figureWordsFor in a component: suspends while a shipped language loads. */
export function useFigureWords(lang?: string, overrides?: Partial<LocaleBundle>): FigureWords {
  useLocale(lang)
  return figureWordsFor(lang, overrides)
}
