/**
 * The catalogue of structures in the knee model: what each one is, in words a patient can follow,
 * and which teaching groups it belongs to. The ids are the node names in the 3D model.
 * Pure data and small helpers, no React and no three.js.
 *
 * Facts come from the project's reference sheet (shared/reference/anatomy.md); each entry's
 * `source` names the study behind its figures so a reader can check them.
 */
import type { Tissue } from './tissues'
import { STRUCTURE_ANATOMY, type StructureAnatomy } from './structureAnatomy'

// ---- ids ---------------------------------------------------------------------------------------

/** Every structure in the model; each id is also the name of its node in the glTF file. */
export const STRUCTURE_IDS = [
  // bones
  'pelvis',
  'femur',
  'patella',
  'tibia',
  'fibula',
  // joint surfaces
  'trochlear-groove',
  'patellar-cartilage',
  'medial-meniscus',
  'lateral-meniscus',
  // bursae
  'suprapatellar-bursa',
  'prepatellar-bursa',
  // muscles
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
  // tendons, ligaments and fascia
  'iliotibial-band',
  'quadriceps-tendon',
  'patellar-tendon',
  'medial-patellofemoral-ligament',
  'lateral-retinaculum',
  'medial-collateral-ligament',
  'lateral-collateral-ligament',
  // shown in the model and named, beyond the teaching core
  'infrapatellar-bursa',
  'femoral-condyle-cartilage',
  'tibial-cartilage',
  'gluteus-maximus',
  'gastrocnemius',
  'popliteus',
  'anterior-cruciate-ligament',
  'posterior-cruciate-ligament',
  'medial-retinaculum',
  'hamstring-tendons',
] as const

export type StructureId = (typeof STRUCTURE_IDS)[number]

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
  /** One or two plain sentences for a reader with no anatomy training. */
  description: string
  /** The studies behind the figures and claims in this entry. */
  source?: string
} & StructureAnatomy

/** What the figure shows of a structure: its names, tissue and description. */
export type StructureBasics = Omit<StructureInfo, 'id' | 'groups' | keyof StructureAnatomy>

// ---- structures --------------------------------------------------------------------------------

