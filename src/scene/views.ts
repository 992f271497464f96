/**
 * Named camera views of the knee (metres, femur frame of a right knee: +X medial, +Y up,
 * +Z anterior). Pure data; the explainer animates between them.
 */
export const VIEW_IDS = [
  'anterior',
  'lateral',
  'medial',
  'posterior',
  'thigh',
  'leg',
  'skyline',
] as const
export type ViewId = (typeof VIEW_IDS)[number]

export type CameraView = {
  position: readonly [number, number, number]
  target: readonly [number, number, number]
  up: readonly [number, number, number]
  fov: number
}

export const VIEWS: Record<ViewId, CameraView> = {
  anterior: { position: [0.02, 0.04, 0.55], target: [0, -0.005, 0.01], up: [0, 1, 0], fov: 32 },
  lateral: { position: [-0.55, 0.04, 0.06], target: [0, -0.005, 0.01], up: [0, 1, 0], fov: 32 },
  medial: { position: [0.55, 0.04, 0.06], target: [0, -0.005, 0.01], up: [0, 1, 0], fov: 32 },
  posterior: { position: [0, 0.06, -0.5], target: [0, 0.01, 0], up: [0, 1, 0], fov: 32 },
  // hip to knee: the whole thigh and the muscles that reach the kneecap from above the hip
  thigh: { position: [0.12, 0.3, 1.35], target: [-0.01, 0.22, 0], up: [0, 1, 0], fov: 32 },
  // the whole leg from the outer side, hip to shin: for exercises that move the hip
  leg: { position: [-1.45, 0.2, 0.35], target: [0, 0.16, 0.12], up: [0, 1, 0], fov: 34 },
  // the axial "skyline" view: from below and in front, along the groove at the kneecap, front at
  // the top (as in a Merchant radiograph); the explainer hides the shin bones in this view
  skyline: { position: [0, -0.25, 0.25], target: [0, 0.0, 0.035], up: [0, 0.66, 0.75], fov: 26 },
}

/** Views framed on the hip and thigh: they stay put when the hip carries the knee (the others follow it). */
export const WHOLE_LEG_VIEWS: ReadonlySet<ViewId> = new Set<ViewId>(['thigh', 'leg'])

/** Structures hidden in the skyline view so nothing below the joint blocks the kneecap. */
export const HIDDEN_IN_SKYLINE = [
  'tibia',
  'fibula',
  'medial-meniscus',
  'lateral-meniscus',
  'patellar-tendon',
  'medial-collateral-ligament',
  'lateral-collateral-ligament',
  'gracilis',
  'sartorius',
  'semitendinosus',
  'semimembranosus',
  'biceps-femoris',
  'iliotibial-band',
  'prepatellar-bursa',
  'infrapatellar-bursa',
  'tibial-cartilage',
  'hamstring-tendons',
  'popliteus',
  'gastrocnemius',
  'anterior-cruciate-ligament',
  'posterior-cruciate-ligament',
] as const

/** A left knee is the mirror image: flip the views' x. */
export function viewForSide(view: CameraView, side: 'right' | 'left'): CameraView {
  if (side === 'right') return view
  const flip = (v: readonly [number, number, number]) => [-v[0], v[1], v[2]] as const
  return { ...view, position: flip(view.position), target: flip(view.target), up: flip(view.up) }
}
