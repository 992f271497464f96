// The cartilage load map in a real browser: turning it on colours the groove's cartilage on the
// loaded side (the model installs its shading with its materials; the stage only sets uniforms).
import { afterEach, describe, expect, it } from 'vitest'
import { createRef } from 'react'
import { page } from 'vitest/browser'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
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
afterEach(() => mounted?.unmount())

describe('the load map', { timeout: 120_000 }, () => {
  it('colours the groove cartilage on the loaded side when turned on', async () => {
    const api = createRef<KneeExplainerApi>()
    const created = captureRootState()
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        controls={false}
        caption={false}
        defaultTracking="lateral-severe"
        defaultFlexionDeg={90}
        defaultView="anterior"
        defaultXray
        defaultPlaying
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
        onReady={() => (ready = true)}
      />,
    )
    const state = await settled(await created.ready)
    await waitUntil(() => ready)
    // playing from the start, as an autoplaying figure does: frames come while the stage sets up
    api.current!.pause()
    api.current!.store.setState({ flexionDeg: 90 })
    await untilQuiet(state)
    const before = { orange: countLoadColour(renderAndReadFrame(state)) }

    const drawn = state.gl.info.render.frame
    api.current!.store.setState({ contact: true })
    await waitUntil(() => state.gl.info.render.frame > drawn, 30_000)
    await untilQuiet(state)
    await page.screenshot({
      element: mounted!.container,
      path: '../screenshots/load-map-lateral-severe-90.png',
    })
    const after = { orange: countLoadColour(renderAndReadFrame(state)) }

    expect(before.orange).toBeLessThan(20)
    // seen through the tissue at 90 degrees: the groove's loaded (outer) side turns orange
    expect(after.orange).toBeGreaterThan(before.orange + 40)
  })
})
