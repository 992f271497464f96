/**
 * The daily activities by id, for pages and components that show them (ActivityChart, a site's
 * own code). A module of its own that no figure part imports: a figure loads the same data on its
 * first ask for an activity (i18n/activityLookup.ts), so a page whose figures never play one never
 * downloads it.
 */
import { ACTIVITY_DATA } from './activityData'
import type { Activity, ActivityId } from './types'

/**
 * The activities, with sources. Moments marked "assumption" have no figure in a checked source.
 * (A binding of its own, not a re-export of activityData.ts, which the figure loads with import().)
 */
export const ACTIVITIES: Readonly<Record<ActivityId, Activity>> = ACTIVITY_DATA
