import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type ReactNode,
} from 'react'
import { STRUCTURES, type StructureId } from '../anatomy/structures'
import { resolveMessages, type Messages } from '../i18n'
import { getTrackingPreset } from '../kinematics/presets'
import { KneeCanvas, type KneeCanvasProps } from '../scene/KneeCanvas'
import type { KneeModelError } from '../model/loadKneeModel'
import type { Exercise } from '../exercises/types'
import type { ExerciseFrame } from '../exercises/motion'
import { KneeStage } from '../scene/KneeStage'
import type { ViewId } from '../scene/views'
import { ExplainerCaption } from './ExplainerCaption'
import { ExplainerControls, type ExplainerControlGroup } from './ExplainerControls'
import { ExplainerProvider, useOptionalExplainerStore } from './ExplainerProvider'
import { LabelLayer, type LabelLayerApi } from './LabelLayer'
import {
  changedKeys,
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
  /** Locale for numbers in the caption. @defaultValue 'en' */
  locale?: string
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
  /** The figure's store, for advanced use (scroll steps, links). */
  store: ExplainerStore
}

const capitalize = (k: string) => k[0]!.toUpperCase() + k.slice(1)
const KEYS: readonly ExplainerKey[] = [
  'flexionDeg',
  'playing',
  'motionRange',
  'speed',
  'tracking',
  'trackingParams',
  'highlight',
  'dimOthers',
  'selected',
  'activation',
  'view',
  'side',
  'labels',
  'xray',
  'compare',
  'trail',
  'forces',
  'contact',
  'exercise',
  'hip',
]

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
    const shared = useOptionalExplainerStore()
    const reducedMotion = usePrefersReducedMotion()
    const own = useRef<ExplainerStore | null>(null)
    const seeded = useRef(false)
    if (!seeded.current) {
      seeded.current = true
      const initial: Partial<ExplainerState> = {}
      for (const key of KEYS) {
        const value = props[key] ?? (props as Record<string, unknown>)[`default${capitalize(key)}`]
        if (value !== undefined) (initial as Record<string, unknown>)[key] = value
      }
      // our own store starts from the props; a shared one (a provider's) takes them as seeds once,
      // before anything inside this figure subscribes, so server and client render the same
      if (shared) shared.setState(initial)
      else own.current = createExplainerStore(initial)
    }
    const store = (shared ?? own.current)!
    const latest = useRef(props)
    latest.current = props

    // controlled props: push into the store whenever they differ
    useLayoutEffect(() => {
      const patch: Partial<ExplainerState> = {}
      for (const key of KEYS) {
        if (props[key] !== undefined) (patch as Record<string, unknown>)[key] = props[key]
      }
      if (store.getState().playing && props.flexionDeg !== undefined && props.playing !== false)
        delete patch.flexionDeg
      store.setState(patch)
    })

    // reduced motion: no autoplay
    useEffect(() => {
      if (reducedMotion && store.getState().playing && latest.current.playing === undefined)
        store.setState({ playing: false })
    }, [reducedMotion, store])

    // report changes; controlled values that the parent did not take revert on the next tick
    useEffect(
      () =>
        store.subscribe((state, previous) => {
          const p = latest.current as Record<string, unknown>
          const keys = changedKeys(state, previous)
          for (const key of keys) {
            const callback = p[`on${capitalize(key)}Change`] as ((v: unknown) => void) | undefined
            callback?.(state[key])
          }
          latest.current.onStateChange?.(state)
          const controlled = keys.filter(
            (k) => p[k] !== undefined && !(k === 'flexionDeg' && state.playing),
          )
          if (controlled.length) {
            queueMicrotask(() => {
              const now = latest.current as Record<string, unknown>
              const revert: Partial<ExplainerState> = {}
              for (const k of controlled)
                if (now[k] !== undefined) (revert as Record<string, unknown>)[k] = now[k]
              store.setState(revert)
            })
          }
        }),
      [store],
    )

    useImperativeHandle(
      ref,
      () => ({
        play: () => store.setState({ playing: true }),
        pause: () => store.setState({ playing: false }),
        setView: (view) => store.setState({ view }),
        focus: (id) => store.setState({ selected: id, highlight: [id], labels: [id] }),
        reset: () => store.reset(),
        store,
      }),
      [store],
    )

    const messages = resolveMessages(props.messages)
    const labels = useRef<LabelLayerApi | null>(null)
    const { controls = true, caption = true } = props
    const structureName = (id: StructureId) => STRUCTURES[id].shortName ?? STRUCTURES[id].name
    const tracking = useSyncExternalStore(
      store.subscribe,
      () => store.getState().tracking,
      () => store.getState().tracking,
    )
    const trackingLabel = getTrackingPreset(tracking)?.label

    return (
      <ExplainerProvider store={store}>
        <figure
          className={props.className}
          data-knee-explainer=""
          style={{
            margin: 0,
            fontFamily: 'var(--knee-font, inherit)',
            color: 'var(--knee-text, #1d2125)',
            ...props.style,
          }}
        >
          <KneeCanvas
            {...props.canvasProps}
            label={props.label ?? messages.figureLabel}
            overlay={<LabelLayer ref={labels} />}
          >
            <KneeStage
              store={store}
              src={props.src}
              labelLayer={labels}
              structureName={structureName}
              reducedMotion={reducedMotion}
              onSelect={(id) => latest.current.onSelect?.(id)}
              onReady={() => latest.current.onReady?.()}
              onModelError={(error) => latest.current.onModelError?.(error)}
              exercise={props.exerciseSpec}
              onExerciseFrame={(frame, exercise) =>
                latest.current.onExerciseFrame?.(frame, exercise)
              }
            />
          </KneeCanvas>
          {caption ? (
            <ExplainerCaption as="figcaption" messages={props.messages} locale={props.locale} />
          ) : null}
          {controls ? (
            <ExplainerControls
              messages={props.messages}
              {...(Array.isArray(controls) ? { show: controls } : {})}
            />
          ) : null}
          {props.children}
        </figure>
      </ExplainerProvider>
    )
  },
)
