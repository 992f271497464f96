/**
 * Named sets of tracking parameters for the explainer's buttons and stories, with plain-words
 * labels and descriptions a patient can read, and a blend for smooth changes between them.
 */
import { clampKneeInput, NORMAL_TRACKING_PARAMS } from './input'
import { PRESET_DESCRIPTIONS } from './presetDescriptions'
import type { TrackingParams, TrackingPresetId } from './types'

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

export type { TrackingPresetId } from './types'

export type TrackingPresetInfo = {
  id: TrackingPresetId
  /** A short label for a button or legend. */
  label: string
  /** One or two sentences in plain words. */
  description: string
  params: Readonly<TrackingParams>
}

/**
 * Every preset in menu order with its plain-words label and parameters: what the figure reads
 * (TRACKING_PRESET_LIST adds the descriptions, from presetDescriptions.ts).
 */
export const TRACKING_PRESET_BASICS: ReadonlyArray<Omit<TrackingPresetInfo, 'description'>> = [
  {
    id: 'normal',
    label: 'Normal',
    params: TRACKING_PRESETS.normal,
  },
  {
    id: 'lateral-mild',
    label: 'Drifts outward (mild)',
    params: TRACKING_PRESETS.lateralMaltracking.mild,
  },
  {
    id: 'lateral-moderate',
    label: 'Drifts outward (moderate)',
    params: TRACKING_PRESETS.lateralMaltracking.moderate,
  },
  {
    id: 'lateral-severe',
    label: 'Drifts outward (severe)',
    params: TRACKING_PRESETS.lateralMaltracking.severe,
  },
  {
    id: 'trochlear-dysplasia',
    label: 'Shallow groove',
    params: TRACKING_PRESETS.trochlearDysplasia,
  },
  {
    id: 'post-surgery-swelling',
    label: 'Swelling after surgery',
    params: TRACKING_PRESETS.postSurgerySwelling,
  },
  {
    id: 'weak-vmo',
    label: 'Quiet VMO only',
    params: TRACKING_PRESETS.weakVmo,
  },
  {
    id: 'tight-lateral',
    label: 'Tight outer structures only',
    params: TRACKING_PRESETS.tightLateral,
  },
]

/** Every preset in menu order, with plain-words labels and descriptions. */
export const TRACKING_PRESET_LIST: ReadonlyArray<TrackingPresetInfo> =
  /* @__PURE__ */ TRACKING_PRESET_BASICS.map((p) => ({
    ...p,
    description: PRESET_DESCRIPTIONS[p.id],
  }))

/** Whether a string is a preset id. */
export function isTrackingPresetId(x: unknown): x is TrackingPresetId {
  return TRACKING_PRESET_BASICS.some((preset) => preset.id === x)
}

/** A preset by id; undefined for an unknown id. */
export function getTrackingPreset(id: string): TrackingPresetInfo | undefined {
  return TRACKING_PRESET_LIST.find((preset) => preset.id === id)
}

/** A preset's parameters by id; undefined for an unknown id. */
export function trackingPresetParams(id: string): Readonly<TrackingParams> | undefined {
  return TRACKING_PRESET_BASICS.find((preset) => preset.id === id)?.params
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
