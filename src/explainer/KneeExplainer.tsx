import {
  Suspense,
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  useId,
} from 'react'
import type { StructureId } from '../anatomy/structures'
import { figureWordsFor } from '../i18n/figureWords'
import { useLocale } from '../i18n/registry'
import type { CameraCommands } from '../scene/CameraRig'
import { KneeCanvas } from '../scene/KneeCanvas'
import { KneeStage } from '../scene/KneeStage'
import { createMotionChannel } from '../scene/motionChannel'
import { Announcer, VISUALLY_HIDDEN } from './Announcer'
import { ExplainerCaption } from './ExplainerCaption'
import {
  FigureControls,
  FigureStylesheets,
  LanguagePending,
  PauseOverlay,
  ShortcutsNote,
  controlsShow,
  figureBackground,
} from './FigureParts'
import {
  ExplainerProvider,
  pauseHere,
  useOptionalExplainerStore,
  useOptionalMotionChannel,
} from './ExplainerProvider'
import { figureKeyHandler, usePrefersReducedMotion } from './figureKeys'
import { HIGH_CONTRAST } from './figureStyles'
import {
  withMotion,
  type ExplainerSceneProps,
  type KneeExplainerApi,
  type KneeExplainerProps,
} from './kneeExplainerApi'
import { LabelLayer, type LabelLayerHandle } from './LabelLayer'
import { StructureList } from './StructureList'
import { createTouchGate } from './touchGate'
import { useFigureHandle } from './useFigureHandle'
import { FigureInfo } from './toolbar/FigureInfo'
import { createExplainerStore, type ExplainerState } from './store'
import { initialStateOf, seededView, useControlledState } from './useControlledState'

export { withMotion }
export type { ExplainerSceneProps, KneeExplainerApi, KneeExplainerProps }

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

const KneeExplainerFigure = forwardRef<KneeExplainerApi, KneeExplainerProps>(
  function KneeExplainerFigure(props, ref) {
    useLocale(props.lang)
    const shared = useOptionalExplainerStore()
    const sharedMotion = useOptionalMotionChannel()
    const reducedMotion = usePrefersReducedMotion()
    // our own store starts from the props; a shared one (a provider's) is read through a view
    // with the props on top until they are written into it after mount, so the first render (on
    // the server too) shows what the props ask for and nothing is written during render
    const [store] = useState(() =>
      shared
        ? seededView(shared, initialStateOf(props))
        : createExplainerStore(initialStateOf(props)),
    )
    const [ownMotion] = useState(() =>
      props.motion || sharedMotion ? null : createMotionChannel(store.getState().flexionDeg),
    )
    const motion = (props.motion ?? sharedMotion ?? ownMotion)!
    const latest = useRef(props)
    latest.current = props

    // requested state: one adapter for every controlled or uncontrolled prop; onStateChange
    // hears requests and, about ten times a second, the animated pose merged in
    const publish = (state: ExplainerState) =>
      latest.current.onStateChange?.(withMotion(state, motion.get()))
    useControlledState(store, props, publish)
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

    // stable while the language and overrides are: the stage's skyline panel is built from them
    const bundle = useMemo(
      () => figureWordsFor(props.lang, props.bundle),
      [props.lang, props.bundle],
    )
    const messages = useMemo(
      () => ({ ...bundle.messages, ...props.messages }),
      [bundle, props.messages],
    )
    const locale = props.locale ?? bundle.locale
    const handle = useFigureHandle(ref, {
      store,
      motion,
      words: () => ({ messages, locale, activity: bundle.activity }),
      background: figureBackground(props),
      labels: () => labels.current?.picture() ?? null,
    })
    const labels = useRef<LabelLayerHandle | null>(null)
    const camera = useRef<CameraCommands | null>(null)
    const hintId = useId()
    const [showShortcuts, setShowShortcuts] = useState(false)
    const playing = useSyncExternalStore(
      store.subscribe,
      () => store.getState().playing,
      () => store.getState().playing,
    )
    const { controls = true, caption = true, structureList = true } = props
    const presetLabels = Object.fromEntries(
      Object.entries(bundle.presets).map(([k, v]) => [k, v.label]),
    )
    const figureRef = useRef<HTMLElement | null>(null)
    const [touchGate] = useState(createTouchGate)
    const structureName = (id: StructureId) =>
      bundle.structures[id].shortName ?? bundle.structures[id].name
    const showsPlay = controlsShow(controls, 'play')

    // keys act only while the figure has focus, so they never steal the page's keys
    const onKeyDown = figureKeyHandler({
      camera,
      store,
      motion,
      toggleShortcuts: (show) => setShowShortcuts((v) => show ?? !v),
    })

    return (
      <ExplainerProvider store={store} motion={motion}>
        <figure
          ref={figureRef}
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
            lang={props.lang}
            {...(props.theme === 'high-contrast' ? { background: '#ffffff' } : null)}
            {...props.canvasProps}
            onCreated={(state) => {
              handle.onCreated(state)
              props.canvasProps?.onCreated?.(state)
            }}
            // 4:3, square on a phone, the whole screen in full screen (figureStyles)
            style={{ aspectRatio: 'var(--knee-aspect, 4 / 3)', ...props.canvasProps?.style }}
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
              ...touchGate,
            }}
            overlay={
              <>
                <LabelLayer ref={labels} />
                {/* always there: the model's CC BY credits go wherever it is shown */}
                <FigureInfo m={messages} />
                {playing && !showsPlay ? (
                  <PauseOverlay m={messages} onPause={() => pauseHere(store, motion)} />
                ) : null}
                {showShortcuts ? <ShortcutsNote m={messages} /> : null}
              </>
            }
          >
            <KneeStage
              store={store}
              src={props.src}
              labelLayer={labels}
              structureName={structureName}
              reducedMotion={reducedMotion}
              onReady={() => {
                handle.onReady()
                latest.current.onReady?.()
              }}
              onModelError={(error) => latest.current.onModelError?.(error)}
              exercise={props.exerciseSpec}
              onExerciseFrame={(frame, exercise) =>
                latest.current.onExerciseFrame?.(frame, exercise)
              }
              cameraCommands={camera}
              motion={motion}
              messages={messages}
            />
          </KneeCanvas>
          <p id={hintId} style={VISUALLY_HIDDEN}>
            {messages.keyboardHint}
          </p>
          <Announcer bundle={{ ...bundle, messages }} />
          {caption ? (
            <ExplainerCaption
              as="figcaption"
              lang={props.lang}
              messages={messages}
              locale={locale}
            />
          ) : null}
          <FigureControls
            controls={controls}
            messages={messages}
            locale={locale}
            presetLabels={presetLabels}
            figure={figureRef}
            onSaveImage={handle.saveImage}
          />
          {structureList ? <StructureList bundle={{ ...bundle, messages }} /> : null}
          <FigureStylesheets />
          {props.children}
        </figure>
      </ExplainerProvider>
    )
  },
)
