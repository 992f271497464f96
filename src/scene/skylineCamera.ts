/**
 * The skyline radiograph's beam: a camera that looks along the trochlear groove as an axial
 * ("skyline") radiograph does. Pure data and maths, no three.js: the camera rig and the
 * measurements both read it, so the picture and the numbers share one image plane.
 *
 * Frame: the femur frame of a right knee (+x medial, +y up, +z anterior). The patella's path
 * (SEAT_PATH, mm) gives the seat and the path's unit normal at each flexion; the beam runs along
 * the path's tangent, from the superior-anterior side (from the thigh toward the shin, as in
 * Merchant's set-up), with the normal as 'up' so the front of the knee is at the top of the image.
 */
import { SEAT_FLEXION_STEP_DEG, SEAT_PATH } from '../anatomy/patellofemoral.generated'
import type { CameraView } from './views'

/**
 * How the skyline camera aims: 'groove' looks along the groove at the flexion on screen (it
 * follows the knee); 'merchant' holds Merchant's beam, about 30 deg from the femoral shaft, as in
 * his set-up with the knee at 45 deg (Merchant 1974, as Radiopaedia describes the view).
 */
export type SkylineBeam = 'groove' | 'merchant'

/**
 * Merchant's set-up (Merchant, Mercer, Jacobsen & Cool, J Bone Joint Surg Am 1974;56:1391): the
 * patient supine, knees bent 45 deg over the end of the table, the beam aimed down the thigh at
 * 30 deg from the horizontal femoral shaft, onto a cassette square to the beam below the knees.
 */
export const MERCHANT_FLEXION_DEG = 45
export const MERCHANT_BEAM_FROM_SHAFT_DEG = 30

/** Camera distance from the seat (metres) and field of view (deg): the joint fills the frame. */
const DISTANCE_M = 0.25
const FOV_DEG = 16
const MM = 0.001

/** The patella's seat at a flexion: centre (mm) and the path's unit normal (superior, anterior). */
export type Seat = { x: number; superior: number; anterior: number; nSup: number; nAnt: number }

export const createSeat = (): Seat => ({ x: 0, superior: 0, anterior: 0, nSup: 0, nAnt: 1 })

/** The seat at any flexion (deg), linear between the generated rows; allocation-free. */
export function seatAt(flexionDeg: number, out: Seat): Seat {
  const last = SEAT_PATH.length - 1
  const f = Number.isFinite(flexionDeg) ? flexionDeg : 0
  const u = Math.min(Math.max(f / SEAT_FLEXION_STEP_DEG, 0), last)
  const i = Math.min(Math.floor(u), last - 1)
  const t = u - i
  const a = SEAT_PATH[i]!
  const b = SEAT_PATH[i + 1]!
  out.x = a[0] + (b[0] - a[0]) * t
  out.superior = a[1] + (b[1] - a[1]) * t
  out.anterior = a[2] + (b[2] - a[2]) * t
  const nSup = a[3] + (b[3] - a[3]) * t
  const nAnt = a[4] + (b[4] - a[4]) * t
  const length = Math.hypot(nSup, nAnt) || 1
  out.nSup = nSup / length
  out.nAnt = nAnt / length
  return out
}

/** The image's 'up' (sagittal unit vector, superior and anterior parts) for a beam at a seat. */
export function imageUp(seat: Seat, beam: SkylineBeam, out: { sup: number; ant: number }) {
  if (beam === 'merchant') {
    // the beam travels distally and posteriorly, 30 deg off the shaft; up is square to it, forward
    const a = (MERCHANT_BEAM_FROM_SHAFT_DEG * Math.PI) / 180
    out.sup = -Math.sin(a)
    out.ant = Math.cos(a)
  } else {
    out.sup = seat.nSup
    out.ant = seat.nAnt
  }
  return out
}

export type MutableCameraView = {
  position: [number, number, number]
  target: [number, number, number]
  up: [number, number, number]
  fov: number
}

export const createCameraView = (): MutableCameraView => ({
  position: [0, 0, 0],
  target: [0, 0, 0],
  up: [0, 1, 0],
  fov: FOV_DEG,
})

const scratchSeat = createSeat()
const scratchUp = { sup: 0, ant: 1 }

/**
 * The skyline camera at a flexion (right knee; `viewForSide` mirrors it): on the beam through the
 * seat, on the superior-anterior side, looking at the seat, 'up' square to the beam and forward.
 * Writes into `out` and returns it; allocation-free.
 */
export function skylineViewInto(
  flexionDeg: number,
  beam: SkylineBeam,
  out: MutableCameraView,
): MutableCameraView {
  const seat = seatAt(flexionDeg, scratchSeat)
  const up = imageUp(seat, beam, scratchUp)
  // toward the camera: square to 'up' in the sagittal plane, on the superior-anterior side
  const towardSup = up.ant
  const towardAnt = -up.sup
  out.target[0] = seat.x * MM
  out.target[1] = seat.superior * MM
  out.target[2] = seat.anterior * MM
  out.position[0] = out.target[0]
  out.position[1] = out.target[1] + towardSup * DISTANCE_M
  out.position[2] = out.target[2] + towardAnt * DISTANCE_M
  out.up[0] = 0
  out.up[1] = up.sup
  out.up[2] = up.ant
  out.fov = FOV_DEG
  return out
}

/** The same, as a fresh view (for a flight's destination or a test). */
export function skylineView(flexionDeg: number, beam: SkylineBeam): CameraView {
  return skylineViewInto(flexionDeg, beam, createCameraView())
}

/**
 * What an axial radiograph shows: the femur, the kneecap and their cartilage. The stage hides the
 * rest in the skyline view with a beam (nothing else lies in the beam on a radiograph that
 * matters to the reading, and in colour it would block the view from above).
 */
export const SKYLINE_RADIOGRAPH_STRUCTURES = [
  'femur',
  'patella',
  'trochlear-groove',
  'patellar-cartilage',
  'femoral-condyle-cartilage',
] as const
