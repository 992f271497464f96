// An exception inside a frame callback stops that figure, not the page.
import { afterEach, describe, expect, it } from 'vitest'
import { KneeCanvas } from '../../src'
import { loadLocale } from '../../src/i18n/locales'
import { TestObject } from '../../src/scene/TestObject'
import { useSafeFrame } from '../../src/scene/useSafeFrame'
import { mountFigure, waitUntil, type MountedFigure } from './test-utils'

let mounted: MountedFigure[] = []
afterEach(() => {
  for (const m of mounted) m.unmount()
  mounted = []
})

function Broken() {
  useSafeFrame(() => {
    throw new Error('frame callback failed')
  })
  return null
}

describe('a failing figure', () => {
  it('shows a message in its own box while the page and a second figure carry on', async () => {
    const errors: string[] = []
    const onError = (e: ErrorEvent) => {
      errors.push(e.message)
      e.preventDefault()
    }
    window.addEventListener('error', onError)
    try {
      mounted.push(
        await mountFigure(
          <KneeCanvas>
            <Broken />
          </KneeCanvas>,
        ),
      )
      mounted.push(
        await mountFigure(
          <KneeCanvas label="Healthy figure">
            <TestObject />
          </KneeCanvas>,
        ),
      )
      const alert = await waitUntil(() => mounted[0]!.container.querySelector('[role="alert"]'))
      expect(alert.textContent).toMatch(/stopped \(frame callback failed\)/)
      expect(mounted[1]!.container.querySelector('[role="alert"]')).toBeNull()
      expect(mounted[1]!.container.querySelector('canvas')).not.toBeNull()
      // no flood: the failing callback stopped after its first exception
      await new Promise((r) => setTimeout(r, 300))
      expect(errors.length).toBeLessThan(3)
    } finally {
      window.removeEventListener('error', onError)
    }
  })

  it("says so in the figure's language", async () => {
    await loadLocale('de')
    const onError = (e: ErrorEvent) => e.preventDefault()
    window.addEventListener('error', onError)
    try {
      mounted.push(
        await mountFigure(
          <KneeCanvas lang="de">
            <Broken />
          </KneeCanvas>,
        ),
      )
      const alert = await waitUntil(() => mounted[0]!.container.querySelector('[role="alert"]'))
      expect(alert.textContent).toMatch(/angehalten \(frame callback failed\)/)
    } finally {
      window.removeEventListener('error', onError)
    }
  })
})
