import { useId, useMemo, type ChangeEvent, type HTMLAttributes } from 'react'
import type { StructureId } from '../anatomy/structures'
import { FLEXION_RANGE_DEG } from '../kinematics/input'
import { DEFAULT_LABELS } from '../anatomy/labels'
import { format, type MessageKey, type Messages } from '../i18n'
import { useMessages } from '../i18n/locales'
import {
  isTrackingPresetId,
  TRACKING_PRESET_LIST,
  type TrackingPresetId,
} from '../kinematics/presets'
import { VIEW_IDS, type ViewId } from '../scene/views'
import {
  pauseHere,
  useExplainer,
  useExplainerStore,
  useMotion,
  useOptionalMotionChannel,
} from './ExplainerProvider'
import type { CompareMode } from './store'

/** The groups of controls, in the order they appear. */
export const EXPLAINER_CONTROL_GROUPS = [
  'play',
  'flexion',
  'speed',
  'tracking',
  'view',
  'compare',
  'xray',
  'trail',
  'forces',
  'contact',
  'labels',
  'reset',
] as const
export type ExplainerControlGroup = (typeof EXPLAINER_CONTROL_GROUPS)[number]

/** The structures the labels checkbox labels: the kneecap and what pulls and holds it. */
export const DEFAULT_CONTROL_LABELS: readonly StructureId[] = DEFAULT_LABELS

export type ExplainerControlsProps = {
  /** Overrides of the controls' message keys (play, flexion, viewAnterior, ...). */
  messages?: Partial<Messages>
  /**
   * Which groups of controls appear, e.g. `['play', 'flexion', 'tracking', 'view']`; always in
   * the order of EXPLAINER_CONTROL_GROUPS.
   * @defaultValue every group
   */
  show?: readonly ExplainerControlGroup[]
  /**
   * The structures that get a label when the labels checkbox is ticked.
   * @defaultValue DEFAULT_CONTROL_LABELS
   */
  labelSet?: readonly StructureId[]
  /**
   * BCP 47 tag for the numbers on the controls (degrees, speeds).
   * @defaultValue 'en'
   */
  locale?: string
  /**
   * Language of every word: 'en', 'es', 'de' or a registered bundle's tag (a shipped language
   * must be loaded, e.g. inside a KneeExplainer or after `loadLocale`). @defaultValue 'en'
   */
  lang?: string
  /** Translated names of the tracking presets, by id. @defaultValue the language's */
  presetLabels?: Partial<Record<TrackingPresetId, string>>
} & Omit<HTMLAttributes<HTMLDivElement>, 'children'>

const VIEW_MESSAGE: Record<ViewId, MessageKey> = {
  anterior: 'viewAnterior',
  lateral: 'viewLateral',
  medial: 'viewMedial',
  posterior: 'viewPosterior',
  thigh: 'viewThigh',
  leg: 'viewLeg',
  skyline: 'viewSkyline',
}

const COMPARE_MESSAGE: Record<CompareMode, MessageKey> = {
  none: 'compareNone',
  ghost: 'compareGhost',
  'side-by-side': 'compareSideBySide',
}

/** Loop speeds on offer; an author's other speed is added to the list so the menu never lies. */
const SPEED_CHOICES = [0.25, 0.5, 1, 1.5, 2]

type Toggle = 'xray' | 'trail' | 'forces' | 'contact'
const TOGGLES: readonly Toggle[] = ['xray', 'trail', 'forces', 'contact']

const ROOT = 'knee-explainer-controls'

