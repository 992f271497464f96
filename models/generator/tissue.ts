/**
 * What the scans lack, built by code onto the real geometry: the quadriceps and patellar tendons,
 * the iliotibial band, the retinacula and the MPFL, the hamstring and pes anserinus tendons, and
 * the bursae. Every path starts and ends on a measured landmark or on the real belly it
 * continues, so nothing ends in air. Sizes cite their source where one exists.
 */
import type { RawMesh } from '../importer/stl'
import type { Landmarks } from './landmarks'
import type { LoftProfile } from './loft'
import type { Vec3 } from './sdf'
import { BEND, FEMUR, PATELLA, PATELLAR_TENDON, PELVIS, TIBIA, WRAP } from './skin'
import { vertexNormals } from './sources'

/** Fibre striation on every built tendon and sheet: ridges in the shading and a faint colour line. */
export const FIBRES = { ridgeTiltRad: 0.14, striation: 0.07 } as const

export type BuiltTissue = {
  id: string
  tissue: 'tendon' | 'fascia' | 'ligament'
  points: Vec3[]
  profile: LoftProfile
  depth: Vec3
  /** [fraction along the path, joint], blended between */
  anchors: ReadonlyArray<readonly [number, number]>
  /** instead of `anchors`: [height (mm), joint] from top to bottom, like the muscles */
  heightAnchors?: ReadonlyArray<readonly [number, number]>
  ringSpacingMm?: number
  segments?: number
  /** A sheet laid onto what it covers: 'thigh' is the vastus lateralis, femur and tibia. */
  conformTo?: 'thigh'
  /**
   * Shading only: the front's normals lean this far (radians) toward +Y (up the leg), for a band
   * whose surface faces down, away from the figure's key light from above-front.
   */
  normalLeanRad?: number
  /**
   * Baked colour: a thin sheet takes `share` of the colour of the tissue it lies on ('thigh': the
   * vastus lateralis's muscle; 'femur': the bone), where it lies within a few millimetres of it.
   */
  underTint?: { beneath: 'thigh' | 'femur'; colour: 'muscle' | 'bone'; share: number }
}

/** Centre of the vertices within `bandMm` of a mesh's lowest (or highest) point. */
export function tip(mesh: RawMesh, end: 'lowest' | 'highest', bandMm = 4): Vec3 {
  const p = mesh.positions
  let extreme = end === 'lowest' ? Infinity : -Infinity
  for (let i = 1; i < p.length; i += 3)
    extreme = end === 'lowest' ? Math.min(extreme, p[i]!) : Math.max(extreme, p[i]!)
  const s = [0, 0, 0]
  let n = 0
  for (let i = 0; i < p.length; i += 3)
    if (Math.abs(p[i + 1]! - extreme) <= bandMm) {
      s[0]! += p[i]!
      s[1]! += p[i + 1]!
      s[2]! += p[i + 2]!
      n++
    }
  return [s[0]! / n, s[1]! / n, s[2]! / n]
}

/** The mesh's farthest point along `direction` in a horizontal slab at height y (mm). */
export function sideAt(mesh: RawMesh, y: number, direction: Vec3, halfSlabMm = 3): Vec3 | null {
  const p = mesh.positions
  let best: Vec3 | null = null
  let bestValue = -Infinity
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i + 1]! - y) > halfSlabMm) continue
    const value = p[i]! * direction[0] + p[i + 1]! * direction[1] + p[i + 2]! * direction[2]
    if (value > bestValue) {
      bestValue = value
      best = [p[i]!, p[i + 1]!, p[i + 2]!]
    }
  }
  return best
}

/**
 * A path laid on surfaces: the path (Catmull-Rom through `points`) is resampled every `stepMm`,
 * and every point but the two ends moves to the nearest surface vertex plus `offsetMm` along its
 * normal, so a sheet or band lies on what it covers instead of cutting a chord above or through it.
 */
