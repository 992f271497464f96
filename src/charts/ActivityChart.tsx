import { Suspense, useId, useMemo, type HTMLAttributes } from 'react'
import { format } from '../i18n'
import type { ActivityMessages } from '../i18n/activityMessages'
import { useMessages } from '../i18n/locales'
import { ACTIVITIES } from '../kinematics/activityCatalogue'
import {
  ACTIVITY_IDS,
  activityFrameAtCycle,
  activityPeak,
  createActivityFrame,
  type ActivityFrame,
  type ActivityId,
} from '../kinematics/activities'
import type { TrackingParams } from '../kinematics/types'
import { ChartLegend, PanelGrid } from './ActivityChartParts'
import { DASHES, FONT, INK, PALETTE, linePath, niceDomain } from './chartData'

export type ActivityChartProps = {
  /**
   * The activities to draw, one curve each.
   * @defaultValue every activity: walking, stairs up, stairs down, squatting, kneeling, sitting
   */
  activities?: readonly ActivityId[]
  /** The knee's tracking parameters (e.g. a maltracking preset's); missing fields are normal. */
  params?: Partial<TrackingParams>
  /**
   * Mark each activity's published peak force beside its curve.
   * @defaultValue true
   */
  showPublished?: boolean
  /**
   * Show the plain-words paragraph on why some activities load the kneecap more.
   * @defaultValue true
   */
  showExplanation?: boolean
  /** Language of every word: 'en', 'es', 'de' or a registered bundle's tag. @defaultValue 'en' */
  lang?: string
  /** Overrides of the activity words (title, forceTitle, whyItHurts, ...). */
  messages?: Partial<ActivityMessages>
  /**
   * Width of the drawing in SVG units; the chart scales to its container.
   * @defaultValue 640
   */
  width?: number
} & Omit<HTMLAttributes<HTMLElement>, 'children'>

const SAMPLES = 100

/**
 * The force pressing the kneecap into its groove (in body weights) and the contact area over one
 * cycle of each daily activity, from the solver, with the published peak forces marked. Plain SVG:
 * renders on the server; announced as one image whose description gives each activity's peak.
 */
export function ActivityChart(props: ActivityChartProps) {
  // Spanish and German words arrive as their own chunk on first use
  return (
    <Suspense fallback={null}>
      <ActivityChartFigure {...props} />
    </Suspense>
  )
}

