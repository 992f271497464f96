/**
 * The daily activities as the figure reaches them: their cycles and their English words, loaded
 * as one chunk on the figure's first ask for an activity (activityPack.ts), so a page whose
 * figures never play one never downloads them. (ACTIVITIES, and the functions that take an
 * activity id, import the data themselves; so does a language bundle its words.)
 * Pure TypeScript: no React.
 */
import { lazyTable } from '../kinematics/lazyTable'
import type { Activity, ActivityId } from '../kinematics/types'
import type { ActivityMessages } from './activityMessages'

// a chunk that fails to download leaves the knee bending as it does without an activity
const activities = /* @__PURE__ */ lazyTable('the daily activities', () =>
  import('./activityPack').then((m) => ({
    data: m.ACTIVITY_DATA,
    words: m.ENGLISH_ACTIVITY_WORDS,
  })),
)

/**
 * An activity by id, or null: for no id, and while the activities are still on their way (this
 * call starts loading them; `onActivitiesSettled` hears when they are in).
 */
export function knownActivity(id: ActivityId | null | undefined): Activity | null {
  if (!id) return null
  const known = activities.get()
  return known && Object.prototype.hasOwnProperty.call(known.data, id) ? known.data[id] : null
}

/** The activities' English words once they have come, else undefined (asking loads nothing). */
export function englishActivityWords(): ActivityMessages | undefined {
  return activities.peek()?.words
}

/** True once the activities are at hand, or once loading them has failed. */
export function activitiesSettled(): boolean {
  return activities.settled()
}

/** Loads the activities if nothing has yet; resolves once they are in (or have failed to come). */
export function loadActivities(): Promise<void> {
  return activities.load()
}

/** Calls `listener` when the activities arrive (or fail to); returns the unsubscribe. */
export function onActivitiesSettled(listener: () => void): () => void {
  return activities.onSettled(listener)
}
