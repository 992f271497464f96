import { Suspense, useId, useMemo, type HTMLAttributes } from 'react'
import type { ChartMessages } from '../i18n/chartMessages'
import { useMessages } from '../i18n/locales'
import { type TrackingMetric } from '../kinematics/corridor'
import { sampleTrackingRange } from '../kinematics/sampleTracking'
import { FLEXION_RANGE_DEG, clampFlexionDeg } from '../kinematics/input'
import type { TrackingParams } from '../kinematics/types'
import { ChartPanel } from './ChartPanel'
import { ChartTable } from './ChartTable'
import {
  CORRIDOR_FILL,
  DASHES,
  FLEXION_TICKS,
  FONT,
  INK,
  MUTED,
  PALETTE,
  describe,
  legendLayout,
} from './chartData'

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

        {metrics.map((metric, index) => (
          <ChartPanel
            key={metric}
            metric={metric}
            top={panelTop(index)}
            height={panelHeight}
            left={left}
            plotWidth={plotWidth}
            x={x}
            samples={samples}
            series={styled}
            showCorridor={showCorridor}
            marker={marker}
            m={m}
          />
        ))}

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
      <ChartTable label={label} metrics={metrics} series={styled} samples={samples} m={m} />
    </figure>
  )
}