export function drape(points: Vec3[], surfaces: RawMesh[], offsetMm: number, stepMm = 8): Vec3[] {
  const dense: Vec3[] = []
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    const n = Math.max(1, Math.round(Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]) / stepMm))
    for (let k = 0; k < n; k++) dense.push(lerp(a, b, k / n))
  }
  dense.push(points[points.length - 1]!)
  const normals = surfaces.map((m) => vertexNormals(m))
  const laid = dense.map((p, i) => {
    if (i === 0 || i === dense.length - 1) return p
    let best = Infinity
    let out = p
    surfaces.forEach((m, s) => {
      const q = m.positions
      for (let v = 0; v < q.length; v += 3) {
        const d = (q[v]! - p[0]) ** 2 + (q[v + 1]! - p[1]) ** 2 + (q[v + 2]! - p[2]) ** 2
        if (d < best) {
          best = d
          const n = normals[s]!
          out = [
            q[v]! + n[v]! * offsetMm,
            q[v + 1]! + n[v + 1]! * offsetMm,
            q[v + 2]! + n[v + 2]! * offsetMm,
          ]
        }
      }
    })
    return out
  })
  // the nearest vertex jumps from facet to facet: smooth the laid path (ends fixed)
  let path = laid
  for (let pass = 0; pass < 3; pass++)
    path = path.map((p, i) =>
      i === 0 || i === path.length - 1
        ? p
        : ([0, 1, 2].map(
            (k) => (path[i - 1]![k]! + 2 * p[k]! + path[i + 1]![k]!) / 4,
          ) as unknown as Vec3),
    )
  return path
}

/** Fraction of a polyline's length (0..1) where it first comes down to height y (mm). */
export function fractionAtHeight(points: Vec3[], y: number): number {
  let total = 0
  const lengths = [0]
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    total += Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2])
    lengths.push(total)
  }
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!
    const b = points[i]!
    if (a[1] >= y && b[1] < y) {
      const u = (a[1] - y) / (a[1] - b[1])
      return (lengths[i - 1]! + (lengths[i]! - lengths[i - 1]!) * u) / total
    }
  }
  return 1
}

const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]]
const lerp = (a: Vec3, b: Vec3, t: number): Vec3 => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]

export type Bellies = Record<
  | 'rectus-femoris'
  | 'vastus-intermedius'
  | 'vastus-lateralis'
  | 'tensor-fasciae-latae'
  | 'gluteus-maximus'
  | 'semitendinosus'
  | 'semimembranosus'
  | 'gracilis'
  | 'sartorius'
  | 'biceps-femoris-long'
  | 'biceps-femoris-short',
  RawMesh
>

