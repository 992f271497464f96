// A daily activity drives the drawn knee: with reduced motion the stage shows the activity's
// moment of peak load, bent as that moment is and loaded with its quadriceps tension.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  NORMAL_TRACKING_PARAMS,
  clearKneeModelCache,
  createExplainerStore,
  solveKnee,
} from '../../src'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'
import { activityPeak } from '../../src/kinematics/activities'
import { KneeStage } from '../../src/scene/KneeStage'
import { createMotionChannel } from '../../src/scene/motionChannel'
import { describeKnee } from '../../src/explainer/caption'
import { captionForState } from '../../src/explainer/captionForState'
import { en } from '../../src/i18n'
import { activityMessages } from '../../src/i18n/activityMessages'
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

describe('an activity on the stage', () => {
  it('shows the squat at its peak load: its bend, and the kneecap its load puts there', async () => {
    const store = createExplainerStore({ flexionDeg: 5, tracking: 'normal' })
    store.setState({ activity: 'squat' })
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage store={store} src="http://localhost/knee.glb" onReady={onReady} reducedMotion />,
    )
    await untilReady(renderer, onReady)
    await renderer.advanceFrames(3, 1 / 60)

    const peak = activityPeak(ACTIVITIES.squat, NORMAL_TRACKING_PARAMS)
    // a squat's peak comes deep in the bend, far from the 5 degrees the store asked for
    expect(peak.flexionDeg).toBeGreaterThan(60)
    const expected = solveKnee({
      ...NORMAL_TRACKING_PARAMS,
      flexionDeg: peak.flexionDeg,
      quadricepsN: peak.quadricepsN,
    })
    const tibia = renderer.scene.instance.getObjectByName('joint-tibia')!
    const patella = renderer.scene.instance.getObjectByName('joint-patella')!
    expect(tibia.quaternion.x).toBeCloseTo(expected.tibia.quaternion[0], 4)
    expect(patella.position.x).toBeCloseTo(expected.patella.position[0], 5)
    expect(patella.position.z).toBeCloseTo(expected.patella.position[2], 5)
    await renderer.unmount()
  })

  it('a paused activity (no reduced motion) starts at its peak load too, and plays on from there', async () => {
    const store = createExplainerStore({ flexionDeg: 5, tracking: 'normal', playing: false })
    store.setState({ activity: 'stairs-down' })
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage store={store} src="http://localhost/knee.glb" onReady={onReady} />,
    )
    await untilReady(renderer, onReady)
    await renderer.advanceFrames(3, 1 / 60)
    const peak = activityPeak(ACTIVITIES['stairs-down'], NORMAL_TRACKING_PARAMS)
    const at = (flexionDeg: number, quadricepsN: number) =>
      solveKnee({ ...NORMAL_TRACKING_PARAMS, flexionDeg, quadricepsN })
    const tibia = renderer.scene.instance.getObjectByName('joint-tibia')!
    expect(tibia.quaternion.x).toBeCloseTo(
      at(peak.flexionDeg, peak.quadricepsN).tibia.quaternion[0],
      4,
    )
    // playing moves it on from the peak
    store.setState({ playing: true })
    await renderer.advanceFrames(30, 1 / 30)
    expect(
      Math.abs(tibia.quaternion.x - at(peak.flexionDeg, peak.quadricepsN).tibia.quaternion[0]),
    ).toBeGreaterThan(1e-3)
    await renderer.unmount()
  })

  it('publishes the activity and its moment, so the caption describes the drawn knee and its load', async () => {
    const store = createExplainerStore({ flexionDeg: 5, tracking: 'normal' })
    store.setState({ activity: 'stairs-down' })
    const motion = createMotionChannel()
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage
        store={store}
        motion={motion}
        src="http://localhost/knee.glb"
        onReady={onReady}
        reducedMotion
      />,
    )
    await untilReady(renderer, onReady)
    await renderer.advanceFrames(3, 1 / 60)
    const published = motion.get().activity
    const peak = activityPeak(ACTIVITIES['stairs-down'], NORMAL_TRACKING_PARAMS)
    expect(published?.id).toBe('stairs-down')
    expect(published!.cycle).toBeCloseTo(peak.cycle, 6)
    const sentence = captionForState(store.getState(), en, 'en', motion.get(), activityMessages)
    const patella = renderer.scene.instance.getObjectByName('joint-patella')!
    const drawn = solveKnee({ flexionDeg: peak.flexionDeg, quadricepsN: peak.quadricepsN })
    expect(patella.position.x).toBeCloseTo(drawn.patella.position[0], 5)
    expect(sentence.startsWith(describeKnee(drawn, en))).toBe(true)
    expect(sentence).toContain(`Knee bent ${Math.round(peak.flexionDeg)} degrees`)
    expect(sentence).toContain('Stairs down: the kneecap presses on the thigh bone')
    // the activity switched off: the channel says so
    store.setState({ activity: null })
    await renderer.advanceFrames(2, 1 / 60)
    expect(motion.get().activity ?? null).toBeNull()
    await renderer.unmount()
  })
})
