/** Defaults the library's canvas uses; pure values and helpers with no React or DOM. */

/** Highest device-pixel ratio the figure renders at: sharper than this costs fill rate on phones for no visible gain. */
export const MAX_DPR = 2

/** Lowest device-pixel ratio, so a zoomed-out page never renders a blurry figure. */
export const MIN_DPR = 1

/** Default figure size: a 4:3 box that is never shorter than this, even in a parent with no height. */
export const DEFAULT_ASPECT_RATIO = '4 / 3'
export const MIN_HEIGHT_PX = 240

/** Neutral page-independent background, light enough for ivory bone to read against. */
export const DEFAULT_BACKGROUND = '#eef0f2'

/**
 * The device-pixel-ratio range handed to the renderer: [min, max] with max capped at `cap`
 * and never below MIN_DPR. Bad input (NaN, negative) falls back to the default cap.
 */
export function dprRange(cap: number = MAX_DPR): [number, number] {
  const safeCap = Number.isFinite(cap) && cap >= MIN_DPR ? Math.min(cap, 3) : MAX_DPR
  return [MIN_DPR, safeCap]
}

/** The pixel ratio a figure renders at when still: the screen's, within dprRange(cap). */
export function restingDpr(cap: number = MAX_DPR, screen = globalThis.devicePixelRatio): number {
  const [min, max] = dprRange(cap)
  return Math.min(Math.max(Number.isFinite(screen) ? screen : 1, min), max)
}