// Only entries with study figures cite a study. Origins, insertions and actions are in
// structureAnatomy.ts.
const ENTRIES: Record<StructureId, StructureBasics> = {
  // ---- bones
  pelvis: {
    name: 'Pelvis',
    tissue: 'bone',
    description:
      'The ring of bone at the base of the spine that the thigh bones hang from. Many thigh muscles start here, so how the pelvis is held changes the pull that reaches the knee.',
  },
  femur: {
    name: 'Femur (thigh bone)',
    tissue: 'bone',
    description:
      'The thigh bone, about 41 to 44 cm long in an adult, running from the hip to the knee. Its lower end carries the groove that the kneecap slides in.',
    source: 'Yazar 2012 (413 +/- 28 mm, CT); JCDR 2013 (435 mm)',
  },
  patella: {
    name: 'Patella (kneecap)',
    tissue: 'bone',
    description:
      'The kneecap: a flat bone about 4 cm across that sits inside the tendon at the front of the knee. It slides up and down a groove in the thigh bone as the knee bends and gives the thigh muscles better leverage.',
    source: 'Iranpour, Arthroplasty 2022, table 10 (34-43 x 41-45 x 19-23 mm); PMC2753825',
  },
  tibia: {
    name: 'Tibia (shinbone)',
    tissue: 'bone',
    description:
      'The shinbone, the large bone of the lower leg that carries body weight. The kneecap’s tendon attaches to the bump at its front, the tibial tuberosity.',
  },
  fibula: {
    name: 'Fibula',
    tissue: 'bone',
    description:
      'The thin bone on the outer side of the lower leg, beside the shinbone. Its head, just below and behind the outside of the knee, anchors the outer knee ligament and the outer hamstring.',
    source: 'Matziolis 2017 (position of the fibular head)',
  },

  // ---- joint surfaces
  'trochlear-groove': {
    name: 'Trochlear groove',
    tissue: 'cartilage',
    description:
      'The smooth, cartilage-lined groove at the front of the lower thigh bone that the kneecap runs in. Its outer wall is normally the higher one and holds the kneecap in once the knee bends past about 20 degrees; a shallow or flat groove (trochlear dysplasia) lets it slip outward more easily.',
    source:
      'Farahmand 1998 (lateral facet higher); Dejour 1998 (dysplasia); Fulkerson (groove holds beyond 20 deg); Senavongse & Amis, JBJS-Br 2005 (flat lateral condyle loses about 70 % of lateral stability at 30 deg)',
  },
  'patellar-cartilage': {
    name: 'Patellar cartilage',
    tissue: 'cartilage',
    description:
      'The slippery layer of cartilage, about 4 mm thick, on the back of the kneecap where it touches the thigh bone. Its outer part is usually wider than its inner part.',
    source: 'BIPWiT, Knee 2014 (thickness); Radiopaedia (Wiberg types)',
  },
  'medial-meniscus': {
    name: 'Medial meniscus',
    tissue: 'meniscus',
    description:
      'A C-shaped pad of tough, rubbery cartilage between the thigh bone and shinbone on the inner side of the knee. It spreads the load and steadies the joint; it plays no part in guiding the kneecap.',
  },
  'lateral-meniscus': {
    name: 'Lateral meniscus',
    tissue: 'meniscus',
    description:
      'An almost ring-shaped pad of tough, rubbery cartilage between the thigh bone and shinbone on the outer side of the knee. Like the inner one, it spreads the load and plays no part in guiding the kneecap.',
  },

  // ---- bursae
  'suprapatellar-bursa': {
    name: 'Suprapatellar bursa',
    tissue: 'bursa',
    description:
      'A fluid-filled pouch above the kneecap, under the quadriceps tendon, that lets the tendon glide over the thigh bone. It opens into the knee joint, so a swollen knee often bulges here.',
  },
  'prepatellar-bursa': {
    name: 'Prepatellar bursa',
    tissue: 'bursa',
    description:
      'A thin, fluid-filled sac between the skin and the front of the kneecap that lets the skin slide over the bone. Long hours of kneeling can make it swell.',
  },

  // ---- muscles
  'rectus-femoris': {
    name: 'Rectus femoris',
    tissue: 'muscle',
    description:
      'The straight muscle down the middle of the front of the thigh, and the only part of the quadriceps that crosses the hip as well as the knee.',
  },
  'vastus-lateralis': {
    name: 'Vastus lateralis',
    tissue: 'muscle',
    description:
      'The largest part of the quadriceps, on the outer side of the thigh, giving about 40 % of its pull. Its fibres run slightly outward, so besides straightening the knee it draws the kneecap a little toward the outside.',
    source:
      'Farahmand 1998 (share of quadriceps force); Lieb & Perry 1968 (fibre angle 12-15 deg, unverified)',
  },
  'vastus-intermedius': {
    name: 'Vastus intermedius',
    tissue: 'muscle',
    description:
      'The deep part of the quadriceps, lying on the front of the thigh bone under rectus femoris. It pulls the kneecap straight up.',
  },
  'vastus-medialis': {
    name: 'Vastus medialis',
    tissue: 'muscle',
    description:
      'The teardrop-shaped muscle on the inner side of the thigh just above the knee. It is one of the first muscles to switch off when the knee is swollen, with as little as 20-30 ml of fluid in the joint.',
    source:
      'Arch Phys Med Rehabil 1984;65:171 (inhibition by joint fluid); Farahmand 1998 (about 25 % of quadriceps force)',
  },
  'vastus-medialis-oblique': {
    name: 'Vastus medialis oblique',
    shortName: 'VMO',
    tissue: 'muscle',
    description:
      'The lowest, most angled fibres of the inner thigh muscle (vastus medialis), which pull the kneecap inward as well as up. It is usually not a separate muscle and cannot be trained on its own: exercise strengthens the whole quadriceps, and a weak VMO alone is no longer thought to explain a drifting kneecap.',
    source:
      'PMC2772911 (often not a separate head); Smith 2009 review (no selective training); Collins 2018 consensus (hip and knee exercise); Rajput, JCDR 2017 and Lieb & Perry 1968 (fibres at 46-56 deg to the thigh bone); Bose 1980 (attachments)',
  },
  sartorius: {
    name: 'Sartorius',
    tissue: 'muscle',
    description:
      'A long, narrow strap of muscle that runs diagonally across the front of the thigh, from the front of the hip to the inside of the knee.',
    source: 'Rajagopal 2016 OpenSim model (muscle-tendon length 585 mm)',
  },
  gracilis: {
    name: 'Gracilis',
    tissue: 'muscle',
    description:
      'A long, thin muscle down the inside of the thigh, from the pubic bone to the inside of the knee.',
  },
  'adductor-longus': {
    name: 'Adductor longus',
    tissue: 'muscle',
    description:
      'A fan-shaped muscle high on the inner thigh that pulls the leg inward, toward the other leg. It does not reach the knee.',
  },
  'adductor-magnus': {
    name: 'Adductor magnus',
    tissue: 'muscle',
    description:
      'The largest inner-thigh muscle. Its lower tendon ends on a small bump just above the inner side of the knee, and the VMO’s fibres start from that tendon.',
    source: 'Bose 1980; Rajput, JCDR 2017 (VMO arises from the adductor magnus tendon)',
  },
  'tensor-fasciae-latae': {
    name: 'Tensor fasciae latae',
    shortName: 'TFL',
    tissue: 'muscle',
    description:
      'A small muscle at the front and side of the hip that tightens the iliotibial band. Through the band it adds to the outward pull on the kneecap.',
  },
  'gluteus-medius': {
    name: 'Gluteus medius',
    tissue: 'muscle',
    description:
      'A fan-shaped muscle on the side of the hip that keeps the pelvis level when you stand on one leg and stops the thigh from dropping and rolling inward. That is why hip exercises are part of treatment for kneecap pain.',
    source:
      'Collins 2018 consensus (hip and knee exercise); Distefano 2009 (activation in clamshell and side-lying abduction)',
  },
  'biceps-femoris': {
    name: 'Biceps femoris',
    tissue: 'muscle',
    description:
      'The outer hamstring at the back of the thigh. It has two parts (heads) that join into one tendon behind the outside of the knee.',
  },
  semitendinosus: {
    name: 'Semitendinosus',
    tissue: 'muscle',
    description:
      'One of the two inner hamstrings, named for its long, cord-like lower tendon, which runs to the inside of the shinbone.',
  },
  semimembranosus: {
    name: 'Semimembranosus',
    tissue: 'muscle',
    description: 'The deeper of the two inner hamstrings, named for its broad, flat upper tendon.',
  },

  // ---- tendons, ligaments and fascia
  'iliotibial-band': {
    name: 'Iliotibial band',
    shortName: 'ITB',
    tissue: 'fascia',
    description:
      'A long, thick band of tough tissue down the outside of the thigh, from the hip to the outer shinbone. Some of its fibres join the tissue beside the kneecap, so it adds to the outward pull on the kneecap.',
    source: 'Rajagopal 2016 OpenSim model (TFL and ITB together 548 mm)',
  },
  'quadriceps-tendon': {
    name: 'Quadriceps tendon',
    tissue: 'tendon',
    description:
      'The thick tendon just above the kneecap where the quadriceps muscles join. It carries their pull onto the kneecap.',
  },
  'patellar-tendon': {
    name: 'Patellar tendon',
    tissue: 'tendon',
    description:
      'The strong band from the lower tip of the kneecap to the bump at the front of the shinbone, which passes the quadriceps’ pull on to straighten the knee. It is normally about as long as the kneecap is tall; a much longer one lets the kneecap ride high, so it enters its groove later.',
    source: 'Wheeless; Aglietti (Insall-Salvati ratio 0.8-1.2 is normal)',
  },
  'medial-patellofemoral-ligament': {
    name: 'Medial patellofemoral ligament',
    shortName: 'MPFL',
    tissue: 'ligament',
    description:
      'A thin band, about 4 to 6 cm long, from the inner side of the thigh bone to the inner edge of the kneecap. It is the main thing that stops the kneecap slipping outward while the knee is nearly straight (0 to 20 degrees), before the groove takes over.',
    source:
      'Fujino 2013 and de Oliveira 2014 (attachments, length 38-60 mm); Fulkerson; PMC3748894 (stiffness); Desio 1998 / Conlan 1993 (about 60 % of lateral restraint near 20 deg, unverified)',
  },
  'lateral-retinaculum': {
    name: 'Lateral retinaculum',
    tissue: 'fascia',
    description:
      'A sheet of fibrous tissue on the outer side of the kneecap, partly made of fibres from the iliotibial band and vastus lateralis. When it is tight it tilts the kneecap and pulls it outward.',
  },
  'medial-collateral-ligament': {
    name: 'Medial collateral ligament',
    shortName: 'MCL',
    tissue: 'ligament',
    description:
      'A broad, flat ligament on the inner side of the knee joining the thigh bone to the shinbone. It stops the knee from opening on the inside when pushed from the outside; it does not steer the kneecap.',
  },
  'lateral-collateral-ligament': {
    name: 'Lateral collateral ligament',
    shortName: 'LCL',
    tissue: 'ligament',
    description:
      'A short, cord-like ligament on the outer side of the knee joining the thigh bone to the fibula. It stops the knee from opening on the outside; it does not steer the kneecap.',
  },
  'infrapatellar-bursa': {
    name: 'Infrapatellar bursa',
    tissue: 'bursa',
    description:
      "A small fluid-filled sac behind the lower end of the kneecap's tendon, just above where it attaches to the shinbone. It lets the tendon glide over the bone as the knee bends.",
  },
  'femoral-condyle-cartilage': {
    name: "Cartilage of the thigh bone's ends (femoral condyles)",
    tissue: 'cartilage',
    description:
      "The smooth cartilage on the two rounded ends of the thigh bone that roll and glide on the shinbone. The kneecap's groove is the front part of the same cartilage.",
  },
  'tibial-cartilage': {
    name: 'Cartilage of the shinbone top (tibial plateaus)',
    tissue: 'cartilage',
    description:
      'The smooth cartilage on the flat top of the shinbone, partly under the menisci, where the ends of the thigh bone rest.',
  },
  'gluteus-maximus': {
    name: 'Gluteus maximus',
    tissue: 'muscle',
    description:
      'The large buttock muscle. It straightens the hip, and part of it pulls on the iliotibial band on the outer thigh.',
  },
  gastrocnemius: {
    name: 'Gastrocnemius (calf muscle)',
    tissue: 'muscle',
    description:
      'The calf muscle. Its two heads start on the back of the thigh bone just above the knee. It points the foot and helps bend the knee; it does not pull on the kneecap.',
  },
  popliteus: {
    name: 'Popliteus',
    tissue: 'muscle',
    description:
      'A small, flat muscle behind the knee. As the straight knee starts to bend, it unlocks it by turning the shinbone slightly inward.',
  },
  'anterior-cruciate-ligament': {
    name: 'Anterior cruciate ligament',
    shortName: 'ACL',
    tissue: 'ligament',
    description:
      'One of the two ligaments that cross inside the knee. It stops the shinbone sliding forward under the thigh bone; it does not steer the kneecap.',
  },
  'posterior-cruciate-ligament': {
    name: 'Posterior cruciate ligament',
    shortName: 'PCL',
    tissue: 'ligament',
    description:
      'The other ligament that crosses inside the knee. It stops the shinbone sliding backward under the thigh bone.',
  },
  'medial-retinaculum': {
    name: 'Medial retinaculum',
    tissue: 'fascia',
    description:
      'A thin sheet of tough tissue from the inner edge of the kneecap to the thigh bone. With the MPFL, which runs in it, it helps hold the kneecap in.',
  },
  'hamstring-tendons': {
    name: 'Hamstring and inner-knee tendons',
    tissue: 'tendon',
    description:
      'The cord-like ends of the hamstrings behind the knee, and of the three muscles that meet on the inner side of the shinbone (sartorius, gracilis and semitendinosus, the pes anserinus).',
  },
}

