// Server rendering then hydration in a real browser: the figure's DOM is kept, with no mismatch.
import { afterEach, describe, expect, it } from 'vitest'
import { renderToString } from 'react-dom/server.browser'
import { hydrateRoot, type Root } from 'react-dom/client'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer } from '../../src'
import { settle, waitUntil } from './test-utils'

let root: Root | undefined
let container: HTMLDivElement | undefined
afterEach(() => {
  root?.unmount()
  container?.remove()
})

describe('hydration', () => {
  it('keeps the server-rendered figure and controls, without layout shift or mismatch', async () => {
    const element = <KneeExplainer src={kneeUrl} defaultView="lateral" defaultFlexionDeg={30} />
    container = document.createElement('div')
    container.style.width = '720px'
    container.innerHTML = renderToString(element)
    document.body.append(container)
    const figureBefore = container.querySelector('[data-knee-canvas]')!
    const sliderBefore = container.querySelector('input[type="range"]')!
    const heightBefore = figureBefore.getBoundingClientRect().height
    expect(heightBefore).toBeGreaterThan(200)
    const errors: unknown[] = []
    root = hydrateRoot(container!, element, { onRecoverableError: (e) => errors.push(e) })
    await settle()
    await waitUntil(() => container!.querySelector('canvas'))
    expect(errors).toEqual([])
    expect(container.querySelector('[data-knee-canvas]')).toBe(figureBefore)
    expect(container.querySelector('input[type="range"]')).toBe(sliderBefore)
    expect(figureBefore.getBoundingClientRect().height).toBe(heightBefore)
  })
})