export function builtTissues(
  l: Landmarks,
  b: Bellies,
  bones: { femur: RawMesh; tibia: RawMesh; patella: RawMesh },
): BuiltTissue[] {
  const tibia = bones.tibia
  const pc = l.patellaCentre
  const top = l.patellaSuperiorPole
  const apex = l.patellaInferiorPole

  // ---- quadriceps tendon: rectus femoris's end, over vastus intermedius, to the patella's base ----
  const rfEnd = tip(b['rectus-femoris'], 'lowest')
  const onVi = (y: number): Vec3 => {
    const front = sideAt(b['vastus-intermedius'], y, [0, 0, 1]) ?? [pc[0], y, pc[2] - 4]
    return [pc[0] + (rfEnd[0] - pc[0]) * ((y - top[1]) / (rfEnd[1] - top[1])), y, front[2] + 2.5]
  }
  const quadricepsTendon: BuiltTissue = {
    id: 'quadriceps-tendon',
    tissue: 'tendon',
    points: [
      add(rfEnd, [0, 12, -2]),
      onVi(rfEnd[1] - 25),
      onVi((rfEnd[1] + top[1]) / 2),
      // then straight onto the front of the patella's base: a point laid on the vastus
      // intermedius just above the patella bent the tendon into an S over the suprapatellar fat
      add(top, [0, -4, 3]),
    ],
    // about 30 mm wide at the patella, 6-8 mm thick (MRI norms; Zeiss 1994: 8 mm)
    profile: {
      endWidthMm: 7,
      bellyWidthMm: 13,
      endThicknessMm: 3,
      bellyThicknessMm: 3.6,
      endBMm: [15, 3.2],
      bellyAt: 0.75,
      bellySpread: 0.6,
      squareness: 2.6,
      ...FIBRES,
    },
    depth: [0, 0, 1],
    // femur at the top, the wrap where it lies on the trochlea, the patella at its insertion
    anchors: [
      [0, FEMUR],
      [0.2, FEMUR],
      [0.7, WRAP],
      [0.97, PATELLA],
    ],
    ringSpacingMm: 4,
    segments: 20,
  }

  // ---- patellar tendon: a thick band from the apex to the tibial tuberosity ----
  const pt = patellarTendonLine(l, bones.patella, tibia)
  const patellarTendon: BuiltTissue = {
    id: 'patellar-tendon',
    tissue: 'tendon',
    // straight (evenly spaced points, so the spline cannot kink)
    points: [0, 0.25, 0.5, 0.75, 1].map((t) => lerp(pt.top, pt.bottom, t)),
    // 25-30 mm wide at the apex narrowing to 20-25 mm at the tuberosity, 4-6 mm thick (Hamilton
    // 2004, MRI of normal patellar tendons); thin where it starts on the patella's front, so it
    // fades onto the bone instead of standing off it as a board
    profile: {
      endWidthMm: 8,
      bellyWidthMm: 14,
      bellyAt: pt.leavesAt + 0.05,
      bellySpread: 0.55,
      endThicknessMm: 0.8,
      bellyThicknessMm: 2.6,
      // and thin and 13 mm wide where it enters the bone: the real insertion spreads 20-25 mm over
      // the tuberosity, whose ridge is narrower on this tibia, and a band that wide stood off the
      // bone's sides as a cut slab on the tibia's front
      endBMm: [6.5, 0.8],
      // an oval band, crowned across its width so its front catches the light down the middle
      squareness: 2.1,
      ridgeTiltRad: FIBRES.ridgeTiltRad,
    },
    depth: [0, 0.25, 1],
    // on the patella where it lies on its front, then one straight piece aimed from the tuberosity
    // at the apex (src/model/pose.ts), then on the tibia where it enters the tuberosity
    anchors: [
      [pt.leavesAt - 0.04, PATELLA],
      [pt.leavesAt + 0.05, PATELLAR_TENDON],
      [pt.entersAt - 0.06, PATELLAR_TENDON],
      [pt.entersAt + 0.03, TIBIA],
    ],
    ringSpacingMm: 3,
    segments: 20,
    // it slopes 28 deg from the vertical (the patella stands 20-27 mm in front of the tuberosity
    // at extension), so its front faces down and away from the key light and read dull grey
    // against the bone; an atlas paints it a glossy white, and the shading does the same
    normalLeanRad: 0.35,
  }

  // ---- iliotibial band: from TFL and gluteus maximus down the outer thigh to Gerdy's tubercle ----
  const vl = b['vastus-lateralis']
  // it begins inside the TFL's lower end; gluteus maximus joins it from behind (its bridge)
  const tflEnd = tip(b['tensor-fasciae-latae'], 'lowest')
  const start = add(tflEnd, [0, 8, 0])
  const itbPoints: Vec3[] = [start, add(tflEnd, [1, -14, -3])]
  for (const y of [240, 190, 140, 95, 55, 25]) {
    if (y >= start[1] - 20) continue
    const side = sideAt(vl, y, [-1, 0, 0.15])
    if (side) itbPoints.push([side[0] - 2.5, y, side[2] - 2])
  }
  // over the epicondyle itself, on the flexion axis, so it can turn there (see the skinning below)
  itbPoints.push(add(l.lateralEpicondyle, [-3, 0, -3]), add(l.gerdysTubercle, [1, 1, -1]))
  const itbPath = drape(itbPoints, [vl, bones.femur, bones.tibia], 1.3, 18)
  // Skinning: the band rides on the femur down to just above the lateral epicondyle and on the
  // tibia from just below it, blended across the epicondyle, which lies on the knee's flexion
  // axis. Its lower part then swings back behind the epicondyle as the knee bends, as the real band
  // does past about 30 deg (Orchard 1996: it crosses the epicondyle at 20-30 deg), instead of a
  // blend across the whole condyle cutting a chord under it and round its front.
  const epicondyleY = l.lateralEpicondyle[1]
  const itbFemurUntil = fractionAtHeight(itbPath, epicondyleY + 10)
  const itbTibiaFrom = fractionAtHeight(itbPath, epicondyleY - 8)
  const iliotibialBand: BuiltTissue = {
    id: 'iliotibial-band',
    tissue: 'fascia',
    points: itbPath,
    // A thin fascial sheet, broad over the vastus lateralis and narrowing to its insertion: about
    // 4-5 cm wide at mid-thigh and 1.5 cm at Gerdy's tubercle (Terry 1986; Fairclough 2006), about
    // 1.2-2 mm thick (Goh 2003, J Clin Ultrasound: 1.9 mm at the knee by ultrasound)
    profile: {
      endWidthMm: 13,
      bellyWidthMm: 22,
      bellyAt: 0.35,
      bellySpread: 0.4,
      endThicknessMm: 0.6,
      bellyThicknessMm: 0.6,
      endBMm: [7, 0.9],
      ...FIBRES,
    },
    depth: [-1, 0, 0],
    anchors: [
      [0, PELVIS],
      [0.12, FEMUR],
      [itbFemurUntil, FEMUR],
      [itbTibiaFrom, TIBIA],
    ],
    conformTo: 'thigh',
    // over the vastus lateralis it is a thin sheet through which the muscle shows: pale
    // pinkish-silver there, white where it lies on bone at the knee
    underTint: { beneath: 'thigh', colour: 'muscle', share: 0.45 },
    // rings close enough that the turn at the epicondyle spreads over several of them
    ringSpacingMm: 5,
    segments: 14,
  }

  // ---- retinacula and the MPFL: thin sheets from the patella's borders to the femur ----
  const lateralBorder = add(pc, [-20, 2, -6])
  const medialBorder = add(pc, [19, -4, -6])
  const lateralRetinaculum: BuiltTissue = {
    id: 'lateral-retinaculum',
    tissue: 'fascia',
    // a thin sheet from the patella's lateral border back over the condyle to the epicondyle
    points: drape(
      [
        lateralBorder,
        add(lateralBorder, [-9, -1, -9]),
        add(l.lateralEpicondyle, [-5, 5, 8]),
        add(l.lateralEpicondyle, [-2, 4, 1]),
      ],
      [bones.femur],
      2.2,
      6,
    ),
    // a sheet, not a strap: about 20-25 mm tall along the patella's border, fanning to the
    // epicondyle (Fulkerson & Gossling 1980: superficial and deep layers, 1-2 mm thick)
    profile: {
      endWidthMm: 11,
      bellyWidthMm: 10,
      endThicknessMm: 0.6,
      bellyThicknessMm: 0.7,
      endBMm: [6, 0.7],
      ...FIBRES,
    },
    depth: [-1, 0, 0.25],
    anchors: [
      [0, PATELLA],
      [0.3, PATELLA],
      [0.9, FEMUR],
    ],
    ringSpacingMm: 4,
    segments: 12,
  }
  const medialRetinaculum: BuiltTissue = {
    ...lateralRetinaculum,
    id: 'medial-retinaculum',
    points: drape(
      [
        medialBorder,
        add(medialBorder, [9, -2, -9]),
        add(l.medialEpicondyle, [4, -4, 8]),
        add(l.medialEpicondyle, [1, -3, 1]),
      ],
      [bones.femur],
      // over the MPFL, which lies deeper (layer II; Warren & Marshall 1979)
      2.6,
      6,
    ),
    // a thin fascial sheet on the capsule, thinner than the lateral one (Fulkerson & Gossling
    // 1980; Warren & Marshall 1979: layer I, the deep fascia), not a board: about 0.8 mm thick
    profile: {
      endWidthMm: 9,
      bellyWidthMm: 7,
      endThicknessMm: 0.4,
      bellyThicknessMm: 0.4,
      endBMm: [5, 0.4],
      ...FIBRES,
    },
    depth: [1, 0, 0.25],
    // it shows the condyle beneath it, as fascia does in an atlas plate
    underTint: { beneath: 'femur', colour: 'bone', share: 0.75 },
  }
  // MPFL: upper third of the medial border to the femur between the adductor tubercle and the
  // medial epicondyle (Schottle 2007; Fujino 2013); about 50-60 mm long, 10-15 mm wide at the patella
  const mpflFemur = lerp(l.adductorTubercle, l.medialEpicondyle, 0.55)
  const mpfl: BuiltTissue = {
    id: 'medial-patellofemoral-ligament',
    tissue: 'ligament',
    points: drape(
      [
        add(pc, [18, 9, -7]),
        add(pc, [28, 8, -9]),
        add(mpflFemur, [-2, 0, 6]),
        add(mpflFemur, [-3, 0, 0]),
      ],
      [bones.femur],
      1.0,
      6,
    ),
    // a fan, not a bar: broad on the patella, narrowing to its femoral attachment (10-20 mm
    // wide at the patella, about 1-2 mm thick over most of its length; Amis 2003, Knee 10:215)
    profile: {
      endWidthMm: 8,
      bellyWidthMm: 6,
      endThicknessMm: 0.8,
      bellyThicknessMm: 0.8,
      endBMm: [4, 0.8],
      squareness: 3,
      ...FIBRES,
    },
    depth: [0.5, 0, 1],
    // thin on the condyle: the bone shows through a little, as in an atlas plate
    underTint: { beneath: 'femur', colour: 'bone', share: 0.45 },
    anchors: [
      [0, PATELLA],
      [0.2, PATELLA],
      [0.85, FEMUR],
    ],
    ringSpacingMm: 3,
    segments: 12,
  }

  // ---- hamstring and pes anserinus tendons, behind the knee to their insertions ----
  const behindMedial = add(l.medialEpicondyle, [-3, -8, -30])
  const tendon = (from: Vec3, via: Vec3[], to: Vec3, half: number): Omit<BuiltTissue, 'id'> => ({
    tissue: 'tendon',
    points: [add(from, [0, 6, 0]), ...via, to],
    profile: {
      endWidthMm: half,
      bellyWidthMm: half * 0.9,
      endThicknessMm: half * 0.8,
      bellyThicknessMm: half * 0.75,
      ...FIBRES,
    },
    depth: [0, 0, 1],
    anchors: [],
    heightAnchors: [
      [45, FEMUR],
      [0, BEND],
      [-40, TIBIA],
    ],
    ringSpacingMm: 5,
    segments: 10,
  })
  const semimembranosusInsertion = add(extremeOf(tibia, [0.6, 0, -1], [-35, -18]), [-2, 0, 2])
  const pes = l.pesAnserinus
  const hamstrings = [
    tendon(
      tip(b.semitendinosus, 'lowest'),
      [behindMedial, add(pes, [-2, 12, -14])],
      add(pes, [-2, 0, -2]),
      2.6,
    ),
    tendon(
      tip(b.gracilis, 'lowest'),
      [add(behindMedial, [3, 4, 4]), add(pes, [0, 12, -10])],
      add(pes, [-2, 3, -1]),
      2.6,
    ),
    tendon(tip(b.sartorius, 'lowest'), [add(pes, [2, 14, -6])], add(pes, [-2, 6, 0]), 3),
    tendon(
      tip(b.semimembranosus, 'lowest'),
      [add(semimembranosusInsertion, [2, 12, -6])],
      semimembranosusInsertion,
      4,
    ),
    tendon(
      lerp(tip(b['biceps-femoris-long'], 'lowest'), tip(b['biceps-femoris-short'], 'lowest'), 0.5),
      [add(l.fibularHead, [-4, 14, -2])],
      add(l.fibularHead, [-1, 1, 0]),
      4,
    ),
  ].map((t, i) => ({ ...t, id: `hamstring-tendons#${i}` }))

  return [
    quadricepsTendon,
    patellarTendon,
    iliotibialBand,
    lateralRetinaculum,
    medialRetinaculum,
    mpfl,
    ...hamstrings,
  ]
}

