import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { ActivityChart } from '../../src/charts/ActivityChart'
import { loadLocale } from '../../src/i18n/locales'
import { ACTIVITIES, activityPeak, TRACKING_PRESETS } from '../../src/kinematics'

afterEach(cleanup)

describe('<ActivityChart>', () => {
  it('is one named image whose description says why stairs down and squatting load the kneecap most', () => {
    render(<ActivityChart />)
    const chart = screen.getByRole('img', { name: 'What daily activities ask of the kneecap' })
    const described = document.getElementById(chart.getAttribute('aria-describedby')!)!
    expect(described.textContent).toMatch(/Going down stairs and squatting/)
    const stairsDown = activityPeak(ACTIVITIES['stairs-down'])
    expect(described.textContent).toContain(
      `Stairs down: at most ${stairsDown.jointReactionBw.toFixed(1)} times body weight`,
    )
  })

  it('draws a force and an area curve per activity and marks the published peaks', () => {
    render(<ActivityChart activities={['walking', 'stairs-up', 'stairs-down', 'squat']} />)
    const chart = screen.getByRole('img')
    expect(chart.querySelectorAll('[data-series="force"]')).toHaveLength(4)
    expect(chart.querySelectorAll('[data-series="area"]')).toHaveLength(4)
    const marked = [...chart.querySelectorAll('[data-published]')].map((g) =>
      g.getAttribute('data-published'),
    )
    expect(marked).toEqual(['walking', 'stairs-up', 'squat'])
    expect(chart.querySelector('[data-published="squat"] title')?.textContent).toMatch(
      /7\.6 times body weight \(Reilly & Martens 1972/,
    )
  })

  it('follows the tracking parameters it is given (a maltracking knee)', () => {
    const normal = renderToString(<ActivityChart activities={['squat']} />)
    const severe = renderToString(
      <ActivityChart activities={['squat']} params={TRACKING_PRESETS.lateralMaltracking.severe} />,
    )
    expect(severe).not.toBe(normal)
  })

  it('speaks Spanish and German', async () => {
    await loadLocale('es')
    await loadLocale('de')
    render(<ActivityChart lang="es" activities={['walking']} />)
    expect(
      screen.getByRole('img', { name: 'Lo que las actividades diarias piden a la rótula' }),
    ).toBeTruthy()
    cleanup()
    render(<ActivityChart lang="de" activities={['walking']} />)
    expect(
      screen.getByRole('img', { name: 'Was Alltagsbewegungen der Kniescheibe abverlangen' }),
    ).toBeTruthy()
  })
})
