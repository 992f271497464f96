// Screen-reader announcements and reduced motion.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, render, screen } from '@testing-library/react'
import { createRef } from 'react'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { describeChange } from '../../src/explainer/Announcer'
import { EN } from '../../src/i18n/bundle'
import { ES } from '../../src/i18n/es'
import { DE } from '../../src/i18n/de'
import { DEFAULT_EXPLAINER_STATE } from '../../src/explainer/store'
import { loadLocale, resolveBundle } from '../../src/i18n/locales'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'
import { activityPeak } from '../../src/kinematics/activities'
import { loadActivities } from '../../src/i18n/activityLookup'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('live region', () => {
  // Spanish and German load on first use; these tests render them already loaded (the lazy path
  // has its own test in lazy-language.test.tsx)
  beforeAll(() => Promise.all([loadLocale('es'), loadLocale('de')]))

  it('says where the kneecap went, in plain words from the solver', () => {
    const before = { ...DEFAULT_EXPLAINER_STATE, flexionDeg: 10 }
    const after = { ...before, tracking: 'lateral-moderate' as const }
    expect(describeChange(after, before, EN)).toMatch(
      /^Drifts outward \(moderate\)\. Kneecap shifted \d+ millimetres toward the outside\.$/,
    )
  })

  it('says what a daily activity asks of the kneecap and its peak load, in the reader’s language', async () => {
    // the figure loads the activities on first ask; the announcer waits for them
    await loadActivities()
    const before = { ...DEFAULT_EXPLAINER_STATE }
    const after = { ...before, activity: 'stairs-down' as const }
    const peak = activityPeak(ACTIVITIES['stairs-down'])
    const bw = (Math.round(peak.jointReactionBw * 10) / 10).toString()
    const english = describeChange(after, before, EN)!
    expect(english).toContain(EN.activity!.activities['stairs-down'].description)
    expect(english).toContain(`Stairs down: at most ${bw} times body weight`)
    const spanish = describeChange(after, before, resolveBundle('es'))!
    expect(spanish).toContain('Bajar escaleras')
    expect(spanish).not.toContain('body weight')
    // switching the activity off says nothing about loads
    expect(describeChange(before, after, EN) ?? '').not.toContain('body weight')
  })

  it.each([
    ['en', EN, /Kneecap shifted \d+ millimetres toward the outside/],
    [
      'es',
      ES,
      new RegExp(
        ES.messages.announceShift
          .replace('{mm}', '\\d+')
          .replace('{side}', ES.messages.sideOutside)
          .replace(/[.]/g, '\\.'),
      ),
    ],
    [
      'de',
      DE,
      new RegExp(
        DE.messages.announceShift
          .replace('{mm}', '\\d+')
          .replace('{side}', DE.messages.sideOutside)
          .replace(/[.]/g, '\\.'),
      ),
    ],
  ] as const)(
    'announces a tracking change in %s, in that language',
    async (lang, bundle, expected) => {
      vi.useFakeTimers()
      const api = createRef<KneeExplainerApi>()
      render(<KneeExplainer ref={api} lang={lang} defaultFlexionDeg={10} />)
      const region = document.querySelector('[data-knee-announcer]')!
      await act(async () => api.current!.store.setState({ tracking: 'lateral-moderate' }))
      await act(async () => vi.advanceTimersByTime(800))
      expect(region.textContent).toContain(bundle.presets['lateral-moderate'].label)
      expect(region.textContent).toMatch(expected)
      // and the figure's other strings follow the language
      expect(document.querySelector('figcaption')!.textContent).not.toBe('')
      if (lang !== 'en') expect(document.body.textContent).not.toContain('Kneecap tracking')
    },
  )

  it('announces a selection once the change settles, and stays quiet while the knee animates', async () => {
    vi.useFakeTimers()
    const api = createRef<KneeExplainerApi>()
    render(<KneeExplainer ref={api} />)
    const region = screen.getByRole('status', { hidden: true })
    await act(async () => api.current!.store.setState({ selected: 'vastus-medialis-oblique' }))
    await act(async () => vi.advanceTimersByTime(800))
    expect(region.textContent).toBe(
      'Selected: Vastus medialis oblique.'.replace(
        'Vastus medialis oblique',
        EN.structures['vastus-medialis-oblique'].name,
      ),
    )
    await act(async () => api.current!.store.setState({ playing: true }))
    await act(async () => vi.advanceTimersByTime(800))
    const said = region.textContent
    for (let i = 0; i < 20; i++) {
      await act(async () => api.current!.store.setState({ flexionDeg: 10 + i }))
      await act(async () => vi.advanceTimersByTime(100))
    }
    await act(async () => vi.advanceTimersByTime(800))
    expect(region.textContent).toBe(said)
  })
})

describe('reduced motion', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'matchMedia',
      (query: string) =>
        ({
          matches: query.includes('prefers-reduced-motion'),
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    )
  })

  it('does not autoplay, but the play button still works', async () => {
    const api = createRef<KneeExplainerApi>()
    render(<KneeExplainer ref={api} defaultPlaying />)
    await act(async () => {})
    expect(api.current!.store.getState().playing).toBe(false)
    await act(async () => screen.getByRole('button', { name: /play/i }).click())
    expect(api.current!.store.getState().playing).toBe(true)
  })
})