/**
 * The patellar tendon's centreline: from the front of the patella's lower third (its superficial
 * fibres run on over the bone's anterior face) past the apex to the tibial tuberosity, where it
 * inserts over the tuberosity's upper half. `leavesAt` and `entersAt` are the fractions along it
 * where it leaves the patella's apex and enters the tuberosity: the straight piece between rides
 * the joint-patellar-tendon, aimed from `insertion` at `origin` (both on the line).
 */
export function patellarTendonLine(
  l: Landmarks,
  patella: RawMesh,
  tibia: RawMesh,
): {
  top: Vec3
  bottom: Vec3
  leavesAt: number
  entersAt: number
  origin: Vec3
  insertion: Vec3
} {
  const apex = l.patellaInferiorPole
  const onPatella = sideAt(patella, apex[1] + 10, [0, 0, 1], 1.5)!
  const onTuberosity = sideAt(tibia, l.tibialTuberosity[1] - 7, [0, 0, 1], 1.5)!
  // the centreline just under the patella's front and 2 mm under the tuberosity's
  const top: Vec3 = [apex[0], onPatella[1], onPatella[2] - 0.4]
  const bottom: Vec3 = [l.tibialTuberosity[0] + 2, onTuberosity[1], onTuberosity[2] - 2]
  const leavesAt = (top[1] - apex[1]) / (top[1] - bottom[1])
  const entersAt = (top[1] - (l.tibialTuberosity[1] + 2)) / (top[1] - bottom[1])
  return {
    top,
    bottom,
    leavesAt,
    entersAt,
    origin: lerp(top, bottom, leavesAt),
    insertion: lerp(top, bottom, entersAt),
  }
}

