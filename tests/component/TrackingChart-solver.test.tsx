// The tracking chart draws the solver's curves (the causes' new sizes) over the published corridor.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import { TrackingChart } from '../../src/charts/TrackingChart'
import * as corridor from '../../src/kinematics/corridor'
import { solveKnee, TRACKING_PRESETS } from '../../src/kinematics'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('<TrackingChart> and the solver', () => {
  it("tabulates the solver's own shift and tilt for a silenced VMO at 0, 30, 60, 90 and 120 deg", () => {
    render(<TrackingChart series={[{ label: 'No VMO', params: { vmoActivation: 0 } }]} />)
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(5)
    for (const row of rows) {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent)
      const flexionDeg = Number(cells[0]!.replace('°', ''))
      const { patella } = solveKnee({ flexionDeg, vmoActivation: 0 })
      expect(cells[1]).toBe(`${patella.lateralShiftMm.toFixed(1)} mm`)
      expect(cells[2]).toBe(`${patella.tiltDeg.toFixed(1)}°`)
    }
  })

  it('says where the severe knee is most lateral, from the solver', () => {
    const severe = TRACKING_PRESETS.lateralMaltracking.severe
    render(<TrackingChart series={[{ label: 'Severe', params: severe }]} />)
    const chart = screen.getByRole('img')
    const described = document.getElementById(chart.getAttribute('aria-describedby')!)!
    // the solver at the chart's 2-degree samples
    let peak = { flexionDeg: 0, mm: -Infinity }
    for (let flexionDeg = 0; flexionDeg <= 120; flexionDeg += 2) {
      const mm = solveKnee({ ...severe, flexionDeg }).patella.lateralShiftMm
      if (mm > peak.mm) peak = { flexionDeg, mm }
    }
    expect(peak.flexionDeg).toBeLessThanOrEqual(10)
    expect(described.textContent).toContain(
      `Severe: kneecap most toward the outside at ${peak.flexionDeg} degrees (${peak.mm.toFixed(1)} mm)`,
    )
  })

  it('draws its normal band from the published corridor (normalCorridor)', () => {
    const spy = vi.spyOn(corridor, 'normalCorridor')
    render(<TrackingChart series={[{ label: 'Normal', params: TRACKING_PRESETS.normal }]} />)
    const metrics = new Set(spy.mock.calls.map(([metric]) => metric))
    expect([...metrics].sort()).toEqual(['bisectOffset', 'lateralShift', 'tilt'])
    expect(screen.getByRole('img').querySelectorAll('[data-corridor]')).toHaveLength(3)
  })
})
