/**
 * The bones and joint surfaces as signed distance fields in the knee frame (mm), each with the
 * box to mesh it in and its triangle budget. Shapes follow the reference renders in
 * ../shared/reference/images (distal femur, patella, skyline view).
 */
import {
  LATERAL_FACET_EXTRA_HEIGHT_MM,
  PATELLA_HEIGHT_MM,
  PATELLA_MEDIAL_FACET_SHARE,
  PATELLA_THICKNESS_MM,
  PATELLA_WIDTH_MM,
  SULCUS_ANGLE_NORMAL_DEG,
} from '../../src/anatomy/dimensions'
import {
  ADDUCTOR_TUBERCLE,
  ASIS,
  AIIS,
  FEMORAL_HEAD_RADIUS_MM,
  FIBULAR_HEAD,
  GERDYS_TUBERCLE,
  GREATER_TROCHANTER,
  HIP_CENTRE,
  ISCHIAL_TUBEROSITY,
  PUBIC_TUBERCLE,
  TIBIAL_PLATEAU_Y,
  TIBIAL_TUBEROSITY,
  TROCHLEA_AXIS,
  TROCHLEAR_CARTILAGE_MM,
  femurShaftAt,
  offsetMm,
  grooveFloorRadiusMm,
  trochleaAngleDeg,
} from './frame'
import {
  type Sdf,
  type Vec3,
  capsule,
  ellipsoid,
  intersect,
  orientedEllipsoid,
  plane,
  roundCone,
  smoothIntersect,
  smoothSubtract,
  smoothUnion,
  sphere,
  taperedPath,
  worldToLocal,
} from './sdf'

export type BoneField = {
  /** Largest deviation simplification may introduce (mm). */
  maxErrorMm?: number
  field: Sdf
  min: Vec3
  max: Vec3
  cellMm: number
  targetTriangles: number
}

// ---- trochlea ---------------------------------------------------------------------------------

// Half the sulcus angle on each side of the groove floor (135 +/- 10 deg; Radiopaedia, PMC5134791).
const FACET_SLOPE = Math.tan(((180 - SULCUS_ANGLE_NORMAL_DEG) / 2) * (Math.PI / 180))
// Crest positions: the lateral facet is wider and higher than the medial (Farahmand 1998).
const LATERAL_CREST_X = -20
const MEDIAL_CREST_X = 15

/** Height of the articular surface above the groove floor across the trochlea (x in mm). */
function facetHeightMm(x: number, angleDeg: number): number {
  // the groove's crests fade out distally where the trochlea meets the notch
  const fade = angleDeg > 95 ? Math.max(0, 1 - (angleDeg - 95) / 30) : 1
  const lateralRise =
    angleDeg < 40 ? LATERAL_FACET_EXTRA_HEIGHT_MM * (1 - Math.max(0, angleDeg) / 40) : 0
  const ax = Math.abs(x)
  // a rounded V: smooth near the floor (2 mm), straight facets, rounded crests
  const v = Math.sqrt(ax * ax + 4) - 2
  if (x < 0) {
    const crest = -LATERAL_CREST_X
    const rise = v * FACET_SLOPE + (lateralRise * Math.min(ax, crest)) / crest
    return fade * (ax < crest ? rise : rise - (ax - crest) ** 2 / 8)
  }
  const crest = MEDIAL_CREST_X
  const rise = v * FACET_SLOPE
  return fade * (ax < crest ? rise : rise - (ax - crest) ** 2 / 8)
}

/** The trochlear solid revolved about the transverse axis; `extraMm` grows it outward. */
function trochleaSolid(extraMm: number): Sdf {
  return (x, y, z) => {
    const dy = y - TROCHLEA_AXIS.superiorMm
    const dz = z - TROCHLEA_AXIS.anteriorMm
    const radius = Math.hypot(dy, dz)
    const angle = trochleaAngleDeg(y, z)
    // above where the patella engages, the trochlea sinks smoothly into the metaphysis
    const sink = angle < -14 ? ((-14 - angle) / 10) ** 2 * 7 : 0
    const surface =
      grooveFloorRadiusMm(angle) - TROCHLEAR_CARTILAGE_MM + extraMm + facetHeightMm(x, angle) - sink
    return radius - surface
  }
}

