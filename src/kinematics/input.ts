/**
 * The valid range of every input, and clamping with a one-time warning per field: the figure keeps
 * working on bad input and the page author learns which field was wrong.
 */
import {
  KNEE_FLEXION_MAX_DEG,
  KNEE_FLEXION_MIN_DEG,
  SULCUS_ANGLE_NORMAL_DEG,
} from '../anatomy/dimensions'
import { Q_ANGLE_NORMAL_DEG } from './constants'
import type { KneeInput, TrackingParams } from './types'

export type KneeInputField = keyof KneeInput

/** The knee's bend the figure shows, degrees: 0 = straight (every user reads it from here). */
export const FLEXION_RANGE_DEG = { min: KNEE_FLEXION_MIN_DEG, max: KNEE_FLEXION_MAX_DEG } as const

/** A flexion inside FLEXION_RANGE_DEG (non-numbers give `fallback`). */
export function clampFlexionDeg(value: number, fallback = FLEXION_RANGE_DEG.min): number {
  if (!Number.isFinite(value)) return fallback
  return Math.min(Math.max(value, FLEXION_RANGE_DEG.min), FLEXION_RANGE_DEG.max)
}

/**
 * The hip positions a person can reach, degrees [min, max]: + flexion, + abduction, + external
 * rotation. The figure, the store and the exercise validator all clamp or check against these.
 */
export const HIP_RANGES = {
  flexionDeg: [-20, 120],
  abductionDeg: [-20, 45],
  externalRotationDeg: [-45, 45],
} as const

/** Valid range and default of each input field. */
export const KNEE_INPUT_RANGES: Readonly<
  Record<KneeInputField, { min: number; max: number; default: number }>
> = {
  flexionDeg: { ...FLEXION_RANGE_DEG, default: 0 },
  vmoActivation: { min: 0, max: 1, default: 1 },
  lateralTightness: { min: 0, max: 1, default: 0 },
  qAngleDeg: { min: 0, max: 30, default: Q_ANGLE_NORMAL_DEG },
  sulcusAngleDeg: { min: 110, max: 180, default: SULCUS_ANGLE_NORMAL_DEG },
  effusionMl: { min: 0, max: 150, default: 0 },
  medialLaxity: { min: 0, max: 1, default: 0 },
  // the solver uses its own mini-squat tension when quadricepsN is not given (the 0 here is unused)
  quadricepsN: { min: 0, max: 20000, default: 0 },
}

/** The tracking parameters of a normal adult knee (the defaults). */
export const NORMAL_TRACKING_PARAMS: Readonly<TrackingParams> = {
  vmoActivation: KNEE_INPUT_RANGES.vmoActivation.default,
  lateralTightness: KNEE_INPUT_RANGES.lateralTightness.default,
  qAngleDeg: KNEE_INPUT_RANGES.qAngleDeg.default,
  sulcusAngleDeg: KNEE_INPUT_RANGES.sulcusAngleDeg.default,
  effusionMl: KNEE_INPUT_RANGES.effusionMl.default,
  medialLaxity: KNEE_INPUT_RANGES.medialLaxity.default,
}

const warned = new Set<KneeInputField>()

/** Forget which fields have warned, so the next bad value warns again (for tests). */
export function resetKinematicsWarnings(): void {
  warned.clear()
}

/**
 * A field's value inside its range. Undefined gives the default silently; NaN, a non-number,
 * an infinity or a value out of range is replaced (NaN by the default, the rest by the nearest
 * bound) with one console warning per field for the life of the page.
 */
export function clampKneeInput(field: KneeInputField, value: unknown): number {
  const range = KNEE_INPUT_RANGES[field]
  if (value === undefined) return range.default
  if (typeof value === 'number' && value >= range.min && value <= range.max) return value
  let used: number
  let problem: string
  if (typeof value !== 'number' || Number.isNaN(value)) {
    used = range.default
    problem = 'is not a number'
  } else {
    used = value < range.min ? range.min : range.max
    problem = `is outside ${range.min}-${range.max}`
  }
  if (!warned.has(field)) {
    warned.add(field)
    console.warn(`knee-explainer: ${field} ${String(value)} ${problem}; using ${used}`)
  }
  return used
}
