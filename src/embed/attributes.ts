/**
 * The custom element's attributes, parsed and checked: each attribute mirrors a KneeExplainer
 * prop. Problems come back in English for the site's developer (the element puts them in its
 * `error` event and the console; the reader sees one plain sentence in the figure's language).
 * No React, no three.js: this runs before anything heavy loads.
 */
import {
  ACTIVITY_IDS_FOR_ATTRIBUTES,
  COMPARE_FOR_ATTRIBUTES,
  DEFAULT_LABELS_FOR_ATTRIBUTES,
  FLEXION_RANGE_FOR_ATTRIBUTES,
  STRUCTURE_AND_GROUP_IDS_FOR_ATTRIBUTES,
  EXERCISE_IDS_FOR_ATTRIBUTES,
  OVERLAYS_FOR_ATTRIBUTES,
  TRACKING_PRESET_IDS_FOR_ATTRIBUTES,
  VIEW_IDS_FOR_ATTRIBUTES,
} from './ids'

export const OBSERVED_ATTRIBUTES = [
  'tracking',
  'flexion',
  'autoplay',
  'highlight',
  'view',
  'labels',
  'side',
  'model-src',
  'lang',
  'alt',
  'loading',
  'controls',
  'caption',
  'compare',
  'overlays',
  'exercise',
  'activity',
  'beam',
  'radiograph',
  'measurements',
  'poster',
  'video',
] as const

export type ElementOptions = {
  tracking?: string
  flexionDeg?: number
  playing?: boolean
  highlight?: string[]
  view?: string
  labels?: string[]
  side?: 'left' | 'right'
  modelSrc?: string
  lang?: string
  alt?: string
  loading: 'lazy' | 'eager'
  controls: boolean
  caption: boolean
  compare?: string
  /** The overlays switched on (see-through, path, arrows, load). */
  overlays?: Array<(typeof OVERLAYS_FOR_ATTRIBUTES)[number]>
  exercise?: string
  activity?: string
  /** The skyline view as an axial radiograph: along the groove, or Merchant's fixed beam. */
  skylineBeam?: 'groove' | 'merchant'
  /** The radiograph look: grey bone on a dark ground. */
  radiograph?: boolean
  /** The clinicians' measurements drawn on the skyline radiograph. */
  measurements?: boolean
  /** The poster image shown until the figure loads (http(s) or relative). */
  poster?: string
  /** CSS selector of a <video> the figure follows (its metadata track or cue list). */
  video?: string
}

// the element's entry imports no catalogue: it would pull the figure's shared code in up front
const IDS = new Set<string>(STRUCTURE_AND_GROUP_IDS_FOR_ATTRIBUTES)
const { min: FLEXION_MIN, max: FLEXION_MAX } = FLEXION_RANGE_FOR_ATTRIBUTES
const list = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean)
const flag = (value: string | null) => value !== null && value !== 'false'

