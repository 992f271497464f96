/**
 * Muscles, tendons, ligaments, fascia and bursae: centrelines from their real origins to their
 * real insertions (anatomy.md, "Muscles from hip to knee"), section profiles, and which bones
 * each part follows when the model is posed (skin anchors).
 */
import type { StructureId } from '../../src/anatomy/structures'
import {
  ADDUCTOR_TUBERCLE,
  AIIS,
  ASIS,
  FIBULAR_HEAD,
  GERDYS_TUBERCLE,
  GREATER_TROCHANTER,
  ISCHIAL_TUBEROSITY,
  LATERAL_EPICONDYLE,
  MEDIAL_EPICONDYLE,
  PATELLA_CENTRE,
  PATELLA_INFERIOR_POLE,
  PATELLA_SUPERIOR_POLE,
  PES_ANSERINUS,
  PUBIC_TUBERCLE,
  TIBIAL_TUBEROSITY,
  femurShaftAt,
  offsetMm,
} from './frame'
import type { TissueMaterial } from './gltf'
import type { LoftProfile } from './loft'
import type { Vec3 } from './sdf'

/** Skin joints, in the order of the glTF skin. */
export const SKIN_JOINTS = ['joint-pelvis', 'joint-femur', 'joint-tibia', 'joint-patella'] as const
export const PELVIS = 0
export const FEMUR = 1
export const TIBIA = 2
export const PATELLA = 3

export type SoftTissue = {
  id: StructureId
  tissue: TissueMaterial
  points: readonly Vec3[]
  profile: LoftProfile
  depth: Vec3
  /** Which bone the tissue follows at fractions along its path; blended linearly between. */
  anchors: ReadonlyArray<readonly [fraction: number, joint: number]>
  segments?: number
  ringSpacingMm?: number
}

const shaft = (y: number, d: Vec3 = [0, 0, 0]) => offsetMm(femurShaftAt(y), d)
const [px, py, pz] = PATELLA_CENTRE
// Patellar borders at full extension (patella 40 x 43 mm; Iranpour 2022).
const SUPEROMEDIAL: Vec3 = [px + 13, py + 13, pz - 2]
const SUPEROLATERAL: Vec3 = [px - 14, py + 12, pz - 2]
const MEDIAL_BORDER_UPPER: Vec3 = [px + 19, py + 5, pz - 4]
const LATERAL_BORDER: Vec3 = [px - 20, py + 3, pz - 4]

// Muscle-tendon junction above the patella where the quadriceps tendon begins.
const QUADRICEPS_JUNCTION: Vec3 = [-2, 86, 40]

// The quadriceps follow the femur, then hand over to the patella over their last third, so the
// stretch of a bending knee spreads along the muscle instead of tearing its insertion.
const femurToPatella = [
  [0, FEMUR],
  [0.62, FEMUR],
  [1, PATELLA],
] as const
const pelvisToFemur = [
  [0, PELVIS],
  [0.2, FEMUR],
  [1, FEMUR],
] as const
/** Crosses the back of the knee: femur above, blending over the joint line, tibia below. */
const femurToTibiaAt = (blendStart: number, blendEnd: number) =>
  [
    [0, FEMUR],
    [blendStart, FEMUR],
    [blendEnd, TIBIA],
    [1, TIBIA],
  ] as const
const pelvisFemurTibia = (blendStart: number, blendEnd: number) =>
  [
    [0, PELVIS],
    [0.12, FEMUR],
    [blendStart, FEMUR],
    [blendEnd, TIBIA],
    [1, TIBIA],
  ] as const

const muscle = (
  endW: number,
  bellyW: number,
  endT: number,
  bellyT: number,
  extra: Partial<LoftProfile> = {},
): LoftProfile => ({
  endWidthMm: endW,
  bellyWidthMm: bellyW,
  endThicknessMm: endT,
  bellyThicknessMm: bellyT,
  ...extra,
})

const strap = (width: number, thickness: number, extra: Partial<LoftProfile> = {}): LoftProfile =>
  muscle(width, width, thickness, thickness, extra)

/** A centreline that follows the femoral shaft: [height, offset from the shaft axis] pairs. */
const alongShaft = (...stations: Array<readonly [number, Vec3]>): Vec3[] =>
  stations.map(([y, d]) => shaft(y, d))

