import {
  Suspense,
  forwardRef,
  useEffect,
  useImperativeHandle,
  useRef,
  useState,
  useSyncExternalStore,
  useId,
  type KeyboardEvent,
  type CSSProperties,
  type ReactNode,
} from 'react'
import type { StructureId } from '../anatomy/structures'
import { type Messages } from '../i18n'
import type { LocaleBundle } from '../i18n/bundle'
import { resolveBundle, useLocale } from '../i18n/locales'
import type { CameraCommands } from '../scene/CameraRig'
import { VIEW_IDS } from '../scene/views'
import { Announcer, VISUALLY_HIDDEN } from './Announcer'
import { StructureList } from './StructureList'
import { KneeCanvas, type KneeCanvasProps } from '../scene/KneeCanvas'
import type { KneeModelError } from '../model/loadKneeModel'
import type { Exercise } from '../exercises/types'
import type { ExerciseFrame } from '../exercises/motion'
import { KneeStage } from '../scene/KneeStage'
import type { ViewId } from '../scene/views'
import { ExplainerCaption } from './ExplainerCaption'
import { ExplainerControls, type ExplainerControlGroup } from './ExplainerControls'
import {
  ExplainerProvider,
  pauseHere,
  useOptionalExplainerStore,
  useOptionalMotionChannel,
} from './ExplainerProvider'
import { createMotionChannel, type AnimatedState, type MotionChannel } from '../scene/motionChannel'
import { initialStateOf, useControlledState } from './useControlledState'
import { LabelLayer, type LabelLayerApi } from './LabelLayer'
import {
  createExplainerStore,
  type ExplainerKey,
  type ExplainerState,
  type ExplainerStore,
} from './store'

/** Scene props: each works controlled (`view`) or uncontrolled (`defaultView`), with `onViewChange`. */
export type ExplainerSceneProps = { [K in ExplainerKey]?: ExplainerState[K] } & {
  [K in ExplainerKey as `default${Capitalize<K>}`]?: ExplainerState[K]
} & {
  [K in ExplainerKey as `on${Capitalize<K>}Change`]?: (value: ExplainerState[K]) => void
}

export type KneeExplainerProps = ExplainerSceneProps & {
  /** Model URL (a .glb that keeps the model contract). @defaultValue the bundled knee */
  src?: string
  /** Accessible name of the figure. @defaultValue 'Interactive 3D model of the knee' */
  label?: string
  /** Show the controls: true, false, or the groups to show. @defaultValue true */
  controls?: boolean | readonly ExplainerControlGroup[]
  /** Show the one-sentence caption. @defaultValue true */
  caption?: boolean
  /** Message overrides (every user-facing string). */
  messages?: Partial<Messages>
  /** Language of every string: 'en', 'es', 'de' or a registered bundle's tag. @defaultValue 'en' */
  lang?: string
  /** Overrides or additions to the language bundle (structure names, exercise text...). */
  bundle?: Partial<LocaleBundle>
  /** Locale for numbers. @defaultValue the language's */
  locale?: string
  /** Show the list of structures (the keyboard and screen-reader way to pick). @defaultValue true */
  structureList?: boolean
  /** 'high-contrast' for black-on-white text and controls with strong borders. @defaultValue 'default' */
  theme?: 'default' | 'high-contrast'
  /** Called with the whole state after any change. */
  onStateChange?: (state: ExplainerState) => void
  /** Called when the reader picks a structure (click, tap, link or list). */
  onSelect?: (id: StructureId) => void
  /** Called once the model is loaded and drawn. */
  onReady?: () => void
  /** Called when the model cannot be loaded or breaks the contract (the figure shows why). */
  onModelError?: (error: KneeModelError) => void
  /** A custom exercise object to perform (catalogue exercises can use `exercise="quad-set"`). */
  exerciseSpec?: Exercise
  /** About ten times a second while an exercise plays: its phase and repetition. */
  onExerciseFrame?: (frame: ExerciseFrame, exercise: Exercise) => void
  /** Props for the canvas (pixel-ratio cap, background, r3f `onCreated`, `gl` settings). */
  canvasProps?: Omit<KneeCanvasProps, 'children' | 'label' | 'overlay'>
  className?: string
  style?: CSSProperties
  /** Extra DOM under the figure (notes, links). */
  children?: ReactNode
}

