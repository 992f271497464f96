// One resolver for the knee's tracking: with the hip turned in, the caption's sentence describes
// the kneecap the stage draws (the hip's rotation raises the Q-angle in both, not just the picture).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  NORMAL_TRACKING_PARAMS,
  captionForState,
  clearKneeModelCache,
  createExplainerStore,
  describeKnee,
  en,
  solveKnee,
} from '../../src'
import { KneeStage } from '../../src/scene/KneeStage'
import { qAngleFromFemoralRotation } from '../../src/kinematics/hip'
import { untilReady } from './untilReady'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(glb, { status: 200 })),
  )
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('effective tracking', () => {
  it('with the hip turned in, the caption describes the drawn kneecap', async () => {
    const hip = { flexionDeg: 0, abductionDeg: 0, externalRotationDeg: -40 }
    const store = createExplainerStore({ flexionDeg: 15, tracking: 'normal', hip })
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage store={store} src="http://localhost/knee.glb" onReady={onReady} reducedMotion />,
    )
    await untilReady(renderer, onReady)
    await renderer.advanceFrames(3, 1 / 60)

    // internal rotation adds Q-angle (kinematics/hip.ts; its size is tested against its sources in
    // tests/unit/tracking-causes.test.ts): what matters here is that picture and words agree
    const extraQ = qAngleFromFemoralRotation(hip.externalRotationDeg)
    expect(extraQ).toBeGreaterThan(5)
    const expected = solveKnee({
      ...NORMAL_TRACKING_PARAMS,
      qAngleDeg: NORMAL_TRACKING_PARAMS.qAngleDeg + extraQ,
      flexionDeg: 15,
    })
    const neutral = solveKnee({ ...NORMAL_TRACKING_PARAMS, flexionDeg: 15 })
    const patella = renderer.scene.instance.getObjectByName('joint-patella')!
    expect(patella.position.x).toBeCloseTo(expected.patella.position[0], 5)
    expect(patella.position.x).not.toBeCloseTo(neutral.patella.position[0], 4)

    const caption = captionForState(store.getState(), en)
    expect(caption).toBe(describeKnee(expected, en))
    // the rotation must matter to the words too, or this test could not fail
    expect(describeKnee(expected, en)).not.toBe(describeKnee(neutral, en))
    await renderer.unmount()
  })
})
