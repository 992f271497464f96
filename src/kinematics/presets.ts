/**
 * Named sets of tracking parameters for the explainer's buttons and stories, with plain-words
 * labels and descriptions a patient can read, and a blend for smooth changes between them.
 */
import { clampKneeInput, NORMAL_TRACKING_PARAMS } from './input'
import type { TrackingParams } from './types'

export type MaltrackingLevel = 'mild' | 'moderate' | 'severe'

// Maltracking combines the causes the literature names (Draper 2009; Sheehan 2010: maltrackers
// are not all alike): a less active VMO, tighter lateral structures, a larger Q-angle and a
// shallower groove, more of each at each level. Sulcus angles stay at or below the 145-150 deg
// dysplasia threshold (PMC5134791) so that dysplasia has a preset of its own. Severe maltrackers are
// the knees whose kneecap has slipped out, and a dislocation tears the MPFL in 94 % (Sallay 1996,
// Am J Sports Med 24:52): the severe level has it slack (medialLaxity 1).
const LATERAL_MALTRACKING: Readonly<Record<MaltrackingLevel, Readonly<TrackingParams>>> = {
  mild: {
    vmoActivation: 0.8,
    lateralTightness: 0.3,
    qAngleDeg: 16,
    sulcusAngleDeg: 140,
    effusionMl: 0,
    medialLaxity: 0,
  },
  moderate: {
    vmoActivation: 0.6,
    lateralTightness: 0.6,
    qAngleDeg: 18,
    sulcusAngleDeg: 145,
    effusionMl: 0,
    medialLaxity: 0,
  },
  severe: {
    vmoActivation: 0.3,
    lateralTightness: 1,
    qAngleDeg: 22,
    sulcusAngleDeg: 150,
    effusionMl: 0,
    medialLaxity: 1,
  },
}

/** The tracking parameter sets, keyed by name; maltracking has three levels. */
export const TRACKING_PRESETS = {
  normal: NORMAL_TRACKING_PARAMS,
  lateralMaltracking: LATERAL_MALTRACKING,
  /** A flat groove (sulcus angle 160 deg; dysplastic above 145-150 deg, PMC5134791), all else normal. */
  trochlearDysplasia: { ...NORMAL_TRACKING_PARAMS, sulcusAngleDeg: 160 },
  /** 40 ml of joint fluid: past the 20-30 ml that inhibits vastus medialis, short of the 50-60 ml that inhibits the others (Arch Phys Med Rehabil 1984;65:171). */
  postSurgerySwelling: { ...NORMAL_TRACKING_PARAMS, effusionMl: 40 },
  /** Only the VMO quiet (activation 0.2), everything else normal. */
  weakVmo: { ...NORMAL_TRACKING_PARAMS, vmoActivation: 0.2 },
  /** Only the outer structures tight (iliotibial band and lateral retinaculum), everything else normal. */
  tightLateral: { ...NORMAL_TRACKING_PARAMS, lateralTightness: 0.8 },
} as const satisfies {
  normal: Readonly<TrackingParams>
  lateralMaltracking: Readonly<Record<MaltrackingLevel, Readonly<TrackingParams>>>
  [name: string]:
    Readonly<TrackingParams> | Readonly<Record<MaltrackingLevel, Readonly<TrackingParams>>>
}

/** Flat ids for attributes, URLs and menus. */
export type TrackingPresetId =
  | 'normal'
  | 'lateral-mild'
  | 'lateral-moderate'
  | 'lateral-severe'
  | 'trochlear-dysplasia'
  | 'post-surgery-swelling'
  | 'weak-vmo'
  | 'tight-lateral'

export type TrackingPresetInfo = {
  id: TrackingPresetId
  /** A short label for a button or legend. */
  label: string
  /** One or two sentences in plain words. */
  description: string
  params: Readonly<TrackingParams>
}