// ---- groups ------------------------------------------------------------------------------------

/** Everything that is not bone or joint surface: muscles, tendons, ligaments, fascia, bursae. */
export const SOFT_TISSUE_IDS: readonly StructureId[] = STRUCTURE_IDS.filter((id) => {
  const tissue = ENTRIES[id].tissue
  return tissue !== 'bone' && tissue !== 'cartilage' && tissue !== 'meniscus'
})

/** The group lists are the one source of membership; each structure's `groups` is read off them. */
export const GROUPS: Readonly<Record<GroupId, GroupInfo>> = {
  quadriceps: {
    name: 'Quadriceps',
    description:
      'The big muscle group on the front of the thigh: rectus femoris and the three vasti, with the VMO (the lowest part of vastus medialis) shown on its own. They straighten the knee by pulling on the kneecap and work as one: no part can be strengthened alone.',
    members: [
      'rectus-femoris',
      'vastus-lateralis',
      'vastus-intermedius',
      'vastus-medialis',
      'vastus-medialis-oblique',
    ],
  },
  hamstrings: {
    name: 'Hamstrings',
    description:
      'The three muscles at the back of the thigh. They bend the knee and straighten the hip; they do not pull on the kneecap.',
    members: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
  },
  adductors: {
    name: 'Inner thigh (adductors)',
    description:
      'The inner-thigh muscles that pull the leg toward the other leg. Squeezing them during a squat works them, but does not make the VMO work harder than vastus lateralis.',
    members: ['adductor-longus', 'adductor-magnus', 'gracilis'],
  },
  'lateral-pull': {
    name: 'What pulls the kneecap outward',
    description:
      'Vastus lateralis, the iliotibial band, tensor fasciae latae (which tightens the band) and the lateral retinaculum. This outward pull is normal; problems start when it is not matched by what holds the kneecap in.',
    members: ['vastus-lateralis', 'iliotibial-band', 'tensor-fasciae-latae', 'lateral-retinaculum'],
  },
  'medial-restraint': {
    name: 'What holds the kneecap in',
    description:
      'The MPFL holds the kneecap in while the knee is nearly straight; past about 20 degrees of bending the high outer wall of the trochlear groove takes over. Vastus medialis and its lowest fibres, the VMO, add an inward pull.',
    members: [
      'vastus-medialis-oblique',
      'medial-patellofemoral-ligament',
      'trochlear-groove',
      'vastus-medialis',
    ],
  },
  'hip-muscles': {
    name: 'Hip muscles',
    description:
      'Muscles whose main work is at the hip and that steer where the thigh, and so the groove, points under the kneecap: gluteus medius stops the thigh rolling inward, tensor fasciae latae and sartorius lift it forward. Rectus femoris, gracilis and the hamstrings also cross the hip but are shown with their thigh groups.',
    members: ['gluteus-medius', 'tensor-fasciae-latae', 'sartorius'],
  },
  bones: {
    name: 'Bones',
    description: 'The pelvis, thigh bone, kneecap, shinbone and fibula.',
    members: ['pelvis', 'femur', 'patella', 'tibia', 'fibula'],
  },
  'joint-surfaces': {
    name: 'Joint surfaces',
    description:
      'The smooth surfaces where the bones meet: the cartilage on the ends of the thigh bone (with the kneecap’s groove), behind the kneecap and on top of the shinbone, and the two menisci, the rubbery pads between the thigh bone and the shinbone.',
    members: [
      'trochlear-groove',
      'patellar-cartilage',
      'medial-meniscus',
      'lateral-meniscus',
      'femoral-condyle-cartilage',
      'tibial-cartilage',
    ],
  },
  'soft-tissue': {
    name: 'Soft tissue',
    description:
      'Everything that is not bone or joint surface: muscles, tendons, ligaments, the iliotibial band and the fluid-filled sacs (bursae). With the bones and joint surfaces it covers the whole model.',
    members: SOFT_TISSUE_IDS,
  },
}

/**
 * Each structure's names, tissue and description, keyed by id: what the figure reads (STRUCTURES
 * adds the groups, origins and insertions).
 */
export const STRUCTURE_BASICS: Readonly<Record<StructureId, StructureBasics>> = ENTRIES

/** The full catalogue, keyed by structure id. */
export const STRUCTURES: Readonly<Record<StructureId, StructureInfo>> =
  /* @__PURE__ */ fullCatalogue()

// pure (built on first import), so a bundle that never reads STRUCTURES leaves it and the
// origins and insertions out
function fullCatalogue() {
  return Object.fromEntries(
    STRUCTURE_IDS.map((id): [StructureId, StructureInfo] => [
      id,
      {
        id,
        ...ENTRIES[id],
        ...STRUCTURE_ANATOMY[id],
        groups: GROUP_IDS.filter((group) => GROUPS[group].members.includes(id)),
      },
    ]),
  ) as Record<StructureId, StructureInfo>
}

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
    if (isGroupId(id)) for (const member of GROUPS[id].members) structures.add(member)
    else if (isStructureId(id)) structures.add(id)
    else unknown.add(id)
  }
  return { structures: [...structures], unknown: [...unknown] }
}
