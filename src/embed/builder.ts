/**
 * The figure builder, for writers who do not code: labelled controls on one side, a live
 * <knee-explainer> on the other, and the result to copy (a script tag with the element, the JSX,
 * or a link that reopens the builder with the same settings). The preview is the element itself,
 * given exactly the attributes the snippet holds. Plain DOM, no React: it loads with the page.
 */
import { GROUPS, GROUP_IDS, STRUCTURES, STRUCTURE_IDS } from '../anatomy/structures'
import { TRACKING_PRESET_LIST } from '../kinematics/presets'
import {
  DEFAULT_SPEC,
  specFromAttributes,
  specToAttributes,
  specToHtml,
  specToJsx,
  specToQuery,
  type FigureSpec,
} from './builderSpec'
import { ACTIVITY_IDS_FOR_ATTRIBUTES, EXERCISE_IDS_FOR_ATTRIBUTES } from './ids'

export type BuilderOptions = {
  /** The address of knee-explainer.js that the snippet loads. */
  scriptUrl: string
  /** Settings to start from, e.g. a share link's query. @defaultValue location.search */
  query?: string
  /** The address the share link opens. @defaultValue location's, without its query */
  pageUrl?: string
}

const VIEWS: Array<[string, string]> = [
  ['anterior', 'Front'],
  ['lateral', 'Outer side'],
  ['medial', 'Inner side'],
  ['posterior', 'Back'],
  ['thigh', 'Whole thigh'],
  ['leg', 'Whole leg from the side'],
  ['skyline', 'Kneecap from below'],
]
const COMPARE: Array<[string, string]> = [
  ['none', 'Off'],
  ['ghost', 'Outline of a normal kneecap'],
  ['side-by-side', 'Normal knee beside it'],
]
const OVERLAYS: Array<[string, string]> = [
  ['xray', 'See-through muscles'],
  ['trail', 'Kneecap path'],
  ['forces', 'Pull arrows'],
  ['contact', 'Cartilage load'],
  ['bursae', 'Bursae (fluid sacs)'],
]
const LANGUAGES: Array<[string, string]> = [
  ['en', 'English'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
]
/** Every attribute a spec can set (specToAttributes). */
const MANAGED = [
  'tracking',
  'flexion',
  'autoplay',
  'highlight',
  'view',
  'labels',
  'compare',
  'overlays',
  'exercise',
  'activity',
  'lang',
  'poster',
  'controls',
  'caption',
]
const title = (id: string) => id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase())

const CSS = `
.kb { display: grid; grid-template-columns: minmax(16rem, 22rem) 1fr; gap: 24px; align-items: start;
  font: 15px/1.45 system-ui, sans-serif; color: #1d2125; }
.kb > .kb-preview { position: sticky; top: 8px; }
@media (max-width: 760px) { .kb { grid-template-columns: 1fr; } .kb > .kb-preview { position: static; order: -1; } }
.kb form { display: grid; gap: 10px; }
.kb fieldset { border: 1px solid #c4c8cc; border-radius: 8px; padding: 8px 12px 12px; margin: 0; display: grid; gap: 8px; }
.kb legend { font-weight: 600; padding: 0 4px; }
.kb label { display: grid; gap: 4px; }
.kb label.kb-check { display: flex; gap: 8px; align-items: center; }
.kb select, .kb input:not([type=checkbox]), .kb textarea { font: inherit; padding: 4px 6px; min-height: 32px; box-sizing: border-box; width: 100%; }
.kb input[type=checkbox] { width: 20px; height: 20px; margin: 0; }
.kb select[multiple] { min-height: 9em; }
.kb .kb-hint { font-size: 13px; color: #4a5056; margin: 0; }
.kb .kb-out { display: grid; gap: 8px; margin-top: 16px; }
.kb .kb-out textarea { font: 13px/1.4 ui-monospace, monospace; min-height: 9em; }
.kb .kb-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.kb button { font: inherit; min-height: 32px; padding: 4px 12px; cursor: pointer; }
.kb [aria-pressed=true] { background: #1f5fbf; color: #fff; border: 1px solid #1f5fbf; }
`

