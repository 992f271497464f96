/**
 * The catalogue of structures in the knee model: what each one is, in words a patient can follow,
 * and which teaching groups it belongs to. The ids are the node names in the 3D model.
 * Pure data and small helpers, no React and no three.js.
 *
 * Facts come from the project's reference sheet (shared/reference/anatomy.md). Names and tissues
 * are here; each structure's description and the study behind it are in structureDescriptions.ts,
 * its origin, insertion and action in structureAnatomy.ts, and STRUCTURES (structureCatalogue.ts)
 * joins them.
 */
import type { Tissue } from './tissues'
import type { StructureAnatomy } from './structureAnatomy'
import type { StructureDescription } from './structureDescriptions'
import { STRUCTURE_IDS, type StructureId } from './structureIds'

// ---- ids ---------------------------------------------------------------------------------------

export { STRUCTURE_IDS, type StructureId } from './structureIds'

export type { Tissue } from './tissues'

/** Teaching groups: a highlight or a legend can name a group instead of listing its members. */
export const GROUP_IDS = [
  'quadriceps',
  'hamstrings',
  'adductors',
  'lateral-pull',
  'medial-restraint',
  'hip-muscles',
  'bones',
  'joint-surfaces',
  'soft-tissue',
] as const

export type GroupId = (typeof GROUP_IDS)[number]

export type GroupInfo = {
  name: string
  description: string
  members: readonly StructureId[]
}

export type StructureInfo = {
  id: StructureId
  /** The usual name, with the everyday word in brackets where there is one. */
  name: string
  /** The abbreviation clinicians use (VMO, ITB, MPFL...), for labels with little room. */
  shortName?: string
  tissue: Tissue
  /** Groups this structure belongs to, in GROUP_IDS order; derived from GROUPS. */
  groups: readonly GroupId[]
} & StructureDescription &
  StructureAnatomy

/** What the figure always needs of a structure: its names and tissue. */
export type StructureBasics = Pick<StructureInfo, 'name' | 'shortName' | 'tissue'>

// ---- structures --------------------------------------------------------------------------------

// Descriptions (with the studies behind them) are in structureDescriptions.ts; origins,
// insertions and actions in structureAnatomy.ts.
const ENTRIES: Record<StructureId, StructureBasics> = {
  // ---- bones
  pelvis: {
    name: 'Pelvis',
    tissue: 'bone',
  },
  femur: {
    name: 'Femur (thigh bone)',
    tissue: 'bone',
  },
  patella: {
    name: 'Patella (kneecap)',
    tissue: 'bone',
  },
  tibia: {
    name: 'Tibia (shinbone)',
    tissue: 'bone',
  },
  fibula: {
    name: 'Fibula',
    tissue: 'bone',
  },

  // ---- joint surfaces
  'trochlear-groove': {
    name: 'Trochlear groove',
    tissue: 'cartilage',
  },
  'patellar-cartilage': {
    name: 'Patellar cartilage',
    tissue: 'cartilage',
  },
  'medial-meniscus': {
    name: 'Medial meniscus',
    tissue: 'meniscus',
  },
  'lateral-meniscus': {
    name: 'Lateral meniscus',
    tissue: 'meniscus',
  },

  // ---- bursae
  'suprapatellar-bursa': {
    name: 'Suprapatellar bursa',
    tissue: 'bursa',
  },
  'prepatellar-bursa': {
    name: 'Prepatellar bursa',
    tissue: 'bursa',
  },

  // ---- muscles
  'rectus-femoris': {
    name: 'Rectus femoris',
    tissue: 'muscle',
  },
  'vastus-lateralis': {
    name: 'Vastus lateralis',
    tissue: 'muscle',
  },
  'vastus-intermedius': {
    name: 'Vastus intermedius',
    tissue: 'muscle',
  },
  'vastus-medialis': {
    name: 'Vastus medialis',
    tissue: 'muscle',
  },
  'vastus-medialis-oblique': {
    name: 'Vastus medialis oblique',
    shortName: 'VMO',
    tissue: 'muscle',
  },
  sartorius: {
    name: 'Sartorius',
    tissue: 'muscle',
  },
  gracilis: {
    name: 'Gracilis',
    tissue: 'muscle',
  },
  'adductor-longus': {
    name: 'Adductor longus',
    tissue: 'muscle',
  },
  'adductor-magnus': {
    name: 'Adductor magnus',
    tissue: 'muscle',
  },
  'tensor-fasciae-latae': {
    name: 'Tensor fasciae latae',
    shortName: 'TFL',
    tissue: 'muscle',
  },
  'gluteus-medius': {
    name: 'Gluteus medius',
    tissue: 'muscle',
  },
  'biceps-femoris': {
    name: 'Biceps femoris',
    tissue: 'muscle',
  },
  semitendinosus: {
    name: 'Semitendinosus',
    tissue: 'muscle',
  },
  semimembranosus: {
    name: 'Semimembranosus',
    tissue: 'muscle',
  },

  // ---- tendons, ligaments and fascia
  'iliotibial-band': {
    name: 'Iliotibial band',
    shortName: 'ITB',
    tissue: 'fascia',
  },
  'quadriceps-tendon': {
    name: 'Quadriceps tendon',
    tissue: 'tendon',
  },
  'patellar-tendon': {
    name: 'Patellar tendon',
    tissue: 'tendon',
  },
  'medial-patellofemoral-ligament': {
    name: 'Medial patellofemoral ligament',
    shortName: 'MPFL',
    tissue: 'ligament',
  },
  'lateral-retinaculum': {
    name: 'Lateral retinaculum',
    tissue: 'fascia',
  },
  'medial-collateral-ligament': {
    name: 'Medial collateral ligament',
    shortName: 'MCL',
    tissue: 'ligament',
  },
  'lateral-collateral-ligament': {
    name: 'Lateral collateral ligament',
    shortName: 'LCL',
    tissue: 'ligament',
  },
  'infrapatellar-bursa': {
    name: 'Infrapatellar bursa',
    tissue: 'bursa',
  },
  'femoral-condyle-cartilage': {
    name: "Cartilage of the thigh bone's ends (femoral condyles)",
    tissue: 'cartilage',
  },
  'tibial-cartilage': {
    name: 'Cartilage of the shinbone top (tibial plateaus)',
    tissue: 'cartilage',
  },
  'gluteus-maximus': {
    name: 'Gluteus maximus',
    tissue: 'muscle',
  },
  gastrocnemius: {
    name: 'Gastrocnemius (calf muscle)',
    tissue: 'muscle',
  },
  popliteus: {
    name: 'Popliteus',
    tissue: 'muscle',
  },
  'anterior-cruciate-ligament': {
    name: 'Anterior cruciate ligament',
    shortName: 'ACL',
    tissue: 'ligament',
  },
  'posterior-cruciate-ligament': {
    name: 'Posterior cruciate ligament',
    shortName: 'PCL',
    tissue: 'ligament',
  },
  'medial-retinaculum': {
    name: 'Medial retinaculum',
    tissue: 'fascia',
  },
  'hamstring-tendons': {
    name: 'Hamstring and inner-knee tendons',
    tissue: 'tendon',
  },
}

