/**
 * The ids of the structures in the knee model, in catalogue order: the names of their nodes in
 * the glTF file. Apart from the catalogue so that its tables (structures.ts, structureAnatomy.ts,
 * structureDescriptions.ts) can each be keyed by them. Pure data.
 */
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
