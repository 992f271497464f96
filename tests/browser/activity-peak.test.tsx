// A daily activity at its peak load, in a real browser: with reduced motion the figure holds the
// moment of going down stairs that loads the kneecap most, the load map colours the groove, and
// the caption says the bend and the load in plain words. Saves the screenshot under tests/screenshots/.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import kneeUrl from '../../models/knee.glb?url'
import { createRef } from 'react'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'
import { activityPeak } from '../../src/kinematics/activities'
import { NORMAL_TRACKING_PARAMS } from '../../src/kinematics'
import {
  captureRootState,
  mountFigure,
  renderAndReadFrame,
  settled,
  untilQuiet,
  waitUntil,
  type MountedFigure,
  countLoadColour,
} from './test-utils'

let mounted: MountedFigure | undefined
const realMatchMedia = window.matchMedia
afterEach(() => {
  mounted?.unmount()
  window.matchMedia = realMatchMedia
})

/** The reader asked for less motion: the activity shows its moment of peak load, still. */
function preferReducedMotion() {
  window.matchMedia = (query: string) =>
    query.includes('prefers-reduced-motion')
      ? ({
          matches: true,
          media: query,
          onchange: null,
          addEventListener: () => {},
          removeEventListener: () => {},
          addListener: () => {},
          removeListener: () => {},
          dispatchEvent: () => false,
        } as MediaQueryList)
      : realMatchMedia.call(window, query)
}

describe('an activity at its peak load', { timeout: 120_000 }, () => {
  it('going down stairs: held at its peak, the groove loaded, the caption naming the load', async () => {
    preferReducedMotion()
    const created = captureRootState()
    const api = createRef<KneeExplainerApi>()
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        controls={false}
        defaultActivity="stairs-down"
        defaultView="lateral"
        defaultXray
        defaultContact
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
        onReady={() => (ready = true)}
      />,
      640,
    )
    const state = await settled(await created.ready)
    await waitUntil(() => ready, 30_000)
    await untilQuiet(state)

    // the peak measured here from the published keyframes, not read from the figure
    const peak = activityPeak(ACTIVITIES['stairs-down'], NORMAL_TRACKING_PARAMS)
    const bw = (Math.round(peak.jointReactionBw * 10) / 10).toString()
    await waitUntil(() =>
      mounted!.container.querySelector('figcaption')!.textContent!.includes('Stairs down'),
    )
    const text = mounted.container.querySelector('figcaption')!.textContent!
    expect(text).toContain(`Knee bent ${Math.round(peak.flexionDeg)} degrees`)
    expect(text).toContain(
      `Stairs down: the kneecap presses on the thigh bone with ${bw} times body weight`,
    )
    // the tibia drawn at the peak's bend (the reduced-motion preference arrives after the first
    // frames, as a media query's answer does; its still moment comes with the next frame)
    const tibia = state.scene.getObjectByName('joint-tibia')!
    const drawnFlexion = () => (2 * Math.asin(Math.abs(tibia.quaternion.x)) * 180) / Math.PI
    await waitUntil(() => Math.abs(drawnFlexion() - peak.flexionDeg) < 1.5, 30_000).catch(() => {})
    expect(Math.abs(drawnFlexion() - peak.flexionDeg)).toBeLessThan(1.5)

    await page.screenshot({
      element: mounted.container,
      path: '../screenshots/activity-stairs-down-peak.png',
    })
    const loaded = countLoadColour(renderAndReadFrame(state))
    // the same moment with the load map off: the warm colour was the map's
    const drawn = state.gl.info.render.frame
    api.current!.store.setState({ contact: false })
    await waitUntil(() => state.gl.info.render.frame > drawn, 30_000)
    await untilQuiet(state)
    const plain = countLoadColour(renderAndReadFrame(state))
    expect(loaded).toBeGreaterThan(8)
    expect(plain).toBeLessThan(loaded / 4)
  })
})