/** Every preset in menu order, with plain-words labels and descriptions. */
export const TRACKING_PRESET_LIST: ReadonlyArray<TrackingPresetInfo> = [
  {
    id: 'normal',
    label: 'Normal',
    description:
      'The kneecap sits a little to the outside when the leg is straight, settles close to the middle of its groove as the knee bends past about 20 degrees, and stays there.',
    params: TRACKING_PRESETS.normal,
  },
  {
    id: 'lateral-mild',
    label: 'Drifts outward (mild)',
    description:
      'A slightly quieter inner thigh muscle, slightly tighter outer structures and a slightly shallower groove let the kneecap sit a little more to the outside near a straight knee.',
    params: TRACKING_PRESETS.lateralMaltracking.mild,
  },
  {
    id: 'lateral-moderate',
    label: 'Drifts outward (moderate)',
    description:
      'The kneecap sits clearly to the outside and tips outward when the knee is nearly straight, then is pulled back toward the middle as it drops into the groove (the J-sign). More of the pressure falls on its outer half.',
    params: TRACKING_PRESETS.lateralMaltracking.moderate,
  },
  {
    id: 'lateral-severe',
    label: 'Drifts outward (severe)',
    description:
      'Several causes together push the kneecap far to the outside near a straight knee, with marked outward tipping and most of the pressure on its outer half. The inner ligament that holds it back (the MPFL) is stretched or torn, as after the kneecap has slipped out, so the kneecap jumps clearly outward as the leg straightens: an obvious J-sign.',
    params: TRACKING_PRESETS.lateralMaltracking.severe,
  },
  {
    id: 'trochlear-dysplasia',
    label: 'Shallow groove',
    description:
      'A flat groove at the end of the thigh bone gives the kneecap little to sit in, so it stays off-centre at every angle even when the muscles are normal.',
    params: TRACKING_PRESETS.trochlearDysplasia,
  },
  {
    id: 'post-surgery-swelling',
    label: 'Swelling after surgery',
    description:
      'A moderate amount of fluid in the joint quietly switches off the inner thigh muscle (the VMO) first, even when the knee feels fine, so the kneecap drifts a little outward until the swelling settles.',
    params: TRACKING_PRESETS.postSurgerySwelling,
  },
  {
    id: 'weak-vmo',
    label: 'Quiet VMO only',
    description:
      'A quiet VMO on its own lets the kneecap drift a little outward, most of all near a straight knee. Studies disagree on how much: in knees tested in the laboratory, switching the VMO off moved the kneecap about 4 mm in one study and less than 1.5 mm in another. Blaming the VMO alone is popular but disputed: hip control and how the thigh bone turns matter too, and the VMO cannot be trained apart from the rest of the quadriceps.',
    params: TRACKING_PRESETS.weakVmo,
  },
  {
    id: 'tight-lateral',
    label: 'Tight outer structures only',
    description:
      'A tight iliotibial band and outer knee capsule pull and tip the kneecap outward, most of all when the knee is nearly straight.',
    params: TRACKING_PRESETS.tightLateral,
  },
]

const PRESET_BY_ID: ReadonlyMap<string, TrackingPresetInfo> = new Map(
  TRACKING_PRESET_LIST.map((preset) => [preset.id, preset]),
)

/** Whether a string is a preset id. */
export function isTrackingPresetId(x: unknown): x is TrackingPresetId {
  return typeof x === 'string' && PRESET_BY_ID.has(x)
}

/** A preset by id; undefined for an unknown id. */
export function getTrackingPreset(id: string): TrackingPresetInfo | undefined {
  return PRESET_BY_ID.get(id)
}

/**
 * Parameters between `a` (t = 0) and `b` (t = 1), field by field, for smooth transitions between
 * presets. Missing fields take the normal value; t is clamped to 0-1. Pass `out` to reuse an object.
 */
export function blendTrackingParams(
  a: Partial<TrackingParams>,
  b: Partial<TrackingParams>,
  t: number,
  out: TrackingParams = { ...NORMAL_TRACKING_PARAMS },
): TrackingParams {
  const u = Number.isFinite(t) ? Math.min(Math.max(t, 0), 1) : 0
  out.vmoActivation = mix(a, b, 'vmoActivation', u)
  out.lateralTightness = mix(a, b, 'lateralTightness', u)
  out.qAngleDeg = mix(a, b, 'qAngleDeg', u)
  out.sulcusAngleDeg = mix(a, b, 'sulcusAngleDeg', u)
  out.effusionMl = mix(a, b, 'effusionMl', u)
  out.medialLaxity = mix(a, b, 'medialLaxity', u)
  return out
}

function mix(
  a: Partial<TrackingParams>,
  b: Partial<TrackingParams>,
  field: keyof TrackingParams,
  u: number,
): number {
  const from = clampKneeInput(field, a[field])
  const to = clampKneeInput(field, b[field])
  return from * (1 - u) + to * u
}
