/**
 * Types of the kinematics: what goes into `solveKnee` and what comes out.
 *
 * Frame (../shared/reference/anatomy.md): the femur frame of a right knee, origin at the knee
 * centre (midpoint of the epicondyles, knee straight), +Y superior, +Z anterior, +X medial, so
 * lateral is -X. Poses are in metres (glTF); clinical measures are in millimetres and degrees.
 */

/** [x, y, z] */
export type Vec3Tuple = [x: number, y: number, z: number]
/** [x, y, z, w], a unit quaternion as three.js and glTF store it. */
export type QuatTuple = [x: number, y: number, z: number, w: number]

/** The causes the solver takes; every one is optional and defaults to a normal adult knee. */
export type TrackingParams = {
  /**
   * How strongly the oblique fibres of vastus medialis (the VMO) pull, 0 (silent) to 1 (normal).
   * @defaultValue 1
   */
  vmoActivation: number
  /**
   * Extra tightness of the iliotibial band and lateral retinaculum, 0 (normal) to 1 (very tight).
   * @defaultValue 0
   */
  lateralTightness: number
  /**
   * Q-angle at full extension, 0-30 degrees.
   * @defaultValue 14
   */
  qAngleDeg: number
  /**
   * Sulcus angle of the trochlear groove, 110-180 degrees; larger is flatter (dysplastic above 145-150).
   * @defaultValue 135
   */
  sulcusAngleDeg: number
  /**
   * Joint fluid (effusion), 0-150 ml. Vastus medialis switches off first (from 20 ml).
   * @defaultValue 0
   */
  effusionMl: number
  /**
   * How slack the medial restraints are (the MPFL and medial retinaculum), 0 (intact) to 1 (the MPFL
   * torn or stretched, as after a kneecap dislocation). The other medial tissues still hold.
   * @defaultValue 0
   */
  medialLaxity: number
}

/** Input to `solveKnee`: a knee flexion and any of the tracking parameters. */
export type KneeInput = {
  /** Knee flexion, degrees: 0 = straight, up to 120. */
  flexionDeg: number
  /**
   * Quadriceps tension the movement needs, newtons (0-20000), e.g. from a daily activity's knee
   * moment (see `ACTIVITIES`). Omitted: a slow loaded mini-squat (400 N + 10 N per degree).
   */
  quadricepsN?: number
} & Partial<TrackingParams>

/** A bone's local transform in the femur frame: position in metres and a rotation quaternion. */
export type BonePose = {
  /** Metres, femur frame. */
  position: Vec3Tuple
  /** Unit quaternion [x, y, z, w], femur frame. */
  quaternion: QuatTuple
}

/**
 * The tibia's pose. Its geometry is authored in the femur frame at full extension, so at 0 deg the
 * pose is exactly the identity. The quaternion is flexion about +X (the transepicondylar axis; a
 * positive angle swings the shin backward) followed by internal rotation about the tibia's own
 * long axis (+Y); the position is the rollback, a forward shift of the tibia in its own frame.
 */
export type TibiaPose = BonePose & {
  /** Knee flexion, degrees (the clamped input). */
  flexionDeg: number
  /** Internal rotation of the tibia about its long axis relative to full extension (screw-home), degrees. */
  internalRotationDeg: number
  /** Forward shift of the tibia under the femur (femoral rollback), mm. */
  rollbackMm: number
}

/**
 * The patella's pose and its clinical measures.
 *
 * The pose: the patella mesh is authored around its own centre with axes along the femur frame;
 * `position` is that centre. `quaternion` = flexion about +X by `flexionDeg` (the lower pole swings
 * back), then tilt about the patella's own long (superior-inferior, local +Y) axis. Sign: LATERAL
 * tilt (the lateral edge going posterior, the lateral facet turning toward the femur) is a
 * NEGATIVE rotation about local +Y for this right knee, so the quaternion holds -tiltDeg.
 */
export type PatellaPose = BonePose & {
  /**
   * Centre of the patella relative to the deepest point of the groove at this flexion, mm,
   * + = lateral (toward -X). The groove's deepest point is at x = 0 (see `grooveDeepestPointMm`).
   */
  lateralShiftMm: number
  /** Tilt about the patella's long axis, degrees, + = lateral tilt (lateral edge posterior). */
  tiltDeg: number
  /** Patellar flexion (sagittal rotation about +X), degrees. */
  flexionDeg: number
  /** Fraction of the patella's (projected) width lateral to the groove's deepest point; 0.5 = centred. */
  bisectOffset: number
  /** Share of the patellofemoral contact force on the lateral facet, 0-1. */
  lateralFacetShare: number
  /** Share on the medial facet, 0-1 (1 - lateralFacetShare). */
  medialFacetShare: number
  /** How far the patella rides up out of the groove along the path's normal, mm (0 when seated). */
  liftMm: number
}

/**
 * The medial-lateral forces on the patella that produced the pose, newtons. At equilibrium
 * lateralPullN = medialPullN + medialRestraintN + grooveRestraintN.
 */
export type TrackingForces = {
  /** Quadriceps tension for the movement modelled (a slow loaded mini-squat). */
  quadricepsN: number
  /** Lateral pull: vastus lateralis, the patellar tendon's Q-angle component, iliotibial band and lateral retinaculum. */
  lateralPullN: number
  /** Medial pull of vastus medialis (oblique and longus fibres) and of the quadriceps line. */
  medialPullN: number
  /** Medial soft-tissue restraint: the MPFL with the medial retinaculum. */
  medialRestraintN: number
  /** The MPFL's part of medialRestraintN. */
  mpflN: number
  /** The groove's medial push on the patella (its lateral facet). */
  grooveRestraintN: number
  /** Patellofemoral contact (compressive) force. */
  contactN: number
  /**
   * Patellofemoral contact area, mm^2: the published area at this flexion (Besier 2005), larger
   * under load, smaller when the load rides on one facet.
   */
  contactAreaMm2: number
  /** Moment arm of the patellar tendon about the flexion axis, mm (turns a knee moment into tension). */
  tendonMomentArmMm: number
}

/** What `solveKnee` returns. */
export type KneeSolution = {
  /** The input as solved: clamped to the valid ranges, defaults filled in. */
  input: KneeInput & TrackingParams
  tibia: TibiaPose
  patella: PatellaPose
  forces: TrackingForces
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

/** The activities, by id. */
export type ActivityId = 'walking' | 'stairs-up' | 'stairs-down' | 'squat' | 'kneeling' | 'sitting'

/** One point of a cycle: where in the cycle (0-1), knee flexion (deg), extensor moment (N m per kg body mass). */
export type ActivityKeyframe = readonly [
  cycle: number,
  flexionDeg: number,
  extensorMomentNmPerKg: number,
]

/** A published joint reaction force an activity's peak is checked against. */
export type PublishedLoad = {
  /** Patellofemoral joint reaction force, body weights. */
  jointReactionBw: number
  /** Who measured or computed it. */
  source: string
}

export type Activity = {
  id: ActivityId
  /** Seconds one cycle takes in the figure. */
  cycleSeconds: number
  /** The cycle, linear between points; the first point is at 0 and the last at 1 (equal to the first). */
  keyframes: readonly ActivityKeyframe[]
  /** Where the flexion and moment figures come from. */
  motionSource: string
  /** The published peak joint reaction force, where one exists. */
  published?: PublishedLoad
}
