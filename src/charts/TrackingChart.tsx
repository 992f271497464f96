import { Suspense, useId, useMemo, type HTMLAttributes } from 'react'
import { format } from '../i18n'
import type { ChartMessages } from '../i18n/chartMessages'
import { useMessages } from '../i18n/locales'
import { PATELLA_WIDTH_MM } from '../anatomy/dimensions'
import {
  CLINICAL_TILT_THRESHOLD_DEG,
  normalCorridor,
  type TrackingMetric,
} from '../kinematics/corridor'
import { sampleTrackingRange, type TrackingSample } from '../kinematics/sampleTracking'
import { FLEXION_RANGE_DEG, clampFlexionDeg } from '../kinematics/input'
import type { TrackingParams } from '../kinematics/types'

/** One curve on the chart: a set of tracking parameters with its label. */
export type TrackingChartSeries = {
  /** Legend label, in the reader's words ("Normal", "Drifts outward (moderate)"). */
  label: string
  /** The tracking parameters; missing fields are those of a normal knee. */
  params: Partial<TrackingParams>
  /** Line colour; defaults to the next colour of a colour-blind-safe palette (Okabe & Ito). */
  color?: string
  /** SVG stroke-dasharray; defaults to the next of solid, dashed, dotted, dash-dot. */
  dash?: string
}

export type TrackingChartProps = {
  /** The curves to draw, one per parameter set. */
  series: readonly TrackingChartSeries[]
  /** Current knee flexion in degrees: a marker line and a dot on each curve. Omit for none. */
  flexionDeg?: number
  /**
   * Which measures to plot, one panel each, top to bottom.
   * @defaultValue ['lateralShift', 'tilt', 'bisectOffset']
   */
  metrics?: readonly TrackingMetric[]
  /**
   * Draw the published normal range behind the curves.
   * @defaultValue true
   */
  showCorridor?: boolean
  /**
   * Accessible name of the chart.
   * @defaultValue the language's `chart.label` ('How the kneecap tracks as the knee bends')
   */
  label?: string
  /** Language of every word: 'en', 'es', 'de' or a registered bundle's tag. @defaultValue 'en' */
  lang?: string
  /** Overrides of the chart's message keys (label, shiftTitle, corridor, ...). */
  messages?: Partial<ChartMessages>
  /**
   * Width of the drawing in SVG units; the chart scales to its container.
   * @defaultValue 640
   */
  width?: number
  /**
   * Degrees between samples of each curve.
   * @defaultValue 2
   */
  stepDeg?: number
} & Omit<HTMLAttributes<HTMLElement>, 'children'>

// Okabe & Ito's palette, safe for the common colour-vision deficiencies; dash patterns so the
// lines differ without colour too.
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000']
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '4 2', '12 4 2 4 2 4']

const CORRIDOR_FILL = '#d4d4d4'
const INK = '#222'
const MUTED = '#666'
const FONT = 'system-ui, -apple-system, "Segoe UI", sans-serif'

type MetricInfo = {
  title: 'shiftTitle' | 'tiltTitle' | 'bisectTitle'
  unit: 'shiftUnit' | 'tiltUnit' | 'bisectUnit'
  pick: (s: TrackingSample) => number
  format: (x: number) => string
  /** A range the axis always shows, so small curves are not blown up. */
  minSpan: [number, number]
  step: number
}

