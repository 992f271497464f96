/**
 * Dynamic resolution while the knee moves, as <model-viewer> does (its Renderer.ts: frame-time
 * average with decay 0.2, step down above 60 ms, up below 40 ms, scales 1 to 0.5): a slow device
 * animates smoothly at fewer pixels, and the first frame after motion stops is drawn at full
 * resolution. Pure state machine; AdaptiveResolution.tsx connects it to the canvas.
 */
export const SCALE_STEPS = [1, 0.79, 0.62, 0.5] as const
const DECAY = 0.2
const SLOW_MS = 60
const FAST_MS = 40
const MAX_CHANGE_MS = 5
const START_MS = (SLOW_MS + FAST_MS) / 2

export type ResolutionGovernor = {
  /** Feeds one frame's duration (ms, between consecutive animated frames); returns the scale. */
  frame(ms: number): number
  /** Motion stopped: back to full scale. Returns true when the scale changed. */
  settle(): boolean
  readonly scale: number
}

export function createResolutionGovernor(): ResolutionGovernor {
  let step = 0
  let average = START_MS
  return {
    frame(ms) {
      const before = step
      average += Math.max(-MAX_CHANGE_MS, Math.min(MAX_CHANGE_MS, DECAY * (ms - average)))
      if (average > SLOW_MS) step = Math.min(step + 1, SCALE_STEPS.length - 1)
      else if (average < FAST_MS && step > 0) step--
      if (step !== before) average = START_MS
      return SCALE_STEPS[step]!
    },
    settle() {
      average = START_MS
      if (step === 0) return false
      step = 0
      return true
    },
    get scale() {
      return SCALE_STEPS[step]!
    },
  }
}
