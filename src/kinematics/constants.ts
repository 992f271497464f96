/**
 * The numbers the kinematics solve with. Two kinds, kept apart on purpose:
 *  - figures from the literature, each with the row of ../shared/reference/anatomy.md it comes
 *    from ("unverified" where the reference sheet marks it so or does not hold it);
 *  - model assumptions: constants of this reduced model that no paper gives directly. They were
 *    chosen so that the normal knee lands inside the published corridors; the maltracking
 *    behaviour then follows from the causes, it is not drawn in.
 * Millimetres, newtons, degrees. Pure data, no React and no three.js.
 */

// ---- quadriceps: shares and lines of action (literature) ---------------------------------------

/** Share of quadriceps force by head: RF + VI 35 %, VL 40 %, VM 25 % (Farahmand 1998). */
export const QUADRICEPS_SHARE = {
  rectusAndIntermedius: 0.35,
  vastusLateralis: 0.4,
  vastusMedialis: 0.25,
} as const

/** VMO (inferior fibres) angle to the femoral shaft, 46-56 deg medially (Rajput, JCDR 2017; Lieb & Perry 1968). */
export const VMO_FIBRE_ANGLE_DEG = 50
/** Vastus medialis longus angle to the shaft, 18-32 deg medially (Rajput 2017; Lieb & Perry 1968). */
export const VML_FIBRE_ANGLE_DEG = 25
/** Vastus lateralis angle to the shaft, 12-15 deg laterally (Lieb & Perry 1968; unverified for VL). */
export const VL_FIBRE_ANGLE_DEG = 14

/**
 * Share of vastus medialis force carried by its oblique fibres (the VMO). Model assumption: the
 * VMO is often not a separate head but the lowest, most oblique part of VM (PMC2772911), and no
 * reference figure splits the force, so half is given to the oblique fibres.
 */
export const VMO_SHARE_OF_VM = 0.5

// ---- effusion (literature) ------------------------------------------------------------------------

/**
 * Joint fluid inhibits vastus medialis from 20-30 ml; rectus femoris and vastus lateralis need
 * 50-60 ml (Arch Phys Med Rehabil 1984;65:171). The model starts each ramp at the lower figure;
 * where the ramp ends and how deep it goes are assumptions (VM fully off by 60 ml; the other heads
 * lose at most 60 % by 150 ml).
 */
export const EFFUSION_VM_ONSET_ML = 20
export const EFFUSION_VM_FULL_ML = 60
export const EFFUSION_VM_MAX_INHIBITION = 1
export const EFFUSION_OTHERS_ONSET_ML = 50
export const EFFUSION_OTHERS_FULL_ML = 150
export const EFFUSION_OTHERS_MAX_INHIBITION = 0.6

// ---- medial soft-tissue restraint (literature) ----------------------------------------------------

/**
 * MPFL force against lateral displacement of the patella at 30 deg: 10.6 / 36.6 / 69.0 N at
 * 1 / 5 / 10 mm (PMC3748894). Piecewise linear through these points; beyond 10 mm the last slope.
 */
export const MPFL_FORCE_CURVE: ReadonlyArray<readonly [displacementMm: number, forceN: number]> = [
  [0, 0],
  [1, 10.6],
  [5, 36.6],
  [10, 69.0],
]

/**
 * The MPFL gives about 60 % of the medial soft-tissue restraint near 20 deg (Desio 1998 /
 * Conlan 1993; unverified in the reference sheet). The solver takes the cited MPFL curve as the
 * whole medial soft-tissue restraint (mpflN is this share of it): the curve / 0.6 would give 115 N
 * at 10 mm from soft tissue alone, more than the 82-101 N the whole knee resisted with in vitro
 * (quadriceps and groove included; Merican & Amis 2009, J Orthop Res 27:335).
 */
export const MPFL_SHARE_OF_MEDIAL_RESTRAINT = 0.6

/**
 * How much of the medial soft-tissue restraint acts at a flexion: the MPFL is the main lateral
 * restraint from 0-20 deg and the groove takes over beyond 20 deg (Fulkerson; Sherman, Clin Sports
 * Med). Model assumption for the shape: full up to 20 deg, easing to 30 % by 80 deg.
 */
export const MEDIAL_RESTRAINT_FULL_UNTIL_DEG = 20
export const MEDIAL_RESTRAINT_EASED_BY_DEG = 80
export const MEDIAL_RESTRAINT_DEEP_FRACTION = 0.3

// ---- tibiofemoral motion (widely quoted, unverified) ---------------------------------------------

/**
 * Screw-home: the tibia rotates externally over the last 20-30 deg of extension, about 5-10 deg
 * (widely quoted; unverified in the reference sheet). Seen from extension this is internal
 * rotation that grows as the knee bends from 0 to 30 deg. Knee 2023 (dynamic CT, 97 knees) found a
 * median internal rotation of 4 deg over its range, so the model takes the low end, 5 deg, and no
 * further rotation beyond 30 deg.
 */
