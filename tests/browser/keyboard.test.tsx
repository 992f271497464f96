// A keyboard-only reader completes the main tasks: turn the knee, switch to lateral tracking,
// highlight the VMO from the structure list, play and pause. Real key presses in Chromium.
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { createRef } from 'react'
import {
  captureRootState,
  mountFigure,
  settled,
  untilQuiet,
  waitUntil,
  type MountedFigure,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

/** Tabs forward until `match` has focus (at most `limit` presses). */
async function tabTo(match: (el: Element | null) => boolean, limit = 80) {
  for (let i = 0; i < limit && !match(document.activeElement); i++)
    await userEvent.keyboard('{Tab}')
  expect(match(document.activeElement)).toBe(true)
}

describe('keyboard only', { timeout: 60_000 }, () => {
  it('turns the knee, switches to lateral tracking, highlights the VMO from the list, plays and pauses', async () => {
    const api = createRef<KneeExplainerApi>()
    const created = captureRootState()
    let ready = false
    const before = document.createElement('button')
    before.textContent = 'before the figure'
    document.body.prepend(before)
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        canvasProps={{ onCreated: created.onCreated }}
        onReady={() => (ready = true)}
      />,
    )
    const state = await settled(await created.ready)
    await waitUntil(() => ready)
    await untilQuiet(state) // the opening camera flight has landed (slow on a loaded machine)
    before.focus()

    // the figure is one tab stop, named, with its shortcuts described
    await tabTo((el) => el?.getAttribute('role') === 'application')
    const figure = document.activeElement as HTMLElement
    expect(figure.getAttribute('aria-label')).toMatch(/knee/i)
    expect(document.getElementById(figure.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /Arrow keys/,
    )

    // turn: the camera moves around the knee
    const startX = state.camera.position.x
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
    expect(Math.abs(state.camera.position.x - startX)).toBeGreaterThan(0.05)

    // play and pause with the space bar
    await userEvent.keyboard(' ')
    expect(api.current!.store.getState().playing).toBe(true)
    await userEvent.keyboard(' ')
    expect(api.current!.store.getState().playing).toBe(false)

    // a view by number key: 7 = kneecap from below
    await userEvent.keyboard('7')
    expect(api.current!.store.getState().view).toBe('skyline')

    // switch to lateral tracking with the tracking menu
    await tabTo(
      (el) =>
        el instanceof HTMLSelectElement && /tracking/i.test(el.labels?.[0]?.textContent ?? ''),
    )
    const select = document.activeElement as HTMLSelectElement
    for (let i = 0; i < 5 && api.current!.store.getState().tracking !== 'lateral-moderate'; i++) {
      await userEvent.keyboard('{ArrowDown}')
    }
    expect(select.value).toBe('lateral-moderate')
    expect(api.current!.store.getState().tracking).toBe('lateral-moderate')

    // open the structure list and pick the VMO
    await tabTo((el) => el?.tagName === 'SUMMARY')
    await userEvent.keyboard('{Enter}')
    await tabTo(
      (el) =>
        el?.textContent === 'Vastus medialis oblique' ||
        el?.textContent === 'Vastus medialis oblique (VMO)',
    )
    await userEvent.keyboard('{Enter}')
    expect(api.current!.store.getState()).toMatchObject({
      selected: 'vastus-medialis-oblique',
      highlight: ['vastus-medialis-oblique'],
    })
    expect(document.activeElement?.getAttribute('aria-pressed')).toBe('true')

    // shortcuts never steal keys while the focus is elsewhere: space on a button presses it, no play
    expect(api.current!.store.getState().playing).toBe(false)
    before.remove()
  })
})
