// A figure asked for a daily activity loads the activities as a chunk of their own (a page whose
// figures play none never downloads them) and draws nothing until they have come: its first
// frame, the one that makes it ready, already holds the activity's moment of peak load, and the
// caption then says what the kneecap carries. The test holds the chunk back.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Quaternion } from 'three'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer } from '../../src'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'
import { activityPeak } from '../../src/kinematics/activities'
import * as lookup from '../../src/i18n/activityLookup'
import { captureRootState, mountFigure, waitUntil, type MountedFigure } from './test-utils'

// the activities are held back until the test lets them through
const gate = vi.hoisted(() => {
  let open!: () => void
  return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() }
})
vi.mock('../../src/i18n/activityLookup', async (importOriginal) => {
  const real = await importOriginal<typeof lookup>()
  let held = true
  void gate.opened.then(() => (held = false))
  return {
    ...real,
    activitiesSettled: () => !held && real.activitiesSettled(),
    loadActivities: () => gate.opened.then(() => real.loadActivities()),
    knownActivity: (id: Parameters<typeof real.knownActivity>[0]) =>
      held ? null : real.knownActivity(id),
  }
})

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

const bendOf = (q: Quaternion) => q.angleTo(new Quaternion()) * (180 / Math.PI)

describe('a figure that plays a daily activity', () => {
  it('draws nothing until the activities have come, then opens on the moment of peak load', async () => {
    const created = captureRootState()
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        src={kneeUrl}
        controls={false}
        activity="squat"
        playing={false}
        defaultView="lateral"
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
        onReady={() => (ready = true)}
      />,
    )
    const state = await created.ready
    const caption = () => mounted!.container.querySelector('.knee-explainer-caption')!.textContent!
    // the model is in the scene, and the figure still waits for the activities
    await waitUntil(() => state.scene.getObjectByName('joint-tibia'), 60_000)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(ready).toBe(false)
    expect(caption()).not.toContain('Squatting')

    gate.open()
    await waitUntil(() => ready, 60_000)
    // squatting loads the kneecap most deep in the bend; the tibia is there on the first frame
    const peak = activityPeak(ACTIVITIES.squat)
    expect(peak.flexionDeg).toBeGreaterThan(60)
    const tibia = state.scene.getObjectByName('joint-tibia')!
    expect(bendOf(tibia.quaternion)).toBeGreaterThan(peak.flexionDeg - 10)
    await waitUntil(() => caption().includes('Squatting'), 15_000)
  })
})
