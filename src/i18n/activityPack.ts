/**
 * What a figure loads on its first ask for a daily activity, as one chunk: the activities' cycles
 * and their English words (i18n/activityLookup.ts loads it). A page whose figures never play an
 * activity never downloads either.
 */
export { ACTIVITY_DATA } from '../kinematics/activityData'
export { activityMessages as ENGLISH_ACTIVITY_WORDS } from './activityMessages'
