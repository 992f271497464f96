/** How the exercise components speak a language and look an exercise up. */
import { useEffect, useMemo } from 'react'
import { STRUCTURES } from '../../anatomy/structureCatalogue'
import type { StructureId } from '../../anatomy/structures'
import { warnOnce } from '../store'
import type { LocaleBundle } from '../../i18n/bundle'
import { resolveBundle, resolveExerciseWords, useLocale } from '../../i18n/locales'
import { EXERCISES, isExerciseId } from '../../exercises/catalogue'
import { resolveExerciseMessages, type ExerciseMessages } from '../../i18n/exerciseMessages'
import type { Exercise } from '../../exercises/types'
import { getExercise, type ExerciseLookup } from '../../exercises/validate'

// ---- language ----------------------------------------------------------------------------------

/** What a component needs to speak a language: its words, its bundle and its number locale. */
export type ExerciseLanguage = {
  m: ExerciseMessages
  /** The language's bundle, or null for English (the catalogue's own text). */
  bundle: LocaleBundle | null
  locale: string
}

/**
 * The messages (the language's, with the author's overrides on top), bundle and locale for a
 * `lang` tag. 'es-MX' speaks Spanish; a tag the components do not speak gives English.
 */
export function useExerciseLanguage(
  lang: string | undefined,
  messages: Partial<ExerciseMessages> | undefined,
  locale: string | undefined,
): ExerciseLanguage {
  useLocale(lang) // suspends while a shipped language's chunk loads
  return useMemo(() => {
    const words = resolveExerciseWords(lang)
    if (!words)
      return { m: resolveExerciseMessages(messages), bundle: null, locale: locale ?? 'en' }
    const bundle = resolveBundle(lang)
    return {
      m: messages ? { ...words, ...messages } : words,
      bundle,
      locale: locale ?? bundle.locale,
    }
  }, [lang, messages, locale])
}

/**
 * A catalogue exercise (given by id, or as the catalogue's own object) with its text from the
 * bundle; the bundle's general reasons to stop follow the exercise's own. Anything else as it is.
 */
export function localizeExercise(
  input: unknown,
  exercise: Exercise,
  bundle: LocaleBundle | null,
): Exercise {
  if (!bundle || !isExerciseId(exercise.id)) return exercise
  if (input !== exercise.id && input !== EXERCISES[exercise.id]) return exercise
  const text = bundle.exercises[exercise.id]
  if (!text) return exercise
  const localized: Exercise = {
    ...exercise,
    name: text.name,
    purpose: text.purpose,
    position: text.position,
    steps: text.steps,
    cues: text.cues,
    stopIf: [...text.stopIf, ...bundle.generalStopIf],
    evidence: text.evidence,
    kneecapEffect: text.kneecapEffect,
  }
  // no English short name in a translated exercise
  if (text.shortName) localized.shortName = text.shortName
  else delete localized.shortName
  return localized
}

/** A muscle's (or any structure's) name in the bundle's language, or in English. */
export function structureName(id: StructureId, bundle: LocaleBundle | null): string {
  return bundle?.structures[id]?.name ?? STRUCTURES[id]?.name ?? id
}

// ---- lookup and bad input ----------------------------------------------------------------------

/** Looks the exercise up once per input and warns the page author once in the console. */
export function useExerciseLookup(input: unknown): ExerciseLookup {
  const lookup = useMemo(() => getExercise(input), [input])
  useEffect(() => {
    if (!lookup.ok) warnOnce(lookup.message)
  }, [lookup])
  return lookup
}