// Angular and side limits of the articular trochlea, as planes in the polar frame.
function trochlearRegion(
  angleFromDeg: number,
  angleToDeg: number,
  lateralX: number,
  medialX: number,
): Sdf {
  const cy = TROCHLEA_AXIS.superiorMm
  const cz = TROCHLEA_AXIS.anteriorMm
  const from = (angleFromDeg * Math.PI) / 180
  const to = (angleToDeg * Math.PI) / 180
  // a plane through the axis at each limiting angle, keeping the wedge between them
  const start = plane([0, Math.cos(from), Math.sin(from)], [0, cy, cz])
  const end = plane([0, -Math.cos(to), -Math.sin(to)], [0, cy, cz])
  return intersect(
    start,
    end,
    plane([-1, 0, 0], [lateralX, 0, 0]),
    plane([1, 0, 0], [medialX, 0, 0]),
  )
}

// ---- femur ------------------------------------------------------------------------------------

function distalFemur(): Sdf {
  const shaftEnd = femurShaftAt(95)
  const metaphysis = roundCone([-2, 30, 4], shaftEnd, 30, 15)
  // posterior condyles: flattened ellipsoids whose curves roll on the tibia
  const lateralCondyle = smoothUnion(
    10,
    orientedEllipsoid([-21, -3, -4], [15, 24, 25], worldToLocal(0, 6, 0)),
    // the lateral condyle runs forward into the lateral trochlear facet as one wheel
    ellipsoid([-19, 4, 16], [14, 24, 26]),
  )
  const medialCondyle = smoothUnion(
    10,
    orientedEllipsoid([21, -4, -5], [15, 24, 26], worldToLocal(0, -6, 0)),
    ellipsoid([19, 0, 12], [13, 22, 24]),
  )
  // epicondyles: wide, low bumps (spheres would read as stuck-on knobs)
  const medialEpicondyle = ellipsoid([33, 1, -3], [10, 14, 13])
  const lateralEpicondyle = ellipsoid([-33, 2, -5], [9, 13, 12])
  const adductorTubercle = ellipsoid(
    [ADDUCTOR_TUBERCLE[0] - 8, ADDUCTOR_TUBERCLE[1], ADDUCTOR_TUBERCLE[2]],
    [7, 9, 7],
  )
  // the trochlea starts where the patella engages (about 10 deg of knee flexion; Fulkerson) and
  // blends into the metaphysis above and the condyles at the sides
  const trochlea = smoothIntersect(7, trochleaSolid(0), trochlearRegion(-80, 125, -44, 40))
  const body = smoothUnion(
    9,
    metaphysis,
    lateralCondyle,
    medialCondyle,
    smoothUnion(10, trochlea, ellipsoid([-2, 22, 14], [33, 34, 24])),
  )
  const withEpicondyles = smoothUnion(
    7,
    body,
    medialEpicondyle,
    lateralEpicondyle,
    adductorTubercle,
  )
  // intercondylar notch, opening posteriorly and distally between the condyles
  const notch = smoothUnion(
    6,
    capsule([0, -30, -2], [0, -30, -45], 11),
    capsule([0, -20, -14], [0, -20, -45], 9),
  )
  return smoothSubtract(3, withEpicondyles, notch)
}

function proximalFemur(): Sdf {
  const [hx, hy, hz] = HIP_CENTRE
  const head = sphere(HIP_CENTRE, FEMORAL_HEAD_RADIUS_MM)
  // neck at about 125 degrees to the shaft (neck-shaft angle, widely quoted; unverified)
  const neckBase: Vec3 = [hx - 40, hy - 26, hz - 4]
  const neck = roundCone([hx - 8, hy - 5, hz], neckBase, 16, 18)
  const greaterTrochanter = orientedEllipsoid(
    [GREATER_TROCHANTER[0] + 8, GREATER_TROCHANTER[1] - 6, GREATER_TROCHANTER[2]],
    [13, 22, 17],
    worldToLocal(0, 0, -12),
  )
  const lesserTrochanter = ellipsoid([hx - 20, hy - 62, hz - 14], [8, 10, 8])
  const intertrochanteric = roundCone(
    [hx - 46, hy - 12, hz - 4],
    [hx - 36, hy - 62, hz - 4],
    18,
    17,
  )
  return smoothUnion(8, head, neck, greaterTrochanter, lesserTrochanter, intertrochanteric)
}

