import { describe, expect, it } from 'vitest'
import {
  GROUP_IDS,
  GROUPS,
  isGroupId,
  isLandmarkId,
  isStructureId,
  LANDMARK_IDS,
  LANDMARKS,
  MUSCLE_IDS,
  resolveHighlight,
  SOFT_TISSUE_IDS,
  STRUCTURE_IDS,
  STRUCTURES,
  structuresOfTissue,
  FEMUR_LENGTH_MM,
} from '../../src/anatomy'

// The ids the 3D model's nodes carry, copied from the issues (the first model's list, plus what
// the real-anatomy model adds: condylar and tibial cartilage, the infrapatellar bursa, gluteus
// maximus, gastrocnemius and popliteus, the cruciates, the medial retinaculum and the hamstring
// tendons), not read back from the code.
const EXPECTED_STRUCTURE_IDS = {
  bones: ['pelvis', 'femur', 'patella', 'tibia', 'fibula'],
  jointSurfaces: [
    'trochlear-groove',
    'patellar-cartilage',
    'medial-meniscus',
    'lateral-meniscus',
    'femoral-condyle-cartilage',
    'tibial-cartilage',
  ],
  bursae: ['suprapatellar-bursa', 'prepatellar-bursa', 'infrapatellar-bursa'],
  muscles: [
    'rectus-femoris',
    'vastus-lateralis',
    'vastus-intermedius',
    'vastus-medialis',
    'vastus-medialis-oblique',
    'sartorius',
    'gracilis',
    'adductor-longus',
    'adductor-magnus',
    'tensor-fasciae-latae',
    'gluteus-medius',
    'biceps-femoris',
    'semitendinosus',
    'semimembranosus',
    'gluteus-maximus',
    'gastrocnemius',
    'popliteus',
  ],
  connective: [
    'iliotibial-band',
    'quadriceps-tendon',
    'patellar-tendon',
    'medial-patellofemoral-ligament',
    'lateral-retinaculum',
    'medial-collateral-ligament',
    'lateral-collateral-ligament',
    'anterior-cruciate-ligament',
    'posterior-cruciate-ligament',
    'medial-retinaculum',
    'hamstring-tendons',
  ],
}
const ALL_EXPECTED_STRUCTURE_IDS = Object.values(EXPECTED_STRUCTURE_IDS).flat()

const EXPECTED_GROUP_IDS = [
  'quadriceps',
  'hamstrings',
  'adductors',
  'lateral-pull',
  'medial-restraint',
  'hip-muscles',
  'bones',
  'joint-surfaces',
  'soft-tissue',
]

const EXPECTED_LANDMARK_IDS = [
  'landmark-knee-centre',
  'landmark-femoral-head-centre',
  'landmark-greater-trochanter',
  'landmark-asis',
  'landmark-aiis',
  'landmark-ischial-tuberosity',
  'landmark-pubic-tubercle',
  'landmark-medial-epicondyle',
  'landmark-lateral-epicondyle',
  'landmark-adductor-tubercle',
  'landmark-trochlear-groove',
  'landmark-patella-centre',
  'landmark-patella-superior-pole',
  'landmark-patella-inferior-pole',
  'landmark-tibial-tuberosity',
  'landmark-gerdys-tubercle',
  'landmark-pes-anserinus',
  'landmark-fibular-head',
]

