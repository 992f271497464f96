/**
 * The figure builder, for writers who do not code: labelled controls on one side, a live
 * <knee-explainer> on the other, and the result to copy (a script tag with the element, the JSX,
 * or a link that reopens the builder with the same settings). The preview is the element itself,
 * given exactly the attributes the snippet holds. Plain DOM, no React: it loads with the page.
 */
import { GROUP_IDS, STRUCTURE_IDS } from '../anatomy/structures'
import { TRACKING_PRESET_LIST } from '../kinematics/presets'
import {
  EN,
  builderMessagesFor,
  format,
  type ActivityId,
  type BuilderMessages,
  type ExerciseId,
  type LocaleBundle,
} from '../index'
import { DE } from '../locales/de'
import { ES } from '../locales/es'
import {
  DEFAULT_SPEC,
  specFromAttributes,
  specToAttributes,
  specToHtml,
  specToJsx,
  specToQuery,
  type FigureSpec,
} from './builderSpec'
import {
  ACTIVITY_IDS_FOR_ATTRIBUTES,
  EXERCISE_IDS_FOR_ATTRIBUTES,
  OVERLAYS_FOR_ATTRIBUTES,
} from './ids'

export type BuilderOptions = {
  /** The address of knee-explainer.js that the snippet loads. */
  scriptUrl: string
  /** Settings to start from, e.g. a share link's query. @defaultValue location.search */
  query?: string
  /** The address the share link opens. @defaultValue location's, without its query */
  pageUrl?: string
  /**
   * The language the builder itself speaks ('en', 'es', 'de'); the figure's language is a
   * setting of its own. @defaultValue the query's `ui`, else the browser's language, else English
   */
  uiLang?: string
  /** Hears the writer switch the builder's language (the page retitles itself). */
  onUiLangChange?: (lang: BuilderLanguage, words: BuilderMessages) => void
}

/** The languages the builder speaks, each named in its own language. */
const UI_LANGUAGES = [
  ['en', 'English'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
] as const
export type BuilderLanguage = (typeof UI_LANGUAGES)[number][0]
const BUNDLES: Record<BuilderLanguage, LocaleBundle> = { en: EN, es: ES, de: DE }

/**
 * The language the builder speaks: `?ui=` if it names one it speaks, else the first of the
 * browser's languages it speaks, else English.
 */
export function builderLanguage(
  query: string,
  browserLanguages: readonly string[] = typeof navigator !== 'undefined' ? navigator.languages : [],
): BuilderLanguage {
  const speaks = (tag: string | null | undefined) =>
    UI_LANGUAGES.find(([id]) => id === tag?.toLowerCase().split('-')[0])?.[0]
  return (
    speaks(new URLSearchParams(query).get('ui')) ??
    browserLanguages.map(speaks).find(Boolean) ??
    'en'
  )
}

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
  'beam',
  'radiograph',
  'measurements',
  'lang',
  'poster',
  'controls',
  'caption',
]

