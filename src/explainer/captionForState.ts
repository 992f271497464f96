import type { Messages } from '../i18n'
import type { ActivityMessages } from '../i18n/activityMessages'
import { ACTIVITIES } from '../kinematics/activityCatalogue'
import type { Activity, ActivityId } from '../kinematics/types'
import { captionWith, type CaptionMotion, type CaptionState } from './caption'

/**
 * The caption for an explainer's scene state: solves the knee at the state's flexion with its
 * tracking preset and any single-parameter overrides on top. While a daily activity plays, the
 * knee is solved at the activity's moment (`motion.activity`; before the first frame, its moment
 * of peak load, where it starts and where reduced motion holds it) and, given the activity
 * words, a second sentence says what the kneecap carries. A catalogue exercise in the state
 * counts once the catalogue is at hand (see `exerciseOf`).
 */
export function captionForState(
  state: CaptionState,
  messages: Messages,
  locale?: string,
  motion: CaptionMotion = {},
  activityWords?: ActivityMessages,
): string {
  return captionWith(activityById, state, messages, locale, motion, activityWords)
}

const activityById = (id: ActivityId): Activity | null => ACTIVITIES[id]
