/**
 * The requested state the stage draws from, and the store interface it reads through. The scene
 * owns these types; the explainer's store (above) implements them. Pure types: no React.
 */
import type { StructureId } from '../anatomy/structures'
import type { ActivityId } from '../kinematics/activities'
import type { TrackingPresetId } from '../kinematics/presets'
import type { TrackingParams } from '../kinematics/types'
import type { SkylineBeam } from './skylineCamera'
import type { ViewId } from './views'

export type CompareMode = 'none' | 'ghost' | 'side-by-side'

export type ExplainerState = {
  /** Knee flexion in degrees while paused (the animation moves it while playing). */
  flexionDeg: number
  /** Whether the knee bends and straightens on a loop. */
  playing: boolean
  /** The loop's range, degrees (like a squat or stair step). */
  motionRange: readonly [number, number]
  /** Loop speed: 1 = one bend and straighten every 4 seconds. */
  speed: number
  /** Named tracking preset; `trackingParams` overrides single parameters on top of it. */
  tracking: TrackingPresetId
  /** Single tracking parameters over the preset (VMO activation, lateral tightness, Q-angle...). */
  trackingParams: Partial<TrackingParams>
  /** Structure or group ids to highlight. */
  highlight: readonly string[]
  /** Dim everything that is not highlighted. */
  dimOthers: boolean
  /** The structure picked by click, tap, link or list. */
  selected: StructureId | null
  /** Muscle activation 0-1 by structure id (shown as glow and a slight bulge). */
  activation: Readonly<Partial<Record<StructureId, number>>>
  /** Where the camera looks from: front, outer or inner side, back, thigh, leg, or skyline. */
  view: ViewId
  /** Which knee: a right or a left (mirrored) leg. */
  side: 'right' | 'left'
  /** Structures that carry a label with a leader line. */
  labels: readonly StructureId[]
  /** See-through muscles, so the bones and the kneecap's groove show. */
  xray: boolean
  /** Compare with a normal knee: off, a ghost outline of the normal kneecap, or side by side. */
  compare: CompareMode
  /** Draw the kneecap's path over the whole range (the J-sign shows as a curve). */
  trail: boolean
  /** Arrows for the lateral and medial pull on the kneecap. */
  forces: boolean
  /** Colour the cartilage by load share (lateral vs medial facet). */
  contact: boolean
  /** Show the fluid sacs (bursae) around the kneecap; hidden unless asked for or highlighted. */
  bursae?: boolean
  /**
   * A daily activity the knee performs (walking, stairs, squatting, kneeling, sitting): it drives
   * the bend over its cycle and loads the kneecap as that activity does. An exercise takes over.
   */
  activity?: ActivityId | null
  /**
   * The skyline view as a clinician's axial radiograph: 'groove' looks along the groove at the
   * flexion on screen and follows it; 'merchant' holds Merchant's beam, 30 deg from the femoral
   * shaft (his set-up has the knee at 45 deg: set `flexionDeg: 45`). Either shows only the femur,
   * the kneecap and their cartilage. Unset: the classic skyline, looking up from below.
   */
  skylineBeam?: SkylineBeam
  /** The radiograph look: grey bone on a dark ground, soft tissue hidden. */
  radiograph?: boolean
  /**
   * In the skyline view with a beam, draw the measurements clinicians take on the radiograph
   * (sulcus, congruence and lateral patellofemoral angles, tilt, bisect offset) with their values
   * and normal ranges.
   */
  measurements?: boolean
  /** The exercise the figure performs (an id from the catalogue), or none. */
  exercise: string | null
  /**
   * Where the exercise is, in seconds since its first repetition began, when something outside
   * keeps its time (a video at that point of the exercise). Each new value moves the exercise
   * there; while playing it runs on from there. Unset or null: the figure keeps its own time.
   */
  exerciseSeconds?: number | null
  /** The hip's position when no exercise moves it: + flexion, + abduction, + external rotation (deg). */
  hip: Readonly<{ flexionDeg: number; abductionDeg: number; externalRotationDeg: number }>
}

export type StateListener = (state: ExplainerState, previous: ExplainerState) => void

/** A store of requested state: read it, patch it, hear its changes. */
export type StageStore = {
  getState(): ExplainerState
  setState(patch: Partial<ExplainerState>): void
  subscribe(listener: StateListener): () => void
}