// ---- groups ------------------------------------------------------------------------------------

/** Everything that is not bone or joint surface: muscles, tendons, ligaments, fascia, bursae. */
export const SOFT_TISSUE_IDS: readonly StructureId[] = STRUCTURE_IDS.filter((id) => {
  const tissue = ENTRIES[id].tissue
  return tissue !== 'bone' && tissue !== 'cartilage' && tissue !== 'meniscus'
})

/**
 * Each teaching group's members: the one source of membership (each structure's `groups` is read
 * off them). GROUPS, in structureCatalogue.ts, adds the groups' names and descriptions.
 */
export const GROUP_MEMBERS: Readonly<Record<GroupId, readonly StructureId[]>> = {
  quadriceps: [
    'rectus-femoris',
    'vastus-lateralis',
    'vastus-intermedius',
    'vastus-medialis',
    'vastus-medialis-oblique',
  ],
  hamstrings: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  adductors: ['adductor-longus', 'adductor-magnus', 'gracilis'],
  'lateral-pull': [
    'vastus-lateralis',
    'iliotibial-band',
    'tensor-fasciae-latae',
    'lateral-retinaculum',
  ],
  'medial-restraint': [
    'vastus-medialis-oblique',
    'medial-patellofemoral-ligament',
    'trochlear-groove',
    'vastus-medialis',
  ],
  'hip-muscles': ['gluteus-medius', 'tensor-fasciae-latae', 'sartorius'],
  bones: ['pelvis', 'femur', 'patella', 'tibia', 'fibula'],
  'joint-surfaces': [
    'trochlear-groove',
    'patellar-cartilage',
    'medial-meniscus',
    'lateral-meniscus',
    'femoral-condyle-cartilage',
    'tibial-cartilage',
  ],
  'soft-tissue': SOFT_TISSUE_IDS,
}

/**
 * Each structure's names and tissue, keyed by id: what the figure always reads (STRUCTURES, in
 * structureCatalogue.ts, adds the groups, descriptions, origins and insertions).
 */
export const STRUCTURE_BASICS: Readonly<Record<StructureId, StructureBasics>> = ENTRIES

// ---- helpers -----------------------------------------------------------------------------------

const STRUCTURE_ID_SET: ReadonlySet<string> = new Set(STRUCTURE_IDS)
const GROUP_ID_SET: ReadonlySet<string> = new Set(GROUP_IDS)

export function isStructureId(x: unknown): x is StructureId {
  return typeof x === 'string' && STRUCTURE_ID_SET.has(x)
}

export function isGroupId(x: unknown): x is GroupId {
  return typeof x === 'string' && GROUP_ID_SET.has(x)
}

/** Structures of one tissue, in catalogue order. */
export function structuresOfTissue(tissue: Tissue): StructureId[] {
  return STRUCTURE_IDS.filter((id) => ENTRIES[id].tissue === tissue)
}

/** Every muscle, in catalogue order. */
export const MUSCLE_IDS: readonly StructureId[] = structuresOfTissue('muscle')

/**
 * Turns a highlight list of structure and group ids into structure ids: groups expand to their
 * members, repeats are dropped (first mention wins, so the order is stable), and ids that are
 * neither come back in `unknown` (once each) so the caller can warn about them.
 */
export function resolveHighlight(ids: readonly string[]): {
  structures: StructureId[]
  unknown: string[]
} {
  const structures = new Set<StructureId>()
  const unknown = new Set<string>()
  for (const id of ids) {
    if (isGroupId(id)) for (const member of GROUP_MEMBERS[id]) structures.add(member)
    else if (isStructureId(id)) structures.add(id)
    else unknown.add(id)
  }
  return { structures: [...structures], unknown: [...unknown] }
}