function extremeOf(mesh: RawMesh, direction: Vec3, yRange: [number, number]): Vec3 {
  let best: Vec3 = [0, 0, 0]
  let bestValue = -Infinity
  const p = mesh.positions
  for (let i = 0; i < p.length; i += 3) {
    if (p[i + 1]! < yRange[0] || p[i + 1]! > yRange[1]) continue
    const value = p[i]! * direction[0] + p[i + 1]! * direction[1] + p[i + 2]! * direction[2]
    if (value > bestValue) {
      bestValue = value
      best = [p[i]!, p[i + 1]!, p[i + 2]!]
    }
  }
  return best
}

/** Bursae: subtle fluid sacs, centre and radii (mm), and the joint each moves with. */
export function bursae(
  l: Landmarks,
  femur: RawMesh,
  patella: RawMesh,
): Array<{
  id: string
  centre: Vec3
  radii: Vec3
  joint: number
}> {
  const pc = l.patellaCentre
  const patellaFront = sideAt(patella, pc[1], [0, 0, 1], 6)!
  const femurFront = sideAt(femur, l.patellaSuperiorPole[1] + 28, [0, 0, 1], 4)!
  return [
    // between the quadriceps tendon and the femur, reaching 5-6 cm above the patella
    {
      id: 'suprapatellar-bursa',
      centre: [pc[0], l.patellaSuperiorPole[1] + 26, femurFront[2] + 3.2],
      radii: [15, 20, 2.6],
      joint: FEMUR,
    },
    // between the skin and the front of the patella
    {
      id: 'prepatellar-bursa',
      centre: [pc[0], pc[1], patellaFront[2] + 1.6],
      radii: [14, 16, 1.3],
      joint: PATELLA,
    },
    // deep infrapatellar: between the patellar tendon and the tibia, just above the tuberosity
    {
      id: 'infrapatellar-bursa',
      centre: add(l.tibialTuberosity, [0, 9, -5]),
      radii: [9, 5, 2.2],
      joint: TIBIA,
    },
  ]
}