/** Whether a URL is http(s) or relative (no javascript:, data: or file:). */
function isWebUrl(value: string): boolean {
  try {
    const url = new URL(
      value,
      typeof document !== 'undefined' ? document.baseURI : 'http://localhost/',
    )
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** Reads the element's attributes; returns the options and any problems found. */
export function parseAttributes(get: (name: string) => string | null): {
  options: ElementOptions
  problems: string[]
} {
  const problems: string[] = []
  const options: ElementOptions = {
    loading: get('loading') === 'eager' ? 'eager' : 'lazy',
    controls: get('controls') === null ? true : flag(get('controls')),
    caption: get('caption') === null ? true : flag(get('caption')),
  }
  const tracking = get('tracking')
  if (tracking !== null) {
    const id = tracking === 'lateral' ? 'lateral-moderate' : tracking
    if (TRACKING_PRESET_IDS_FOR_ATTRIBUTES.includes(id)) options.tracking = id
    else
      problems.push(
        `tracking="${tracking}" is not a known tracking (use ${['lateral', ...TRACKING_PRESET_IDS_FOR_ATTRIBUTES].join(', ')}).`,
      )
  }
  const flexion = get('flexion')
  if (flexion !== null) {
    const value = Number(flexion)
    if (flexion.trim() === '' || !Number.isFinite(value))
      problems.push(`flexion="${flexion}" is not a number of degrees.`)
    else options.flexionDeg = Math.min(Math.max(value, FLEXION_MIN), FLEXION_MAX)
  }
  if (get('autoplay') !== null) options.playing = flag(get('autoplay'))
  const highlight = get('highlight')
  if (highlight !== null) {
    const ids = list(highlight)
    const unknown = ids.filter((id) => !IDS.has(id))
    if (unknown.length) problems.push(`highlight has unknown structure ids: ${unknown.join(', ')}.`)
    else options.highlight = ids
  }
  const view = get('view')
  if (view !== null) {
    if (VIEW_IDS_FOR_ATTRIBUTES.includes(view)) options.view = view
    else
      problems.push(
        `view="${view}" is not a known view (use ${VIEW_IDS_FOR_ATTRIBUTES.join(', ')}).`,
      )
  }
  const labels = get('labels')
  if (labels !== null && labels !== 'false') {
    const ids =
      labels === '' || labels === 'true' ? [...DEFAULT_LABELS_FOR_ATTRIBUTES] : list(labels)
    const unknown = ids.filter((id) => !IDS.has(id))
    if (unknown.length) problems.push(`labels has unknown structure ids: ${unknown.join(', ')}.`)
    else options.labels = ids
  }
  const side = get('side')
  if (side !== null) {
    if (side === 'left' || side === 'right') options.side = side
    else problems.push(`side="${side}" must be left or right.`)
  }
  const src = get('model-src')
  if (src !== null) {
    if (isWebUrl(src)) options.modelSrc = src
    else problems.push(`model-src must be an http(s) or relative URL.`)
  }
  const poster = get('poster')
  if (poster !== null) {
    if (isWebUrl(poster)) options.poster = poster
    else problems.push(`poster must be an http(s) or relative URL.`)
  }
  const compare = get('compare')
  if (compare !== null) {
    if (COMPARE_FOR_ATTRIBUTES.includes(compare)) options.compare = compare
    else problems.push(`compare="${compare}" must be ${COMPARE_FOR_ATTRIBUTES.join(', ')}.`)
  }
  const overlays = get('overlays')
  if (overlays !== null) {
    const names = list(overlays)
    const unknown = names.filter((n) => !(OVERLAYS_FOR_ATTRIBUTES as readonly string[]).includes(n))
    if (unknown.length)
      problems.push(
        `overlays has unknown names: ${unknown.join(', ')} (use ${OVERLAYS_FOR_ATTRIBUTES.join(', ')}).`,
      )
    else options.overlays = names as ElementOptions['overlays']
  }
  const exercise = get('exercise')
  if (exercise !== null && exercise !== '') {
    if (EXERCISE_IDS_FOR_ATTRIBUTES.includes(exercise)) options.exercise = exercise
    else
      problems.push(
        `exercise="${exercise}" is not a known exercise (use ${EXERCISE_IDS_FOR_ATTRIBUTES.join(', ')}).`,
      )
  }
  const activity = get('activity')
  if (activity !== null && activity !== '') {
    if (ACTIVITY_IDS_FOR_ATTRIBUTES.includes(activity)) options.activity = activity
    else
      problems.push(
        `activity="${activity}" is not a known activity (use ${ACTIVITY_IDS_FOR_ATTRIBUTES.join(', ')}).`,
      )
  }
  const beam = get('beam')
  if (beam !== null && beam !== '') {
    if (beam === 'groove' || beam === 'merchant') options.skylineBeam = beam
    else problems.push(`beam="${beam}" must be groove or merchant.`)
  }
  if (get('radiograph') !== null) options.radiograph = flag(get('radiograph'))
  if (get('measurements') !== null) options.measurements = flag(get('measurements'))
  const video = get('video')
  if (video !== null && video.trim() !== '') options.video = video
  const lang = get('lang')
  if (lang !== null) options.lang = lang
  const alt = get('alt')
  if (alt !== null) options.alt = alt
  return { options, problems }
}