export const SCREW_HOME_ROTATION_DEG = 5
export const SCREW_HOME_RANGE_DEG = 30
/**
 * Femoral rollback: the femur moves back on the tibial plateau as the knee bends, the lateral
 * condyle 7 mm and the medial 2 mm (Knee 2023, dynamic CT; not in the reference sheet). The model
 * moves the tibia forward in its own frame by the mean of the two, 4.5 mm, reached at 90 deg and
 * growing in proportion to flexion up to there (ROLLBACK_AT_120_MM beyond).
 */
export const ROLLBACK_MM = 4.5
export const ROLLBACK_REACHED_AT_DEG = 90
/**
 * Deeper, the lateral condyle keeps rolling back: 22 mm from extension to 120 deg under load, the
 * medial barely moving until 120 deg (Johal 2005, J Biomech 38:269, interventional MRI). The model
 * takes the mean of the two condyles, 11 mm, at 120 deg, rising linearly from 4.5 mm at 90 deg.
 */
export const ROLLBACK_AT_120_MM = 11

// ---- the normal adult knee (defaults) -------------------------------------------------------------

/** Q-angle, about 12-17 deg in healthy adults (widely quoted; unverified). 14 deg as the default. */
export const Q_ANGLE_NORMAL_DEG = 14

// ---- model assumptions ----------------------------------------------------------------------------

/**
 * Quadriceps tension during the movement the figure shows: a slow, loaded mini-squat or an
 * active knee extension. Assumption: 300 N near extension rising by 10 N per degree (1200 N at
 * 90 deg), the order of published squat estimates (roughly 1-2 x body weight at 90 deg).
 */
export const QUADRICEPS_TENSION_AT_EXTENSION_N = 400
export const QUADRICEPS_TENSION_PER_DEG_N = 10

/**
 * The patellar tendon carries the quadriceps tension unchanged (the patella as a frictionless
 * pulley). Assumption; published tendon/quadriceps ratios fall below 1 beyond 30-40 deg
 * (van Eijden 1986; unverified), which would lower the compressive force in deep flexion.
 */
export const PATELLAR_TENDON_FORCE_RATIO = 1

/** The quadriceps pulls toward a point on the anterior femoral shaft, this far above and in front of the knee centre (assumption). */
export const QUADRICEPS_ANCHOR_SUPERIOR_MM = 150
export const QUADRICEPS_ANCHOR_ANTERIOR_MM = 30
/** Tibial tuberosity depth in front of the tibial long axis (assumption; the 3D model uses about 30 mm). */
export const TIBIAL_TUBEROSITY_ANTERIOR_MM = 30

/**
 * Engagement of the patella in the groove: the patella sits above the groove at full extension and
 * enters it by 10-20 deg (Fulkerson; Sherman). Model: 10 % of the groove's restraint up to 5 deg,
 * rising smoothly to all of it by 20 deg.
 */
export const GROOVE_ENGAGEMENT_AT_EXTENSION = 0.1
export const GROOVE_ENGAGEMENT_STARTS_DEG = 5
export const GROOVE_ENGAGED_BY_DEG = 20

/**
 * How far across the groove the patella moves before the facet it rides up holds it with the whole
 * of its slope, mm: the groove's push is contact force x facet slope x tanh(shift / this). Model
 * assumption (cartilage and soft tissue give), chosen as a compromise between two published facts:
 * the normal patella stays within the published +/- 3 mm corridor (von Eisenhart-Rothe 2004), and
 * silencing vastus medialis moves it about 4 mm near extension (Stephen 2018); see
 * tests/unit/tracking-causes.test.ts. A stiffer groove keeps the normal patella nearer the middle
 * but shrinks every cause's effect at 20-30 deg.
 */
export const GROOVE_CAPTURE_MM = 8
/** Distance from the patellar ridge to the centre of each facet's contact, mm (about a quarter of patellar width; assumption). */
export const FACET_LEVER_MM = 10
/**
 * The groove's resistance to tilt is geometric: a wedge-shaped patella pressed into a V must rise
 * to tilt, so the restoring moment grows with the contact force. Stiffness = contact force x this
 * lever (N mm per radian per N); assumption of the order of the patellar width.
 */
export const SEAT_TILT_LEVER_MM = 43

/**
 * Iliotibial band and lateral retinaculum: their pull on the patella grows with flexion as the
 * band moves behind the lateral epicondyle and draws the retinaculum back (Fulkerson; Merican &
 * Amis 2009, unverified). Assumption for the normal knee: 15 N at extension plus 1.2 N per degree.
 * `lateralTightness` adds up to LATERAL_TIGHTNESS_EXTRA_N at every angle: tight structures hold
 * the patella out from full extension on.
 */
