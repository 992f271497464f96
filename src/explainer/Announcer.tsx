import { useEffect, useRef, useState, type CSSProperties } from 'react'
import { resolveHighlight } from '../anatomy/structures'
import { format } from '../i18n'
import type { FigureWords } from '../i18n/figureWords'
import { solveKnee } from '../kinematics/solveKnee'
import { useExplainerStore } from './ExplainerProvider'
import { changedKeys, type ExplainerState } from './store'
import { resolveKneeInputWith, resolveTrackingParams } from '../exercises/effectiveTracking'
import { activityPeak } from '../kinematics/activities'
import {
  activitiesSettled,
  englishActivityWords,
  knownActivity,
  loadActivities,
} from '../i18n/activityLookup'
import { exerciseOf } from './caption'

const VIEW_KEY = {
  anterior: 'viewAnterior',
  lateral: 'viewLateral',
  medial: 'viewMedial',
  posterior: 'viewPosterior',
  thigh: 'viewThigh',
  leg: 'viewLeg',
  skyline: 'viewSkyline',
} as const

/** The words the announcer reads: any language bundle, or the figure's words. */
type AnnouncerWords = Pick<FigureWords, 'locale' | 'messages' | 'structures' | 'presets'> & {
  activity?: FigureWords['activity']
}

/** One plain sentence for what changed, from the solver's numbers; null when nothing worth saying. */
export function describeChange(
  state: ExplainerState,
  previous: ExplainerState,
  bundle: AnnouncerWords,
): string | null {
  const m = bundle.messages
  const keys = changedKeys(state, previous)
  const parts: string[] = []
  if (keys.includes('selected') && state.selected)
    parts.push(format(m.announceSelected, { name: bundle.structures[state.selected].name }))
  else if (keys.includes('highlight') && state.highlight.length) {
    const names = resolveHighlight(state.highlight).structures.map(
      (id) => bundle.structures[id].name,
    )
    if (names.length) parts.push(format(m.announceHighlighted, { names: names.join(', ') }))
  }
  if (keys.includes('view')) parts.push(format(m.announceView, { view: m[VIEW_KEY[state.view]] }))
  if (keys.includes('playing')) parts.push(state.playing ? m.announcePlaying : m.announcePaused)
  // a daily activity: what it asks of the kneecap and why, then its peak load
  // (once the activities have come: the announcer waits for them)
  const activity =
    keys.includes('activity') && !state.exercise ? knownActivity(state.activity) : null
  const words = bundle.activity ?? englishActivityWords()
  if (activity && words) {
    const text = words.activities[activity.id]
    const peak = activityPeak(activity, resolveTrackingParams({ ...state, exercise: null }))
    const numbers = new Intl.NumberFormat(bundle.locale, { maximumFractionDigits: 1 })
    parts.push(
      text.description,
      format(words.peak, {
        activity: text.label,
        bw: numbers.format(Math.round(peak.jointReactionBw * 10) / 10),
        degrees: numbers.format(Math.round(peak.flexionDeg)),
      }),
    )
  }
  // where the kneecap sits, when tracking or (paused) flexion changed
  if (
    keys.includes('tracking') ||
    keys.includes('trackingParams') ||
    (!state.playing && keys.includes('flexionDeg'))
  ) {
    if (keys.includes('tracking'))
      parts.push(format(m.announceTracking, { label: bundle.presets[state.tracking].label }))
    const input = resolveKneeInputWith(
      knownActivity,
      { ...state, exercise: exerciseOf(state.exercise) },
      state.flexionDeg,
    )
    const shift = solveKnee(input).patella.lateralShiftMm
    const mm = Math.round(Math.abs(shift))
    parts.push(
      mm < 1
        ? m.announceCentred
        : format(m.announceShift, {
            mm: new Intl.NumberFormat(bundle.locale).format(mm),
            side: shift > 0 ? m.sideOutside : m.sideInside,
          }),
    )
  }
  return parts.length ? parts.join(' ') : null
}

/**
 * A polite live region that says what changed in plain words. It waits until changes settle
 * (slider drags, scroll steps) and never speaks for the animation's own motion.
 */
export function Announcer({ bundle }: { bundle: AnnouncerWords }) {
  const store = useExplainerStore()
  const [text, setText] = useState('')
  const bundleRef = useRef(bundle)
  bundleRef.current = bundle
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let since: ExplainerState | null = null
    let stopped = false
    const unsubscribe = store.subscribe((state, previous) => {
      // while playing, the loop moves the flexion ten times a second: not news
      if (
        state.playing &&
        previous.playing &&
        changedKeys(state, previous).every(
          (k) => k === 'flexionDeg' || k === 'activation' || k === 'highlight',
        )
      )
        return
      since ??= previous
      clearTimeout(timer)
      timer = setTimeout(() => {
        const from = since
        since = null
        if (!from) return
        const say = () => {
          const sentence = describeChange(store.getState(), from, bundleRef.current)
          if (sentence && !stopped) setText(sentence)
        }
        // a daily activity is described once its data has come (its own chunk)
        if (store.getState().activity && !activitiesSettled()) void loadActivities().then(say)
        else say()
      }, 700)
    })
    return () => {
      stopped = true
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store])
  return (
    <p role="status" aria-live="polite" style={VISUALLY_HIDDEN} data-knee-announcer="">
      {text}
    </p>
  )
}

export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
