/**
 * The full structure catalogue: each structure's names and tissue (structures.ts), its groups,
 * its description with the studies behind it (structureDescriptions.ts) and its origin, insertion
 * and action (structureAnatomy.ts), keyed by id; and the teaching groups with their names and
 * descriptions (groupDescriptions.ts). A module of its own so that the figure, which
 * reads the names alone, never imports the descriptions with it: they load when its list of
 * parts opens. Pure data.
 */
import { STRUCTURE_ANATOMY } from './structureAnatomy'
import { STRUCTURE_DESCRIPTIONS } from './structureDescriptions'
import { GROUP_DESCRIPTIONS } from './groupDescriptions'
import {
  GROUP_IDS,
  GROUP_MEMBERS,
  STRUCTURE_BASICS,
  STRUCTURE_IDS,
  type StructureId,
  type GroupId,
  type GroupInfo,
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
        groups: GROUP_IDS.filter((group) => GROUP_MEMBERS[group].includes(id)),
      },
    ]),
  ) as Record<StructureId, StructureInfo>
}

/** The teaching groups, keyed by id: each one's name, description and members. */
export const GROUPS: Readonly<Record<GroupId, GroupInfo>> = Object.fromEntries(
  GROUP_IDS.map((id) => [id, { ...GROUP_DESCRIPTIONS[id], members: GROUP_MEMBERS[id] }]),
) as Record<GroupId, GroupInfo>
