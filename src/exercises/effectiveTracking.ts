/**
 * The one place that turns what the reader asked for (a tracking preset, single overrides, the
 * hip's position, an exercise) and what moves on screen (the flexion now, an exercise's effort
 * and hip now) into the solver's input. The stage, the caption, the announcer and the chart all
 * call it, so the sentence describes the knee that is drawn. Pure and allocation-free when given
 * an output object.
 */
import {
  activityFrameAt,
  createActivityFrame,
  type Activity,
  type ActivityId,
} from '../kinematics/activities'
import { qAngleFromFemoralRotation, type HipAngles } from '../kinematics/hip'
import { NORMAL_TRACKING_PARAMS } from '../kinematics/input'
import { trackingPresetParams, type TrackingPresetId } from '../kinematics/presets'
import type { KneeInput, TrackingParams } from '../kinematics/types'
import { applyExerciseTracking } from './motion'
import type { Exercise } from './types'

/** What the reader asked for that changes the kneecap's tracking. */
export type TrackingRequest = {
  /** Named preset; `trackingParams` overrides single parameters on top of it. */
  tracking: TrackingPresetId
  trackingParams?: Partial<TrackingParams>
  /** The hip's position when no exercise moves it. */
  hip?: Readonly<HipAngles>
  /** The exercise the figure performs, if any (its tracking adds in with its effort). */
  exercise?: Pick<Exercise, 'tracking'> | null
  /**
   * The daily activity the figure performs, if any: it drives the flexion over its cycle and the
   * quadriceps tension the solver loads the kneecap with (see `ACTIVITIES`).
   */
  activity?: ActivityId | null
}

/** What moves on screen: an exercise's effort (0-1) and hip now; absent when none plays. */
export type TrackingMotion = {
  exerciseEffort?: number
  exerciseHip?: Readonly<HipAngles>
  /** Seconds since the activity started (it loops); with `request.activity` it sets flexion and load. */
  activitySeconds?: number
}

// scratch for the render loop (the resolver is synchronous)
const activityFrame = createActivityFrame()

/**
 * The tracking the knee shows: preset, then single overrides, then the exercise's pull scaled by
 * its effort, then the outward pull that femoral rotation at the hip adds to the Q-angle.
 */
export function resolveTrackingParams(
  request: TrackingRequest,
  motion: TrackingMotion = {},
  out: TrackingParams = { ...NORMAL_TRACKING_PARAMS },
): TrackingParams {
  const preset = trackingPresetParams(request.tracking) ?? NORMAL_TRACKING_PARAMS
  Object.assign(out, preset, request.trackingParams)
  if (request.exercise) applyExerciseTracking(request.exercise, motion.exerciseEffort ?? 0, out)
  const hip = request.exercise && motion.exerciseHip ? motion.exerciseHip : request.hip
  if (hip) out.qAngleDeg += qAngleFromFemoralRotation(hip.externalRotationDeg)
  return out
}

/**
 * As `resolveKneeInput`, with the activity found by `activityOf` (the figure's finds it once its
 * activities have loaded: kinematics/activityLookup.ts; while it answers null the knee bends as
 * it does without an activity).
 */
export function resolveKneeInputWith(
  activityOf: (id: ActivityId) => Activity | null,
  request: TrackingRequest,
  flexionDeg: number,
  motion: TrackingMotion = {},
  out: KneeInput & TrackingParams = { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS },
): KneeInput & TrackingParams {
  resolveTrackingParams(request, motion, out)
  out.flexionDeg = flexionDeg
  out.quadricepsN = undefined
  const activity = request.activity ? activityOf(request.activity) : null
  if (activity && motion.activitySeconds !== undefined) {
    activityFrameAt(activity, motion.activitySeconds, out, activityFrame)
    out.flexionDeg = activityFrame.flexionDeg
    out.quadricepsN = activityFrame.quadricepsN
  }
  return out
}
