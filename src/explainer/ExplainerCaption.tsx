import { useMemo, useSyncExternalStore, type HTMLAttributes } from 'react'
import { catalogueSettled, onCatalogueSettled } from '../exercises/lookup'
import type { Messages } from '../i18n'
import { useFigureWords } from '../i18n/figureWords'
import { figureCaption } from './caption'
import { useExplainer, useMotion } from './ExplainerProvider'

export type ExplainerCaptionProps = {
  /** Overrides of the caption's message keys (captionBent, captionShift, ...), for another language or wording. */
  messages?: Partial<Messages>
  /**
   * BCP 47 tag for the numbers in the sentence.
   * @defaultValue 'en'
   */
  locale?: string
  /** Language of the sentence: 'en', 'es', 'de' or a registered bundle's tag. @defaultValue 'en' */
  lang?: string
  /**
   * The element to render: a paragraph, or the `<figcaption>` of a `<figure>`.
   * @defaultValue 'p'
   */
  as?: 'p' | 'figcaption'
} & Omit<HTMLAttributes<HTMLElement>, 'children'>

/**
 * One plain sentence that says what the figure shows now, from the solver's numbers. Plain text,
 * not a live region: while the knee plays it changes about ten times a second, far too often to
 * announce (a separate announcer speaks at rest points).
 */
export function ExplainerCaption({
  messages,
  locale: localeProp,
  lang,
  as: Element = 'p',
  className,
  ...props
}: ExplainerCaptionProps) {
  // slices, each stable between changes, so the caption re-renders only when they move
  const flexionDeg = useExplainer((s) => s.flexionDeg)
  const tracking = useExplainer((s) => s.tracking)
  const trackingParams = useExplainer((s) => s.trackingParams)
  const hip = useExplainer((s) => s.hip)
  const exercise = useExplainer((s) => s.exercise)
  const activity = useExplainer((s) => s.activity)
  // what moves on screen: the loop's flexion, an exercise's effort and hip (about 10 Hz)
  const animated = useMotion()
  // a catalogue exercise counts once its chunk has come (the caption asks); a daily activity once
  // its chunk has come too, when useFigureWords re-renders with the activities' words
  const catalogueIn = useSyncExternalStore(onCatalogueSettled, catalogueSettled, catalogueSettled)
  const words = useFigureWords(lang)
  const locale = localeProp ?? words.locale
  const resolved = useMemo(() => ({ ...words.messages, ...messages }), [words, messages])
  const shown = animated.moving || animated.exercise ? animated.flexionDeg : flexionDeg
  const effort = animated.exercise?.effort
  const exerciseHip = animated.exercise?.hip
  const playingActivity = animated.activity
  const sentence = useMemo(
    () =>
      figureCaption(
        { flexionDeg, tracking, trackingParams, hip, exercise, activity },
        resolved,
        locale,
        { flexionDeg: shown, exerciseEffort: effort, exerciseHip, activity: playingActivity },
        words.activity,
      ),
    [
      flexionDeg,
      shown,
      effort,
      exerciseHip,
      tracking,
      trackingParams,
      hip,
      exercise,
      activity,
      playingActivity,
      catalogueIn,
      resolved,
      words.activity,
      locale,
    ],
  )
  return (
    <Element
      className={className ? `knee-explainer-caption ${className}` : 'knee-explainer-caption'}
      {...props}
    >
      {sentence}
    </Element>
  )
}
