import {
  Children,
  createContext,
  isValidElement,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react'
import { useExplainerStore } from './ExplainerProvider'
import type { ExplainerState } from './store'

export type StepScene = Partial<ExplainerState>

export type StepProps = {
  /** What the figure shows while this step is in view (view, flexion, motion, tracking, highlight, labels...). */
  scene: StepScene
  /** The step's prose. */
  children?: ReactNode
  /** Class name for the step's box. */
  className?: string
  /** Style for the step's box. */
  style?: CSSProperties
}

export type ScrollStepsProps = {
  /** The figure that stays in view (usually a <KneeExplainer>). */
  figure: ReactNode
  /** The scene every step starts from, so a step only says what differs. @defaultValue the store's state when mounted */
  baseScene?: StepScene
  /** Called when the active step changes (index, or -1 above the first step). */
  onStepChange?: (index: number) => void
  /** The steps (`<Step>`), with any prose between them. */
  children?: ReactNode
  /** Class name for the outer box (figure and steps). */
  className?: string
  /** Style for the outer box (figure and steps). */
  style?: CSSProperties
}

const StepContext = createContext<{
  register: (index: number, el: HTMLElement | null) => void
  active: number
} | null>(null)

/**
 * Article steps that drive the figure as they scroll into place. The figure stays in view
 * (sticky beside the text on wide screens, above it on narrow ones). Each step applies its whole
 * scene over the base scene, so scrolling back restores the earlier step and fast scrolling
 * cannot leave a stale mix of two steps.
 */
export function ScrollSteps({
  figure,
  baseScene,
  onStepChange,
  children,
  className,
  style,
}: ScrollStepsProps) {
  const store = useExplainerStore()
  const base = useRef<StepScene>(baseScene ?? { ...store.getState() })
  const elements = useRef(new Map<number, HTMLElement>())
  const [active, setActive] = useState(-1)
  const scenes = Children.toArray(children)
    .filter(isValidElement)
    .map((child) => (child.props as StepProps).scene)
  const scenesRef = useRef(scenes)
  scenesRef.current = scenes
  const callback = useRef(onStepChange)
  callback.current = onStepChange
  const id = useId()

  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return
    // the active step is the one crossing the middle band of the viewport
    const visible = new Set<number>()
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.kneeStep)
          if (entry.isIntersecting) visible.add(index)
          else visible.delete(index)
        }
        let next = visible.size ? Math.max(...visible) : -1
        if (next === -1) {
          // above the first step or between steps: the last step whose top has passed the middle
          const middle = window.innerHeight / 2
          for (const [index, el] of elements.current)
            if (el.getBoundingClientRect().top < middle) next = Math.max(next, index)
        }
        setActive(next)
      },
      { rootMargin: '-45% 0px -45% 0px', threshold: 0 },
    )
    for (const el of elements.current.values()) observer.observe(el)
    return () => observer.disconnect()
  }, [])

  // applied in the same commit that marks the step active, so text and figure never disagree
  useLayoutEffect(() => {
    let scene = active >= 0 ? scenesRef.current[active] : undefined
    // reduced motion: a still frame in the middle of the step's motion replaces the loop
    if (
      scene?.playing &&
      typeof matchMedia === 'function' &&
      matchMedia('(prefers-reduced-motion: reduce)').matches
    ) {
      const [lo, hi] = scene.motionRange ?? base.current.motionRange ?? [0, 90]
      scene = { ...scene, playing: false, flexionDeg: (lo + hi) / 2 }
    }
    store.setState({ ...base.current, ...scene })
    callback.current?.(active)
  }, [active, store])

  const register = (index: number, el: HTMLElement | null) => {
    if (el) elements.current.set(index, el)
    else elements.current.delete(index)
  }

  let index = 0
  const steps = Children.map(children, (child) => {
    if (!isValidElement(child)) return child
    const i = index++
    return <StepIndex.Provider value={i}>{child}</StepIndex.Provider>
  })

  return (
    <StepContext.Provider value={{ register, active }}>
      <style href="knee-explainer-scroll-steps" precedence="default">
        {STEPS_CSS}
      </style>
      <div
        className={['knee-scroll-steps', className].filter(Boolean).join(' ')}
        style={style}
        data-knee-steps={id}
      >
        <div className="knee-scroll-steps__figure">{figure}</div>
        <div className="knee-scroll-steps__text">{steps}</div>
      </div>
    </StepContext.Provider>
  )
}

const StepIndex = createContext(-1)

/** One step of the article: its text, and the scene the figure shows while it is read. */
export function Step({ children, className, style }: StepProps) {
  const context = useContext(StepContext)
  const index = useContext(StepIndex)
  const isActive = context?.active === index
  return (
    <section
      ref={(el) => context?.register(index, el)}
      data-knee-step={index}
      data-active={isActive ? '' : undefined}
      className={['knee-scroll-steps__step', className].filter(Boolean).join(' ')}
      style={style}
    >
      {children}
    </section>
  )
}

const STEPS_CSS = `
.knee-scroll-steps { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
.knee-scroll-steps__figure { position: sticky; top: 0; z-index: 1; background: var(--knee-page, #fff); }
.knee-scroll-steps__step { min-height: 60vh; padding-block: 1rem; padding-inline-start: 1rem;
  border-inline-start: 4px solid transparent; transition: border-color 0.3s; }
.knee-scroll-steps__step[data-active] { border-inline-start-color: var(--knee-accent, #1f5fbf); }
@media (min-width: 900px) {
  .knee-scroll-steps { grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr); align-items: start; }
  .knee-scroll-steps__figure { top: 1rem; grid-column: 1; grid-row: 1; }
  .knee-scroll-steps__text { grid-column: 2; grid-row: 1; }
  .knee-scroll-steps__step { min-height: 80vh; }
}
@media (prefers-reduced-motion: reduce) { .knee-scroll-steps__step { transition: none; } }
@media (forced-colors: active) { .knee-scroll-steps__step[data-active] { border-inline-start-color: Highlight; } }
`