/** Whole femur: head, neck and trochanters, a bowed shaft, and the distal condyles and trochlea. */
export function femur(): BoneField {
  const hy = HIP_CENTRE[1]
  // the shaft runs from below the trochanters down and medially to the knee, bowed forward
  const shaft = taperedPath(
    [femurShaftAt(hy - 40), femurShaftAt(260), femurShaftAt(180), femurShaftAt(100)],
    [17, 14, 13.5, 15],
    8,
  )
  const linea = capsule(
    offsetMm(femurShaftAt(270), [0, 0, -12]),
    offsetMm(femurShaftAt(120), [0, 0, -12]),
    4,
  )
  return {
    field: smoothUnion(14, proximalFemur(), smoothUnion(4, shaft, linea), distalFemur()),
    min: [-76, -34, -38],
    max: [50, HIP_CENTRE[1] + FEMORAL_HEAD_RADIUS_MM + 2, 62],
    cellMm: 0.75,
    targetTriangles: 9000,
    maxErrorMm: 0.12,
  }
}

/**
 * Outline of the articular trochlea seen from the front (reference: real-distal-femur-anterior):
 * narrow at its proximal apex, widening distally, the lateral side reaching higher than the medial.
 */
function articularOutline(): Sdf {
  return (x, y, z) => {
    const angle = trochleaAngleDeg(y, z)
    const radius = Math.hypot(y - TROCHLEA_AXIS.superiorMm, z - TROCHLEA_AXIS.anteriorMm)
    const toMm = (radius * Math.PI) / 180
    // proximal edge: about -22 deg on the lateral crest, -8 deg on the medial
    const top = x < 0 ? -14 - (8 * Math.min(-x, 20)) / 20 : -14 + (6 * Math.min(x, 16)) / 16
    const bottom = 106
    const reach = Math.min(Math.max((angle + 20) / 50, 0), 1)
    const lateralEdge = -16 - 9 * reach
    const medialEdge = 9 + 11 * reach
    return Math.max((top - angle) * toMm, (angle - bottom) * toMm, lateralEdge - x, x - medialEdge)
  }
}

/** The femur's patellar articular surface: a 2.5 mm cartilage shell over the trochlea. */
export function trochlearCartilage(): BoneField {
  const outer = trochleaSolid(TROCHLEAR_CARTILAGE_MM)
  const inner = trochleaSolid(-1.5)
  return {
    field: smoothIntersect(2.5, outer, (x, y, z) => -inner(x, y, z), articularOutline()),
    min: [-32, -32, -8],
    max: [27, 40, 62],
    cellMm: 0.5,
    targetTriangles: 3200,
    maxErrorMm: 0.1,
  }
}

// ---- patella (in its own frame: origin at its centre, axes as the femur's at full extension) ---

const HALF_THICKNESS = PATELLA_THICKNESS_MM / 2
// Median ridge displaced medially: the lateral facet is wider (Wiberg II; Radiopaedia).
const RIDGE_X = (0.5 - PATELLA_MEDIAL_FACET_SHARE) * PATELLA_WIDTH_MM
// Facets match the trochlea: about 25 degrees each side of the ridge
const PATELLA_FACET_SLOPE = Math.tan((26 * Math.PI) / 180)

function patellaOutline(shrinkMm: number): Sdf {
  // a rounded triangle in the anterior view: broad base above, apex below
  const body = ellipsoid(
    [0, 1, 0],
    // the smooth corners take about 3 mm off each side, so the body starts that much wider
    [PATELLA_WIDTH_MM / 2 + 3.5 - shrinkMm, PATELLA_HEIGHT_MM / 2 - shrinkMm, 14],
  )
  const lowerLateral = plane([-0.82, -0.57, 0], [-12.5 + shrinkMm * 0.8, -14 + shrinkMm * 0.6, 0])
  const lowerMedial = plane([0.8, -0.6, 0], [12.5 - shrinkMm * 0.8, -14 + shrinkMm * 0.6, 0])
  return smoothIntersect(9, body, lowerLateral, lowerMedial)
}

function patellarFacets(depthMm: number): Sdf {
  const floor = -HALF_THICKNESS + depthMm
  const lateral = plane([-PATELLA_FACET_SLOPE, 0, -1], [RIDGE_X, 0, floor])
  const medial = plane([PATELLA_FACET_SLOPE * 1.1, 0, -1], [RIDGE_X, 0, floor])
  return smoothIntersect(2.5, lateral, medial)
}

export function patella(): BoneField {
  // anterior surface: gently convex, rougher; posterior: ridge and facets under cartilage
  const anterior = ellipsoid([0, 0, -30], [60, 60, 30 + HALF_THICKNESS])
  const field = smoothIntersect(3, patellaOutline(0), anterior, patellarFacets(3.5))
  return { field, min: [-25, -24, -13], max: [25, 24, 13], cellMm: 0.4, targetTriangles: 3500 }
}

