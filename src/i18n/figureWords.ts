/**
 * The words the figure itself shows: its messages, the structures' names (and descriptions), the
 * tracking presets and the daily activities, in a registered language or in English. The figure's
 * parts read these rather than a whole LocaleBundle, so a page that shows only the figure does not
 * carry the text it never shows (the exercise catalogue's steps and evidence, the landmarks, the
 * chart's and the validator's words). English descriptions of the structures load the first time
 * the figure's list of parts opens (useStructureDescriptions), and the activities' English words
 * with the activities themselves, on the figure's first ask for one (activityLookup.ts).
 */
import { useEffect, useState, useSyncExternalStore } from 'react'
import type { StructureId } from '../anatomy/structureIds'
import type { TrackingPresetId } from '../kinematics/types'
import { activitiesSettled, englishActivityWords, onActivitiesSettled } from './activityLookup'
import type { ActivityMessages } from './activityMessages'
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
  /**
   * The daily activities' words: the language's own, or English ones once they have come (they
   * load with the activities, on a figure's first ask for one); until then absent.
   */
  activity?: ActivityMessages
}

const EN_FIGURE: FigureWords = {
  locale: 'en',
  dir: 'ltr',
  messages: en,
  structures: EN_STRUCTURE_NAMES,
  presets: EN_PRESET_LABELS,
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
    activity: activityWords(found.activity, overrides?.activity),
  }
}

function activityWords(
  own: ActivityMessages | undefined,
  overrides: Partial<ActivityMessages> | undefined,
): ActivityMessages | undefined {
  const english = englishActivityWords()
  if (!english && !own) return undefined
  return { ...english, ...own, ...overrides } as ActivityMessages
}

/** figureWordsFor in a component: suspends while a shipped language loads. */
export function useFigureWords(lang?: string, overrides?: Partial<LocaleBundle>): FigureWords {
  useLocale(lang)
  // and again when the activities' English words come
  useSyncExternalStore(onActivitiesSettled, activitiesSettled, activitiesSettled)
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