/**
 * A short tendon from a muscle's end to the bone it attaches to, where the scan's belly stops
 * short of the bone (the Denver set has bellies, not tendons). It starts inside the belly's end
 * (`into` mm back toward the belly) and ends just inside the bone, with the end's thickness.
 */
export function attachmentBridge(
  belly: RawMesh,
  end: 'top' | 'bottom',
  bone: RawMesh,
  near: Vec3 | null,
): { points: Vec3[]; radiusMm: number; gapMm: number; nearest: Vec3 } | null {
  const p = belly.positions
  const order = Array.from({ length: p.length / 3 }, (_, i) => i).sort(
    (a, b) => p[a * 3 + 1]! - p[b * 3 + 1]!,
  )
  const k = Math.max(3, Math.round(order.length * 0.04))
  const band = end === 'top' ? order.slice(-k) : order.slice(0, k)
  const c = [0, 0, 0]
  for (const v of band) for (let a = 0; a < 3; a++) c[a]! += p[v * 3 + a]! / band.length
  let spread = 0
  for (const v of band)
    spread +=
      Math.hypot(p[v * 3]! - c[0]!, p[v * 3 + 1]! - c[1]!, p[v * 3 + 2]! - c[2]!) / band.length
  // the bone point: nearest to the landmark if one is named, else nearest to the end
  const aim = near ?? (c as unknown as Vec3)
  const q = bone.positions
  let target: Vec3 = [0, 0, 0]
  let targetIndex = 0
  let best = Infinity
  for (let i = 0; i < q.length; i += 3) {
    const d = (q[i]! - aim[0]) ** 2 + (q[i + 1]! - aim[1]) ** 2 + (q[i + 2]! - aim[2]) ** 2
    if (d < best) {
      best = d
      target = [q[i]!, q[i + 1]!, q[i + 2]!]
      targetIndex = i
    }
  }
  const boneNormal = vertexNormals(bone).subarray(targetIndex, targetIndex + 3)
  // how far the band's nearest vertex is from that bone point
  let gap = Infinity
  let nearest: Vec3 = [0, 0, 0]
  for (const v of band) {
    const d = Math.hypot(
      p[v * 3]! - target[0],
      p[v * 3 + 1]! - target[1],
      p[v * 3 + 2]! - target[2],
    )
    if (d < gap) {
      gap = d
      nearest = [p[v * 3]!, p[v * 3 + 1]!, p[v * 3 + 2]!]
    }
  }
  const start: Vec3 = [c[0]!, c[1]!, c[2]!]
  const dir = [target[0] - start[0], target[1] - start[1], target[2] - start[2]]
  const length = Math.hypot(dir[0]!, dir[1]!, dir[2]!) || 1
  const u = dir.map((d) => d / length) as unknown as Vec3
  return {
    // from 3 mm inside the belly's end to 2 mm inside the bone
    points: [
      [start[0] - u[0] * 3, start[1] - u[1] * 3, start[2] - u[2] * 3],
      lerp(start, target, 0.5),
      // into the bone along its surface normal, so a tendon that arrives at a slant still ends in it
      [
        target[0] - boneNormal[0]! * 2,
        target[1] - boneNormal[1]! * 2,
        target[2] - boneNormal[2]! * 2,
      ],
    ],
    radiusMm: Math.min(Math.max(spread * 0.55, 2), 7),
    gapMm: gap,
    nearest,
  }
}