/** The imperative handle for what props cannot say well. */
export type KneeExplainerApi = {
  play(): void
  pause(): void
  setView(view: ViewId): void
  /** Selects, highlights and labels one structure. */
  focus(id: StructureId): void
  /** Back to the state the figure started with. */
  reset(): void
  /** What the figure shows now: the requested state with the animated pose merged in. */
  getState(): ExplainerState
  /** The figure's store of requested state, for advanced use (scroll steps, links). */
  store: ExplainerStore
  /** What moves on screen (the loop's flexion, an exercise's phase), with a subscription. */
  motion: MotionChannel
}

/**
 * The requested state with what moves on screen merged in: the flexion drawn now and, while an
 * exercise plays, its muscles' activation and the working muscles as highlight.
 */
export function withMotion(state: ExplainerState, animated: AnimatedState): ExplainerState {
  if (!animated.moving && !animated.exercise) return state
  const merged = { ...state, flexionDeg: animated.flexionDeg }
  if (animated.exercise) {
    merged.activation = animated.exercise.activation
    if (animated.exercise.working.length) merged.highlight = animated.exercise.working
  }
  return merged
}

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false)
  useEffect(() => {
    if (typeof matchMedia !== 'function') return
    const query = matchMedia('(prefers-reduced-motion: reduce)')
    setReduced(query.matches)
    const onChange = () => setReduced(query.matches)
    query.addEventListener?.('change', onChange)
    return () => query.removeEventListener?.('change', onChange)
  }, [])
  return reduced
}

/**
 * The all-in-one figure: a rotatable knee that bends on a loop, tracks normally or laterally,
 * highlights what the text talks about, with its controls and a one-sentence caption.
 *
 * Conflicts resolve predictably: a controlled prop always wins over its `default...` twin; while
 * `playing`, the loop owns the flexion (a controlled `flexionDeg` applies when paused); a
 * `motionRange` given high-to-low is swapped; unknown ids in `highlight` or `labels` are dropped
 * with one warning; the selected structure is always highlighted.
 */
export const KneeExplainer = forwardRef<KneeExplainerApi, KneeExplainerProps>(
  function KneeExplainer(props, ref) {
    // Spanish and German arrive as their own chunk on first use: hold the figure's box meanwhile
    return (
      <Suspense fallback={<LanguagePending {...props} />}>
        <KneeExplainerFigure {...props} ref={ref} />
      </Suspense>
    )
  },
)

/** Keeps the figure's place (4:3, as KneeCanvas) while its language loads, so nothing jumps. */
function LanguagePending({ className, style, lang }: KneeExplainerProps) {
  return (
    <figure
      className={className}
      lang={lang}
      aria-busy="true"
      style={{ margin: 0, aspectRatio: '4 / 3', minHeight: 240, ...style }}
    />
  )
}