function ActivityChartFigure({
  activities = ACTIVITY_IDS,
  params,
  showPublished = true,
  showExplanation = true,
  lang,
  messages,
  width = 640,
  style,
  ...props
}: ActivityChartProps) {
  const bundle = useMessages(lang)
  const m: ActivityMessages = messages ? { ...bundle.activity, ...messages } : bundle.activity
  const id = useId()
  const number = (x: number, digits = 1) =>
    x.toLocaleString(bundle.locale, {
      maximumFractionDigits: digits,
      minimumFractionDigits: digits,
    })

  const key = JSON.stringify([activities, params])
  const curves = useMemo(
    () =>
      activities.map((activityId) => {
        const activity = ACTIVITIES[activityId]
        const frames: ActivityFrame[] = []
        for (let i = 0; i <= SAMPLES; i++)
          frames.push({
            ...activityFrameAtCycle(activity, i / SAMPLES, params, createActivityFrame()),
          })
        return { activity, frames, peak: activityPeak(activity, params) }
      }),
    [key],
  )

  // ---- layout ----
  const left = 52
  const right = 20
  const plotWidth = width - left - right
  const legendRows = Math.ceil(activities.length / 3)
  const legendHeight = legendRows * 20 + 8
  const panelHeight = 150
  const headingHeight = 30
  const gap = 26
  const forceTop = legendHeight + headingHeight
  const areaTop = forceTop + panelHeight + gap + headingHeight
  const height = areaTop + panelHeight + 44
  const x = (cycle: number) => left + cycle * plotWidth

  const forceValues = curves.flatMap((c) => [
    ...c.frames.map((f) => f.jointReactionBw),
    showPublished ? (c.activity.published?.jointReactionBw ?? 0) : 0,
  ])
  const [, forceMax] = niceDomain([0, ...forceValues], 2)
  const yForce = (bw: number) => forceTop + panelHeight - (bw / forceMax) * panelHeight
  const areaValues = curves.flatMap((c) => c.frames.map((f) => f.contactAreaMm2 / 100))
  const [, areaMax] = niceDomain([0, ...areaValues], 2)
  const yArea = (cm2: number) => areaTop + panelHeight - (cm2 / areaMax) * panelHeight

  const labelOf = (activityId: ActivityId) => m.activities[activityId].label
  const description = [
    m.whyItHurts,
    ...curves.map((c) =>
      format(m.peak, {
        activity: labelOf(c.activity.id),
        bw: number(c.peak.jointReactionBw),
        degrees: Math.round(c.peak.flexionDeg),
      }),
    ),
  ].join(' ')

  return (
    <figure data-activity-chart="" style={{ margin: 0, fontFamily: FONT, ...style }} {...props}>
      <svg
        role="img"
        aria-label={m.title}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ display: 'block', maxWidth: width, height: 'auto' }}
        fontFamily={FONT}
      >
        <title>{m.title}</title>
        <desc id={`${id}-desc`}>{description}</desc>

        <ChartLegend
          labels={curves.map((c) => labelOf(c.activity.id))}
          left={left}
          plotWidth={plotWidth}
        />
        <PanelGrid
          panels={[
            { top: forceTop, title: `${m.forceTitle} (${m.forceUnit})`, max: forceMax, y: yForce },
            { top: areaTop, title: m.areaTitle, max: areaMax, y: yArea },
          ]}
          left={left}
          plotWidth={plotWidth}
          number={number}
        />

        {curves.map((c, i) => {
          const color = PALETTE[i % PALETTE.length]!
          const dash = DASHES[i % DASHES.length] || undefined
          const published = c.activity.published?.jointReactionBw
          return (
            <g key={c.activity.id} data-activity={c.activity.id}>
              <path
                data-series="force"
                d={linePath(
                  c.frames,
                  (f) => x(f.cycle),
                  (f) => yForce(f.jointReactionBw),
                )}
                fill="none"
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={dash}
              />
              <path
                data-series="area"
                d={linePath(
                  c.frames,
                  (f) => x(f.cycle),
                  (f) => yArea(f.contactAreaMm2 / 100),
                )}
                fill="none"
                stroke={color}
                strokeWidth={2.5}
                strokeDasharray={dash}
              />
              {showPublished && published !== undefined && (
                <g data-published={c.activity.id}>
                  <title>
                    {format(m.publishedMark, {
                      bw: number(published),
                      source: c.activity.published!.source,
                    })}
                  </title>
                  <line
                    x1={x(c.peak.cycle) - 14}
                    x2={x(c.peak.cycle) + 14}
                    y1={yForce(published)}
                    y2={yForce(published)}
                    stroke={color}
                    strokeWidth={2}
                  />
                  <circle
                    cx={x(c.peak.cycle)}
                    cy={yForce(published)}
                    r={4}
                    fill="#fff"
                    stroke={color}
                    strokeWidth={2}
                  />
                </g>
              )}
            </g>
          )
        })}

        <text
          x={left + plotWidth / 2}
          y={areaTop + panelHeight + 30}
          fontSize={13}
          textAnchor="middle"
          fill={INK}
        >
          {m.cycleAxis}
        </text>
      </svg>
      {showExplanation && (
        <figcaption style={{ fontSize: 14, lineHeight: 1.5, color: INK, marginTop: 8 }}>
          {m.whyItHurts}
        </figcaption>
      )}
    </figure>
  )
}
