/**
 * The words the figure itself shows: its messages, the structures' names (and descriptions), the
 * tracking presets and the daily activities, in a registered language or in English. The figure's
 * parts read these rather than a whole LocaleBundle, so a page that shows only the figure does not
 * carry the text it never shows (the exercise catalogue's steps and evidence, the landmarks, the
 * chart's and the validator's words). English descriptions of the structures load the first time
 * the figure's list of parts opens (useStructureDescriptions).
 */
import { useEffect, useState } from 'react'
import type { StructureId } from '../anatomy/structureIds'
import type { TrackingPresetId } from '../kinematics/types'
import { activityMessages, type ActivityMessages } from './activityMessages'
import type { LocaleBundle } from './bundle'
import { en } from './en'
import {
  EN_PRESET_LABELS,
  EN_STRUCTURE_NAMES,
  type PresetLabel,
  type StructureName,
} from './english'
import { registeredBundle, useLocale } from './registry'

export type FigureWords = Pick<LocaleBundle, 'locale' | 'dir' | 'messages'> & {
  /** Each tracking preset's label (and description, where the words have it at hand). */
  presets: Record<TrackingPresetId, PresetLabel & { description?: string }>
  /** Each structure's names, and its description where the words have it at hand. */
  structures: Record<StructureId, StructureName & { description?: string }>
  activity: ActivityMessages
}

const EN_FIGURE: FigureWords = {
  locale: 'en',
  dir: 'ltr',
  messages: en,
  structures: EN_STRUCTURE_NAMES,
  presets: EN_PRESET_LABELS,
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

let englishDescriptions: Promise<Record<StructureId, { description: string }> | null> | null = null

/** The structures' English descriptions, as one chunk loaded on first ask (null if it fails). */
function loadEnglishDescriptions() {
  englishDescriptions ??= import('../anatomy/structureDescriptions').then(
    (m) => m.STRUCTURE_DESCRIPTIONS,
    // a chunk that fails to download leaves the list without tooltips rather than broken
    () => null,
  )
  return englishDescriptions
}

/**
 * Each structure's description in the words' language: their own, or the English ones, loaded
 * the first time `wanted` is true (the figure's list of parts asks when it opens, since it is
 * closed at first and the descriptions are only its buttons' tooltips).
 */
export function useStructureDescriptions(
  structures: FigureWords['structures'],
  wanted: boolean,
): (id: StructureId) => string | undefined {
  const [english, setEnglish] = useState<Record<StructureId, { description: string }> | null>(null)
  const missing = Object.values(structures).some((s) => s.description === undefined)
  useEffect(() => {
    if (!wanted || !missing || english) return
    let live = true
    void loadEnglishDescriptions().then((loaded) => live && setEnglish(loaded))
    return () => void (live = false)
  }, [wanted, missing, english])
  return (id) => structures[id].description ?? english?.[id].description
}