const KneeExplainerFigure = forwardRef<KneeExplainerApi, KneeExplainerProps>(
  function KneeExplainerFigure(props, ref) {
    useLocale(props.lang)
    const shared = useOptionalExplainerStore()
    const sharedMotion = useOptionalMotionChannel()
    const reducedMotion = usePrefersReducedMotion()
    // our own store starts from the props; a shared one (a provider's) takes them after mount
    const [own] = useState(() => (shared ? null : createExplainerStore(initialStateOf(props))))
    const store = (shared ?? own)!
    const [ownMotion] = useState(() =>
      sharedMotion ? null : createMotionChannel(store.getState().flexionDeg),
    )
    const motion = (sharedMotion ?? ownMotion)!
    const latest = useRef(props)
    latest.current = props

    // requested state: one adapter for every controlled or uncontrolled prop; onStateChange
    // hears requests and, about ten times a second, the animated pose merged in
    const publish = (state: ExplainerState) =>
      latest.current.onStateChange?.(withMotion(state, motion.get()))
    useControlledState(store, props, shared !== null, publish)
    useEffect(
      () =>
        motion.subscribe((animated) => {
          if (animated.moving || animated.exercise) publish(store.getState())
        }),
      [motion, store],
    )

    // a pick by any path (3D click or tap, the structure list, a link) is reported once
    useEffect(
      () =>
        store.subscribe((state, previous) => {
          if (state.selected && state.selected !== previous.selected)
            latest.current.onSelect?.(state.selected)
        }),
      [store],
    )

    // reduced motion: no autoplay
    useEffect(() => {
      if (reducedMotion && store.getState().playing && latest.current.playing === undefined)
        store.setState({ playing: false })
    }, [reducedMotion, store])

    useImperativeHandle(
      ref,
      () => ({
        play: () => store.setState({ playing: true }),
        pause: () => pauseHere(store, motion),
        setView: (view) => store.setState({ view }),
        focus: (id) => store.setState({ selected: id, highlight: [id], labels: [id] }),
        reset: () => store.reset(),
        getState: () => withMotion(store.getState(), motion.get()),
        store,
        motion,
      }),
      [store, motion],
    )

    const bundle = resolveBundle(props.lang, props.bundle)
    const messages = { ...bundle.messages, ...props.messages }
    const locale = props.locale ?? bundle.locale
    const labels = useRef<LabelLayerApi | null>(null)
    const camera = useRef<CameraCommands | null>(null)
    const hintId = useId()
    const [showShortcuts, setShowShortcuts] = useState(false)
    const playing = useSyncExternalStore(
      store.subscribe,
      () => store.getState().playing,
      () => store.getState().playing,
    )
    const { controls = true, caption = true, structureList = true } = props
    const structureName = (id: StructureId) =>
      bundle.structures[id].shortName ?? bundle.structures[id].name
    const showsPlay = controls === true || (Array.isArray(controls) && controls.includes('play'))

    // keys act only while the figure has focus, so they never steal the page's keys
    const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const step = event.shiftKey ? 30 : 10
      const act = (fn: () => void) => {
        event.preventDefault()
        fn()
      }
      switch (event.key) {
        case 'ArrowLeft':
          return act(() => camera.current?.rotate(-step, 0))
        case 'ArrowRight':
          return act(() => camera.current?.rotate(step, 0))
        case 'ArrowUp':
          return act(() => camera.current?.rotate(0, step))
        case 'ArrowDown':
          return act(() => camera.current?.rotate(0, -step))
        case '+':
        case '=':
          return act(() => camera.current?.zoom(0.85))
        case '-':
        case '_':
          return act(() => camera.current?.zoom(1 / 0.85))
        case ' ':
          return act(() =>
            store.getState().playing ? pauseHere(store, motion) : store.setState({ playing: true }),
          )
        case '?':
          return act(() => setShowShortcuts((v) => !v))
        case 'Escape':
          return act(() => {
            setShowShortcuts(false)
            ;(event.currentTarget as HTMLElement).blur()
          })
      }
      const view = VIEW_IDS[Number(event.key) - 1]
      if (/^[1-9]$/.test(event.key) && view) act(() => store.setState({ view }))
    }

    return (
      <ExplainerProvider store={store} motion={motion}>
        <figure
          className={props.className}
          data-knee-explainer=""
          dir={bundle.dir}
          lang={props.lang}
          style={{
            margin: 0,
            fontFamily: 'var(--knee-font, inherit)',
            color: 'var(--knee-text, #1d2125)',
            ...(props.theme === 'high-contrast' ? HIGH_CONTRAST : null),
            ...props.style,
          }}
        >
          <KneeCanvas
            {...(props.theme === 'high-contrast' ? { background: '#ffffff' } : null)}
            {...props.canvasProps}
            label={props.label ?? messages.figureLabel}
            className="knee-explainer-figure"
            containerProps={{
              role: 'application',
              tabIndex: 0,
              'aria-roledescription': messages.figureRole,
              'aria-describedby': hintId,
              'aria-keyshortcuts':
                'ArrowLeft ArrowRight ArrowUp ArrowDown + - Space 1 2 3 4 5 6 7 ? Escape',
              onKeyDown,
            }}
            overlay={
              <>
                <LabelLayer ref={labels} />
                {playing && !showsPlay ? (
                  // WCAG 2.2.2: moving content always has a visible way to pause it
                  <button
                    type="button"
                    onClick={() => pauseHere(store, motion)}
                    style={PAUSE_BUTTON}
                  >
                    {messages.pauseMotion}
                  </button>
                ) : null}
                {showShortcuts ? (
                  <div role="note" aria-label={messages.shortcutsTitle} style={SHORTCUTS}>
                    <strong>{messages.shortcutsTitle}</strong>
                    <ul style={{ margin: '0.3em 0 0', paddingInlineStart: '1.2em' }}>
                      <li>{messages.shortcutTurn}</li>
                      <li>{messages.shortcutZoom}</li>
                      <li>{messages.shortcutPlay}</li>
                      <li>{messages.shortcutViews}</li>
                      <li>{messages.shortcutLeave}</li>
                    </ul>
                  </div>
                ) : null}
              </>
            }
          >
            <KneeStage
              store={store}
              src={props.src}
              labelLayer={labels}
              structureName={structureName}
              reducedMotion={reducedMotion}
              onReady={() => latest.current.onReady?.()}
              onModelError={(error) => latest.current.onModelError?.(error)}
              exercise={props.exerciseSpec}
              onExerciseFrame={(frame, exercise) =>
                latest.current.onExerciseFrame?.(frame, exercise)
              }
              cameraCommands={camera}
              motion={motion}
            />
          </KneeCanvas>
          <p id={hintId} style={VISUALLY_HIDDEN}>
            {messages.keyboardHint}
          </p>
          <Announcer bundle={{ ...bundle, messages }} />
          {caption ? (
            <ExplainerCaption as="figcaption" messages={messages} locale={locale} />
          ) : null}
          {controls ? (
            <ExplainerControls
              messages={messages}
              locale={locale}
              presetLabels={Object.fromEntries(
                Object.entries(bundle.presets).map(([k, v]) => [k, v.label]),
              )}
              {...(Array.isArray(controls) ? { show: controls } : {})}
            />
          ) : null}
          {structureList ? <StructureList bundle={{ ...bundle, messages }} /> : null}
          <style href="knee-explainer-figure" precedence="default">
            {FIGURE_CSS}
          </style>
          {props.children}
        </figure>
      </ExplainerProvider>
    )
  },
)

