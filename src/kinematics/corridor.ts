/**
 * The published normal range ("corridor") of each tracking measure against knee flexion, drawn
 * behind the curves in <TrackingChart>. Each band is built from rows of
 * ../shared/reference/anatomy.md plus one paper it does not hold; where a band needs a number no
 * source gives, the comment says so.
 */
import { PATELLA_WIDTH_MM } from '../anatomy/dimensions'

export type TrackingMetric = 'lateralShift' | 'tilt' | 'bisectOffset'

/** Half-width of the shift band, mm: about one standard deviation of in-vivo shift (2.3-3.0 mm, von Eisenhart-Rothe 2004; not in the reference sheet). */
const SHIFT_HALF_WIDTH_MM = 3

/**
 * Centre of the normal lateral-shift band (mm, + lateral, relative to the groove's deepest point).
 * Shape from Knee 2023 and Katchburian 2003: about 3 mm medial over the first 30 deg, then
 * lateral; the lateral drift, 1.8 mm from 30 to 90 deg, is from von Eisenhart-Rothe 2004 (MRI under
 * load). The anchor is an assumption: the seated patella at 30 deg is centred over the groove
 * (these studies report shift in their own femoral axes, not from the groove's floor).
 */
function shiftCentreMm(flexionDeg: number): number {
  if (flexionDeg <= 30) return 3 * (1 - flexionDeg / 30)
  return (1.8 * Math.min(flexionDeg - 30, 60)) / 60
}

/**
 * The published normal range of a measure at a flexion: [low, high].
 * - lateralShift (mm): shiftCentreMm +/- 3 mm (see above).
 * - tilt (deg): 0 to 8 deg lateral. Normal knees tilt a few degrees laterally, falling with flexion
 *   (Knee 2023: median 5 deg; Katchburian 2003); 10 deg or more matches clinical tilt (Grelsamer
 *   2008), so the band stops short of it.
 * - bisectOffset: the shift band expressed as a fraction of patellar width, 0.5 + shift / width.
 */
export function normalCorridor(metric: TrackingMetric, flexionDeg: number): [number, number] {
  if (metric === 'tilt') return [0, 8]
  const centre = shiftCentreMm(flexionDeg)
  const low = centre - SHIFT_HALF_WIDTH_MM
  const high = centre + SHIFT_HALF_WIDTH_MM
  if (metric === 'lateralShift') return [low, high]
  return [0.5 + low / PATELLA_WIDTH_MM, 0.5 + high / PATELLA_WIDTH_MM]
}

/** MRI tilt of 10 deg or more matches clinical lateral tilt (Grelsamer 2008). */
export const CLINICAL_TILT_THRESHOLD_DEG = 10
