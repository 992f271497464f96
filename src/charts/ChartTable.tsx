import { format } from '../i18n'
import type { ChartMessages } from '../i18n/chartMessages'
import type { TrackingSample } from '../kinematics/sampleTracking'
import { METRICS, TABLE_FLEXIONS, valueAt, visuallyHidden } from './chartData'
import type { TrackingMetric } from '../kinematics/corridor'

/** The chart's values as a table, for screen readers (hidden from sight). */
export function ChartTable({
  label,
  metrics,
  series: styled,
  samples,
  m,
}: {
  label: string
  metrics: readonly TrackingMetric[]
  series: ReadonlyArray<{ label: string }>
  samples: ReadonlyArray<readonly TrackingSample[]>
  m: ChartMessages
}) {
  return (
    <div style={visuallyHidden}>
      <table>
        <caption>{format(m.tableCaption, { label, flexions: TABLE_FLEXIONS.join(', ') })}</caption>
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
  )
}