// One stylesheet for every instance (React 19 hoists and dedupes it by href). Theming goes
// through custom properties with fallbacks; sizes keep every target at least 32 x 32 CSS px
// (WCAG 2.2 asks 24); logical properties keep the layout right in right-to-left pages.
// Fallback colours: text #1d2125 on #f6f7f8 is 15:1, white on the accent #1f5fbf 6.1:1, the
// control border #6b7178 on the surface 4.6:1.
const CSS = `
.${ROOT} {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  padding-block: 8px;
  padding-inline: 12px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.4;
}
.${ROOT} :is(button, select) {
  box-sizing: border-box;
  min-block-size: 32px;
  min-inline-size: 32px;
  padding-block: 4px;
  padding-inline: 12px;
  font: inherit;
  color: var(--knee-text, #1d2125);
  background: var(--knee-control-surface, #ffffff);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: calc(var(--knee-radius, 8px) / 2);
  cursor: pointer;
}
.${ROOT} button {
  display: inline-flex;
  align-items: center;
  gap: 6px;
}
.${ROOT} :is(button, select):hover {
  border-color: var(--knee-accent, #1f5fbf);
}
.${ROOT} button[aria-pressed='true'] {
  color: var(--knee-on-accent, #ffffff);
  background: var(--knee-accent, #1f5fbf);
  border-color: var(--knee-accent, #1f5fbf);
}
.${ROOT} :focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${ROOT}__field {
  display: inline-flex;
  align-items: center;
  gap: 8px;
}
.${ROOT}__flexion {
  flex: 1 1 16rem;
}
.${ROOT}__range {
  flex: 1 1 auto;
  min-inline-size: 8rem;
  min-block-size: 32px;
  margin: 0;
  accent-color: var(--knee-accent, #1f5fbf);
  cursor: pointer;
}
.${ROOT}__value {
  min-inline-size: 4ch;
  text-align: end;
  font-variant-numeric: tabular-nums;
}
.${ROOT}__play {
  min-inline-size: 6.5em;
  justify-content: center;
}
.${ROOT}__group {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  min-inline-size: 0;
  margin: 0;
  padding: 0;
  border: 0;
}
.${ROOT}__group > legend {
  float: left;
  float: inline-start;
  padding: 0;
  margin-inline-end: 4px;
}
.${ROOT}__check {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  min-block-size: 32px;
  padding-inline-end: 4px;
  cursor: pointer;
}
.${ROOT}__check input {
  inline-size: 24px;
  block-size: 24px;
  margin: 0;
  accent-color: var(--knee-accent, #1f5fbf);
  cursor: pointer;
}
@media (forced-colors: active) {
  .${ROOT} button[aria-pressed='true'] {
    forced-color-adjust: none;
    color: SelectedItemText;
    background: SelectedItem;
    border-color: SelectedItem;
  }
}
`

/**
 * The figure's controls as native, labelled HTML controls bound to the explainer store: play,
 * knee bend, speed, tracking, view, compare, see-through, kneecap path, pull arrows, cartilage
 * load, labels and reset. Keyboard and screen readers work as they do for any form.
 */
export function ExplainerControls({
  messages,
  show = EXPLAINER_CONTROL_GROUPS,
  labelSet = DEFAULT_CONTROL_LABELS,
  locale,
  lang,
  presetLabels,
  className,
  ...props
}: ExplainerControlsProps) {
  const words = useMessages(lang)
  const m = useMemo(() => ({ ...words.messages, ...messages }), [words, messages])
  const presetNames = useMemo(
    () =>
      presetLabels ??
      (Object.fromEntries(Object.entries(words.presets).map(([id, p]) => [id, p.label])) as Partial<
        Record<TrackingPresetId, string>
      >),
    [words, presetLabels],
  )
  const numberLocale = locale ?? words.locale
  const shown = new Set<ExplainerControlGroup>(show)
  const toggles = TOGGLES.filter((t) => shown.has(t))
  return (
    <div
      role="group"
      aria-label={m.controlsLabel}
      className={className ? `${ROOT} ${className}` : ROOT}
      {...props}
    >
      <style href={ROOT} precedence="default">
        {CSS}
      </style>
      {shown.has('play') && <PlayButton m={m} />}
      {shown.has('flexion') && <FlexionSlider m={m} locale={numberLocale} />}
      {shown.has('speed') && <SpeedSelect m={m} locale={numberLocale} />}
      {shown.has('tracking') && <TrackingSelect m={m} presetLabels={presetNames} />}
      {shown.has('view') && <ViewButtons m={m} />}
      {shown.has('compare') && <CompareSelect m={m} />}
      {(toggles.length > 0 || shown.has('labels')) && (
        <fieldset className={`${ROOT}__group`}>
          <legend>{m.layers}</legend>
          {toggles.map((toggle) => (
            <ToggleCheckbox key={toggle} toggle={toggle} m={m} />
          ))}
          {shown.has('labels') && <LabelsCheckbox m={m} labelSet={labelSet} />}
        </fieldset>
      )}
      {shown.has('reset') && <ResetButton m={m} />}
    </div>
  )
}

// Each control subscribes to its own slice, so while the knee plays only the slider re-renders.

type ControlProps = { m: Messages }

function PlayButton({ m }: ControlProps) {
  const store = useExplainerStore()
  const motion = useOptionalMotionChannel()
  const playing = useExplainer((s) => s.playing)
  // The label says what the button does next; no aria-pressed on top of a changing label.
  return (
    <button
      type="button"
      className={`${ROOT}__play`}
      onClick={() => (playing ? pauseHere(store, motion) : store.setState({ playing: true }))}
    >
      <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
        {playing ? (
          <path d="M2 1h3v10H2zM7 1h3v10H7z" fill="currentColor" />
        ) : (
          <path d="M2 1l9 5-9 5z" fill="currentColor" />
        )}
      </svg>
      {playing ? m.pause : m.play}
    </button>
  )
}

