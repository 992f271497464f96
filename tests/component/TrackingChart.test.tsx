import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { TrackingChart } from '../../src/charts/TrackingChart'
import { TRACKING_PRESETS } from '../../src/kinematics'

afterEach(cleanup)

const normal = { label: 'Normal', params: TRACKING_PRESETS.normal }
const moderate = {
  label: 'Drifts outward (moderate)',
  params: TRACKING_PRESETS.lateralMaltracking.moderate,
}

describe('<TrackingChart>', () => {
  it('is one named image with a title and a description', () => {
    render(<TrackingChart series={[normal]} label="Kneecap tracking, normal knee" />)
    const chart = screen.getByRole('img', { name: 'Kneecap tracking, normal knee' })
    expect(chart.tagName.toLowerCase()).toBe('svg')
    expect(chart.querySelector('title')?.textContent).toBe('Kneecap tracking, normal knee')
    const described = document.getElementById(chart.getAttribute('aria-describedby')!)
    expect(described?.textContent).toMatch(/Normal: kneecap most toward the outside at \d+ degrees/)
  })

  it('draws one curve per series in each panel, over the normal range', () => {
    render(<TrackingChart series={[normal, moderate]} />)
    const chart = screen.getByRole('img')
    const panels = chart.querySelectorAll('[data-metric]')
    expect([...panels].map((p) => p.getAttribute('data-metric'))).toEqual([
      'lateralShift',
      'tilt',
      'bisectOffset',
    ])
    for (const panel of panels) {
      expect(panel.querySelectorAll('[data-series]')).toHaveLength(2)
      const corridor = panel.querySelector('[data-corridor]')!
      // the band is drawn before (behind) the curves
      expect(
        corridor.compareDocumentPosition(panel.querySelector('[data-series]')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy()
    }
    for (const path of chart.querySelectorAll('path')) {
      expect(path.getAttribute('d')).not.toMatch(/NaN|Infinity/)
    }
  })

  it('tells the series apart by dash pattern as well as colour', () => {
    render(<TrackingChart series={[normal, moderate]} metrics={['tilt']} />)
    const [first, second] = screen.getByRole('img').querySelectorAll('[data-series]')
    expect(first!.getAttribute('stroke')).not.toBe(second!.getAttribute('stroke'))
    expect(first!.getAttribute('stroke-dasharray')).not.toBe(
      second!.getAttribute('stroke-dasharray'),
    )
  })

  it('labels the axes with units and marks 10 deg of clinical tilt (Grelsamer 2008)', () => {
    render(<TrackingChart series={[normal]} />)
    const chart = screen.getByRole('img')
    expect(chart.textContent).toContain('mm, + = toward the outside')
    expect(chart.textContent).toContain('degrees, + = outer edge tipped back')
    expect(chart.textContent).toContain('Knee bend (flexion), degrees')
    expect(chart.textContent).toContain('Published normal range')
    expect(chart.querySelector('[data-threshold]')?.textContent).toMatch(/10°/)
  })

  it('marks the current flexion on every panel, and not at all without one', () => {
    const { rerender } = render(<TrackingChart series={[normal, moderate]} flexionDeg={45} />)
    const markers = screen.getByRole('img').querySelectorAll('[data-marker]')
    expect(markers).toHaveLength(3)
    for (const marker of markers) expect(marker.querySelectorAll('circle')).toHaveLength(2)
    expect(screen.getByRole('img').textContent).toContain('45°')
    rerender(<TrackingChart series={[normal]} />)
    expect(screen.getByRole('img').querySelectorAll('[data-marker]')).toHaveLength(0)
    rerender(<TrackingChart series={[normal]} flexionDeg={Number.NaN} />)
    expect(screen.getByRole('img').querySelectorAll('[data-marker]')).toHaveLength(0)
  })

  it('gives screen readers a table of values at 0, 30, 60, 90 and 120 degrees', () => {
    render(<TrackingChart series={[normal, moderate]} />)
    const table = screen.getByRole('table', { hidden: true })
    const rows = within(table).getAllByRole('row', { hidden: true })
    expect(rows).toHaveLength(1 + 2 * 5)
    expect(rows[1]!.textContent).toMatch(/^Normal0°-?\d+\.\d mm-?\d+\.\d°0\.\d\d$/)
    expect(table.parentElement!.style.position).toBe('absolute')
  })

  it('shows only the chosen measures', () => {
    render(<TrackingChart series={[normal]} metrics={['bisectOffset']} />)
    const panels = screen.getByRole('img').querySelectorAll('[data-metric]')
    expect(panels).toHaveLength(1)
    expect(screen.getByRole('img').querySelector('[data-threshold]')).toBeNull()
  })

  it('renders on the server with the same ids as on the client', () => {
    const html = renderToString(<TrackingChart series={[normal]} flexionDeg={30} />)
    expect(html).toContain('role="img"')
    expect(html).toContain('<title')
    expect(html).toMatch(/aria-describedby="[^"]+-desc"/)
  })
})