/** Builds the builder into `root`; returns a way to read its settings and to take it down. */
export function mountBuilder(root: HTMLElement, options: BuilderOptions) {
  const doc = root.ownerDocument
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
    ...children: Array<Node | string>
  ): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag)
    for (const [key, value] of Object.entries(props)) {
      if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'for')
        node.setAttribute(key, String(value))
      else (node as unknown as Record<string, unknown>)[key] = value
    }
    node.append(...children)
    return node
  }
  const select = (name: string, choices: Array<[string, string]>, multiple = false) =>
    el(
      'select',
      { name, multiple },
      ...choices.map(([value, label]) => el('option', { value }, label)),
    )
  const field = (label: string, control: HTMLElement, hint?: string) =>
    el('label', {}, label, control, ...(hint ? [el('p', { className: 'kb-hint' }, hint)] : []))
  const check = (label: string, name: string, value = 'on') =>
    el('label', { className: 'kb-check' }, el('input', { type: 'checkbox', name, value }), label)

  const structures: Array<[string, string]> = [
    ...GROUP_IDS.map((id): [string, string] => [id, `${GROUPS[id].name} (group)`]),
    ...STRUCTURE_IDS.map((id): [string, string] => [id, STRUCTURES[id].name]),
  ]
  const form = el(
    'form',
    { 'aria-label': 'Figure settings' },
    el(
      'fieldset',
      {},
      el('legend', {}, 'What the figure shows'),
      field('View', select('view', VIEWS)),
      field(
        'Kneecap tracking',
        select(
          'tracking',
          TRACKING_PRESET_LIST.map((p) => [p.id, p.label]),
        ),
      ),
      field(
        'Knee bend (degrees)',
        el('input', { type: 'number', name: 'flexion', min: '0', max: '120', step: '1' }),
      ),
      check('Bend and straighten on a loop', 'autoplay'),
      field(
        'Daily activity',
        select('activity', [
          ['', 'None'],
          ...ACTIVITY_IDS_FOR_ATTRIBUTES.map((id): [string, string] => [id, title(id)]),
        ]),
        'Walking, stairs, squatting...: the bend and the load on the kneecap as in daily life.',
      ),
      field(
        'Exercise',
        select('exercise', [
          ['', 'None'],
          ...EXERCISE_IDS_FOR_ATTRIBUTES.map((id): [string, string] => [id, title(id)]),
        ]),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Highlight and labels'),
      field(
        'Highlight',
        select('highlight', structures, true),
        'Ctrl or Cmd + click picks more than one.',
      ),
      field(
        'Labels',
        select(
          'labels',
          structures.filter(([id]) => !GROUP_IDS.includes(id as never)),
          true,
        ),
      ),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Extras'),
      field('Compare with a normal knee', select('compare', COMPARE)),
      ...OVERLAYS.map(([value, label]) => check(label, 'overlays', value)),
    ),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Page'),
      field('Language', select('lang', LANGUAGES)),
      field(
        'Largest width (pixels)',
        el('input', {
          type: 'number',
          name: 'width',
          min: '200',
          max: '2000',
          step: '10',
          placeholder: 'the full column',
        }),
      ),
      field(
        'Poster image (address)',
        el('input', { type: 'url', name: 'poster', placeholder: 'the built-in picture' }),
        'Shown until the 3D figure loads, and where 3D cannot run.',
      ),
      check('Show the controls', 'controls'),
      check('Show the caption', 'caption'),
    ),
  )

  const preview = el('knee-explainer' as 'div')
  preview.setAttribute('loading', 'eager')
  preview.setAttribute('data-builder-preview', '')
  const kinds: Array<[string, string]> = [
    ['html', 'HTML (WordPress, any page)'],
    ['jsx', 'React / MDX'],
    ['link', 'Link to these settings'],
  ]
  let kind = 'html'
  const tabs = kinds.map(([id, label]) =>
    el('button', { type: 'button', 'data-kind': id, 'aria-pressed': String(id === kind) }, label),
  )
  const output = el('textarea', {
    readOnly: true,
    'aria-label': 'Copy this',
    spellcheck: false,
  } as never)
  const status = el('p', { role: 'status', className: 'kb-hint' })
  const copy = el('button', { type: 'button' }, 'Copy')
  const out = el(
    'div',
    { className: 'kb-out' },
    el('div', { className: 'kb-row', role: 'group', 'aria-label': 'What to copy' }, ...tabs),
    output,
    el('div', { className: 'kb-row' }, copy, status),
  )
  const style = el('style', {}, CSS)
  const wrapper = el(
    'div',
    { className: 'kb' },
    form,
    el('div', { className: 'kb-preview' }, preview, out),
  )
  root.append(style, wrapper)

  // form <-> spec
  const controls = form.elements
  const named = (name: string) => controls.namedItem(name) as HTMLInputElement & HTMLSelectElement
  const picked = (name: string) => [...named(name).selectedOptions].map((o) => o.value)
  const write = (spec: FigureSpec) => {
    named('view').value = spec.view
    named('tracking').value = spec.tracking
    named('flexion').value = String(spec.flexion)
    named('autoplay').checked = spec.autoplay
    named('exercise').value = spec.exercise
    named('activity').value = spec.activity
    for (const o of named('highlight').options) o.selected = spec.highlight.includes(o.value)
    for (const o of named('labels').options) o.selected = spec.labels.includes(o.value)
    named('compare').value = spec.compare
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name=overlays]'))
      box.checked = spec.overlays.includes(box.value)
    named('lang').value = spec.lang
    named('width').value = spec.width ? String(spec.width) : ''
    named('poster').value = spec.poster
    named('controls').checked = spec.controls
    named('caption').checked = spec.caption
  }
  const read = (): FigureSpec => {
    const flexion = Math.round(Number(named('flexion').value))
    const width = Math.round(Number(named('width').value))
    return {
      view: named('view').value,
      tracking: named('tracking').value,
      flexion: Number.isFinite(flexion)
        ? Math.min(Math.max(flexion, 0), 120)
        : DEFAULT_SPEC.flexion,
      autoplay: named('autoplay').checked,
      highlight: picked('highlight'),
      labels: picked('labels'),
      compare: named('compare').value,
      overlays: [...form.querySelectorAll<HTMLInputElement>('input[name=overlays]:checked')].map(
        (b) => b.value,
      ),
      exercise: named('exercise').value,
      activity: named('activity').value,
      lang: named('lang').value,
      width: width >= 200 ? width : null,
      poster: named('poster').value.trim(),
      controls: named('controls').checked,
      caption: named('caption').checked,
    }
  }

  const pageUrl =
    options.pageUrl ?? (typeof location !== 'undefined' ? location.href.split(/[?#]/)[0]! : '')
  const text = (spec: FigureSpec) =>
    kind === 'jsx'
      ? specToJsx(spec)
      : kind === 'link'
        ? `${pageUrl}?${specToQuery(spec)}`
        : specToHtml(spec, options.scriptUrl)

  // the preview gets exactly the snippet's attributes
  const update = () => {
    const spec = read()
    const wanted = new Map(specToAttributes(spec))
    // only the attributes a spec sets: the element keeps its own (data-state) and the page's
    for (const name of MANAGED) if (!wanted.has(name)) preview.removeAttribute(name)
    for (const [name, value] of wanted)
      if (preview.getAttribute(name) !== value) preview.setAttribute(name, value)
    preview.style.maxWidth = spec.width ? `${spec.width}px` : ''
    output.value = text(spec)
    status.textContent = ''
  }
  for (const tab of tabs)
    tab.addEventListener('click', () => {
      kind = tab.getAttribute('data-kind')!
      for (const t of tabs) t.setAttribute('aria-pressed', String(t === tab))
      update()
    })
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.value)
    } catch {
      output.select()
      doc.execCommand('copy')
    }
    status.textContent = 'Copied.'
  })
  form.addEventListener('input', update)
  form.addEventListener('change', update)
  form.addEventListener('submit', (event) => event.preventDefault())

  const query = new URLSearchParams(
    options.query ?? (typeof location !== 'undefined' ? location.search : ''),
  )
  write(specFromAttributes((name) => query.get(name)))
  update()

  return {
    read,
    preview: preview as HTMLElement,
    text: () => output.value,
    unmount: () => {
      wrapper.remove()
      style.remove()
    },
  }
}