function FlexionSlider({ m, locale }: ControlProps & { locale: string }) {
  const store = useExplainerStore()
  const id = useId()
  // whole degrees: the loop moves the knee in fractions, the slider steps by one; while the knee
  // moves, the slider shows the flexion on screen (animated state), at rest the requested one
  const requested = useExplainer((s) => s.flexionDeg)
  const animated = useMotion()
  const flexionDeg = Math.round(animated.moving ? animated.flexionDeg : requested)
  const valueText = format(m.degreesUnit, {
    value: new Intl.NumberFormat(locale).format(flexionDeg),
  })
  const onChange = (event: ChangeEvent<HTMLInputElement>) =>
    // a reader who takes the knee in hand stops the loop
    store.setState({ flexionDeg: Number(event.target.value), playing: false })
  return (
    <div className={`${ROOT}__field ${ROOT}__flexion`}>
      <label htmlFor={id}>{m.flexion}</label>
      <input
        id={id}
        className={`${ROOT}__range`}
        type="range"
        min={FLEXION_RANGE_DEG.min}
        max={FLEXION_RANGE_DEG.max}
        step={1}
        value={flexionDeg}
        aria-valuetext={valueText}
        onChange={onChange}
      />
      {/* shown for sight; the slider's value text says it to screen readers (not an <output>,
          which is a live region and would chatter ten times a second while playing) */}
      <span className={`${ROOT}__value`} aria-hidden="true">
        {valueText}
      </span>
    </div>
  )
}

function SpeedSelect({ m, locale }: ControlProps & { locale: string }) {
  const store = useExplainerStore()
  const id = useId()
  const speed = useExplainer((s) => s.speed)
  const choices = SPEED_CHOICES.includes(speed)
    ? SPEED_CHOICES
    : [...SPEED_CHOICES, speed].sort((a, b) => a - b)
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
  return (
    <div className={`${ROOT}__field`}>
      <label htmlFor={id}>{m.speed}</label>
      <select
        id={id}
        value={String(speed)}
        onChange={(event) => store.setState({ speed: Number(event.target.value) })}
      >
        {choices.map((choice) => (
          <option key={choice} value={String(choice)}>
            {format(m.speedValue, { value: numbers.format(choice) })}
          </option>
        ))}
      </select>
    </div>
  )
}

function TrackingSelect({
  m,
  presetLabels,
}: ControlProps & { presetLabels?: Partial<Record<TrackingPresetId, string>> }) {
  const store = useExplainerStore()
  const id = useId()
  const tracking = useExplainer((s) => s.tracking)
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const value = event.target.value
    // a preset picked from the menu is shown as named, without an author's single overrides
    if (isTrackingPresetId(value)) store.setState({ tracking: value, trackingParams: {} })
  }
  return (
    <div className={`${ROOT}__field`}>
      <label htmlFor={id}>{m.tracking}</label>
      <select id={id} value={tracking} onChange={onChange}>
        {TRACKING_PRESET_LIST.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {presetLabels?.[preset.id] ?? preset.label}
          </option>
        ))}
      </select>
    </div>
  )
}

function ViewButtons({ m }: ControlProps) {
  const store = useExplainerStore()
  const view = useExplainer((s) => s.view)
  return (
    <fieldset className={`${ROOT}__group`}>
      <legend>{m.view}</legend>
      {VIEW_IDS.map((id) => (
        <button
          key={id}
          type="button"
          aria-pressed={view === id}
          onClick={() => store.setState({ view: id })}
        >
          {m[VIEW_MESSAGE[id]]}
        </button>
      ))}
    </fieldset>
  )
}

function CompareSelect({ m }: ControlProps) {
  const store = useExplainerStore()
  const id = useId()
  const compare = useExplainer((s) => s.compare)
  return (
    <div className={`${ROOT}__field`}>
      <label htmlFor={id}>{m.compare}</label>
      <select
        id={id}
        value={compare}
        onChange={(event) => store.setState({ compare: event.target.value as CompareMode })}
      >
        {(Object.keys(COMPARE_MESSAGE) as CompareMode[]).map((mode) => (
          <option key={mode} value={mode}>
            {m[COMPARE_MESSAGE[mode]]}
          </option>
        ))}
      </select>
    </div>
  )
}

function ToggleCheckbox({ m, toggle }: ControlProps & { toggle: Toggle }) {
  const store = useExplainerStore()
  const checked = useExplainer((s) => s[toggle])
  return (
    <label className={`${ROOT}__check`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => store.setState({ [toggle]: event.target.checked })}
      />
      {m[toggle]}
    </label>
  )
}

function LabelsCheckbox({ m, labelSet }: ControlProps & { labelSet: readonly StructureId[] }) {
  const store = useExplainerStore()
  const checked = useExplainer((s) => s.labels.length > 0)
  return (
    <label className={`${ROOT}__check`}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => store.setState({ labels: event.target.checked ? labelSet : [] })}
      />
      {m.labels}
    </label>
  )
}

function ResetButton({ m }: ControlProps) {
  const store = useExplainerStore()
  return (
    <button type="button" onClick={() => store.reset()}>
      {m.reset}
    </button>
  )
}