export function patellarCartilage(): BoneField {
  const field = smoothIntersect(
    1.5,
    patellaOutline(2.5),
    patellarFacets(0),
    plane([0, 0, 1], [0, 0, -HALF_THICKNESS + 6]),
    plane([0, -1, 0], [0, -11, 0]),
  )
  return { field, min: [-25, -16, -13], max: [25, 24, 0], cellMm: 0.4, targetTriangles: 2000 }
}

// ---- tibia and fibula ---------------------------------------------------------------------------

export function tibia(): BoneField {
  const top = TIBIAL_PLATEAU_Y
  // plateau: a broad, flattened block with a posterior slope of about 7 deg (widely quoted; unverified)
  const condyles = smoothIntersect(
    3,
    ellipsoid([0, top - 11, -4], [40, 16, 27]),
    plane([0, 1, 0.12], [0, top, 0]),
  )
  const medialBowl = ellipsoid([20, top + 3.2, -5], [15, 4.5, 18])
  const plateau = smoothSubtract(3, condyles, medialBowl)
  const eminence = smoothUnion(
    2,
    ellipsoid([4, top + 1.5, -3], [3, 4, 6]),
    ellipsoid([-5, top + 1.5, -3], [3, 4, 6]),
  )
  const metaphysis = roundCone([0, top - 16, -4], [2, top - 85, -2], 30, 15)
  const tuberosity = orientedEllipsoid(
    [TIBIAL_TUBEROSITY[0], TIBIAL_TUBEROSITY[1] - 8, TIBIAL_TUBEROSITY[2] - 5],
    [10, 16, 6],
    worldToLocal(-10, 0, 0),
  )
  const gerdy = ellipsoid(
    [GERDYS_TUBERCLE[0] + 3, GERDYS_TUBERCLE[1], GERDYS_TUBERCLE[2] - 3],
    [7, 8, 6],
  )
  const shaft = taperedPath(
    [
      [2, top - 80, -2],
      [3, top - 180, -3],
      [4, top - 290, -4],
    ],
    [15, 12, 11],
  )
  // the anterior crest (shin) gives the shaft its triangular section
  const crest = capsule([0, top - 55, 20], [3, top - 290, 7], 4)
  const distal = ellipsoid([4, top - 335, -4], [24, 20, 21])
  const malleolus = roundCone([18, top - 335, -2], [20, top - 362, -4], 10, 7)
  const field = smoothUnion(
    10,
    smoothUnion(2.5, plateau, eminence),
    metaphysis,
    smoothUnion(5, tuberosity, gerdy),
    smoothUnion(6, shaft, crest),
    smoothUnion(8, distal, malleolus),
  )
  return {
    field,
    min: [-44, top - 370, -34],
    max: [44, top + 8, 40],
    cellMm: 0.8,
    targetTriangles: 7000,
    maxErrorMm: 0.15,
  }
}

export function fibula(): BoneField {
  const [fx, fy, fz] = FIBULAR_HEAD
  const head = orientedEllipsoid(FIBULAR_HEAD, [10, 12, 10], worldToLocal(0, 0, 15))
  const styloid = roundCone([fx - 2, fy + 4, fz - 4], [fx - 3, fy + 12, fz - 6], 6, 3)
  const shaft = taperedPath(
    [
      [fx + 1, fy - 10, fz + 1],
      [fx + 1, fy - 140, fz + 6],
      [fx - 1, fy - 290, fz + 9],
    ],
    [7.5, 6, 6.5],
  )
  const malleolus = roundCone([fx - 2, fy - 300, fz + 9], [fx - 3, fy - 335, fz + 6], 11, 8)
  return {
    field: smoothUnion(6, head, styloid, shaft, malleolus),
    min: [fx - 20, fy - 350, fz - 20],
    max: [fx + 16, fy + 22, fz + 24],
    cellMm: 0.75,
    targetTriangles: 2500,
    maxErrorMm: 0.15,
  }
}

// ---- menisci ------------------------------------------------------------------------------------

