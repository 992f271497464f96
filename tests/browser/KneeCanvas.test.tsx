// Real headless Chromium with software WebGL: render the canvas and read its pixels.
import { afterEach, describe, expect, it } from 'vitest'
import { KneeCanvas } from '../../src'
import { TestObject } from '../../src/scene/TestObject'
import {
  captureRootState,
  mountFigure,
  renderAndRead,
  settled,
  type MountedFigure,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

describe('<KneeCanvas> in a real browser', () => {
  it('draws the lit test object in the middle and nothing at the corner', async () => {
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeCanvas onCreated={created.onCreated}>
        <TestObject />
      </KneeCanvas>,
    )
    const state = await settled(await created.ready)
    expect(state.gl.domElement.getBoundingClientRect().height).toBeGreaterThan(200)
    expect(state.frameloop).toBe('demand')

    const [centre, corner] = renderAndRead(state, [
      [0.5, 0.5],
      [0.03, 0.03],
    ])
    // The centre is lit ivory bone: opaque, warm (red above blue), bright but not blown out.
    expect(centre!.a).toBe(255)
    expect(centre!.r).toBeGreaterThan(centre!.b)
    expect(centre!.r).toBeGreaterThan(120)
    expect(centre!.r).toBeLessThan(250)
    // The corner is transparent canvas over the figure's background: nothing drawn there.
    expect(corner!.a).toBe(0)
  })
})