const HTML = /<[a-z/!][^>]*>|&[a-z#0-9]+;/i

describe('structure ids', () => {
  it('are exactly the node names the issue lists, with no repeats', () => {
    expect([...STRUCTURE_IDS].sort()).toEqual([...ALL_EXPECTED_STRUCTURE_IDS].sort())
    expect(new Set(STRUCTURE_IDS).size).toBe(STRUCTURE_IDS.length)
  })

  it('each have a catalogue entry under their own id', () => {
    for (const id of ALL_EXPECTED_STRUCTURE_IDS) {
      expect(STRUCTURES[id as keyof typeof STRUCTURES]?.id).toBe(id)
    }
    expect(Object.keys(STRUCTURES).sort()).toEqual([...ALL_EXPECTED_STRUCTURE_IDS].sort())
  })

  it('carry the tissue their place in the issue implies', () => {
    for (const id of EXPECTED_STRUCTURE_IDS.bones)
      expect(isStructureId(id) && STRUCTURES[id].tissue).toBe('bone')
    for (const id of EXPECTED_STRUCTURE_IDS.bursae)
      expect(isStructureId(id) && STRUCTURES[id].tissue).toBe('bursa')
    expect([...MUSCLE_IDS].sort()).toEqual([...EXPECTED_STRUCTURE_IDS.muscles].sort())
    expect(structuresOfTissue('meniscus')).toEqual(['medial-meniscus', 'lateral-meniscus'])
    expect(STRUCTURES['medial-patellofemoral-ligament'].tissue).toBe('ligament')
    expect(STRUCTURES['patellar-tendon'].tissue).toBe('tendon')
  })
})

describe('structure texts', () => {
  it('have a name and a plain description with no HTML', () => {
    for (const id of STRUCTURE_IDS) {
      const info = STRUCTURES[id]
      expect(info.name.trim(), id).not.toBe('')
      expect(info.description.trim().length, id).toBeGreaterThan(20)
      for (const text of [info.name, info.description, info.origin, info.insertion, info.action]) {
        if (text !== undefined) expect(text, id).not.toMatch(HTML)
      }
    }
  })

  it('give every muscle an origin, an insertion and an action', () => {
    for (const id of MUSCLE_IDS) {
      expect(STRUCTURES[id].origin, id).toBeTruthy()
      expect(STRUCTURES[id].insertion, id).toBeTruthy()
      expect(STRUCTURES[id].action, id).toBeTruthy()
    }
  })

  it('say honestly that the VMO is not a separate, trainable muscle, and cite the review', () => {
    const vmo = STRUCTURES['vastus-medialis-oblique']
    expect(vmo.shortName).toBe('VMO')
    expect(vmo.description).toMatch(/not a separate muscle/)
    expect(vmo.description).toMatch(/cannot be trained on its own/)
    expect(vmo.source).toMatch(/PMC2772911/)
    expect(vmo.source).toMatch(/Smith 2009/)
  })

  it('use the abbreviations clinicians use', () => {
    expect(STRUCTURES['iliotibial-band'].shortName).toBe('ITB')
    expect(STRUCTURES['medial-patellofemoral-ligament'].shortName).toBe('MPFL')
    expect(STRUCTURES['medial-collateral-ligament'].shortName).toBe('MCL')
    expect(STRUCTURES['lateral-collateral-ligament'].shortName).toBe('LCL')
    expect(STRUCTURES['tensor-fasciae-latae'].shortName).toBe('TFL')
  })
})

describe('groups', () => {
  it('are exactly the ids the issue lists, each with a name and a plain description', () => {
    expect([...GROUP_IDS]).toEqual(EXPECTED_GROUP_IDS)
    for (const group of GROUP_IDS) {
      expect(GROUPS[group].name.trim(), group).not.toBe('')
      expect(GROUPS[group].description.trim(), group).not.toBe('')
      expect(GROUPS[group].description, group).not.toMatch(HTML)
      expect(GROUPS[group].members.length, group).toBeGreaterThan(0)
    }
  })

  it('and structures agree: every group a structure names exists and lists it back', () => {
    for (const id of STRUCTURE_IDS) {
      for (const group of STRUCTURES[id].groups) {
        expect(isGroupId(group), `${id} -> ${group}`).toBe(true)
        expect(GROUPS[group].members, `${id} -> ${group}`).toContain(id)
      }
    }
    for (const group of GROUP_IDS) {
      for (const member of GROUPS[group].members) {
        expect(isStructureId(member), `${group} -> ${member}`).toBe(true)
        expect(STRUCTURES[member].groups, `${group} -> ${member}`).toContain(group)
      }
      expect(new Set(GROUPS[group].members).size, group).toBe(GROUPS[group].members.length)
    }
  })

  it('put the VMO in the quadriceps and in what holds the kneecap in', () => {
    expect(STRUCTURES['vastus-medialis-oblique'].groups).toEqual(
      expect.arrayContaining(['quadriceps', 'medial-restraint']),
    )
  })

  it('follow the issue for the muscle groups', () => {
    expect([...GROUPS.quadriceps.members].sort()).toEqual(
      [
        'rectus-femoris',
        'vastus-intermedius',
        'vastus-lateralis',
        'vastus-medialis',
        'vastus-medialis-oblique',
      ].sort(),
    )
    expect([...GROUPS.hamstrings.members].sort()).toEqual(
      ['biceps-femoris', 'semimembranosus', 'semitendinosus'].sort(),
    )
    expect([...GROUPS.adductors.members].sort()).toEqual(
      ['adductor-longus', 'adductor-magnus', 'gracilis'].sort(),
    )
    expect(STRUCTURES.gracilis.groups).toContain('adductors')
    expect(GROUPS['hip-muscles'].members).toEqual(
      expect.arrayContaining(['gluteus-medius', 'tensor-fasciae-latae', 'sartorius']),
    )
  })

  it('follow the issue for what pulls the kneecap out and what holds it in', () => {
    expect([...GROUPS['lateral-pull'].members].sort()).toEqual(
      ['iliotibial-band', 'lateral-retinaculum', 'tensor-fasciae-latae', 'vastus-lateralis'].sort(),
    )
    expect(STRUCTURES['iliotibial-band'].groups).toContain('lateral-pull')
    expect([...GROUPS['medial-restraint'].members].sort()).toEqual(
      [
        'medial-patellofemoral-ligament',
        'trochlear-groove',
        'vastus-medialis',
        'vastus-medialis-oblique',
      ].sort(),
    )
  })

  it('split the model into bones, joint surfaces and soft tissue with no overlap', () => {
    expect([...GROUPS.bones.members].sort()).toEqual([...EXPECTED_STRUCTURE_IDS.bones].sort())
    expect([...GROUPS['joint-surfaces'].members].sort()).toEqual(
      [...EXPECTED_STRUCTURE_IDS.jointSurfaces].sort(),
    )
    const layers = [
      ...GROUPS.bones.members,
      ...GROUPS['joint-surfaces'].members,
      ...GROUPS['soft-tissue'].members,
    ]
    expect(layers.sort()).toEqual([...ALL_EXPECTED_STRUCTURE_IDS].sort())
    expect([...SOFT_TISSUE_IDS]).toEqual([...GROUPS['soft-tissue'].members])
    expect(SOFT_TISSUE_IDS).toContain('suprapatellar-bursa')
    expect(SOFT_TISSUE_IDS).toContain('vastus-medialis-oblique')
    expect(SOFT_TISSUE_IDS).not.toContain('patellar-cartilage')
  })

  it('never share an id with a structure, so a highlight id means one thing', () => {
    for (const group of GROUP_IDS) expect(isStructureId(group), group).toBe(false)
  })
})

describe('resolveHighlight', () => {
  it('passes structure ids through', () => {
    expect(resolveHighlight(['patella', 'femur'])).toEqual({
      structures: ['patella', 'femur'],
      unknown: [],
    })
  })

  it('expands a group to its members', () => {
    const { structures, unknown } = resolveHighlight(['hamstrings'])
    expect(structures.sort()).toEqual(['biceps-femoris', 'semimembranosus', 'semitendinosus'])
    expect(unknown).toEqual([])
  })

  it('drops repeats and keeps the order of first mention', () => {
    const { structures } = resolveHighlight([
      'vastus-medialis-oblique',
      'quadriceps',
      'patella',
      'patella',
    ])
    expect(structures[0]).toBe('vastus-medialis-oblique')
    expect(structures.at(-1)).toBe('patella')
    expect(structures).toHaveLength(6)
    expect(new Set(structures).size).toBe(structures.length)
  })

  it('reports ids it does not know, once each, and still resolves the rest', () => {
    expect(resolveHighlight(['kneecap', 'femur', 'kneecap', 'VMO', ''])).toEqual({
      structures: ['femur'],
      unknown: ['kneecap', 'VMO', ''],
    })
  })

  it('returns nothing for nothing', () => {
    expect(resolveHighlight([])).toEqual({ structures: [], unknown: [] })
  })
})

describe('type guards', () => {
  it('accept only catalogue ids', () => {
    expect(isStructureId('tibia')).toBe(true)
    expect(isStructureId('Tibia')).toBe(false)
    expect(isStructureId(42)).toBe(false)
    expect(isStructureId(undefined)).toBe(false)
    expect(isGroupId('adductors')).toBe(true)
    expect(isGroupId('tibia')).toBe(false)
    expect(isLandmarkId('landmark-asis')).toBe(true)
    expect(isLandmarkId('asis')).toBe(false)
    expect(isLandmarkId(null)).toBe(false)
  })
})

describe('landmarks', () => {
  it('are exactly the ids the issue lists', () => {
    expect([...LANDMARK_IDS].sort()).toEqual([...EXPECTED_LANDMARK_IDS].sort())
    expect(Object.keys(LANDMARKS).sort()).toEqual([...EXPECTED_LANDMARK_IDS].sort())
  })

  it('each sit on a bone of the model and have a plain description', () => {
    const bones = ['pelvis', 'femur', 'patella', 'tibia', 'fibula']
    for (const id of LANDMARK_IDS) {
      const landmark = LANDMARKS[id]
      expect(landmark.id).toBe(id)
      expect(bones, id).toContain(landmark.bone)
      expect(landmark.name.trim(), id).not.toBe('')
      expect(landmark.description.trim(), id).not.toBe('')
      expect(landmark.description, id).not.toMatch(HTML)
    }
  })

  it('put the landmarks on the right bones', () => {
    expect(LANDMARKS['landmark-asis'].bone).toBe('pelvis')
    expect(LANDMARKS['landmark-adductor-tubercle'].bone).toBe('femur')
    expect(LANDMARKS['landmark-patella-inferior-pole'].bone).toBe('patella')
    expect(LANDMARKS['landmark-gerdys-tubercle'].bone).toBe('tibia')
    expect(LANDMARKS['landmark-fibular-head'].bone).toBe('fibula')
  })
})

describe('the anatomy entry', () => {
  it('re-exports the reference dimensions', () => {
    expect(FEMUR_LENGTH_MM).toBeGreaterThan(400)
  })
})
