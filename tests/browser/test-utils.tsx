// Small factories so each browser test reads in a few lines.
import type { ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import type { RootState } from '@react-three/fiber'

// A real page with real time: figures load models, draw frames and update themselves long after
// any act() scope would close, so this is not an act() environment (React would warn on every
// later update). Renders are flushed with flushSync and tests wait for what they need.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false

/** Lets effects and queued work of a render run (one macrotask). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export type MountedFigure = { container: HTMLDivElement; root: Root; unmount: () => void }

/** Mounts a React tree into an 800 px wide box on the real page. */
export async function mountFigure(node: ReactNode, width = 800): Promise<MountedFigure> {
  const container = document.createElement('div')
  container.style.width = `${width}px`
  document.body.append(container)
  const root = createRoot(container)
  flushSync(() => root.render(node))
  await settle()
  return {
    container,
    root,
    unmount: () => {
      root.unmount()
      container.remove()
    },
  }
}

/** Resolves with the r3f root state once the canvas has been created and sized. */
export function captureRootState() {
  let resolve!: (state: RootState) => void
  const ready = new Promise<RootState>((r) => (resolve = r))
  return { onCreated: (state: RootState) => resolve(state), ready }
}

/** Waits until the canvas has a size and r3f has had two frames to draw. */
export async function settled(state: RootState, timeoutMs = 10000) {
  const start = performance.now()
  while (state.gl.domElement.width === 0 || state.size.width === 0) {
    if (performance.now() - start > timeoutMs) throw new Error('Canvas never got a size')
    await new Promise((r) => setTimeout(r, 25))
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  return state
}

export type Pixel = { r: number; g: number; b: number; a: number }

/**
 * Renders the scene now and reads pixels in the same task (reading later returns zeros:
 * the drawing buffer is cleared after compositing). Points are fractions of width and height,
 * (0,0) at the top-left.
 */
export function renderAndRead(state: RootState, points: Array<[number, number]>): Pixel[] {
  state.gl.render(state.scene, state.camera)
  const gl = state.gl.getContext()
  const { width, height } = gl.canvas
  return points.map(([fx, fy]) => {
    const out = new Uint8Array(4)
    const x = Math.floor(fx * (width - 1))
    const y = Math.floor((1 - fy) * (height - 1))
    gl.readPixels(x, y, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out)
    return { r: out[0]!, g: out[1]!, b: out[2]!, a: out[3]! }
  })
}

/** Renders now and reads the whole frame (same task as the render). Row 0 is the top. */
export function renderAndReadFrame(state: RootState) {
  state.gl.render(state.scene, state.camera)
  const gl = state.gl.getContext()
  const { width, height } = gl.canvas
  const pixels = new Uint8Array(width * height * 4)
  gl.readPixels(0, 0, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels)
  const at = (x: number, y: number): Pixel => {
    const i = ((height - 1 - y) * width + x) * 4
    return { r: pixels[i]!, g: pixels[i + 1]!, b: pixels[i + 2]!, a: pixels[i + 3]! }
  }
  return { width, height, at }
}

/** The library's highlight blue, as it comes out lit: clearly blue, not grey or cartilage. */
export function isHighlightBlue(p: Pixel): boolean {
  return p.b > 120 && p.b > p.r + 50 && p.b > p.g + 30
}

/** The load map's warm yellow to vermilion (Okabe-Ito), lit: no ivory bone, red muscle or blue. */
export function isLoadColour(p: Pixel): boolean {
  return p.r > 120 && p.g > 0.4 * p.r && p.g < 0.92 * p.r && p.b < 0.45 * p.r && p.b < p.g - 40
}

/** How many pixels of a frame (every second row and column) show the load map's colour. */
export function countLoadColour(frame: ReturnType<typeof renderAndReadFrame>): number {
  let n = 0
  for (let y = 0; y < frame.height; y += 2)
    for (let x = 0; x < frame.width; x += 2) if (isLoadColour(frame.at(x, y))) n++
  return n
}

/** Centroid (in pixels) of the pixels that pass a test, and how many there were. */
export function centroidOf(
  frame: ReturnType<typeof renderAndReadFrame>,
  test: (p: Pixel) => boolean,
) {
  let sx = 0
  let sy = 0
  let n = 0
  for (let y = 0; y < frame.height; y += 2) {
    for (let x = 0; x < frame.width; x += 2) {
      if (test(frame.at(x, y))) {
        sx += x
        sy += y
        n++
      }
    }
  }
  return { x: n ? sx / n : NaN, y: n ? sy / n : NaN, count: n }
}

/** Polls until `read` returns something truthy. */
/**
 * Waits until a render-on-demand figure has stopped drawing: no new frame for `quietMs` (camera
 * flights, tracking blends and late frames of a loaded machine are over). Gives up after
 * `timeoutMs` without throwing, so a figure that never stops fails the caller's own check.
 */
export async function untilQuiet(state: RootState, quietMs = 1500, timeoutMs = 60000) {
  const start = performance.now()
  let last = state.gl.info.render.frame
  let since = performance.now()
  while (performance.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 50))
    const now = state.gl.info.render.frame
    if (now !== last) {
      last = now
      since = performance.now()
    } else if (performance.now() - since >= quietMs) return
  }
}

export async function waitUntil<T>(
  read: () => T | null | undefined | false,
  timeoutMs = 15000,
): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = read()
    if (value) return value
    if (performance.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}
