/**
 * The figure's caption: one plain sentence that says what the knee shows now, built from the
 * solver's numbers ("Knee bent 20 degrees: the kneecap sits 6 mm toward the outside and tilts
 * 12 degrees."). Pure TypeScript: no React.
 */
import { format, type Messages } from '../i18n'
import type { ActivityMessages } from '../i18n/activityMessages'
import {
  activityFrameAtCycle,
  activityPeak,
  type Activity,
  type ActivityFrame,
  type ActivityId,
} from '../kinematics/activities'
import { knownActivity } from '../i18n/activityLookup'
import type { ActivityMotion } from '../scene/motionChannel'
import { solveKnee } from '../kinematics/solveKnee'
import type { KneeSolution } from '../kinematics/types'
import type { ExplainerState } from './store'
import { catalogueExercise } from '../exercises/lookup'
import { resolveKneeInputWith, type TrackingMotion } from '../exercises/effectiveTracking'
import type { Exercise } from '../exercises/types'

/** Below this sideways shift the kneecap reads as centred: a reader cannot see less than 1 mm. */
const CENTRED_BELOW_MM = 1

/**
 * One sentence for a solved knee: the bend, where the kneecap sits across its groove and how it
 * tilts. Millimetres and degrees are rounded to whole numbers and formatted for `locale`.
 * @param locale BCP 47 tag for the numbers. @defaultValue 'en'
 */
export function describeKnee(
  solution: KneeSolution,
  messages: Messages,
  locale: string = 'en',
): string {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
  const plural = new Intl.PluralRules(locale)
  // + 0 turns a rounded -0 into 0, so no "-0" can reach the sentence
  const whole = (x: number) => Math.round(x) + 0
  const isOne = (n: number) => plural.select(n) === 'one'

  const flexionDeg = whole(solution.input.flexionDeg)
  const knee =
    flexionDeg === 0
      ? messages.captionStraight
      : format(isOne(flexionDeg) ? messages.captionBentOne : messages.captionBent, {
          degrees: numbers.format(flexionDeg),
        })

  // + = toward the outside (lateral); the solver's sign convention
  const shiftMm = solution.patella.lateralShiftMm
  const position =
    Math.abs(shiftMm) < CENTRED_BELOW_MM
      ? messages.captionCentred
      : format(messages.captionShift, {
          mm: numbers.format(whole(Math.abs(shiftMm))),
          side: shiftMm > 0 ? messages.sideOutside : messages.sideInside,
        })

  // + = lateral tilt (the outer edge drops back), the usual direction
  const tiltDeg = whole(solution.patella.tiltDeg)
  let tilt = messages.captionNoTilt
  if (tiltDeg !== 0) {
    const outward = tiltDeg > 0
    const template = isOne(Math.abs(tiltDeg))
      ? outward
        ? messages.captionTiltOne
        : messages.captionTiltInsideOne
      : outward
        ? messages.captionTilt
        : messages.captionTiltInside
    tilt = format(template, { degrees: numbers.format(Math.abs(tiltDeg)) })
  }

  return format(messages.captionSentence, { knee, position, tilt })
}

/**
 * One sentence on what a daily activity asks of the kneecap at one moment: the pressing force in
 * body weights and the contact area ("Stairs down: the kneecap presses on the thigh bone with 4.2
 * times body weight, spread over 4.7 cm²."). The caption's first sentence already gives the bend.
 */
export function describeActivityLoad(
  frame: ActivityFrame,
  label: string,
  words: ActivityMessages,
  locale: string = 'en',
): string {
  const tenths = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return format(words.load, {
    activity: label,
    bw: tenths.format(Math.round(frame.jointReactionBw * 10) / 10),
    area: tenths.format(Math.round(frame.contactAreaMm2 / 10) / 10),
  })
}

export type CaptionState = Pick<ExplainerState, 'flexionDeg' | 'tracking' | 'trackingParams'> &
  Partial<Pick<ExplainerState, 'hip' | 'exercise' | 'activity'>>
export type CaptionMotion = TrackingMotion & {
  flexionDeg?: number
  activity?: ActivityMotion | null
}

/**
 * The figure's caption (see `captionForState`), with its daily activities loaded on first ask
 * (kinematics/activityLookup.ts). Until they have come, the sentence describes the knee without
 * the activity; the figure draws nothing meanwhile.
 */
export function figureCaption(
  state: CaptionState,
  messages: Messages,
  locale?: string,
  motion: CaptionMotion = {},
  activityWords?: ActivityMessages,
): string {
  return captionWith(knownActivity, state, messages, locale, motion, activityWords)
}

/** A caption with the activity found by `activityOf`. */
export function captionWith(
  activityOf: (id: ActivityId) => Activity | null,
  state: CaptionState,
  messages: Messages,
  locale: string | undefined,
  motion: CaptionMotion,
  activityWords: ActivityMessages | undefined,
): string {
  const request = { ...state, exercise: exerciseOf(state.exercise) }
  const activity = !request.exercise && state.activity ? activityOf(state.activity) : null
  let activitySeconds = motion.activitySeconds
  if (activity && activitySeconds === undefined) {
    const cycle =
      motion.activity?.id === activity.id
        ? motion.activity.cycle
        : activityPeak(activity, resolveKneeInputWith(activityOf, request, 0, motion)).cycle
    activitySeconds = cycle * activity.cycleSeconds
  }
  const input = resolveKneeInputWith(activityOf, request, motion.flexionDeg ?? state.flexionDeg, {
    ...motion,
    activitySeconds: activity ? activitySeconds : undefined,
  })
  const sentence = describeKnee(solveKnee(input), messages, locale)
  if (!activity || !activityWords) return sentence
  const frame = activityFrameAtCycle(
    activity,
    (activitySeconds! / activity.cycleSeconds) % 1,
    input,
  )
  const load = describeActivityLoad(
    frame,
    activityWords.activities[activity.id].label,
    activityWords,
    locale,
  )
  return `${sentence} ${load}`
}

/**
 * A catalogue exercise by id, or null: for an unknown id, and until the catalogue is at hand
 * (imported by the page, or loaded on the figure's first ask: exercises/lookup.ts).
 */
export function exerciseOf(id: string | null | undefined): Exercise | null {
  return id ? catalogueExercise(id) : null
}
