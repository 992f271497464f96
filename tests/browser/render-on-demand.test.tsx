// Only a visible, playing figure renders: paused, scrolled off-screen or in a hidden tab, it draws
// no frames.
import { afterEach, describe, expect, it } from 'vitest'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, clearKneeModelCache, type KneeExplainerApi } from '../../src'
import { createRef } from 'react'
import {
  captureRootState,
  mountFigure,
  settled,
  untilQuiet,
  waitUntil,
  type MountedFigure,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => {
  mounted?.unmount()
  document.getElementById('spacer')?.remove()
  window.scrollTo(0, 0)
})

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/**
 * Whether a 1.5 s window with no new frame comes within 30 s (long enough for the sharp frame
 * that follows motion, whose timer a loaded machine delays).
 */
async function stopsDrawing(frames: () => number): Promise<boolean> {
  const start = performance.now()
  while (performance.now() - start < 30_000) {
    const before = frames()
    await sleep(1500)
    if (frames() === before) return true
  }
  return false
}

/**
 * Frames drawn in the next `ms`. A figure that keeps drawing while it should not draws many (even
 * software WebGL on a loaded machine draws several a second); a stray one-off frame from late
 * work (a delayed timer or observer under load) is not a render loop, so callers allow one.
 */
async function framesIn(frames: () => number, ms: number): Promise<number> {
  const before = frames()
  await sleep(ms)
  return frames() - before
}

describe('render on demand', { timeout: 240_000 }, () => {
  it('draws no frame until its knee is in, and says ready after a frame that drew it', async () => {
    // the model's download waits for the test: until then an empty frame would be a wasted
    // composite (with software WebGL, tenths of a second the first real frame waits behind)
    clearKneeModelCache()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    const realFetch = window.fetch
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input)
      if (url.includes(kneeUrl)) await held
      return realFetch(input, init)
    }
    try {
      const created = captureRootState()
      let framesAtReady = -1
      mounted = await mountFigure(
        <KneeExplainer
          src={kneeUrl}
          controls={false}
          caption={false}
          canvasProps={{ onCreated: created.onCreated }}
          onReady={() => (framesAtReady = state.gl.info.render.frame)}
        />,
      )
      const state = await settled(await created.ready)
      await sleep(1000) // r3f has had its frames (it draws one when its canvas is made or resized)
      expect(state.gl.info.render.frame).toBe(0)
      release()
      await waitUntil(() => framesAtReady >= 0, 60_000)
      expect(framesAtReady).toBeGreaterThanOrEqual(1)
    } finally {
      window.fetch = realFetch
    }
  })

  it('draws while playing on screen, and stops when paused or scrolled away', async () => {
    const api = createRef<KneeExplainerApi>()
    const created = captureRootState()
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        controls={false}
        caption={false}
        canvasProps={{ onCreated: created.onCreated }}
        onReady={() => (ready = true)}
      />,
    )
    const spacer = document.createElement('div')
    spacer.id = 'spacer'
    spacer.style.height = '4000px'
    document.body.append(spacer)
    const state = await settled(await created.ready)
    await waitUntil(() => ready)
    const frames = () => state.gl.info.render.frame

    // paused and settled: nothing draws (once the first frames, late on a loaded machine, are in)
    await untilQuiet(state)
    // late first-load work (shader compiles, the camera's first flight) can still draw a frame
    // or two after a quiet spell: it must stop within 30 s, then stay stopped
    expect(await stopsDrawing(frames)).toBe(true)
    expect(await framesIn(frames, 2000)).toBeLessThanOrEqual(1)

    // playing on screen: it draws (on a loaded machine the first frames can take seconds)
    api.current!.play()
    let before = frames()
    await waitUntil(() => frames() - before > 2, 30_000)
    expect(frames() - before).toBeGreaterThan(2)

    // still playing, scrolled just off-screen (near enough to keep its context): nothing draws.
    // On a loaded machine the visibility observer can report late, so a frame or two may still
    // come after the scroll: it must stop within 30 s, and then stay stopped
    window.scrollTo(0, mounted!.container.getBoundingClientRect().bottom + window.scrollY + 150)
    await untilQuiet(state)
    expect(await stopsDrawing(frames)).toBe(true)
    expect(await framesIn(frames, 2000)).toBeLessThanOrEqual(1)

    // back on screen: it resumes by itself (the same canvas: it stayed near enough to keep it)
    const canvasBefore = mounted!.container.querySelector('canvas')
    before = frames()
    window.scrollTo(0, 0)
    await waitUntil(() => frames() > before, 30_000)
    expect(mounted!.container.querySelector('canvas')).toBe(canvasBefore)
    expect(frames()).toBeGreaterThan(before)

    // still playing, on screen, but the tab is hidden: nothing draws (browsers also slow rAF in
    // background tabs; here rAF keeps running, so only the figure's own check stops it)
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
    document.dispatchEvent(new Event('visibilitychange'))
    try {
      await untilQuiet(state)
      expect(await framesIn(frames, 2000)).toBeLessThanOrEqual(1)
    } finally {
      delete (document as { hidden?: boolean }).hidden
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')).toEqual(hidden)
    }
    // visible again: it wakes by itself
    before = frames()
    document.dispatchEvent(new Event('visibilitychange'))
    await waitUntil(() => frames() > before, 30_000)
    expect(frames()).toBeGreaterThan(before)
    api.current!.pause()
  })
})
