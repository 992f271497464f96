// The skyline view as a clinician's radiograph, in a real browser: the radiograph look draws grey
// bone on a dark ground, the camera looks along the groove with lateral labelled on the right,
// and the measurements' panel shows values. Saves the screenshots under tests/screenshots/.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { Vector3 } from 'three'
import type { RootState } from '@react-three/fiber'
import kneeUrl from '../../models/knee.glb?url'
import { KneeCanvas } from '../../src'
import { createExplainerStore } from '../../src/explainer/store'
import { KneeStage } from '../../src/scene/KneeStage'
import type { ExplainerState } from '../../src/scene/stageState'
import {
  captureRootState,
  mountFigure,
  renderAndReadFrame,
  settled,
  untilQuiet,
  waitUntil,
  type MountedFigure,
  type Pixel,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

async function renderSkyline(initial: Partial<ExplainerState>) {
  const created = captureRootState()
  const store = createExplainerStore({
    view: 'skyline',
    skylineBeam: 'groove',
    radiograph: true,
    flexionDeg: 45,
    playing: false,
    ...initial,
  })
  let ready = false
  mounted = await mountFigure(
    <KneeCanvas onCreated={created.onCreated} adaptiveResolution={false}>
      <KneeStage store={store} src={kneeUrl} reducedMotion onReady={() => (ready = true)} />
    </KneeCanvas>,
  )
  const state = await settled(await created.ready)
  await waitUntil(() => ready, 30000)
  await untilQuiet(state)
  return { state, store, container: mounted.container }
}

/** Where a node's origin lands on the canvas (device pixels, row 0 at the top). */
function onScreen(state: RootState, name: string) {
  const p = state.scene.getObjectByName(name)!.getWorldPosition(new Vector3()).project(state.camera)
  const { width, height } = state.gl.getContext().canvas
  return { x: Math.round(((p.x + 1) / 2) * width), y: Math.round(((1 - p.y) / 2) * height) }
}

const grey = (p: Pixel) => Math.max(p.r, p.g, p.b) - Math.min(p.r, p.g, p.b) <= 12 && p.r >= 70
const dark = (p: Pixel) => p.r < 30 && p.g < 30 && p.b < 30

describe('the skyline radiograph', () => {
  it(
    'draws grey bone on a dark ground, the kneecap in the middle of the picture',
    { timeout: 60_000 },
    async () => {
      const { state } = await renderSkyline({ tracking: 'normal' })
      const frame = renderAndReadFrame(state)
      // the ground above the kneecap (the front of the knee is at the top), drawn opaque
      for (const [x, y] of [
        [4, 4],
        [frame.width - 5, 4],
        [frame.width >> 1, 8],
      ] as const)
        expect(dark(frame.at(x, y)) && frame.at(x, y).a === 255, `ground at ${x},${y}`).toBe(true)
      // the kneecap sits where the camera looks, and shows as grey bone
      const patella = onScreen(state, 'joint-patella')
      expect(Math.abs(patella.x - frame.width / 2)).toBeLessThan(frame.width * 0.15)
      let greyPixels = 0
      for (let dy = -6; dy <= 6; dy += 3)
        for (let dx = -6; dx <= 6; dx += 3)
          if (grey(frame.at(patella.x + dx, patella.y + dy))) greyPixels++
      expect(greyPixels).toBeGreaterThanOrEqual(20)
    },
  )

  it('switches back to the tissue colours and the page ground', { timeout: 60_000 }, async () => {
    const { state, store } = await renderSkyline({ tracking: 'normal' })
    store.setState({ radiograph: false })
    await untilQuiet(state)
    // the canvas is clear again: the figure's own (light) background shows through
    const frame = renderAndReadFrame(state)
    expect(frame.at(4, 4).a).toBe(0)
  })

  it(
    'labels the sides and lists the five measurements with values',
    { timeout: 60_000 },
    async () => {
      const { container } = await renderSkyline({
        tracking: 'lateral-moderate',
        measurements: true,
      })
      // the words sit in the canvas's box, shown once the stage has posed the knee
      const lateral = await waitUntil(() => {
        const label = container.querySelector<HTMLElement>('[data-skyline="lateral"]')
        return label?.style.display !== 'none' && label
      })
      const medial = container.querySelector<HTMLElement>('[data-skyline="medial"]')!
      expect(lateral.textContent).toMatch(/Lateral/)
      expect(lateral.getBoundingClientRect().left).toBeGreaterThan(
        medial.getBoundingClientRect().left,
      )
      for (const key of ['sulcus', 'congruence', 'lateralPatellofemoral', 'tilt', 'bisectOffset'])
        await waitUntil(() =>
          /\d/.test(container.querySelector(`[data-measure="${key}"]`)?.textContent ?? ''),
        )
    },
  )

  it.each(['normal', 'lateral-moderate', 'lateral-severe', 'trochlear-dysplasia'] as const)(
    'screenshot: %s at 45 deg with the measurements',
    { timeout: 60_000 },
    async (tracking) => {
      const { container } = await renderSkyline({ tracking, measurements: true })
      await new Promise((r) => setTimeout(r, 300))
      await page.screenshot({
        element: container,
        path: `../screenshots/skyline-radiograph-${tracking}.png`,
      })
    },
  )

  it(
    'puts the lateral label on the side of the picture where the kneecap drifts, for a left knee too',
    { timeout: 60_000 },
    async () => {
      for (const side of ['right', 'left'] as const) {
        const { state, container } = await renderSkyline({ tracking: 'lateral-severe', side })
        const lateral = await waitUntil(() => {
          const label = container.querySelector<HTMLElement>('[data-skyline="lateral"]')
          return label?.style.display !== 'none' && label
        })
        // the severe kneecap sits lateral of the groove: on the lateral label's half of the picture
        const patella = onScreen(state, 'joint-patella')
        const { width } = state.gl.getContext().canvas
        const labelOnRight =
          lateral.getBoundingClientRect().left > container.getBoundingClientRect().left + 200
        expect(patella.x > width / 2, side).toBe(labelOnRight)
        mounted?.unmount()
        mounted = undefined
      }
    },
  )

  it('screenshot: Merchant beam, lateral-moderate, at 45 deg', { timeout: 60_000 }, async () => {
    const { container } = await renderSkyline({
      tracking: 'lateral-moderate',
      skylineBeam: 'merchant',
      measurements: true,
    })
    await new Promise((r) => setTimeout(r, 300))
    await page.screenshot({
      element: container,
      path: '../screenshots/skyline-radiograph-merchant.png',
    })
  })
})