const CSS = `
.kb { display: grid; grid-template-columns: minmax(16rem, 22rem) 1fr; gap: 24px; align-items: start;
  font: 15px/1.45 system-ui, sans-serif; color: #1d2125; }
.kb > .kb-preview { position: sticky; top: 8px; }
@media (max-width: 760px) { .kb { grid-template-columns: 1fr; } .kb > .kb-preview { position: static; order: -1; } }
.kb form, .kb .kb-settings { display: grid; gap: 10px; }
.kb .kb-ui button { min-height: 28px; padding: 2px 10px; }
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
  const select = (
    name: string,
    choices: ReadonlyArray<readonly [string, string, string?]>,
    multiple = false,
  ) =>
    el(
      'select',
      { name, multiple },
      // a third entry is the option's own language (a language named in itself)
      ...choices.map(([value, label, lang]) =>
        el('option', { value, ...(lang ? { lang } : {}) }, label),
      ),
    )
  const field = (label: string, control: HTMLElement, hint?: string) =>
    el('label', {}, label, control, ...(hint ? [el('p', { className: 'kb-hint' }, hint)] : []))
  const check = (label: string, name: string, value = 'on') =>
    el('label', { className: 'kb-check' }, el('input', { type: 'checkbox', name, value }), label)

  const query = new URLSearchParams(
    options.query ?? (typeof location !== 'undefined' ? location.search : ''),
  )
  let ui: BuilderLanguage = options.uiLang
    ? builderLanguage(`ui=${options.uiLang}`, [])
    : builderLanguage(query.toString())
  let words = builderMessagesFor(ui)

  /** The settings form, in the builder's language: names as the figure says them. */
  const makeForm = (b: BuilderMessages, bundle: LocaleBundle) => {
    const m = bundle.messages
    const structures: Array<[string, string]> = [
      ...GROUP_IDS.map((id): [string, string] => [
        id,
        format(b.group, { name: bundle.groups[id].name }),
      ]),
      ...STRUCTURE_IDS.map((id): [string, string] => [id, bundle.structures[id].name]),
    ]
    const activityNames = bundle.activity?.activities ?? EN.activity!.activities
    return el(
      'form',
      { 'aria-label': b.formLabel },
      el(
        'fieldset',
        {},
        el('legend', {}, b.sectionShows),
        field(
          m.view,
          select('view', [
            ['anterior', m.viewAnterior],
            ['lateral', m.viewLateral],
            ['medial', m.viewMedial],
            ['posterior', m.viewPosterior],
            ['thigh', m.viewThigh],
            ['leg', m.viewLeg],
            ['skyline', m.viewSkyline],
          ]),
        ),
        field(
          m.tracking,
          select(
            'tracking',
            TRACKING_PRESET_LIST.map((p): [string, string] => [p.id, bundle.presets[p.id].label]),
          ),
        ),
        field(
          b.flexion,
          el('input', { type: 'number', name: 'flexion', min: '0', max: '120', step: '1' }),
        ),
        check(b.autoplay, 'autoplay'),
        field(
          b.activity,
          select('activity', [
            ['', b.none],
            ...ACTIVITY_IDS_FOR_ATTRIBUTES.map((id): [string, string] => [
              id,
              activityNames[id as ActivityId].label,
            ]),
          ]),
          b.activityHint,
        ),
        field(
          b.exercise,
          select('exercise', [
            ['', b.none],
            ...EXERCISE_IDS_FOR_ATTRIBUTES.map((id): [string, string] => [
              id,
              bundle.exercises[id as ExerciseId].name,
            ]),
          ]),
        ),
      ),
      el(
        'fieldset',
        {},
        el('legend', {}, b.sectionHighlight),
        field(b.highlight, select('highlight', structures, true), b.highlightHint),
        field(
          b.labels,
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
        el('legend', {}, b.sectionExtras),
        field(
          b.compare,
          select('compare', [
            ['none', m.compareNone],
            ['ghost', m.compareGhost],
            ['side-by-side', m.compareSideBySide],
          ]),
        ),
        ...OVERLAYS_FOR_ATTRIBUTES.map((overlay) => check(m[overlay], 'overlays', overlay)),
        field(
          b.beam,
          select('beam', [
            ['', b.beamClassic],
            ['groove', b.beamGroove],
            ['merchant', b.beamMerchant],
          ]),
          b.beamHint,
        ),
        check(b.radiograph, 'radiograph'),
        check(b.measurements, 'measurements'),
      ),
      el(
        'fieldset',
        {},
        el('legend', {}, b.sectionPage),
        field(
          b.language,
          select(
            'lang',
            UI_LANGUAGES.map(([id, name]) => [id, name, id]),
          ),
        ),
        field(
          b.width,
          el('input', {
            type: 'number',
            name: 'width',
            min: '200',
            max: '2000',
            step: '10',
            placeholder: b.widthPlaceholder,
          }),
        ),
        field(
          b.poster,
          el('input', { type: 'url', name: 'poster', placeholder: b.posterPlaceholder }),
          b.posterHint,
        ),
        check(b.controls, 'controls'),
        check(b.caption, 'caption'),
      ),
    )
  }

  // the builder's own language: a button per language, each named in itself
  const uiButtons = UI_LANGUAGES.map(([id, name]) =>
    el(
      'button',
      { type: 'button', lang: id, 'data-ui': id, 'aria-pressed': String(id === ui) },
      name,
    ),
  )
  const uiLabel = el('span', {})
  const uiRow = el('div', { className: 'kb-row kb-ui', role: 'group' }, uiLabel, ...uiButtons)

  let form = makeForm(words, BUNDLES[ui])

  const preview = el('knee-explainer' as 'div')
  preview.setAttribute('loading', 'eager')
  preview.setAttribute('data-builder-preview', '')
  const kinds = ['html', 'jsx', 'link'] as const
  const kindLabel = (b: BuilderMessages, id: (typeof kinds)[number]) =>
    id === 'html' ? b.outputHtml : id === 'jsx' ? b.outputJsx : b.outputLink
  let kind: (typeof kinds)[number] = 'html'
  const tabs = kinds.map((id) =>
    el('button', { type: 'button', 'data-kind': id, 'aria-pressed': String(id === kind) }),
  )
  const output = el('textarea', { readOnly: true, spellcheck: false } as never)
  const status = el('p', { role: 'status', className: 'kb-hint' })
  const copy = el('button', { type: 'button' })
  const tabRow = el('div', { className: 'kb-row', role: 'group' }, ...tabs)
  const out = el(
    'div',
    { className: 'kb-out' },
    tabRow,
    output,
    el('div', { className: 'kb-row' }, copy, status),
  )
  /** Writes the words outside the form (the form is made afresh in a new language). */
  const label = (b: BuilderMessages) => {
    uiLabel.textContent = `${b.uiLanguage}:`
    uiRow.setAttribute('aria-label', b.uiLanguage)
    tabs.forEach((tab, i) => (tab.textContent = kindLabel(b, kinds[i]!)))
    tabRow.setAttribute('aria-label', b.outputKinds)
    output.setAttribute('aria-label', b.output)
    copy.textContent = b.copy
    wrapper.lang = ui
  }
  const style = el('style', {}, CSS)
  const settings = el('div', { className: 'kb-settings' }, uiRow, form)
  const wrapper = el(
    'div',
    { className: 'kb' },
    settings,
    el('div', { className: 'kb-preview' }, preview, out),
  )
  label(words)
  root.append(style, wrapper)

  // form <-> spec
  // the form now (a new language makes it afresh)
  const named = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement & HTMLSelectElement
  const picked = (name: string) => [...named(name).selectedOptions].map((o) => o.value)
  const write = (spec: FigureSpec) => {
    named('view').value = spec.view
    named('tracking').value = spec.tracking
    named('flexion').value = String(spec.flexion)
    named('autoplay').checked = spec.autoplay
    named('exercise').value = spec.exercise
    named('activity').value = spec.activity
    named('beam').value = spec.beam
    named('radiograph').checked = spec.radiograph
    named('measurements').checked = spec.measurements
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
      beam: named('beam').value,
      radiograph: named('radiograph').checked,
      measurements: named('measurements').checked,
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
      kind = tab.getAttribute('data-kind') as typeof kind
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
    status.textContent = words.copied
  })
  const listen = (target: HTMLFormElement) => {
    target.addEventListener('input', update)
    target.addEventListener('change', update)
    target.addEventListener('submit', (event) => event.preventDefault())
  }
  listen(form)

  // another language for the builder: the form is made afresh with the same settings; the
  // preview (the figure, with its own language setting) stays as it is
  for (const button of uiButtons)
    button.addEventListener('click', () => {
      const next = button.getAttribute('data-ui') as BuilderLanguage
      if (next === ui) return
      const spec = read()
      ui = next
      words = builderMessagesFor(ui)
      const fresh = makeForm(words, BUNDLES[ui])
      form.replaceWith(fresh)
      form = fresh
      listen(form)
      write(spec)
      for (const b of uiButtons) b.setAttribute('aria-pressed', String(b === button))
      label(words)
      update()
      options.onUiLangChange?.(ui, words)
    })

  write(specFromAttributes((name) => query.get(name)))
  update()

  return {
    read,
    /** The language the builder speaks now, and its words (for the page's title and intro). */
    ui: () => ({ lang: ui, words }),
    preview: preview as HTMLElement,
    text: () => output.value,
    unmount: () => {
      wrapper.remove()
      style.remove()
    },
  }
}
