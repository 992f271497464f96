/** Pieces of the ActivityChart's SVG: the legend and the two panels' titles and grid lines. */
import { DASHES, INK, MUTED, PALETTE } from './chartData'

/** One swatch and label per curve, three to a row. */
export function ChartLegend({
  labels,
  left,
  plotWidth,
}: {
  labels: readonly string[]
  left: number
  plotWidth: number
}) {
  return (
    <g data-legend="">
      {labels.map((label, i) => (
        <g
          key={label}
          transform={`translate(${left + (i % 3) * (plotWidth / 3)} ${14 + Math.floor(i / 3) * 20})`}
        >
          <line
            x1={0}
            x2={26}
            y1={0}
            y2={0}
            stroke={PALETTE[i % PALETTE.length]}
            strokeWidth={3}
            strokeDasharray={DASHES[i % DASHES.length] || undefined}
          />
          <text x={32} y={4.5} fontSize={13} fill={INK}>
            {label}
          </text>
        </g>
      ))}
    </g>
  )
}

export type ChartPanel = { top: number; title: string; max: number; y: (value: number) => number }

/** Each panel's title and its grid lines at 0, half and the top of its scale. */
export function PanelGrid({
  panels,
  left,
  plotWidth,
  number,
}: {
  panels: readonly ChartPanel[]
  left: number
  plotWidth: number
  number: (value: number, digits?: number) => string
}) {
  return panels.map((panel) => (
    <g key={panel.title}>
      <text x={left} y={panel.top - 10} fontSize={14} fontWeight={600} fill={INK}>
        {panel.title}
      </text>
      {[0, panel.max / 2, panel.max].map((value) => (
        <g key={value}>
          <line
            x1={left}
            x2={left + plotWidth}
            y1={panel.y(value)}
            y2={panel.y(value)}
            stroke="#e5e5e5"
          />
          <text x={left - 6} y={panel.y(value) + 4} fontSize={12} textAnchor="end" fill={MUTED}>
            {number(value, value % 1 === 0 ? 0 : 1)}
          </text>
        </g>
      ))}
    </g>
  ))
}
