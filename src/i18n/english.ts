/**
 * English words built from the catalogues, shared by the full English bundle (bundle.ts) and
 * the figure's own words (figureWords.ts): the structures' names and descriptions and the
 * tracking presets' labels and descriptions. Pure data.
 */
import { STRUCTURE_BASICS, STRUCTURE_IDS, type StructureId } from '../anatomy/structures'
import { TRACKING_PRESET_LIST, type TrackingPresetId } from '../kinematics/presets'

/** A structure's words in one language. */
export type StructureWords = { name: string; shortName?: string; description: string }
/** A tracking preset's words in one language. */
export type PresetWords = { label: string; description: string }

/** The structures' English names and descriptions: the `structures` of the English bundle. */
export const EN_STRUCTURES: Record<StructureId, StructureWords> = Object.fromEntries(
  STRUCTURE_IDS.map((id) => {
    const { name, shortName, description } = STRUCTURE_BASICS[id]
    return [id, shortName ? { name, shortName, description } : { name, description }]
  }),
) as Record<StructureId, StructureWords>

/** The tracking presets' English labels and descriptions: the `presets` of the English bundle. */
export const EN_PRESETS: Record<TrackingPresetId, PresetWords> = Object.fromEntries(
  TRACKING_PRESET_LIST.map((p) => [p.id, { label: p.label, description: p.description }]),
) as Record<TrackingPresetId, PresetWords>
