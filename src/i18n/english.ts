/**
 * English words built from the catalogues, shared by the full English bundle (bundle.ts) and
 * the figure's own words (figureWords.ts): the structures' names and the tracking presets'
 * labels. Pure data.
 */
import { STRUCTURE_BASICS, STRUCTURE_IDS, type StructureId } from '../anatomy/structures'
import { TRACKING_PRESET_BASICS, type TrackingPresetId } from '../kinematics/presets'

/** A structure's names in one language. */
export type StructureName = { name: string; shortName?: string }
/** A structure's words in one language. */
export type StructureWords = StructureName & { description: string }
/** A tracking preset's label in one language. */
export type PresetLabel = { label: string }
/** A tracking preset's words in one language. */
export type PresetWords = PresetLabel & { description: string }

/** The structures' English names: what the figure always shows. */
export const EN_STRUCTURE_NAMES: Record<StructureId, StructureName> = Object.fromEntries(
  STRUCTURE_IDS.map((id) => {
    const { name, shortName } = STRUCTURE_BASICS[id]
    return [id, shortName ? { name, shortName } : { name }]
  }),
) as Record<StructureId, StructureName>

/** The tracking presets' English labels: what the figure shows of them. */
export const EN_PRESET_LABELS: Record<TrackingPresetId, PresetLabel> = Object.fromEntries(
  TRACKING_PRESET_BASICS.map((p) => [p.id, { label: p.label }]),
) as Record<TrackingPresetId, PresetLabel>
