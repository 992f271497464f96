/**
 * What the figure builder makes: one figure's settings, and the three ways to take them away (a
 * script tag with the element, the JSX for React and MDX, a link that reopens the builder). The
 * settings are the element's own attributes, read back through parseAttributes, so everything
 * the builder produces is input the element accepts. Pure: no DOM, no React.
 */
import { parseAttributes } from './attributes'
import { OVERLAYS_FOR_ATTRIBUTES } from './ids'

export type FigureSpec = {
  view: string
  tracking: string
  /** Knee bend in degrees (ignored while it plays). */
  flexion: number
  autoplay: boolean
  highlight: string[]
  labels: string[]
  compare: string
  overlays: string[]
  /** An exercise id, or '' for none. */
  exercise: string
  /** A daily activity id, or '' for none (an exercise takes over). */
  activity: string
  /** The skyline as a radiograph: 'groove', 'merchant', or '' for the classic skyline. */
  beam: string
  /** The radiograph look: grey bone on a dark ground. */
  radiograph: boolean
  /** The clinicians' measurements on the skyline radiograph. */
  measurements: boolean
  lang: string
  /** Largest width in CSS pixels, or null to fill the column. */
  width: number | null
  /** The poster image's URL, or '' for the built-in one. */
  poster: string
  controls: boolean
  caption: boolean
}

export const DEFAULT_SPEC: Readonly<FigureSpec> = {
  view: 'anterior',
  tracking: 'normal',
  flexion: 20,
  autoplay: false,
  highlight: [],
  labels: [],
  compare: 'none',
  overlays: [],
  exercise: '',
  activity: '',
  beam: '',
  radiograph: false,
  measurements: false,
  lang: 'en',
  width: null,
  poster: '',
  controls: true,
  caption: true,
}

/** The element's attributes for a spec, leaving out what equals the default. */
export function specToAttributes(spec: FigureSpec): Array<[string, string]> {
  const d = DEFAULT_SPEC
  const out: Array<[string, string]> = []
  if (spec.tracking !== d.tracking) out.push(['tracking', spec.tracking])
  if (spec.flexion !== d.flexion) out.push(['flexion', String(spec.flexion)])
  if (spec.autoplay) out.push(['autoplay', ''])
  if (spec.highlight.length) out.push(['highlight', spec.highlight.join(' ')])
  if (spec.view !== d.view) out.push(['view', spec.view])
  if (spec.labels.length) out.push(['labels', spec.labels.join(' ')])
  if (spec.compare !== d.compare) out.push(['compare', spec.compare])
  if (spec.overlays.length) out.push(['overlays', spec.overlays.join(' ')])
  if (spec.exercise) out.push(['exercise', spec.exercise])
  if (spec.activity) out.push(['activity', spec.activity])
  if (spec.beam) out.push(['beam', spec.beam])
  if (spec.radiograph) out.push(['radiograph', ''])
  if (spec.measurements) out.push(['measurements', ''])
  if (spec.lang !== d.lang) out.push(['lang', spec.lang])
  if (spec.poster) out.push(['poster', spec.poster])
  if (!spec.controls) out.push(['controls', 'false'])
  if (!spec.caption) out.push(['caption', 'false'])
  return out
}

/**
 * A spec from attributes (or a share link's query): read as the element reads them, so an
 * invalid value falls back to the default, as the element would refuse it.
 */