/**
 * Draws a belly's end onto the bone it inserts on, where the scan stops short of it (the Denver
 * vasti end 25-33 mm above the patella: their tendinous insertion was not segmented). The end
 * moves as a whole to 1.5 mm inside the bone and the pull fades out over `falloffMm` of the
 * belly, so the muscle itself, not a thin bridge, meets the bone (Bose 1980: the VMO's fibres
 * insert directly on the patella's upper medial border). Returns a new mesh.
 */
export function reachInto(
  belly: RawMesh,
  end: 'top' | 'bottom',
  bone: RawMesh,
  near: Vec3 | null,
  falloffMm = 60,
  landing: 'centre' | 'edge' = 'centre',
): RawMesh {
  const reach = attachmentBridge(belly, end, bone, near)
  if (!reach || reach.gapMm <= 1.5) return belly
  const [inside, , goal] = reach.points as [Vec3, Vec3, Vec3]
  // the bridge starts 3 mm inside the belly's end: step back out to the end itself
  const axis = normalize([goal[0] - inside[0], goal[1] - inside[1], goal[2] - inside[2]])
  // 'centre': the end's centre lands 2 mm inside the bone; 'edge': only the end's point nearest
  // the bone does, so the rest of the end stays beside the bone instead of lying on its face
  const start =
    landing === 'edge' ? reach.nearest : add(inside, [axis[0] * 3, axis[1] * 3, axis[2] * 3])
  const shift: Vec3 = [goal[0] - start[0], goal[1] - start[1], goal[2] - start[2]]
  // 'edge' fades the pull along the belly's length (its end's height), so the belly stretches to
  // its insertion instead of shearing sideways over the bone
  const fade: Vec3 = landing === 'edge' ? [0, end === 'bottom' ? -1 : 1, 0] : axis
  const p = belly.positions
  const positions = new Float32Array(p.length)
  for (let i = 0; i < p.length; i += 3) {
    const s =
      (p[i]! - start[0]) * fade[0] +
      (p[i + 1]! - start[1]) * fade[1] +
      (p[i + 2]! - start[2]) * fade[2]
    const u = Math.min(Math.max(1 + s / falloffMm, 0), 1)
    const w = u * u * (3 - 2 * u)
    positions[i] = p[i]! + shift[0] * w
    positions[i + 1] = p[i + 1]! + shift[1] * w
    positions[i + 2] = p[i + 2]! + shift[2] * w
  }
  return { ...belly, positions }
}

function normalize(a: Vec3): Vec3 {
  const length = Math.hypot(a[0], a[1], a[2]) || 1
  return [a[0] / length, a[1] / length, a[2] / length]
}
