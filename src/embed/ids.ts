// Plain lists of valid attribute values, kept here so the element's entry stays tiny (the
// kinematics and scene modules load only with the figure). A test checks they match the library.
export const TRACKING_PRESET_IDS_FOR_ATTRIBUTES: readonly string[] = [
  'normal',
  'lateral-mild',
  'lateral-moderate',
  'lateral-severe',
  'trochlear-dysplasia',
  'post-surgery-swelling',
  'weak-vmo',
  'tight-lateral',
]
export const VIEW_IDS_FOR_ATTRIBUTES: readonly string[] = [
  'anterior',
  'lateral',
  'medial',
  'posterior',
  'thigh',
  'leg',
  'skyline',
]
export const COMPARE_FOR_ATTRIBUTES: readonly string[] = ['none', 'ghost', 'side-by-side']
/** What `overlays` may list: see-through muscles, the kneecap's path, pull arrows, cartilage load, bursae. */
export const OVERLAYS_FOR_ATTRIBUTES = ['xray', 'trail', 'forces', 'contact', 'bursae'] as const
export const EXERCISE_IDS_FOR_ATTRIBUTES: readonly string[] = [
  'quad-set',
  'straight-leg-raise',
  'terminal-knee-extension',
  'mini-squat',
  'wall-sit',
  'side-lying-hip-abduction',
  'clamshell',
  'adductor-squeeze',
]
/** Structure and group ids (highlight, labels): the catalogue's, without its names and texts. */
export const STRUCTURE_AND_GROUP_IDS_FOR_ATTRIBUTES: readonly string[] = [
  'pelvis',
  'femur',
  'patella',
  'tibia',
  'fibula',
  'trochlear-groove',
  'patellar-cartilage',
  'medial-meniscus',
  'lateral-meniscus',
  'suprapatellar-bursa',
  'prepatellar-bursa',
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
  'iliotibial-band',
  'quadriceps-tendon',
  'patellar-tendon',
  'medial-patellofemoral-ligament',
  'lateral-retinaculum',
  'medial-collateral-ligament',
  'lateral-collateral-ligament',
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
/** What `labels` (empty or "true") labels: the kneecap and what pulls and holds it. */
export const DEFAULT_LABELS_FOR_ATTRIBUTES: readonly string[] = [
  'patella',
  'vastus-medialis-oblique',
  'vastus-lateralis',
  'iliotibial-band',
  'medial-patellofemoral-ligament',
  'patellar-tendon',
]
/** The knee bend an attribute may ask for, degrees. */
export const FLEXION_RANGE_FOR_ATTRIBUTES = { min: 0, max: 120 } as const
/** Daily activities (`activity`): the knee does them over and over, an exercise takes over. */
export const ACTIVITY_IDS_FOR_ATTRIBUTES: readonly string[] = [
  'walking',
  'stairs-up',
  'stairs-down',
  'squat',
  'kneeling',
  'sitting',
]
