/**
 * The full structure catalogue: each structure's names and tissue (structures.ts), its groups,
 * its description with the studies behind it (structureDescriptions.ts) and its origin, insertion
 * and action (structureAnatomy.ts), keyed by id. A module of its own so that the figure, which
 * reads the names alone, never imports the descriptions with it: they load when its list of
 * parts opens. Pure data.
 */
import { STRUCTURE_ANATOMY } from './structureAnatomy'
import { STRUCTURE_DESCRIPTIONS } from './structureDescriptions'
import {
  GROUP_IDS,
  GROUPS,
  STRUCTURE_BASICS,
  STRUCTURE_IDS,
  type StructureId,
  type StructureInfo,
} from './structures'

/** The full catalogue, keyed by structure id. */
export const STRUCTURES: Readonly<Record<StructureId, StructureInfo>> = fullCatalogue()

function fullCatalogue() {
  return Object.fromEntries(
    STRUCTURE_IDS.map((id): [StructureId, StructureInfo] => [
      id,
      {
        id,
        ...STRUCTURE_BASICS[id],
        ...STRUCTURE_DESCRIPTIONS[id],
        ...STRUCTURE_ANATOMY[id],
        groups: GROUP_IDS.filter((group) => GROUPS[group].members.includes(id)),
      },
    ]),
  ) as Record<StructureId, StructureInfo>
}
