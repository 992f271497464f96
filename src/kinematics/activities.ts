/**
 * Daily activities as data: how far the knee bends over one cycle and how hard the quadriceps must
 * hold it (the knee's extensor moment), and what the solver makes of that: the patellofemoral joint
 * reaction force in body weights, the contact area and the pressure on the cartilage. Pure data and
 * pure functions, no React, no three.js; `activityFrameAt` writes into a frame it is given.
 *
 * The moment turns into quadriceps tension through the patellar tendon's moment arm measured on
 * the solver's own geometry (tension = moment / arm); the solver then gives the compression that
 * tension makes around the patella at that flexion. Published joint reaction forces are kept beside
 * each activity so the tests can hold the result to them.
 */
import { GRAVITY_M_PER_S2 } from './constants'
import { createKneeSolution, solveKneeInto } from './solveKnee'
import type { Activity, ActivityId, KneeInput, KneeSolution, TrackingParams } from './types'

export type { Activity, ActivityId, ActivityKeyframe, PublishedLoad } from './types'

/**
 * Body mass the activities are solved for, kg. Results are in body weights, so the mass only sets
 * the size of the forces the soft tissues meet (the MPFL and retinacula do not scale with it).
 */
export const ACTIVITY_BODY_MASS_KG = 70

/** Activity ids in menu order. */
export const ACTIVITY_IDS: readonly ActivityId[] = [
  'walking',
  'stairs-up',
  'stairs-down',
  'squat',
  'kneeling',
  'sitting',
]

/** Whether a string is an activity id. */
export function isActivityId(x: unknown): x is ActivityId {
  return typeof x === 'string' && (ACTIVITY_IDS as readonly string[]).includes(x)
}

/** Where an activity is at one moment and what the kneecap carries. */
export type ActivityFrame = {
  /** How far through the cycle, 0-1. */
  cycle: number
  /** Knee flexion, degrees. */
  flexionDeg: number
  /** The knee's extensor moment, N m per kg of body mass. */
  extensorMomentNmPerKg: number
  /** Quadriceps tension, newtons (for ACTIVITY_BODY_MASS_KG). */
  quadricepsN: number
  /** Quadriceps tension, body weights. */
  quadricepsBw: number
  /** Patellofemoral joint reaction force (the solver's contact force), body weights. */
  jointReactionBw: number
  /** Contact area, mm^2 (from the solver). */
  contactAreaMm2: number
  /** Mean pressure on the contact, MPa (force / area). */
  contactPressureMpa: number
}

/** A zeroed frame to pass to `activityFrameAt` again and again. */
export function createActivityFrame(): ActivityFrame {
  return {
    cycle: 0,
    flexionDeg: 0,
    extensorMomentNmPerKg: 0,
    quadricepsN: 0,
    quadricepsBw: 0,
    jointReactionBw: 0,
    contactAreaMm2: 0,
    contactPressureMpa: 0,
  }
}

const BODY_WEIGHT_N = ACTIVITY_BODY_MASS_KG * GRAVITY_M_PER_S2
// scratch for the render loop (the solver is synchronous)
const scratchSolution: KneeSolution = createKneeSolution()
const scratchInput: KneeInput = { flexionDeg: 0 }

/** Flexion and moment at a point of the cycle (0-1), linear between keyframes, into `out`. */
function readCycle(activity: Activity, cycle: number, out: ActivityFrame): void {
  const keys = activity.keyframes
  let i = 1
  while (i < keys.length - 1 && cycle > keys[i]![0]) i++
  const a = keys[i - 1]!
  const b = keys[i]!
  const span = b[0] - a[0]
  const u = span > 0 ? Math.min(Math.max((cycle - a[0]) / span, 0), 1) : 0
  out.cycle = cycle
  out.flexionDeg = a[1] + (b[1] - a[1]) * u
  out.extensorMomentNmPerKg = a[2] + (b[2] - a[2]) * u
}

/**
 * The quadriceps tension (N) an extensor moment needs at a flexion: moment / the patellar tendon's
 * moment arm on the solver's geometry.
 */
export function quadricepsForMomentN(flexionDeg: number, extensorMomentNmPerKg: number): number {
  scratchInput.flexionDeg = flexionDeg
  scratchInput.quadricepsN = undefined
  const armMm = solveKneeInto(scratchInput, scratchSolution).forces.tendonMomentArmMm
  return (Math.max(extensorMomentNmPerKg, 0) * ACTIVITY_BODY_MASS_KG) / (armMm / 1000)
}

/**
 * An activity at `timeSeconds` after it started (looping), for a knee with `params`, into `out`
 * (from `createActivityFrame`). Creates nothing. Negative or non-finite times count as 0.
 */
export function activityFrameAt(
  activity: Activity,
  timeSeconds: number,
  params: Partial<TrackingParams> = {},
  out: ActivityFrame = createActivityFrame(),
): ActivityFrame {
  const t = Number.isFinite(timeSeconds) && timeSeconds > 0 ? timeSeconds : 0
  return activityFrameAtCycle(activity, (t / activity.cycleSeconds) % 1, params, out)
}

/** As `activityFrameAt`, at a point of the cycle (0-1). */
export function activityFrameAtCycle(
  activity: Activity,
  cycle: number,
  params: Partial<TrackingParams> = {},
  out: ActivityFrame = createActivityFrame(),
): ActivityFrame {
  readCycle(activity, Math.min(Math.max(Number.isFinite(cycle) ? cycle : 0, 0), 1), out)
  const quadricepsN = quadricepsForMomentN(out.flexionDeg, out.extensorMomentNmPerKg)
  scratchInput.vmoActivation = params.vmoActivation
  scratchInput.lateralTightness = params.lateralTightness
  scratchInput.qAngleDeg = params.qAngleDeg
  scratchInput.sulcusAngleDeg = params.sulcusAngleDeg
  scratchInput.effusionMl = params.effusionMl
  scratchInput.medialLaxity = params.medialLaxity
  scratchInput.flexionDeg = out.flexionDeg
  scratchInput.quadricepsN = quadricepsN
  const { forces } = solveKneeInto(scratchInput, scratchSolution)
  scratchInput.vmoActivation = undefined
  scratchInput.lateralTightness = undefined
  scratchInput.qAngleDeg = undefined
  scratchInput.sulcusAngleDeg = undefined
  scratchInput.effusionMl = undefined
  scratchInput.medialLaxity = undefined
  out.quadricepsN = quadricepsN
  out.quadricepsBw = quadricepsN / BODY_WEIGHT_N
  out.jointReactionBw = forces.contactN / BODY_WEIGHT_N
  out.contactAreaMm2 = forces.contactAreaMm2
  out.contactPressureMpa = forces.contactAreaMm2 > 0 ? forces.contactN / forces.contactAreaMm2 : 0
  return out
}

/** The moment of an activity's cycle with the highest joint reaction force (sampled every 0.5 %). */
export function activityPeak(
  activity: Activity,
  params: Partial<TrackingParams> = {},
): ActivityFrame {
  const frame = createActivityFrame()
  const best = createActivityFrame()
  for (let i = 0; i <= 200; i++) {
    activityFrameAtCycle(activity, i / 200, params, frame)
    if (frame.jointReactionBw > best.jointReactionBw) Object.assign(best, frame)
  }
  return best
}
