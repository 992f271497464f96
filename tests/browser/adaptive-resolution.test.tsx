// Dynamic resolution on a real canvas: slow animated frames lower the pixel ratio, and the first
// frame after the motion stops is drawn at full resolution again.
import { afterEach, describe, expect, it } from 'vitest'
import { useFrame } from '@react-three/fiber'
import { KneeCanvas } from '../../src'
import { TestObject } from '../../src/scene/TestObject'
import { captureRootState, mountFigure, settled, waitUntil, type MountedFigure } from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

const control = { slow: true, moving: true, frameMs: 90 }
afterEach(() => void (control.frameMs = 90))

/** Asks for the next frame while `moving`, and spends `frameMs` in each while `slow`. */
function SlowMotion() {
  useFrame(({ invalidate }) => {
    if (!control.moving) return
    invalidate()
    if (control.slow) {
      const until = performance.now() + control.frameMs
      while (performance.now() < until) {
        // a slow device: each frame takes frameMs
      }
    }
  })
  return null
}

describe('adaptive resolution', { timeout: 120_000 }, () => {
  it('drops pixels while slow frames animate, and is sharp again once still', async () => {
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeCanvas onCreated={created.onCreated}>
        <TestObject />
        <SlowMotion />
      </KneeCanvas>,
    )
    const state = await settled(await created.ready)
    const full = state.gl.getPixelRatio()
    expect(full).toBeGreaterThanOrEqual(1)
    const lowest = await waitUntil(
      () => (state.gl.getPixelRatio() <= full * 0.5 + 1e-6 ? state.gl.getPixelRatio() : null),
      // a loaded machine may need many slow frames before the governor steps down
      60_000,
    )
    expect(lowest).toBeCloseTo(full * 0.5, 5)
    expect(state.gl.domElement.width).toBeLessThan(state.size.width * full)
    control.moving = false
    await waitUntil(() => state.gl.getPixelRatio() === full, 30_000)
    expect(state.gl.domElement.width).toBe(Math.floor(state.size.width * full))
  })

  it('also steps down when each frame takes longer than an idle gap (software WebGL)', async () => {
    control.moving = true
    control.frameMs = 400
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeCanvas onCreated={created.onCreated}>
        <TestObject />
        <SlowMotion />
      </KneeCanvas>,
    )
    const state = await settled(await created.ready)
    const full = state.gl.getPixelRatio()
    // a frame already asked for when the idle timer comes means the motion goes on
    await waitUntil(() => state.gl.getPixelRatio() < full, 60_000)
    expect(state.gl.getPixelRatio()).toBeLessThan(full)
    control.moving = false
    await waitUntil(() => state.gl.getPixelRatio() === full, 30_000)
  })

  it('can be turned off', async () => {
    control.moving = true
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeCanvas adaptiveResolution={false} onCreated={created.onCreated}>
        <TestObject />
        <SlowMotion />
      </KneeCanvas>,
    )
    const state = await settled(await created.ready)
    const full = state.gl.getPixelRatio()
    await new Promise((r) => setTimeout(r, 3000))
    expect(state.gl.getPixelRatio()).toBe(full)
    control.moving = false
  })
})
