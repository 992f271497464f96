import { useMemo, type HTMLAttributes } from 'react'
import type { StructureId } from '../anatomy/structures'
import { DEFAULT_LABELS } from '../anatomy/labels'
import type { Messages } from '../i18n'
import { useFigureWords } from '../i18n/figureWords'
import type { TrackingPresetId } from '../kinematics/presets'
import {
  BursaeCheckbox,
  CompareSelect,
  FlexionSlider,
  LabelsCheckbox,
  PlayButton,
  ResetButton,
  SpeedSelect,
  TOGGLES,
  ToggleCheckbox,
  TrackingSelect,
  ViewButtons,
} from './controls/ControlParts'
import { CONTROLS_CSS, ROOT } from './controls/controlsCss'

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
  'bursae',
  'reset',
  // the compact toolbar's own items (the full panel has no room for them)
  'fullscreen',
  'image',
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
  const words = useFigureWords(lang)
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
        {CONTROLS_CSS}
      </style>
      {shown.has('play') && <PlayButton m={m} />}
      {shown.has('flexion') && <FlexionSlider m={m} locale={numberLocale} />}
      {shown.has('speed') && <SpeedSelect m={m} locale={numberLocale} />}
      {shown.has('tracking') && <TrackingSelect m={m} presetLabels={presetNames} />}
      {shown.has('view') && <ViewButtons m={m} />}
      {shown.has('compare') && <CompareSelect m={m} />}
      {(toggles.length > 0 || shown.has('labels') || shown.has('bursae')) && (
        <fieldset className={`${ROOT}__group`}>
          <legend>{m.layers}</legend>
          {toggles.map((toggle) => (
            <ToggleCheckbox key={toggle} toggle={toggle} m={m} />
          ))}
          {shown.has('labels') && <LabelsCheckbox m={m} labelSet={labelSet} />}
          {shown.has('bursae') && <BursaeCheckbox m={m} />}
        </fieldset>
      )}
      {shown.has('reset') && <ResetButton m={m} />}
    </div>
  )
}
