/**
 * A language bundle: every user-facing string of the library in one language. English is built
 * from the catalogues themselves; other languages must supply every key (the type makes a
 * missing string a compile error). Authors override or extend any bundle.
 */
import { GROUPS } from '../anatomy/structureCatalogue'
import { GROUP_IDS, STRUCTURE_IDS, type GroupId, type StructureId } from '../anatomy/structures'
import { LANDMARKS, LANDMARK_IDS, type LandmarkId } from '../anatomy/landmarks'
import { EXERCISES, EXERCISE_IDS, DOSE_NOTE, GENERAL_STOP_IF } from '../exercises/catalogue'
import type { ExerciseId } from '../exercises/types'
import { TRACKING_PRESET_LIST, type TrackingPresetId } from '../kinematics/presets'
import { en, type Messages } from './en'
import { STRUCTURE_DESCRIPTIONS } from '../anatomy/structureDescriptions'
import { EN_STRUCTURE_NAMES, type PresetWords, type StructureWords } from './english'
import { exerciseMessages, type ExerciseMessages } from './exerciseMessages'
import { chartMessages, type ChartMessages } from './chartMessages'
import { activityMessages, type ActivityMessages } from './activityMessages'
import { EXERCISE_PROBLEM_TEXT, type ExerciseProblemText } from '../exercises/problems'

export type ExerciseText = {
  name: string
  shortName?: string
  purpose: string
  position: string
  steps: readonly string[]
  cues: readonly string[]
  /** Only the exercise's own stop signs; the general ones are `generalStopIf`. */
  stopIf: readonly string[]
  evidence: string
  kneecapEffect: string
}

export type LocaleBundle = {
  /** BCP 47 tag for number formatting, e.g. 'en', 'es', 'de'. */
  locale: string
  /** Text direction of the language. */
  dir: 'ltr' | 'rtl'
  messages: Messages
  structures: Record<StructureId, StructureWords>
  groups: Record<GroupId, { name: string; description: string }>
  landmarks: Record<LandmarkId, { name: string; description: string }>
  presets: Record<TrackingPresetId, PresetWords>
  exercises: Record<ExerciseId, ExerciseText>
  generalStopIf: readonly string[]
  doseNote: string
  /** Namespace: the exercise components' words (English where a language leaves it out). */
  exercise?: ExerciseMessages
  /** Namespace: the tracking chart's words (English where a language leaves it out). */
  chart?: ChartMessages
  /** Namespace: the daily activities' words (English where a language leaves it out). */
  activity?: ActivityMessages
  /** Namespace: the exercise validator's messages (English where a language leaves it out). */
  validation?: ExerciseProblemText
}

const fromEntries = <K extends string, V>(keys: readonly K[], value: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>

export const EN: LocaleBundle = {
  locale: 'en',
  dir: 'ltr',
  messages: en,
  structures: fromEntries(STRUCTURE_IDS, (id) => ({
    ...EN_STRUCTURE_NAMES[id],
    description: STRUCTURE_DESCRIPTIONS[id].description,
  })),
  groups: fromEntries(GROUP_IDS, (id) => ({
    name: GROUPS[id].name,
    description: GROUPS[id].description,
  })),
  landmarks: fromEntries(LANDMARK_IDS, (id) => ({
    name: LANDMARKS[id].name,
    description: LANDMARKS[id].description,
  })),
  presets: Object.fromEntries(
    TRACKING_PRESET_LIST.map((p) => [p.id, { label: p.label, description: p.description }]),
  ) as Record<TrackingPresetId, PresetWords>,
  exercises: fromEntries(EXERCISE_IDS, (id) => {
    const e = EXERCISES[id]
    return {
      name: e.name,
      ...(e.shortName ? { shortName: e.shortName } : {}),
      purpose: e.purpose,
      position: e.position,
      steps: e.steps,
      cues: e.cues,
      stopIf: e.stopIf.filter((s) => !GENERAL_STOP_IF.includes(s)),
      evidence: e.evidence,
      kneecapEffect: e.kneecapEffect,
    }
  }),
  generalStopIf: GENERAL_STOP_IF,
  doseNote: DOSE_NOTE,
  exercise: exerciseMessages,
  chart: chartMessages,
  activity: activityMessages,
  validation: EXERCISE_PROBLEM_TEXT,
}
