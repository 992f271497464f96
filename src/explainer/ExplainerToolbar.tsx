import { useMemo, type RefObject } from 'react'
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
  ViewSelect,
} from './controls/ControlParts'
import { CONTROLS_CSS, ROOT } from './controls/controlsCss'
import {
  DEFAULT_CONTROL_LABELS,
  EXPLAINER_CONTROL_GROUPS,
  type ExplainerControlGroup,
  type ExplainerControlsProps,
} from './ExplainerControls'
import { LayersMenu } from './toolbar/LayersMenu'
import { TOOLBAR, TOOLBAR_CSS } from './toolbar/toolbarCss'
import { useFullscreen } from './toolbar/useFullscreen'

export type ExplainerToolbarProps = ExplainerControlsProps & {
  /** The element that goes full screen (the figure); without it there is no full-screen item. */
  fullscreenTarget?: RefObject<HTMLElement | null>
  /** Called by the "Save image" item; without it there is no such item. */
  onSaveImage?: () => void
}

/**
 * The figure's compact toolbar: at most two rows on a 360 px phone, one on a wide screen. Play,
 * the knee-bend slider, the tracking and view menus, a "Show" menu with the overlays, compare,
 * speed and reset, "Save image" and full screen. Every control keeps the name and keyboard
 * behaviour it has in the full panel (ExplainerControls): native buttons, slider and menus.
 */
export function ExplainerToolbar({
  messages,
  show = EXPLAINER_CONTROL_GROUPS,
  labelSet = DEFAULT_CONTROL_LABELS,
  locale,
  lang,
  presetLabels,
  fullscreenTarget,
  onSaveImage,
  className,
  ...props
}: ExplainerToolbarProps) {
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
  const inMenu =
    toggles.length > 0 ||
    ['labels', 'bursae', 'compare', 'speed', 'reset'].some((g) =>
      shown.has(g as ExplainerControlGroup),
    )
  const fullscreen = useFullscreen(fullscreenTarget ?? NO_TARGET)
  const classes = [ROOT, TOOLBAR, className].filter(Boolean).join(' ')
  return (
    <div role="group" aria-label={m.controlsLabel} className={classes} {...props}>
      <style href={ROOT} precedence="default">
        {CONTROLS_CSS}
      </style>
      <style href={TOOLBAR} precedence="default">
        {TOOLBAR_CSS}
      </style>
      {shown.has('play') || shown.has('flexion') ? (
        <div className={`${TOOLBAR}__row ${TOOLBAR}__row--main`}>
          {shown.has('play') && <PlayButton m={m} />}
          {shown.has('flexion') && <FlexionSlider m={m} locale={numberLocale} />}
        </div>
      ) : null}
      <div className={`${TOOLBAR}__row ${TOOLBAR}__row--menus`}>
        {shown.has('tracking') && <TrackingSelect m={m} presetLabels={presetNames} />}
        {shown.has('view') && <ViewSelect m={m} />}
        {inMenu ? (
          <LayersMenu m={m}>
            {toggles.map((toggle) => (
              <ToggleCheckbox key={toggle} toggle={toggle} m={m} />
            ))}
            {shown.has('labels') && <LabelsCheckbox m={m} labelSet={labelSet} />}
            {shown.has('bursae') && <BursaeCheckbox m={m} />}
            {shown.has('compare') && <CompareSelect m={m} />}
            {shown.has('speed') && <SpeedSelect m={m} locale={numberLocale} />}
            {shown.has('reset') && <ResetButton m={m} />}
          </LayersMenu>
        ) : null}
        {shown.has('image') && onSaveImage ? (
          <button type="button" className={`${TOOLBAR}__icon`} onClick={onSaveImage}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d="M8 1.5v8m-3.5-3.5L8 9.5l3.5-3.5M2 11v3h12v-3"
                stroke="currentColor"
                strokeWidth="1.6"
                fill="none"
              />
            </svg>
            <span className={`${TOOLBAR}__text`}>{m.saveImage}</span>
          </button>
        ) : null}
        {shown.has('fullscreen') && fullscreenTarget ? (
          <button
            type="button"
            className={`${TOOLBAR}__icon`}
            data-knee-fullscreen-button=""
            onClick={fullscreen.toggle}
          >
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path
                d={
                  fullscreen.active
                    ? 'M6 1.5V6H1.5M10 1.5V6h4.5M6 14.5V10H1.5M10 14.5V10h4.5'
                    : 'M1.5 6V1.5H6M14.5 6V1.5H10M1.5 10v4.5H6M14.5 10v4.5H10'
                }
                stroke="currentColor"
                strokeWidth="1.6"
                fill="none"
              />
            </svg>
            <span className={`${TOOLBAR}__text`}>
              {fullscreen.active ? m.exitFullScreen : m.fullScreen}
            </span>
          </button>
        ) : null}
      </div>
    </div>
  )
}

const NO_TARGET: RefObject<HTMLElement | null> = { current: null }
