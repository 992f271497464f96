/**
 * Named camera views of the knee (metres, femur frame of a right knee: +X medial, +Y up,
 * +Z anterior). Pure data; the explainer animates between them.
 */
export const VIEW_IDS = ['anterior', 'lateral', 'medial', 'posterior', 'thigh', 'skyline'] as const
export type ViewId = (typeof VIEW_IDS)[number]

export type CameraView = {
  position: readonly [number, number, number]
  target: readonly [number, number, number]
  up: readonly [number, number, number]
  fov: number
}

export const VIEWS: Record<ViewId, CameraView> = {
  anterior: { position: [0.02, 0.06, 0.5], target: [0, 0.01, 0.01], up: [0, 1, 0], fov: 32 },
  lateral: { position: [-0.5, 0.05, 0.06], target: [0, 0.01, 0.01], up: [0, 1, 0], fov: 32 },
  medial: { position: [0.5, 0.05, 0.06], target: [0, 0.01, 0.01], up: [0, 1, 0], fov: 32 },
  posterior: { position: [0, 0.06, -0.5], target: [0, 0.01, 0], up: [0, 1, 0], fov: 32 },
  // hip to knee: the whole thigh and the muscles that reach the kneecap from above the hip
  thigh: { position: [0.12, 0.3, 1.35], target: [-0.01, 0.22, 0], up: [0, 1, 0], fov: 32 },
  // the axial "skyline" view: looking up the femoral shaft at the kneecap in its groove, front at the top
  skyline: { position: [0, -0.34, 0.06], target: [0, 0.02, 0.03], up: [0, 0, 1], fov: 26 },
}

/** A left knee is the mirror image: flip the views' x. */
export function viewForSide(view: CameraView, side: 'right' | 'left'): CameraView {
  if (side === 'right') return view
  const flip = (v: readonly [number, number, number]) => [-v[0], v[1], v[2]] as const
  return { ...view, position: flip(view.position), target: flip(view.target), up: flip(view.up) }
}
