import { Canvas, type CanvasProps } from '@react-three/fiber'
import type { RootState } from '@react-three/fiber'
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type HTMLAttributes,
  type ReactNode,
} from 'react'
import { format } from '../i18n'
import { useFigureWords } from '../i18n/figureWords'
import { MODEL_PROBLEM_MESSAGE } from '../i18n/modelProblems'
import { FigureStatusContext, type FigureProblem } from './FigureStatus'
import { FigureErrorBoundary } from './FigureErrorBoundary'
import { LightRig } from './LightRig'
import { AdaptiveResolution } from './AdaptiveResolution'
import {
  DEFAULT_ASPECT_RATIO,
  DEFAULT_BACKGROUND,
  MAX_DPR,
  MIN_HEIGHT_PX,
  dprRange,
  restingDpr,
} from './canvasDefaults'

export type KneeCanvasProps = {
  /** Accessible name of the figure, read by screen readers. @defaultValue 'Interactive 3D model of the knee' */
  label?: string
  /** Longer description of what the figure shows, linked with aria-describedby. */
  description?: string
  /** Highest device-pixel ratio rendered. @defaultValue 2 */
  maxDpr?: number
  /**
   * While the knee moves and frames are slow (over 60 ms), render at fewer pixels (down to half
   * the width and height), then draw full resolution once it stops, as <model-viewer> does.
   * @defaultValue true
   */
  adaptiveResolution?: boolean
  /** Background colour behind the model (CSS colour). @defaultValue '#eef0f2' */
  background?: string
  /** Leave out the library's light rig (bring your own). @defaultValue false */
  noLights?: boolean
  /** DOM drawn over the canvas in the same box (labels, hints). */
  overlay?: ReactNode
  /**
   * Give the WebGL context back while the figure is far off-screen (browsers allow about 16 at
   * once), and take a new one when it comes near again. @defaultValue true
   */
  releaseWhenFar?: boolean
  /** Message shown while the graphics context is lost (it comes back by itself). */
  contextLostMessage?: string
  /** Language of the figure's own messages (BCP 47, e.g. 'es'); the page's default if absent. */
  lang?: string
  /** Attributes for the outer box (role, tabIndex, key handlers of an interactive figure). */
  containerProps?: HTMLAttributes<HTMLDivElement>
  /** Class name for the outer box. */
  className?: string
  /** Style for the outer box; its size defaults to the parent's width at 4:3, at least 240 px tall. */
  style?: CSSProperties
  children?: ReactNode
} & Omit<CanvasProps, 'children' | 'style' | 'className' | 'dpr' | 'frameloop'> & {
    /** Render loop: 'demand' renders only when something changes. @defaultValue 'demand' */
    frameloop?: CanvasProps['frameloop']
  }

// A calm panel over the canvas: the figure's message replaces a blank canvas.
const PROBLEM_STYLE: CSSProperties = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  padding: '1.5rem',
  textAlign: 'center',
  font: '15px/1.45 system-ui, sans-serif',
  color: '#2b2f33',
  background: 'rgba(238, 240, 242, 0.94)',
}

/**
 * The r3f canvas with the library's defaults: renders on demand, caps the pixel ratio, lights the
 * scene with a local rig, keeps a size that never collapses to 0 px, and names itself for
 * assistive technology.
 */
export function KneeCanvas({
  label = 'Interactive 3D model of the knee',
  description,
  maxDpr = MAX_DPR,
  background = DEFAULT_BACKGROUND,
  noLights = false,
  adaptiveResolution = true,
  overlay,
  releaseWhenFar = true,
  contextLostMessage,
  lang,
  containerProps,
  className,
  style,
  frameloop = 'demand',
  camera,
  children,
  ...props
}: KneeCanvasProps) {
  const id = useId()
  const descriptionId = description ? `${id}-description` : undefined
  const [problem, setProblem] = useState<FigureProblem | null>(null)
  const status = useMemo(() => ({ reportProblem: setProblem }), [])
  const box = useRef<HTMLDivElement | null>(null)
  // near the viewport (or no IntersectionObserver): keep a live canvas
  const [near, setNear] = useState(true)
  useEffect(() => {
    if (!releaseWhenFar || typeof IntersectionObserver === 'undefined' || !box.current) return
    const observer = new IntersectionObserver(
      (entries) => setNear(entries.some((e) => e.isIntersecting)),
      // root: the document, so the margin applies inside iframes too (embeds often live in one)
      { root: document, rootMargin: '150% 0px' },
    )
    observer.observe(box.current)
    return () => observer.disconnect()
  }, [releaseWhenFar])
  const messages = useFigureWords(lang)
  const [contextLost, setContextLost] = useState(false)
  const onCreatedProp = props.onCreated
  const onCreated = (state: RootState) => {
    const canvas = state.gl.domElement
    canvas.addEventListener('webglcontextlost', (event) => {
      event.preventDefault() // lets the browser restore it
      // r3f gives a canvas's context back (forceContextLoss) once that canvas has left the page,
      // after a new one may have taken its place: not a loss the reader sees
      if (canvas.isConnected) setContextLost(true)
    })
    canvas.addEventListener('webglcontextrestored', () => {
      setContextLost(false)
      state.invalidate()
    })
    onCreatedProp?.(state)
  }
  return (
    <div
      ref={box}
      className={className}
      role="img"
      aria-label={label}
      aria-describedby={descriptionId}
      {...containerProps}
      data-knee-canvas=""
      style={{
        position: 'relative',
        width: '100%',
        aspectRatio: DEFAULT_ASPECT_RATIO,
        minHeight: MIN_HEIGHT_PX,
        contain: 'layout paint',
        background,
        ...style,
      }}
    >
      {description ? (
        <p id={descriptionId} hidden>
          {description}
        </p>
      ) : null}
      <FigureErrorBoundary
        fallback={(message) => (
          <div role="alert" data-knee-problem="" style={PROBLEM_STYLE}>
            {format(messages.messages.figureStopped, { message })}
          </div>
        )}
      >
        <FigureStatusContext.Provider value={status}>
          {near ? (
            <Canvas
              frameloop={frameloop}
              dpr={dprRange(maxDpr)}
              camera={camera ?? { position: [0, 0.05, 0.45], fov: 35, near: 0.01, far: 20 }}
              style={{ position: 'absolute', inset: 0 }}
              {...props}
              onCreated={onCreated}
            >
              {adaptiveResolution ? <AdaptiveResolution baseDpr={restingDpr(maxDpr)} /> : null}
              {noLights ? null : <LightRig />}
              {children}
            </Canvas>
          ) : null}
        </FigureStatusContext.Provider>
      </FigureErrorBoundary>
      {overlay}
      {contextLost && !problem ? (
        <div role="alert" data-knee-problem="" style={PROBLEM_STYLE}>
          {contextLostMessage ?? messages.messages.contextLost}
        </div>
      ) : null}
      {problem ? (
        <div role="alert" data-knee-problem="" style={PROBLEM_STYLE}>
          {typeof problem === 'string'
            ? problem
            : messages.messages[MODEL_PROBLEM_MESSAGE[problem.kind]]}
        </div>
      ) : null}
    </div>
  )
}
