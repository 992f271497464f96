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
/** What `overlays` may list: see-through muscles, the kneecap's path, pull arrows, cartilage load. */
export const OVERLAYS_FOR_ATTRIBUTES = ['xray', 'trail', 'forces', 'contact'] as const
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
