// Requested state vs animated state: the loop moves the knee on screen and publishes it through
// the motion channel; it never writes its flexion back into the store of requests.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { clearKneeModelCache, createExplainerStore } from '../../src'
import { KneeStage } from '../../src/scene/KneeStage'
import { createMotionChannel } from '../../src/scene/motionChannel'
import { pauseHere } from '../../src/explainer/ExplainerProvider'
import { untilReady } from './untilReady'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(glb, { status: 200 })),
  )
})
afterEach(() => vi.unstubAllGlobals())

describe('animated state', () => {
  it('the loop moves the drawn knee and the channel, never the requested flexion', async () => {
    const store = createExplainerStore({ flexionDeg: 20, playing: true, motionRange: [0, 90] })
    const motion = createMotionChannel()
    const heard: number[] = []
    motion.subscribe((s) => heard.push(s.flexionDeg))
    const writes = vi.fn()
    store.subscribe(writes)
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage store={store} src="http://localhost/knee.glb" onReady={onReady} motion={motion} />,
    )
    await untilReady(renderer, onReady)
    await renderer.advanceFrames(30, 1 / 30)

    expect(writes).not.toHaveBeenCalled()
    expect(store.getState().flexionDeg).toBe(20)
    expect(motion.get().moving).toBe(true)
    expect(heard.length).toBeGreaterThan(0)
    expect(motion.get().flexionDeg).not.toBe(20)

    // pausing is the reader's request: it asks for the flexion on screen, so nothing jumps
    const shown = motion.get().flexionDeg
    pauseHere(store, motion)
    expect(store.getState()).toMatchObject({ playing: false, flexionDeg: shown })
    await renderer.advanceFrames(2, 1 / 30)
    expect(motion.get()).toMatchObject({ moving: false, flexionDeg: shown })
    await renderer.unmount()
  })
})