export const SOFT_TISSUE: readonly SoftTissue[] = [
  // ---- quadriceps: four heads that share the quadriceps tendon ----
  {
    // Deepest head, wrapped on the front and sides of the shaft.
    id: 'vastus-intermedius',
    tissue: 'muscle',
    points: [
      ...alongShaft([320, [-2, 0, 12]], [250, [-3, 0, 17]], [170, [-2, 0, 19]], [110, [-1, 0, 22]]),
      [-2, 70, 36],
      offsetMm(PATELLA_SUPERIOR_POLE, [0, 6, -6]),
    ],
    profile: muscle(8, 25, 3, 11, {
      bellyAt: 0.45,
      bellySpread: 0.6,
      endBMm: [12, 3],
      outwardShift: 0.9,
    }),
    depth: [0, 0, 1],
    anchors: femurToPatella,
  },
  {
    // From the anterior inferior iliac spine straight down the front of the thigh.
    id: 'rectus-femoris',
    tissue: 'muscle',
    points: [
      AIIS,
      [-40, 392, 60],
      [-29, 310, 60],
      [-16, 210, 56],
      [-6, 128, 52],
      [-2, 80, 50],
      PATELLA_SUPERIOR_POLE,
    ],
    profile: muscle(6, 21, 4, 16, { bellyAt: 0.48, bellySpread: 0.5, endBMm: [10, 3] }),
    depth: [0, 0, 1],
    anchors: [
      [0, PELVIS],
      [0.1, FEMUR],
      [0.68, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    // The largest head, on the outer thigh; fibres about 12-15 deg outward (Lieb & Perry 1968).
    id: 'vastus-lateralis',
    tissue: 'muscle',
    points: [
      offsetMm(GREATER_TROCHANTER, [6, -16, 8]),
      ...alongShaft([290, [-24, 0, 4]], [210, [-28, 0, 6]], [140, [-26, 0, 12]]),
      [-30, 88, 30],
      [-18, 58, 46],
      SUPEROLATERAL,
    ],
    profile: muscle(10, 28, 5, 20, {
      bellyAt: 0.42,
      bellySpread: 0.58,
      endBMm: [8, 3],
      outwardShift: 0.5,
    }),
    depth: [-1, 0, 0.25],
    anchors: [
      [0, FEMUR],
      [0.66, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    // Vastus medialis (its longer, more vertical fibres: 18-32 deg; Rajput 2017).
    id: 'vastus-medialis',
    tissue: 'muscle',
    points: [
      ...alongShaft([300, [10, 0, -4]], [230, [18, 0, 2]]),
      [22, 150, 18],
      [17, 100, 32],
      [10, 68, 45],
      offsetMm(SUPEROMEDIAL, [-5, 6, -2]),
    ],
    profile: muscle(7, 23, 3, 18, {
      bellyAt: 0.62,
      bellySpread: 0.45,
      endBMm: [9, 3],
      outwardShift: 0.6,
    }),
    depth: [1, 0, 0.35],
    anchors: femurToPatella,
  },
  {
    // Lowest, most oblique fibres of vastus medialis: from the adductor magnus tendon to the
    // superomedial patella at about 50 deg to the shaft (46-56 deg; Rajput, JCDR 2017; Bose 1980).
    id: 'vastus-medialis-oblique',
    tissue: 'muscle',
    points: [offsetMm(ADDUCTOR_TUBERCLE, [2, 74, 8]), [37, 58, 20], [28, 40, 39], SUPEROMEDIAL],
    profile: muscle(12, 21, 3, 8, {
      bellyAt: 0.4,
      bellySpread: 0.65,
      endBMm: [8, 2.5],
      outwardShift: 0.7,
    }),
    depth: [1, 0.2, 0.7],
    anchors: [
      [0, FEMUR],
      [0.3, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    // The common tendon: it starts inside the converging heads and shows just above the patella.
    id: 'quadriceps-tendon',
    tissue: 'tendon',
    points: [[-2, 96, 40], [-1, 62, 47], offsetMm(PATELLA_SUPERIOR_POLE, [0, 2, 0])],
    profile: strap(13, 3, { endBMm: [18, 3.5] }),
    depth: [0, 0, 1],
    anchors: [
      [0, FEMUR],
      [0.1, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    id: 'patellar-tendon',
    tissue: 'tendon',
    points: [offsetMm(PATELLA_INFERIOR_POLE, [0, 5, -3]), TIBIAL_TUBEROSITY],
    profile: strap(14, 2.2, { endBMm: [11, 2.2] }),
    depth: [0, 0.3, 1],
    anchors: [
      [0, PATELLA],
      [0.12, PATELLA],
      [1, TIBIA],
    ],
  },
  // ---- what holds the kneecap in and what pulls it out ----
  {
    // Femur: about 10 mm proximal and 2 mm posterior to the medial epicondyle (Fujino 2013);
    // patella: junction of its upper and middle thirds, medial border (de Oliveira 2014).
    id: 'medial-patellofemoral-ligament',
    tissue: 'ligament',
    points: [offsetMm(MEDIAL_EPICONDYLE, [-1, 10, -2]), [40, 14, 22], MEDIAL_BORDER_UPPER],
    profile: strap(7, 1.4, { endBMm: [9, 1.4] }),
    depth: [1, 0, 0.3],
    anchors: [
      [0, FEMUR],
      [0.3, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    id: 'lateral-retinaculum',
    tissue: 'fascia',
    points: [offsetMm(LATERAL_EPICONDYLE, [0, 8, 12]), [-34, 8, 36], LATERAL_BORDER],
    profile: strap(10, 1.2, { endBMm: [11, 1.2] }),
    depth: [-1, 0, 0.5],
    anchors: [
      [0, FEMUR],
      [0.3, FEMUR],
      [1, PATELLA],
    ],
  },
  {
    id: 'medial-collateral-ligament',
    tissue: 'ligament',
    points: [offsetMm(MEDIAL_EPICONDYLE, [1, 0, 0]), [42, -30, -1], [27, -85, 4]],
    profile: strap(7, 1.6),
    depth: [1, 0, 0],
    anchors: femurToTibiaAt(0.1, 0.9),
  },
  {
    id: 'lateral-collateral-ligament',
    tissue: 'ligament',
    points: [
      offsetMm(LATERAL_EPICONDYLE, [-2, 0, -2]),
      [-46, -25, -10],
      offsetMm(FIBULAR_HEAD, [-6, 4, 2]),
    ],
    profile: strap(3, 2.5),
    depth: [-1, 0, 0],
    anchors: femurToTibiaAt(0.1, 0.9),
  },
  // ---- outer hip and thigh ----
  {
    id: 'tensor-fasciae-latae',
    tissue: 'muscle',
    points: [offsetMm(ASIS, [-4, -4, -6]), [-68, 410, 40], [-82, 350, 22]],
    profile: muscle(8, 16, 3, 10, { bellyAt: 0.5, bellySpread: 0.55 }),
    depth: [-1, 0, 0.4],
    anchors: pelvisToFemur,
  },
  {
    id: 'gluteus-medius',
    tissue: 'muscle',
    points: [
      [-58, 520, -18],
      [-70, 470, -16],
      [-80, 420, -10],
      offsetMm(GREATER_TROCHANTER, [-10, 4, 0]),
    ],
    profile: muscle(34, 38, 7, 18, { bellyAt: 0.35, bellySpread: 0.6, endBMm: [12, 4] }),
    depth: [-1, 0, -0.1],
    anchors: pelvisToFemur,
  },
  {
    // Iliotibial band: from tensor fasciae latae and the gluteal fascia, over vastus lateralis,
    // to Gerdy's tubercle.
    id: 'iliotibial-band',
    tissue: 'fascia',
    points: [
      [-84, 352, 18],
      ...alongShaft([280, [-50, 0, 0]], [200, [-52, 0, -2]], [120, [-46, 0, -4]]),
      [-52, 40, -2],
      [-43, 0, 4],
      GERDYS_TUBERCLE,
    ],
    profile: strap(20, 1.4, { endBMm: [8, 1.8] }),
    depth: [-1, 0, 0],
    anchors: femurToTibiaAt(0.82, 0.95),
    ringSpacingMm: 8,
  },
  // ---- inner thigh ----
  {
    // The longest muscle: from the ASIS across the front of the thigh to the pes anserinus.
    id: 'sartorius',
    tissue: 'muscle',
    points: [
      offsetMm(ASIS, [2, -4, 0]),
      [-28, 400, 66],
      [8, 300, 60],
      [36, 190, 34],
      [52, 90, 2],
      [52, 20, -16],
      [44, -28, -12],
      [35, -52, 6],
      PES_ANSERINUS,
    ],
    profile: muscle(6, 16, 3, 7, { bellyAt: 0.45, bellySpread: 0.6, endBMm: [6, 2] }),
    depth: [0.4, 0, 1],
    anchors: pelvisFemurTibia(0.62, 0.92),
    ringSpacingMm: 8,
  },
  {
    id: 'gracilis',
    tissue: 'muscle',
    points: [
      offsetMm(PUBIC_TUBERCLE, [18, -18, -10]),
      [68, 270, -6],
      [62, 170, -18],
      [55, 70, -24],
      [49, 6, -25],
      [39, -36, -12],
      [31, -58, 6],
      offsetMm(PES_ANSERINUS, [0, -5, -1]),
    ],
    profile: muscle(6, 15, 3, 8, { bellyAt: 0.35, bellySpread: 0.5, endBMm: [3, 2] }),
    depth: [1, 0, 0],
    anchors: pelvisFemurTibia(0.62, 0.94),
    ringSpacingMm: 8,
  },
  {
    id: 'adductor-longus',
    tissue: 'muscle',
    points: [
      offsetMm(PUBIC_TUBERCLE, [-2, -6, -4]),
      [42, 300, 12],
      [18, 250, 0],
      shaft(205, [8, 0, -10]),
    ],
    profile: muscle(8, 26, 3, 12, { bellyAt: 0.45, bellySpread: 0.6, endBMm: [8, 2] }),
    depth: [0.3, 0, 1],
    anchors: pelvisToFemur,
  },
  {
    id: 'adductor-magnus',
    tissue: 'muscle',
    points: [
      offsetMm(ISCHIAL_TUBEROSITY, [14, 2, 4]),
      [38, 250, -20],
      [44, 170, -18],
      [42, 95, -12],
      offsetMm(ADDUCTOR_TUBERCLE, [0, 6, 0]),
    ],
    profile: muscle(10, 30, 5, 22, { bellyAt: 0.42, bellySpread: 0.55, endBMm: [4, 3] }),
    depth: [1, 0, -0.3],
    anchors: pelvisToFemur,
  },
  // ---- hamstrings ----
  {
    id: 'semimembranosus',
    tissue: 'muscle',
    points: [
      offsetMm(ISCHIAL_TUBEROSITY, [4, -4, -4]),
      [16, 240, -38],
      [24, 150, -44],
      [30, 64, -40],
      [33, 4, -33],
      [30, -38, -24],
    ],
    profile: muscle(6, 20, 3, 15, { bellyAt: 0.62, bellySpread: 0.42, endBMm: [6, 4] }),
    depth: [0.3, 0, -1],
    anchors: pelvisFemurTibia(0.66, 0.98),
  },
  {
    id: 'semitendinosus',
    tissue: 'muscle',
    points: [
      offsetMm(ISCHIAL_TUBEROSITY, [-2, -6, -8]),
      [6, 250, -52],
      [18, 150, -56],
      [31, 60, -50],
      [38, 0, -36],
      [36, -40, -18],
      [30, -62, 6],
      offsetMm(PES_ANSERINUS, [0, -9, -2]),
    ],
    profile: muscle(5, 15, 3, 12, { bellyAt: 0.32, bellySpread: 0.45, endBMm: [3, 2] }),
    depth: [0.2, 0, -1],
    anchors: pelvisFemurTibia(0.6, 0.94),
  },
  {
    // Long head from the ischial tuberosity and short head from the lateral linea aspera, one belly,
    // to the fibular head.
    id: 'biceps-femoris',
    tissue: 'muscle',
    points: [
      offsetMm(ISCHIAL_TUBEROSITY, [-6, -6, -6]),
      [-22, 240, -50],
      [-38, 150, -50],
      [-48, 64, -42],
      [-52, 6, -32],
      [-48, -30, -22],
      offsetMm(FIBULAR_HEAD, [-3, 0, -4]),
    ],
    profile: muscle(6, 20, 3, 15, { bellyAt: 0.5, bellySpread: 0.5, endBMm: [6, 4] }),
    depth: [-0.4, 0, -1],
    anchors: pelvisFemurTibia(0.64, 0.98),
  },
]

/** The bursae: thin fluid sacs, as flattened ellipsoids (mm) on the bone they travel with. */
export const BURSAE = {
  // Above the patella, between the quadriceps tendon and the femur.
  'suprapatellar-bursa': {
    centre: [-1, 62, 33] as Vec3,
    radii: [20, 22, 3.5] as Vec3,
    joint: FEMUR,
  },
  // In front of the kneecap, under the skin: in the patella's own frame.
  'prepatellar-bursa': {
    centre: [0, -2, 12] as Vec3,
    radii: [17, 19, 2.2] as Vec3,
    joint: PATELLA,
  },
} as const