const METRICS: Record<TrackingMetric, MetricInfo> = {
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

const FLEXION_TICKS = [0, 30, 60, 90, 120]
const TABLE_FLEXIONS = [0, 30, 60, 90, 120]
const visuallyHidden = {
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

/**
 * A plot of the kneecap's sideways shift, tilt and bisect offset against knee flexion for one or
 * more sets of tracking parameters, with the published normal range drawn behind. Plain SVG: no
 * canvas, no WebGL, renders on the server. Announced as one image with a name; a hidden table gives
 * the values to screen readers.
 */
export function TrackingChart(props: TrackingChartProps) {
  // Spanish and German words arrive as their own chunk on first use
  return (
    <Suspense fallback={null}>
      <TrackingChartFigure {...props} />
    </Suspense>
  )
}

function TrackingChartFigure({
  series,
  flexionDeg,
  metrics = ['lateralShift', 'tilt', 'bisectOffset'],
  showCorridor = true,
  label: labelProp,
  lang,
  messages,
  width = 640,
  stepDeg = 2,
  style,
  ...props
}: TrackingChartProps) {
  const words = useMessages(lang).chart
  const m: ChartMessages = messages ? { ...words, ...messages } : words
  const label = labelProp ?? m.label
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`

  // Recompute only when the parameters change, not when a new but equal array is passed.
  const seriesKey = JSON.stringify(series.map((s) => s.params)) + stepDeg
  const samples = useMemo(
    () => series.map((s) => sampleTrackingRange(s.params, { stepDeg })),
    [seriesKey],
  )
  const styled = series.map((s, i) => ({
    ...s,
    color: s.color ?? PALETTE[i % PALETTE.length]!,
    dash: s.dash ?? DASHES[i % DASHES.length]!,
  }))

  // ---- layout ----
  const left = 52
  const right = 20
  const plotWidth = width - left - right
  const legendRows = legendLayout(styled, plotWidth, m.corridor)
  const legendHeight = legendRows.length * 20 + 8
  const headingHeight = 34
  const panelHeight = 130
  const panelGap = 22
  const axisHeight = 44
  const panelTop = (index: number) =>
    legendHeight + index * (headingHeight + panelHeight + panelGap) + headingHeight
  const height =
    legendHeight + metrics.length * (headingHeight + panelHeight + panelGap) - panelGap + axisHeight
  const x = (flexion: number) =>
    left + ((flexion - FLEXION_RANGE_DEG.min) / FLEXION_RANGE_DEG.max) * plotWidth
  const marker =
    flexionDeg !== undefined && Number.isFinite(flexionDeg)
      ? clampFlexionDeg(flexionDeg)
      : undefined

  const description = describe(styled, samples, metrics, marker, m)

  return (
    <figure
      data-tracking-chart=""
      style={{ margin: 0, position: 'relative', fontFamily: FONT, ...style }}
      {...props}
    >
      <svg
        role="img"
        aria-label={label}
        aria-describedby={descId}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ display: 'block', maxWidth: width, height: 'auto' }}
        fontFamily={FONT}
      >
        <title id={titleId}>{label}</title>
        <desc id={descId}>{description}</desc>

        {/* legend */}
        <g data-legend="">
          {legendRows.map((row, r) =>
            row.map((item) => (
              <g key={item.key} transform={`translate(${left + item.x} ${14 + r * 20})`}>
                {item.kind === 'corridor' ? (
                  <rect x={0} y={-6} width={26} height={12} fill={CORRIDOR_FILL} />
                ) : (
                  <line
                    x1={0}
                    x2={26}
                    y1={0}
                    y2={0}
                    stroke={item.color}
                    strokeWidth={3}
                    strokeDasharray={item.dash || undefined}
                  />
                )}
                <text x={32} y={4.5} fontSize={13} fill={INK}>
                  {item.label}
                </text>
              </g>
            )),
          )}
        </g>

        {metrics.map((metric, index) => {
          const info = METRICS[metric]
          const top = panelTop(index)
          const bottom = top + panelHeight
          const values = samples.flatMap((run) => run.map(info.pick))
          const corridor = showCorridor
            ? (samples[0]?.map((s) => normalCorridor(metric, s.flexionDeg)) ??
              TABLE_FLEXIONS.map((f) => normalCorridor(metric, f)))
            : []
          const corridorFlexions = samples[0]?.map((s) => s.flexionDeg) ?? TABLE_FLEXIONS
          const [lo, hi] = niceDomain(
            [...values, ...corridor.flat(), info.minSpan[0], info.minSpan[1]],
            info.step,
          )
          const y = (v: number) => bottom - ((v - lo) / (hi - lo)) * panelHeight
          const ticks: number[] = []
          for (let t = lo; t <= hi + info.step * 1e-6; t += info.step) ticks.push(round(t))
          return (
            <g key={metric} data-metric={metric}>
              <text x={left} y={top - 18} fontSize={14} fontWeight={600} fill={INK}>
                {m[info.title]}
              </text>
              <text x={left} y={top - 4} fontSize={12} fill={MUTED}>
                {m[info.unit]}
              </text>
              {/* grid and y axis */}
              {ticks.map((t) => (
                <g key={t}>
                  <line
                    x1={left}
                    x2={left + plotWidth}
                    y1={y(t)}
                    y2={y(t)}
                    stroke={t === 0 || (metric === 'bisectOffset' && t === 0.5) ? '#999' : '#eee'}
                  />
                  <text x={left - 6} y={y(t) + 4} fontSize={12} textAnchor="end" fill={MUTED}>
                    {metric === 'bisectOffset' ? t.toFixed(1) : t}
                  </text>
                </g>
              ))}
              {FLEXION_TICKS.map((f) => (
                <line key={f} x1={x(f)} x2={x(f)} y1={top} y2={bottom} stroke="#f2f2f2" />
              ))}
              {/* the published normal range */}
              {showCorridor && corridor.length > 0 && (
                <path
                  data-corridor=""
                  d={bandPath(corridorFlexions, corridor, x, y)}
                  fill={CORRIDOR_FILL}
                  fillOpacity={0.75}
                />
              )}
              {metric === 'tilt' && CLINICAL_TILT_THRESHOLD_DEG <= hi && (
                <g data-threshold="">
                  <line
                    x1={left}
                    x2={left + plotWidth}
                    y1={y(CLINICAL_TILT_THRESHOLD_DEG)}
                    y2={y(CLINICAL_TILT_THRESHOLD_DEG)}
                    stroke={MUTED}
                    strokeDasharray="3 3"
                  />
                  <text
                    x={left + plotWidth - 4}
                    y={y(CLINICAL_TILT_THRESHOLD_DEG) - 5}
                    fontSize={11}
                    textAnchor="end"
                    fill={MUTED}
                  >
                    {format(m.clinicalTilt, { degrees: CLINICAL_TILT_THRESHOLD_DEG })}
                  </text>
                </g>
              )}
              <rect
                x={left}
                y={top}
                width={plotWidth}
                height={panelHeight}
                fill="none"
                stroke="#bbb"
              />
              {/* the curves */}
              {styled.map((s, i) => (
                <path
                  key={i}
                  data-series={i}
                  d={linePath(
                    samples[i] ?? [],
                    (p) => x(p.flexionDeg),
                    (p) => y(info.pick(p)),
                  )}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={2.5}
                  strokeDasharray={s.dash || undefined}
                  strokeLinejoin="round"
                  strokeLinecap={s.dash ? 'butt' : 'round'}
                />
              ))}
              {/* the current flexion */}
              {marker !== undefined && (
                <g data-marker="">
                  <line x1={x(marker)} x2={x(marker)} y1={top} y2={bottom} stroke={INK} />
                  {styled.map((s, i) => {
                    const value = valueAt(samples[i] ?? [], marker, info.pick)
                    return value === undefined ? null : (
                      <circle
                        key={i}
                        cx={x(marker)}
                        cy={y(value)}
                        r={4.5}
                        fill={s.color}
                        stroke="#fff"
                        strokeWidth={1.5}
                      />
                    )
                  })}
                </g>
              )}
            </g>
          )
        })}

        {/* x axis, under the last panel */}
        {metrics.length > 0 && (
          <g data-axis="flexion">
            {FLEXION_TICKS.map((f) => (
              <text
                key={f}
                x={x(f)}
                y={panelTop(metrics.length - 1) + panelHeight + 16}
                fontSize={12}
                textAnchor="middle"
                fill={MUTED}
              >
                {f}
              </text>
            ))}
            <text
              x={left + plotWidth / 2}
              y={panelTop(metrics.length - 1) + panelHeight + 36}
              fontSize={13}
              textAnchor="middle"
              fill={INK}
            >
              {m.axis}
            </text>
          </g>
        )}
        {marker !== undefined && metrics.length > 0 && (
          <text
            data-marker-label=""
            x={x(marker) + (marker > 105 ? -5 : 5)}
            y={panelTop(0) + panelHeight - 7}
            fontSize={12}
            textAnchor={marker > 105 ? 'end' : 'start'}
            fill={INK}
            fontWeight={600}
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {`${Math.round(marker)}°`}
          </text>
        )}
      </svg>
      <div style={visuallyHidden}>
        <table>
          <caption>
            {format(m.tableCaption, { label, flexions: TABLE_FLEXIONS.join(', ') })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{m.curve}</th>
              <th scope="col">{m.kneeBend}</th>
              {metrics.map((k) => (
                <th key={k} scope="col">{`${m[METRICS[k].title]} (${m[METRICS[k].unit]})`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {styled.flatMap((s, i) =>
              TABLE_FLEXIONS.map((f) => (
                <tr key={`${i}-${f}`}>
                  <th scope="row">{s.label}</th>
                  <td>{`${f}°`}</td>
                  {metrics.map((k) => {
                    const v = valueAt(samples[i] ?? [], f, METRICS[k].pick)
                    return <td key={k}>{v === undefined ? '' : METRICS[k].format(v)}</td>
                  })}
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </figure>
  )
}

// ---- helpers ------------------------------------------------------------------------------------

type LegendItem = {
  key: string
  kind: 'series' | 'corridor'
  label: string
  color: string
  dash: string
  x: number
}

/** Legend items laid out in rows that fit the plot width (text width estimated). */
function legendLayout(
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

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6
}

/** A domain that covers the values, padded to whole steps. */
function niceDomain(values: number[], step: number): [number, number] {
  const finite = values.filter(Number.isFinite)
  const min = Math.min(...finite)
  const max = Math.max(...finite)
  return [round(Math.floor(min / step) * step), round(Math.ceil(max / step) * step)]
}

function linePath<T>(points: readonly T[], px: (p: T) => number, py: (p: T) => number): string {
  return points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p).toFixed(1)} ${py(p).toFixed(1)}`)
    .join(' ')
}

function bandPath(
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
function valueAt(
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
function describe(
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
