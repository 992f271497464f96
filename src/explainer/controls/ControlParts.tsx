import { useId, type ChangeEvent } from 'react'
import { FLEXION_RANGE_DEG } from '../../kinematics/input'
import { format, type MessageKey } from '../../i18n'
import {
  isTrackingPresetId,
  TRACKING_PRESET_BASICS,
  type TrackingPresetId,
} from '../../kinematics/presets'
import { VIEW_IDS, type ViewId } from '../../scene/views'
import {
  pauseHere,
  useExplainer,
  useExplainerStore,
  useMotion,
  useOptionalMotionChannel,
} from '../ExplainerProvider'
import type { CompareMode } from '../store'
import { type ControlProps } from './ControlChecks'
import { ROOT } from './controlsCss'

/** Each of the figure's controls, bound to the explainer store (used by ExplainerControls). */

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

// Each control subscribes to its own slice, so while the knee plays only the slider re-renders.

export function PlayButton({ m }: ControlProps) {
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

export function FlexionSlider({ m, locale }: ControlProps & { locale: string }) {
  const store = useExplainerStore()
  const id = useId()
  // whole degrees: the loop moves the knee in fractions, the slider steps by one; while the knee
  // moves, the slider shows the flexion on screen (animated state), at rest the requested one
  const requested = useExplainer((s) => s.flexionDeg)
  const animated = useMotion()
  // (an exercise or a daily activity, even paused, holds the knee where its repetition or its
  // moment is: the caption says so too)
  const flexionDeg = Math.round(
    animated.moving || animated.exercise || animated.activity ? animated.flexionDeg : requested,
  )
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

export function SpeedSelect({ m, locale }: ControlProps & { locale: string }) {
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

export function TrackingSelect({
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
        {TRACKING_PRESET_BASICS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {presetLabels?.[preset.id] ?? preset.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function ViewButtons({ m }: ControlProps) {
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

export function CompareSelect({ m }: ControlProps) {
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

/** The views as one menu (the compact toolbar's), each named as the view buttons are. */
export function ViewSelect({ m }: ControlProps) {
  const store = useExplainerStore()
  const id = useId()
  const view = useExplainer((s) => s.view)
  return (
    <div className={`${ROOT}__field`}>
      <label htmlFor={id}>{m.view}</label>
      <select
        id={id}
        value={view}
        onChange={(event) => store.setState({ view: event.target.value as ViewId })}
      >
        {VIEW_IDS.map((view) => (
          <option key={view} value={view}>
            {m[VIEW_MESSAGE[view]]}
          </option>
        ))}
      </select>
    </div>
  )
}

export {
  BursaeCheckbox,
  LabelsCheckbox,
  ResetButton,
  TOGGLES,
  ToggleCheckbox,
  type ControlProps,
  type Toggle,
} from './ControlChecks'
