// The figure builder's output: every setting it offers becomes attributes the element accepts,
// a share link's query reads back to the same settings, and the JSX names the same scene.
import { describe, expect, it } from 'vitest'
import { parseAttributes } from '../../src/embed/attributes'
import {
  DEFAULT_SPEC,
  specFromAttributes,
  specToAttributes,
  specToHtml,
  specToJsx,
  specToQuery,
  type FigureSpec,
} from '../../src/embed/builderSpec'
import {
  ACTIVITY_IDS_FOR_ATTRIBUTES,
  COMPARE_FOR_ATTRIBUTES,
  DEFAULT_LABELS_FOR_ATTRIBUTES,
  FLEXION_RANGE_FOR_ATTRIBUTES,
  STRUCTURE_AND_GROUP_IDS_FOR_ATTRIBUTES,
  EXERCISE_IDS_FOR_ATTRIBUTES,
  OVERLAYS_FOR_ATTRIBUTES,
} from '../../src/embed/ids'
import { EXERCISE_IDS } from '../../src/exercises'
import { ACTIVITY_IDS } from '../../src/kinematics/activities'
import { GROUP_IDS, STRUCTURE_IDS } from '../../src/anatomy/structures'
import { DEFAULT_LABELS } from '../../src/anatomy/labels'
import { FLEXION_RANGE_DEG } from '../../src/kinematics/input'
import { TOGGLES } from '../../src/explainer/controls/ControlParts'

const FULL: FigureSpec = {
  view: 'skyline',
  tracking: 'lateral-severe',
  flexion: 35,
  autoplay: true,
  highlight: ['vastus-medialis-oblique', 'lateral-pull'],
  labels: ['patella', 'iliotibial-band'],
  compare: 'ghost',
  overlays: ['xray', 'forces', 'bursae'],
  exercise: 'mini-squat',
  activity: 'stairs-up',
  beam: 'merchant',
  radiograph: true,
  measurements: true,
  lang: 'de',
  width: 480,
  poster: '/images/knee & more.png',
  controls: false,
  caption: false,
}

describe('figure builder output', () => {
  it('the element accepts every attribute the builder writes', () => {
    for (const spec of [DEFAULT_SPEC, FULL]) {
      const attributes = new Map(specToAttributes(spec))
      const { problems } = parseAttributes((name) => attributes.get(name) ?? null)
      expect(problems).toEqual([])
    }
  })

  it('a share link reads back to the same settings; defaults write nothing', () => {
    const query = new URLSearchParams(specToQuery(FULL))
    expect(specFromAttributes((name) => query.get(name))).toEqual(FULL)
    expect(specToAttributes(DEFAULT_SPEC)).toEqual([])
    expect(specFromAttributes(() => null)).toEqual(DEFAULT_SPEC)
  })

  it('a bad value in a link falls back to the default alone', () => {
    const query = new URLSearchParams('view=upside-down&tracking=lateral-mild&overlays=xray,glow')
    expect(specFromAttributes((name) => query.get(name))).toMatchObject({
      view: 'anterior',
      tracking: 'lateral-mild',
      overlays: [],
    })
  })

  it('the HTML snippet loads the script and escapes values', () => {
    const html = specToHtml(FULL, 'https://example.org/knee/knee-explainer.js')
    expect(html).toContain(
      '<script type="module" src="https://example.org/knee/knee-explainer.js" blocking="render"></script>',
    )
    expect(html).toContain('tracking="lateral-severe"')
    expect(html).toContain('\n  autoplay\n')
    expect(html).toContain('poster="/images/knee &amp; more.png"')
    expect(html).toContain('style="max-width: 480px"')
    expect(html).toContain('beam="merchant"\n  radiograph\n  measurements\n')
  })

  it('the JSX sets the same scene through uncontrolled props', () => {
    const jsx = specToJsx(FULL)
    for (const prop of [
      'defaultTracking="lateral-severe"',
      'defaultFlexionDeg={35}',
      'defaultPlaying',
      "defaultHighlight={['vastus-medialis-oblique', 'lateral-pull']}",
      'defaultView="skyline"',
      "defaultLabels={['patella', 'iliotibial-band']}",
      'defaultCompare="ghost"',
      'defaultXray',
      'defaultForces',
      'defaultBursae',
      'defaultExercise="mini-squat"',
      'defaultActivity="stairs-up"',
      'defaultSkylineBeam="merchant"',
      'defaultRadiograph',
      'defaultMeasurements',
      'lang="de"',
      'controls={false}',
      'caption={false}',
      'style={{ maxWidth: 480 }}',
    ])
      expect(jsx).toContain(prop)
  })

  it("the element's own value lists match the library", () => {
    expect([...EXERCISE_IDS_FOR_ATTRIBUTES].sort()).toEqual([...EXERCISE_IDS].sort())
    expect([...ACTIVITY_IDS_FOR_ATTRIBUTES]).toEqual([...ACTIVITY_IDS])
    expect([...COMPARE_FOR_ATTRIBUTES]).toEqual(['none', 'ghost', 'side-by-side'])
    expect([...OVERLAYS_FOR_ATTRIBUTES].sort()).toEqual([...TOGGLES, 'bursae'].sort())
    expect([...STRUCTURE_AND_GROUP_IDS_FOR_ATTRIBUTES].sort()).toEqual(
      [...STRUCTURE_IDS, ...GROUP_IDS].sort(),
    )
    expect(DEFAULT_LABELS_FOR_ATTRIBUTES).toEqual(DEFAULT_LABELS)
    expect(FLEXION_RANGE_FOR_ATTRIBUTES).toEqual(FLEXION_RANGE_DEG)
  })
})