/** A C-shaped wedge on the plateau: thick at the rim, thin toward the centre, open at `gapDeg`. */
function meniscus(
  centreX: number,
  radiusX: number,
  radiusZ: number,
  gapCentreDeg: number,
  gapDeg: number,
): Sdf {
  const y0 = TIBIAL_PLATEAU_Y + 1
  return (x, y, z) => {
    const dx = x - centreX
    const dz = z + 4
    const angle = (Math.atan2(dz, dx) * 180) / Math.PI
    let gap = Math.abs(angle - gapCentreDeg)
    if (gap > 180) gap = 360 - gap
    const ringRadius = Math.hypot(dx / radiusX, dz / radiusZ)
    const across = (1 - ringRadius) * Math.min(radiusX, radiusZ)
    // triangular cross-section: 6 mm tall at the rim, tapering over 9 mm inward
    const height = across < 0 ? -1 : Math.max(0, 6 * (1 - across / 9))
    const wedge = Math.max(-across, across - 9, y - y0 - height, y0 - y)
    const opening = (gapDeg / 2 - gap) * 0.35
    return Math.max(wedge, opening)
  }
}

export function medialMeniscus(): BoneField {
  return {
    field: meniscus(20, 17, 22, 180, 70),
    min: [0, TIBIAL_PLATEAU_Y - 1, -30],
    max: [40, TIBIAL_PLATEAU_Y + 9, 22],
    cellMm: 0.5,
    targetTriangles: 900,
    maxErrorMm: 0.1,
  }
}

export function lateralMeniscus(): BoneField {
  return {
    field: meniscus(-20, 15, 16, 0, 40),
    min: [-38, TIBIAL_PLATEAU_Y - 1, -24],
    max: [0, TIBIAL_PLATEAU_Y + 9, 16],
    cellMm: 0.5,
    targetTriangles: 800,
    maxErrorMm: 0.1,
  }
}

// ---- pelvis (right half: the hip region the thigh muscles start from) ---------------------------

export function pelvis(): BoneField {
  const [hx, hy, hz] = HIP_CENTRE
  // acetabulum: a thick rim around the femoral head, open laterally and down
  const rim = sphere(HIP_CENTRE, FEMORAL_HEAD_RADIUS_MM + 9)
  const cup = smoothSubtract(2, rim, sphere(HIP_CENTRE, FEMORAL_HEAD_RADIUS_MM + 1.5))
  const socket = smoothSubtract(4, cup, plane([-0.8, -0.45, 0.2], [hx - 14, hy - 10, hz]))
  // ilium: a curved blade from the acetabulum up to the crest, facing out and forward
  const blade = orientedEllipsoid(
    [hx - 28, hy + 88, hz - 12],
    [9, 62, 66],
    worldToLocal(0, -28, 12),
  )
  const crest = capsule([ASIS[0], ASIS[1] + 6, ASIS[2] - 4], [hx - 26, hy + 142, hz - 70], 8)
  const iliumBody = roundCone([hx - 6, hy + 18, hz - 2], [hx - 22, hy + 70, hz - 8], 22, 14)
  const anteriorBorder = taperedPath([ASIS, AIIS, [hx - 8, hy + 26, hz + 20]], [7, 7, 12])
  // pubis and ischium around the obturator foramen
  const superiorRamus = roundCone([hx + 12, hy + 8, hz + 14], PUBIC_TUBERCLE, 13, 10)
  const pubicBody = roundCone(
    PUBIC_TUBERCLE,
    [PUBIC_TUBERCLE[0] + 20, PUBIC_TUBERCLE[1] - 22, PUBIC_TUBERCLE[2] - 8],
    11,
    10,
  )
  const inferiorRamus = roundCone(
    [PUBIC_TUBERCLE[0] + 20, PUBIC_TUBERCLE[1] - 22, PUBIC_TUBERCLE[2] - 8],
    [ISCHIAL_TUBEROSITY[0] + 14, ISCHIAL_TUBEROSITY[1] - 4, ISCHIAL_TUBEROSITY[2] + 6],
    8,
    8,
  )
  const ischium = roundCone([hx + 2, hy - 14, hz - 18], ISCHIAL_TUBEROSITY, 17, 13)
  const tuberosity = ellipsoid(ISCHIAL_TUBEROSITY, [12, 16, 11])
  const field = smoothUnion(
    9,
    socket,
    iliumBody,
    smoothUnion(10, blade, crest, anteriorBorder),
    superiorRamus,
    pubicBody,
    inferiorRamus,
    ischium,
    tuberosity,
  )
  return {
    field,
    min: [hx - 90, ISCHIAL_TUBEROSITY[1] - 22, hz - 110],
    max: [PUBIC_TUBERCLE[0] + 40, hy + 160, ASIS[2] + 16],
    cellMm: 1,
    targetTriangles: 5000,
    maxErrorMm: 0.35,
  }
}
