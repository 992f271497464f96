/** The tracking chart's measures, colours and drawing helpers (pure: no React). */
import { PATELLA_WIDTH_MM } from '../anatomy/dimensions'
import { format } from '../i18n'
import type { ChartMessages } from '../i18n/chartMessages'
import { FLEXION_RANGE_DEG } from '../kinematics/input'
import type { TrackingSample } from '../kinematics/sampleTracking'
import type { TrackingMetric } from '../kinematics/corridor'

export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
export const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 2', '12 4 2 4 2 4']

export const CORRIDOR_FILL = '#d4d4d4'
export const INK = '#222'
export const MUTED = '#666'
export const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif'

export type MetricInfo = {
  title: 'shiftTitle' | 'tiltTitle' | 'bisectTitle'
  unit: 'shiftUnit' | 'tiltUnit' | 'bisectUnit'
  pick: (s: TrackingSample) => number
  format: (x: number) => string
  /** A range the axis always shows, so small curves are not blown up. */
  minSpan: [number, number]
  step: number
}

export const METRICS: Record<TrackingMetric, MetricInfo> = {
  lateralShift: {
    title: 'shiftTitle',
    unit: 'shiftUnit',
    pick: (s) => s.lateralShiftMm,
    format: (x) => `${x.toFixed(1)} mm`,
    minSpan: [-2, 8],
    step: 2,
  },
  tilt: {
    title: 'tiltTitle',
    unit: 'tiltUnit',
    pick: (s) => s.tiltDeg,
    format: (x) => `${x.toFixed(1)}°`,
    minSpan: [0, 15],
    step: 5,
  },
  bisectOffset: {
    title: 'bisectTitle',
    unit: 'bisectUnit',
    pick: (s) => s.bisectOffset,
    format: (x) => x.toFixed(2),
    minSpan: [0.4, 0.7],
    step: 0.1,
  },
}

export const FLEXION_TICKS = [0, 30, 60, 90, 120]
export const TABLE_FLEXIONS = [0, 30, 60, 90, 120]
export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const

// ---- helpers ------------------------------------------------------------------------------------

export type LegendItem = {
  key: string
  kind: 'series' | 'corridor'
  label: string
  color: string
  dash: string
  x: number
}

/** Legend items laid out in rows that fit the plot width (text width estimated). */
export function legendLayout(
  series: ReadonlyArray<{ label: string; color: string; dash: string }>,
  maxWidth: number,
  corridorLabel: string,
): LegendItem[][] {
  const items: Omit<LegendItem, 'x'>[] = [
    ...series.map((s, i) => ({ key: `s${i}`, kind: 'series' as const, ...s })),
    { key: 'corridor', kind: 'corridor', label: corridorLabel, color: '', dash: '' },
  ]
  const rows: LegendItem[][] = [[]]
  let cursor = 0
  for (const item of items) {
    const itemWidth = 32 + item.label.length * 7 + 18
    if (cursor > 0 && cursor + itemWidth > maxWidth) {
      rows.push([])
      cursor = 0
    }
    rows[rows.length - 1]!.push({ ...item, x: cursor })
    cursor += itemWidth
  }
  return rows
}

export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/** A domain that covers the values, padded to whole steps. */
export function niceDomain(values: number[], step: number): [number, number] {
  const finite = values.filter(Number.isFinite)
  const min = Math.min(...finite)
  const max = Math.max(...finite)
  return [round(Math.floor(min / step) * step), round(Math.ceil(max / step) * step)]
}

export function linePath<T>(
  points: readonly T[],
  px: (p: T) => number,
  py: (p: T) => number,
): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p).toFixed(1)} ${py(p).toFixed(1)}`)
    .join(' ')
}

export function bandPath(
  flexions: readonly number[],
  band: ReadonlyArray<readonly [number, number]>,
  x: (f: number) => number,
  y: (v: number) => number,
): string {
  const upper = flexions.map(
    (f, i) => `${i === 0 ? 'M' : 'L'}${x(f).toFixed(1)} ${y(band[i]![1]).toFixed(1)}`,
  )
  const lower = flexions.map((f, i) => `L${x(f).toFixed(1)} ${y(band[i]![0]).toFixed(1)}`).reverse()
  return `${upper.join(' ')} ${lower.join(' ')} Z`
}

/** A measure at a flexion, interpolated between samples. */
export function valueAt(
  samples: readonly TrackingSample[],
  flexionDeg: number,
  pick: (s: TrackingSample) => number,
): number | undefined {
  if (samples.length === 0) return undefined
  for (let i = 1; i < samples.length; i++) {
    const a = samples[i - 1]!
    const b = samples[i]!
    if (flexionDeg <= b.flexionDeg) {
      const span = b.flexionDeg - a.flexionDeg
      const u = span > 0 ? (flexionDeg - a.flexionDeg) / span : 0
      return pick(a) + (pick(b) - pick(a)) * Math.min(Math.max(u, 0), 1)
    }
  }
  return pick(samples[samples.length - 1]!)
}

/** One or two sentences per curve for the SVG's description. */
export function describe(
  series: ReadonlyArray<{ label: string }>,
  samples: ReadonlyArray<readonly TrackingSample[]>,
  metrics: readonly TrackingMetric[],
  marker: number | undefined,
  m: ChartMessages,
): string {
  const parts = [
    format(m.summary, {
      from: FLEXION_RANGE_DEG.min,
      to: FLEXION_RANGE_DEG.max,
      width: PATELLA_WIDTH_MM,
    }),
  ]
  series.forEach((s, i) => {
    const run = samples[i] ?? []
    if (run.length === 0) return
    const shift = run.map((p) => p.lateralShiftMm)
    const peak = Math.max(...shift)
    const peakAt = run[shift.indexOf(peak)]!.flexionDeg
    const tilt0 = run[0]!.tiltDeg
    const texts = [format(m.seriesPeak, { label: s.label, degrees: peakAt, mm: peak.toFixed(1) })]
    if (metrics.includes('tilt')) texts.push(format(m.seriesTilt, { degrees: tilt0.toFixed(1) }))
    if (marker !== undefined) {
      const value = valueAt(run, marker, (p) => p.lateralShiftMm)
      if (value !== undefined)
        texts.push(format(m.seriesMarker, { mm: value.toFixed(1), degrees: Math.round(marker) }))
    }
    parts.push(`${texts.join('; ')}.`)
  })
  return parts.join(' ')
}
