/**
 * The daily activities' words (src/kinematics/activities.ts) in English: the `activity`
 * namespace of a language bundle (Spanish and German are in activityMessages.es.ts and .de.ts).
 * Plain words a patient understands; why going down stairs and squatting hurt more is said
 * without numbers first, then with the figure's own. Pure data: no React.
 */
import type { ActivityId } from '../kinematics/activities'

export type ActivityText = {
  /** A short label for a button or menu. */
  label: string
  /** What the knee does and why the kneecap carries what it carries, one or two sentences. */
  description: string
}

export type ActivityMessages = {
  /** Heading of an activity picker or chart. */
  title: string
  /** The load at one moment: {activity}, {bw} (times body weight), {area} (square centimetres). */
  load: string
  /** The load at the activity's peak: {activity}, {bw}, {degrees} (knee bend). */
  peak: string
  /** Why some activities hurt more, in plain words. */
  whyItHurts: string
  /** Axis and series names of the activity chart. */
  cycleAxis: string
  forceTitle: string
  forceUnit: string
  areaTitle: string
  flexionTitle: string
  /** Where the published values come from, shown under the chart. */
  publishedMark: string
  activities: Record<ActivityId, ActivityText>
}

export const activityMessages: ActivityMessages = {
  title: 'What daily activities ask of the kneecap',
  load: '{activity}: the kneecap presses on the thigh bone with {bw} times body weight, spread over {area} cm².',
  peak: '{activity}: at most {bw} times body weight, with the knee bent {degrees} degrees.',
  whyItHurts:
    'The more the knee bends while it carries the body, the harder the thigh muscle must pull and the harder it presses the kneecap into its groove. Going down stairs and squatting do both at once: the muscle holds the body back as the knee bends deeply, so the kneecap carries several times body weight. The contact area grows only a little, so the pressure on the cartilage rises, and a kneecap that drifts outward puts that pressure on a smaller patch.',
  cycleAxis: 'One cycle of the activity, start to end',
  forceTitle: 'Pressing force behind the kneecap',
  forceUnit: 'times body weight',
  areaTitle: 'Contact area, cm²',
  flexionTitle: 'Knee bend, degrees',
  publishedMark: 'Published peak: {bw} times body weight ({source})',
  activities: {
    walking: {
      label: 'Walking',
      description:
        'The knee bends only a little as the foot takes the weight, so the kneecap carries about half of body weight.',
    },
    'stairs-up': {
      label: 'Stairs up',
      description:
        'The foot lands on the step with the knee well bent and the thigh muscle straightens it under the whole body: the kneecap carries about three times body weight.',
    },
    'stairs-down': {
      label: 'Stairs down',
      description:
        'The standing knee bends deeply while the thigh muscle lowers the body to the next step, braking all the way down: the kneecap carries more than going up, often the most painful part of the day.',
    },
    squat: {
      label: 'Squatting',
      description:
        'A deep squat bends the knee the most while the thigh muscle holds the body: the kneecap is pressed in hardest of all, several times body weight.',
    },
    kneeling: {
      label: 'Kneeling',
      description:
        'Getting down and up loads the kneecap like a squat; once kneeling upright the thigh muscle rests, but the front of the knee presses on the floor.',
    },
    sitting: {
      label: 'Sitting with the knee bent',
      description:
        'The thigh muscle is relaxed, so the kneecap carries almost nothing; a long sit with the knee bent can still ache because the joint stays in one position.',
    },
  },
}
