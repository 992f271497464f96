// Full screen: the figure fills the screen through the Fullscreen API, shows a visible way out,
// and gives focus back where it was; where the API is missing (iPhone Safari) a fixed layer
// fills the window instead and Escape leaves it.
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer } from '../../src'
import { mountFigure, waitUntil, type MountedFigure } from './test-utils'

let mounted: MountedFigure | undefined
afterEach(async () => {
  if (document.fullscreenElement) await document.exitFullscreen()
  mounted?.unmount()
})

const button = (name: string) =>
  [...mounted!.container.querySelectorAll('button')].find((b) => b.textContent === name)

describe('full screen', { timeout: 60_000 }, () => {
  it('enters with the toolbar button, leaves with the visible exit button, focus returns', async () => {
    mounted = await mountFigure(<KneeExplainer src={kneeUrl} />, 600)
    const figure = mounted.container.querySelector('figure')!
    const enter = button('Full screen')!
    await userEvent.click(enter)
    await waitUntil(() => document.fullscreenElement === figure, 30_000)
    // the way out is a visible button, named for what it does now
    const exit = await waitUntil(() => button('Leave full screen'), 30_000)
    expect(exit.checkVisibility()).toBe(true)
    // the knee takes the room the screen gives
    const canvas = figure.querySelector('[data-knee-canvas]')!.getBoundingClientRect()
    expect(canvas.height).toBeGreaterThan(innerHeight / 2)
    await userEvent.click(exit)
    await waitUntil(() => document.fullscreenElement === null, 30_000)
    // React commits the button's new name a moment after the browser's change event
    expect(await waitUntil(() => button('Full screen'), 30_000)).toBe(enter)

    // the reader moves on inside the full-screen figure, then leaves the browser's way (Escape):
    // focus goes back to where it was before
    await userEvent.click(enter)
    await waitUntil(() => document.fullscreenElement === figure, 30_000)
    const canvasBox = figure.querySelector<HTMLElement>('[data-knee-canvas]')!
    canvasBox.focus()
    await document.exitFullscreen()
    await waitUntil(() => document.activeElement === enter, 30_000)
  })

  it('without the API, a layer over the page; Escape leaves it and focus returns', async () => {
    const api = Element.prototype.requestFullscreen
    // @ts-expect-error: a browser without element full screen
    delete Element.prototype.requestFullscreen
    try {
      mounted = await mountFigure(<KneeExplainer src={kneeUrl} />, 600)
      const figure = mounted.container.querySelector('figure')!
      const enter = button('Full screen')!
      await userEvent.click(enter)
      await waitUntil(() => figure.getAttribute('data-knee-fullscreen') === 'layer', 30_000)
      const box = figure.getBoundingClientRect()
      expect([box.left, box.top, box.width, box.height]).toEqual([0, 0, innerWidth, innerHeight])
      figure.querySelector<HTMLElement>('[data-knee-canvas]')!.focus()
      await userEvent.keyboard('{Escape}')
      await waitUntil(() => !figure.hasAttribute('data-knee-fullscreen'), 30_000)
      await waitUntil(() => document.activeElement === enter, 30_000)
    } finally {
      Element.prototype.requestFullscreen = api
    }
  })
})
