import { ACTIVITIES } from '../kinematics/activityCatalogue'
import { NORMAL_TRACKING_PARAMS } from '../kinematics/input'
import type { Activity, ActivityId, KneeInput, TrackingParams } from '../kinematics/types'
import {
  resolveKneeInputWith,
  type TrackingMotion,
  type TrackingRequest,
} from './effectiveTracking'

/**
 * The solver's whole input: the resolved tracking at a flexion. While an activity plays
 * (`request.activity` and `motion.activitySeconds`), the activity's own flexion and quadriceps
 * tension at that moment replace `flexionDeg` and the solver's default load.
 */
export function resolveKneeInput(
  request: TrackingRequest,
  flexionDeg: number,
  motion: TrackingMotion = {},
  out: KneeInput & TrackingParams = { flexionDeg: 0, ...NORMAL_TRACKING_PARAMS },
): KneeInput & TrackingParams {
  return resolveKneeInputWith(activityById, request, flexionDeg, motion, out)
}

const activityById = (id: ActivityId): Activity | null => ACTIVITIES[id]
