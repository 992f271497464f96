// Spanish and German are their own chunks: a page in English never loads them, and a figure or
// card given lang="es" waits for its words instead of flashing English first.
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { ExerciseCard } from '../../src'
import { loadLocale, resolveBundle } from '../../src/i18n/locales'

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

  it('speaks English for a language the library does not ship, without waiting', () => {
    render(<ExerciseCard exercise="quad-set" lang="fr" />)
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/quad/i)
  })
})
