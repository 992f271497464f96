// Many figures and a lost WebGL context: browsers allow about 16 contexts, so figures far
// off-screen give theirs back; a lost context shows a message and recovers by itself.
import { afterEach, describe, expect, it } from 'vitest'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import type { RootState } from '@react-three/fiber'
import { KneeCanvas } from '../../src'
import { TestObject } from '../../src/scene/TestObject'
import {
  captureRootState,
  mountFigure,
  renderAndRead,
  settle,
  settled,
  waitUntil,
  type MountedFigure,
} from './test-utils'

let cleanup: Array<() => void> = []
afterEach(() => {
  for (const c of cleanup.splice(0)) c()
  window.scrollTo(0, 0)
})

describe('WebGL contexts', { timeout: 120_000 }, () => {
  it('24 figures on one long page all draw when scrolled to, with no context-loss warnings', async () => {
    const warnings: string[] = []
    const warn = console.warn
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '))
      warn(...args)
    }
    cleanup.push(() => (console.warn = warn))
    const page = document.createElement('div')
    document.body.append(page)
    const roots: Root[] = []
    const states: Array<RootState | null> = []
    for (let i = 0; i < 24; i++) {
      const slot = document.createElement('section')
      slot.style.cssText = 'width: 400px; margin-bottom: 900px'
      page.append(slot)
      const root = createRoot(slot)
      roots.push(root)
      states.push(null)
      flushSync(() =>
        root.render(
          <KneeCanvas label={`Figure ${i + 1}`} onCreated={(s) => (states[i] = s)}>
            <TestObject />
          </KneeCanvas>,
        ),
      )
      await settle()
    }
    cleanup.push(() => {
      for (const r of roots) r.unmount()
      page.remove()
    })
    const slots = [...page.children] as HTMLElement[]
    let drawn = 0
    for (let i = 0; i < 24; i++) {
      slots[i]!.scrollIntoView({ block: 'center' })
      const canvas = await waitUntil(() => slots[i]!.querySelector('canvas'))
      const state = await waitUntil(() => states[i]?.gl.domElement === canvas && states[i])
      await settled(state)
      const [centre] = renderAndRead(state, [[0.5, 0.5]])
      if (centre!.a === 255) drawn++
    }
    expect(drawn).toBe(24)
    // far-away figures gave their contexts back: far fewer live canvases than figures
    expect(page.querySelectorAll('canvas').length).toBeLessThan(8)
    expect(warnings.filter((w) => /context lost|too many active webgl contexts/i.test(w))).toEqual(
      [],
    )
  })

  it('a lost context shows a message, then the figure recovers by itself when it is restored', async () => {
    const created = captureRootState()
    const mounted: MountedFigure = await mountFigure(
      <KneeCanvas onCreated={created.onCreated} adaptiveResolution={false}>
        <TestObject />
      </KneeCanvas>,
    )
    cleanup.push(() => mounted.unmount())
    const state = await settled(await created.ready)
    const lose = state.gl.getContext().getExtension('WEBGL_lose_context')!
    lose.loseContext()
    const alert = await waitUntil(() => mounted.container.querySelector('[role="alert"]'))
    expect(alert.textContent).toMatch(/come back by itself/)
    lose.restoreContext()
    await waitUntil(() => !mounted.container.querySelector('[role="alert"]'))
    await new Promise((r) => setTimeout(r, 200))
    const [centre] = renderAndRead(state, [[0.5, 0.5]])
    expect(centre!.a).toBe(255)
  })
})