export const LATERAL_RETINACULUM_BASE_N = 15
export const LATERAL_RETINACULUM_PER_DEG_N = 1.2
export const LATERAL_TIGHTNESS_EXTRA_N = 100
/** The lateral retinaculum also resists medial displacement of the patella (assumption), N per mm. */
export const LATERAL_RETINACULUM_STIFFNESS_N_PER_MM = 15
/** Angle (deg) by which the retinacula pull backward toward the femur, out of the transverse plane line (assumption). */
export const RETINACULUM_POSTERIOR_ANGLE_DEG = 30
/** Angle (deg) by which the vasti pull backward as they wrap the femoral shaft (assumption). */
export const VASTI_POSTERIOR_ANGLE_DEG = 15

/**
 * Torsional stiffness of the patella about its long axis before it engages the groove (tendons,
 * retinacula, fat pad), N mm per radian. Assumption chosen so the normal patella tilts a few
 * degrees at extension.
 */
export const PASSIVE_TILT_STIFFNESS_NMM_PER_RAD = 10000
/**
 * The tilt the patella settles at with no net turning moment. Normal lateral tilt is a few degrees
 * and falls with flexion to a median 5 deg at full flexion (Knee 2023, dynamic CT; Katchburian
 * 2003). Model: the unloaded patella near extension rests at NEUTRAL_TILT_DEG (assumption), the
 * loaded seat turns it toward SEAT_NEUTRAL_TILT_DEG; as the contact force grows with flexion the
 * seat takes hold, so tilt falls from 30 to 90 deg, and with the soft tissues' turning moments it
 * ends near the published 5 deg.
 */
export const NEUTRAL_TILT_DEG = 7
export const SEAT_NEUTRAL_TILT_DEG = 3.5

// ---- the kneecap's causes: published sizes the tests hold the solver to --------------------------

/**
 * Unloading the VMO alone in cadaver knees: 4.2 mm more lateral (Goh 1995, JBJS-Br 77:225, five
 * quadriceps bellies loaded by cross-section); significant only at 0 and 15 deg (Sakai 2000, Clin
 * Biomech 15:335); under 1.5 mm even with highly asymmetric loads (Lorenz 2012, Knee 19:818). The
 * evidence is mixed; the solver lands inside this spread (tests/unit/tracking-causes.test.ts).
 */
export const VMO_UNLOADED_SHIFT_MM = { goh1995: 4.2, lorenz2012Max: 1.5 } as const
/** VMO and vastus medialis longus unloaded: +4 mm lateral shift and +2.8 deg lateral tilt (Stephen 2018, J Exp Orthop 5:34). */
export const VM_UNLOADED = { shiftMm: 4, tiltDeg: 2.8 } as const

/**
 * A tight iliotibial band pulls the patella through the lateral retinaculum: loading the ITB with
 * up to 90 N cut the force needed to push the patella 10 mm laterally by up to 25 % (at 60 deg;
 * Merican & Amis 2009, J Orthop Res 27:335), whose lateral restraint without ITB load was 82-101 N.
 * `lateralTightness` 1 is taken as that 90 N on the band plus an equally tight lateral retinaculum
 * (assumption): LATERAL_TIGHTNESS_EXTRA_N above is the pull this adds on the patella.
 */
export const ITB_TEST_LOAD_N = 90

/**
 * Femoral internal rotation under the patella (weight bearing: the femur turns beneath a patella
 * held by the quadriceps and tendon; Powers 2003, J Orthop Sports Phys Ther 33:639; tilt grows with
 * femoral rotation, Lin 2008, J Orthop Surg Res 3:5). Size from the model's own geometry: the
 * tibial tuberosity, TIBIAL_TUBEROSITY_ANTERIOR_MM in front of the rotation axis, moves laterally
 * relative to the groove by that distance x sin(rotation), which the solver reads as Q-angle.
 */
export const FEMORAL_ROTATION_LEVER_MM = 30

/**
 * Patellofemoral contact area against flexion, mm^2 (in vivo MRI, unloaded; mean of the male and
 * female means): 210 at 0 deg, 342 at 30, 458 at 60 (Besier 2005, J Orthop Res 23:345); weight
 * bearing adds 24 % on average (same study). Beyond 60 deg the area falls again toward 120 deg
 * (biplane X-ray in daily activities, Gray/Besier group; the 120 deg value is an assumption, about
 * the 30 deg area, as the quadriceps tendon takes over part of the contact: Huberti & Hayes 1984).
 */
export const CONTACT_AREA_MM2: ReadonlyArray<readonly [flexionDeg: number, areaMm2: number]> = [
  [0, 210],
  [30, 342],
  [60, 458],
  [90, 410],
  [120, 340],
]
export const CONTACT_AREA_WEIGHT_BEARING_GAIN = 0.24
/**
 * Share of the contact area on the lateral facet in a normal knee: the lateral facet carries the
 * larger part at every angle (Salsich 2003, Clin Orthop 417:277); about 60 % assumed. When the
 * load rides on one facet only, the area shrinks toward that facet's part.
 */
export const LATERAL_FACET_AREA_SHARE = 0.6

/** Standard gravity, m/s^2: turns moments per kilogram into forces in body weights. */
export const GRAVITY_M_PER_S2 = 9.81
