// Spanish and German are their own chunks: a page in English never loads them, and a figure or
// card given lang="es" waits for its words instead of flashing English first.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { Suspense, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { ExerciseCard } from '../../src'
import { loadLocale, resolveBundle, useMessages } from '../../src/i18n/locales'
import { DE } from '../../src/i18n/de'

afterEach(cleanup)

describe('languages load on first use', () => {
  it('starts with English only registered', () => {
    expect(resolveBundle('es').locale).toBe('en')
    expect(resolveBundle('de').locale).toBe('en')
  })

  it('shows a Spanish card only once its words have arrived, never in English first', async () => {
    let container!: HTMLElement
    // the chunk arrives inside act(), so React's retry is flushed before the checks below
    await act(async () => {
      container = render(<ExerciseCard exercise="quad-set" lang="es" />).container
      // suspended: no English heading in the meantime
      expect(container.textContent).not.toMatch(/Quad set/i)
      await loadLocale('es')
    })
    const heading = screen.getByRole('heading', { level: 3 })
    expect(heading.textContent).toMatch(/cuádriceps/i)
    expect(resolveBundle('es').locale).toBe('es')
    // German was not needed, so it was not loaded
    expect(resolveBundle('de').locale).toBe('en')
  })

  it('a component that waits for its words, then keeps state, mounts without an error React must recover from', async () => {
    // React replays a component that suspended on its first render once the words arrive; the
    // replay must call use() as the first attempt did, or its next hook fails ("update hook called
    // on initial render", seen as "Minified React error #520" on a page after a language change)
    function WordsThenState() {
      const words = useMessages('de')
      const [count] = useState(1)
      return (
        <p>
          {words.messages.posterAlt} {count}
        </p>
      )
    }
    const recovered: unknown[] = []
    // React's development build names the mistake (react.dev/warnings/conditional-use-of-use)
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const container = document.createElement('div')
    const root = createRoot(container, { onRecoverableError: (error) => recovered.push(error) })
    root.render(
      <Suspense fallback={null}>
        <WordsThenState />
      </Suspense>,
    )
    await waitFor(() => expect(container.textContent).toBe(`${DE.messages.posterAlt} 1`))
    root.unmount()
    const said = errors.mock.calls.map((args) => args.map(String).join(' '))
    errors.mockRestore()
    expect(said.filter((line) => /use\(\)|uncached promise/.test(line))).toEqual([])
    expect(recovered).toEqual([])
  })

  it('speaks English for a language the library does not ship, without waiting', () => {
    render(<ExerciseCard exercise="quad-set" lang="fr" />)
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/quad/i)
  })
})
