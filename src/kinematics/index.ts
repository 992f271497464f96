// knee-explainer/kinematics: flexion and tracking parameters in, poses and clinical measures out.
// Pure TypeScript: no React, no DOM, no three.js; imports in plain Node.

// Solver
export {
  solveKnee,
  solveKneeInto,
  createKneeSolution,
  grooveDeepestPointMm,
  grooveEngagement,
  tibialInternalRotationDeg,
  rollbackMm,
} from './solveKnee'
export type {
  KneeInput,
  KneeSolution,
  TrackingParams,
  TrackingForces,
  BonePose,
  TibiaPose,
  PatellaPose,
  Vec3Tuple,
  QuatTuple,
} from './types'

// Inputs: ranges, defaults, clamping
export {
  KNEE_INPUT_RANGES,
  FLEXION_RANGE_DEG,
  HIP_RANGES,
  clampFlexionDeg,
  NORMAL_TRACKING_PARAMS,
  clampKneeInput,
  resetKinematicsWarnings,
} from './input'
export type { KneeInputField } from './input'

// Presets
export {
  TRACKING_PRESETS,
  TRACKING_PRESET_LIST,
  blendTrackingParams,
  getTrackingPreset,
  isTrackingPresetId,
} from './presets'
export type { MaltrackingLevel, TrackingPresetId, TrackingPresetInfo } from './presets'

// Ranges for plots and trails
export { jSign, sampleTrackingRange } from './sampleTracking'
export type { JSign, SampleTrackingOptions, TrackingSample } from './sampleTracking'
export { normalCorridor, CLINICAL_TILT_THRESHOLD_DEG } from './corridor'
export type { TrackingMetric } from './corridor'

// Model constants, each with its source
export * as KNEE_MODEL_CONSTANTS from './constants'

// Hip
export { hipQuaternion, qAngleFromFemoralRotation } from './hip'
export type { HipAngles } from './hip'

// Daily activities: flexion and load over a cycle, joint reaction force and contact area
export { ACTIVITIES } from './activityCatalogue'
export {
  ACTIVITY_IDS,
  ACTIVITY_BODY_MASS_KG,
  activityFrameAt,
  activityFrameAtCycle,
  activityPeak,
  createActivityFrame,
  isActivityId,
  quadricepsForMomentN,
} from './activities'
export type {
  Activity,
  ActivityFrame,
  ActivityId,
  ActivityKeyframe,
  PublishedLoad,
} from './activities'