export function specFromAttributes(get: (name: string) => string | null): FigureSpec {
  const { options } = parseAttributes((name) => {
    const value = get(name)
    // one bad attribute must not spoil the others: check each on its own
    return value !== null && parseAttributes((n) => (n === name ? value : null)).problems.length
      ? null
      : value
  })
  const width = Number(get('width'))
  return {
    view: options.view ?? DEFAULT_SPEC.view,
    tracking: options.tracking ?? DEFAULT_SPEC.tracking,
    flexion: options.flexionDeg ?? DEFAULT_SPEC.flexion,
    autoplay: options.playing ?? false,
    highlight: options.highlight ?? [],
    labels: options.labels ?? [],
    compare: options.compare ?? DEFAULT_SPEC.compare,
    overlays: OVERLAYS_FOR_ATTRIBUTES.filter((o) => options.overlays?.includes(o)),
    exercise: options.exercise ?? '',
    activity: options.activity ?? '',
    beam: options.skylineBeam ?? '',
    radiograph: options.radiograph ?? false,
    measurements: options.measurements ?? false,
    lang: options.lang && ['en', 'es', 'de'].includes(options.lang) ? options.lang : 'en',
    width: Number.isFinite(width) && width >= 200 ? Math.round(width) : null,
    poster: options.poster ?? '',
    controls: options.controls,
    caption: options.caption,
  }
}

const escapeAttribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')

/** The snippet for WordPress and plain HTML: the script tag (best in the head) and the element. */
export function specToHtml(spec: FigureSpec, scriptUrl: string): string {
  const attributes = specToAttributes(spec).map(([name, value]) =>
    value === '' ? name : `${name}="${escapeAttribute(value)}"`,
  )
  if (spec.width) attributes.push(`style="max-width: ${spec.width}px"`)
  const element = attributes.length
    ? `<knee-explainer\n  ${attributes.join('\n  ')}\n></knee-explainer>`
    : '<knee-explainer></knee-explainer>'
  // in the page's head, blocking="render" holds the first paint for the 4 KB script, so the
  // figure has its box from the start and the text below never moves (elsewhere it is ignored)
  return `<script type="module" src="${escapeAttribute(scriptUrl)}" blocking="render"></script>\n${element}\n`
}

const OVERLAY_PROPS: Record<string, string> = {
  xray: 'defaultXray',
  trail: 'defaultTrail',
  forces: 'defaultForces',
  contact: 'defaultContact',
  bursae: 'defaultBursae',
}
const list = (ids: readonly string[]) => `{[${ids.map((id) => `'${id}'`).join(', ')}]}`

/** The JSX for React and MDX: KneeExplainer with the same scene as uncontrolled props. */
export function specToJsx(spec: FigureSpec): string {
  const d = DEFAULT_SPEC
  const props: string[] = []
  if (spec.tracking !== d.tracking) props.push(`defaultTracking="${spec.tracking}"`)
  if (spec.flexion !== d.flexion) props.push(`defaultFlexionDeg={${spec.flexion}}`)
  if (spec.autoplay) props.push('defaultPlaying')
  if (spec.highlight.length) props.push(`defaultHighlight=${list(spec.highlight)}`)
  if (spec.view !== d.view) props.push(`defaultView="${spec.view}"`)
  if (spec.labels.length) props.push(`defaultLabels=${list(spec.labels)}`)
  if (spec.compare !== d.compare) props.push(`defaultCompare="${spec.compare}"`)
  for (const overlay of spec.overlays) props.push(OVERLAY_PROPS[overlay]!)
  if (spec.exercise) props.push(`defaultExercise="${spec.exercise}"`)
  if (spec.activity) props.push(`defaultActivity="${spec.activity}"`)
  if (spec.beam) props.push(`defaultSkylineBeam="${spec.beam}"`)
  if (spec.radiograph) props.push('defaultRadiograph')
  if (spec.measurements) props.push('defaultMeasurements')
  if (spec.lang !== d.lang) props.push(`lang="${spec.lang}"`)
  if (!spec.controls) props.push('controls={false}')
  if (!spec.caption) props.push('caption={false}')
  if (spec.width) props.push(`style={{ maxWidth: ${spec.width} }}`)
  const element = props.length ? `<KneeExplainer\n  ${props.join('\n  ')}\n/>` : '<KneeExplainer />'
  return `import { KneeExplainer } from 'knee-explainer'\n\n${element}\n`
}

/** The query of a link that reopens the builder with these settings. */
export function specToQuery(spec: FigureSpec): string {
  const query = new URLSearchParams(specToAttributes(spec))
  if (spec.width) query.set('width', String(spec.width))
  return query.toString()
}
