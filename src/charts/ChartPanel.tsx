import type { ChartMessages } from '../i18n/chartMessages'
import type { TrackingSample } from '../kinematics/sampleTracking'
import { CLINICAL_TILT_THRESHOLD_DEG, normalCorridor } from '../kinematics/corridor'
import { format } from '../i18n'
import {
  CORRIDOR_FILL,
  FLEXION_TICKS,
  INK,
  METRICS,
  MUTED,
  TABLE_FLEXIONS,
  bandPath,
  linePath,
  niceDomain,
  round,
  valueAt,
} from './chartData'
import type { TrackingMetric } from '../kinematics/corridor'

export type ChartPanelProps = {
  metric: TrackingMetric
  top: number
  height: number
  left: number
  plotWidth: number
  x: (flexionDeg: number) => number
  samples: ReadonlyArray<readonly TrackingSample[]>
  series: ReadonlyArray<{ color: string; dash: string }>
  showCorridor: boolean
  marker: number | undefined
  m: ChartMessages
}

/** One measure's panel: title, unit, grid, the normal range, the curves and the marker. */
export function ChartPanel({
  metric,
  top,
  height: panelHeight,
  left,
  plotWidth,
  x,
  samples,
  series: styled,
  showCorridor,
  marker,
  m,
}: ChartPanelProps) {
  const info = METRICS[metric]
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
      <rect x={left} y={top} width={plotWidth} height={panelHeight} fill="none" stroke="#bbb" />
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
}