const FIGURE_CSS = `
.knee-explainer-figure:focus { outline: none; }
.knee-explainer-figure:focus-visible { outline: 3px solid var(--knee-accent, #1f5fbf); outline-offset: 2px; }
@media (forced-colors: active) { .knee-explainer-figure:focus-visible { outline-color: Highlight; } }
`

const PAUSE_BUTTON: CSSProperties = {
  position: 'absolute',
  insetInlineStart: 8,
  insetBlockEnd: 8,
  minHeight: 32,
  padding: '0 12px',
  font: '600 14px/32px system-ui, sans-serif',
  color: '#ffffff',
  background: '#1d2125',
  border: 0,
  borderRadius: 6,
  cursor: 'pointer',
}

const SHORTCUTS: CSSProperties = {
  position: 'absolute',
  insetInlineEnd: 8,
  insetBlockStart: 8,
  maxWidth: '70%',
  padding: '0.6em 0.8em',
  font: '14px/1.4 system-ui, sans-serif',
  color: '#ffffff',
  background: 'rgba(29, 33, 37, 0.94)',
  borderRadius: 6,
}

/** The high-contrast theme, as CSS custom properties every part of the figure reads. */
const HIGH_CONTRAST = {
  '--knee-text': '#000000',
  '--knee-accent': '#0036b3',
  '--knee-border': '#000000',
  '--knee-surface': '#ffffff',
  '--knee-control-surface': '#ffffff',
  '--knee-label-text': '#000000',
  '--knee-label-bg': '#ffffff',
  '--knee-label-line': '#000000',
} as CSSProperties
