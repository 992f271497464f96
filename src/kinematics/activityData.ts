/**
 * The daily activities' cycles and their sources: the data behind ACTIVITIES (activities.ts). A
 * module of its own so that a figure loads it only when it is asked for an activity
 * (i18n/activityLookup.ts); a page that imports ACTIVITIES gets it with the import.
 */
import type { Activity, ActivityId } from './types'

const REILLY_MARTENS = 'Reilly & Martens 1972, Acta Orthop Scand 43:126'

/** The activities, with sources. Moments marked "assumption" have no figure in a checked source. */
export const ACTIVITY_DATA: Readonly<Record<ActivityId, Activity>> = {
  walking: {
    id: 'walking',
    cycleSeconds: 1.1,
    // knee flexes about 15-20 deg as the foot takes weight (extensor moment about 0.4 N m/kg,
    // typical gait data; assumption), straightens in mid-stance, swings to about 60 deg
    keyframes: [
      [0, 4, 0.05],
      [0.12, 17, 0.4],
      [0.25, 12, 0.15],
      [0.4, 4, 0],
      [0.6, 35, 0],
      [0.73, 60, 0],
      [0.9, 20, 0],
      [1, 4, 0.05],
    ],
    motionSource: 'typical gait curves (flexion and moment: assumption of the usual shape)',
    // "the highest value for the PFJR force 35 kg or 0.5 body weight"
    published: { jointReactionBw: 0.5, source: REILLY_MARTENS },
  },
  'stairs-up': {
    id: 'stairs-up',
    cycleSeconds: 1.4,
    // the foot lands with the knee bent about 60 deg and the knee straightens under the body's weight;
    // peak knee moment 1.16 N m/kg (Costigan 2002, Gait Posture 16:31)
    keyframes: [
      [0, 60, 0.9],
      [0.1, 52, 1.16],
      [0.3, 25, 0.5],
      [0.55, 8, 0.1],
      [0.65, 40, 0],
      [0.8, 85, 0],
      [1, 60, 0.9],
    ],
    motionSource: 'Costigan 2002, Gait Posture 16:31 (peak knee moment 1.16 N m/kg)',
    published: { jointReactionBw: 3.3, source: REILLY_MARTENS },
  },
  'stairs-down': {
    id: 'stairs-down',
    cycleSeconds: 1.4,
    // the standing knee bends under load to lower the body to the next step: the extensor moment is
    // larger than on level ground and peaks late, with the knee bent 80-90 deg (Beaulieu 2008, Gait
    // Posture 27:564: larger knee extensor moments than walking); 1.4 N m/kg is an assumption
    keyframes: [
      [0, 10, 0.3],
      [0.2, 35, 0.8],
      [0.45, 82, 1.4],
      [0.6, 90, 0.2],
      [0.75, 60, 0],
      [0.9, 20, 0],
      [1, 10, 0.3],
    ],
    motionSource:
      'Beaulieu 2008, Gait Posture 27:564 (extensor moment larger than walking); size: assumption',
  },
  squat: {
    id: 'squat',
    cycleSeconds: 4,
    // a deep bodyweight squat to the figure's 120 deg; extensor moment about 2 N m/kg at the bottom
    // (assumption)
    keyframes: [
      [0, 0, 0.1],
      [0.25, 60, 1],
      [0.45, 115, 1.9],
      [0.5, 120, 2],
      [0.55, 115, 1.9],
      [0.75, 60, 1],
      [1, 0, 0.1],
    ],
    motionSource: 'deep bodyweight squat (moment: assumption)',
    // "The maximum value calculated for the PFJR force during this activity [deep knee bends] was
    // 650 kg. The subject's body weight was 85 kg ... 7.6 times body weight."
    published: { jointReactionBw: 7.6, source: REILLY_MARTENS },
  },
  kneeling: {
    id: 'kneeling',
    cycleSeconds: 6,
    // lowering onto the knees, kneeling upright (the thigh carries the body straight down, the
    // quadriceps nearly idle), and rising again (assumption)
    keyframes: [
      [0, 0, 0.1],
      [0.2, 90, 1.1],
      [0.3, 110, 0.1],
      [0.7, 110, 0.1],
      [0.8, 90, 1.1],
      [1, 0, 0.1],
    ],
    motionSource: 'assumption: lowering, kneeling upright, rising',
  },
  sitting: {
    id: 'sitting',
    cycleSeconds: 6,
    // sitting with the knee bent about 90 deg: the quadriceps is relaxed (assumption)
    keyframes: [
      [0, 90, 0.02],
      [0.5, 95, 0.02],
      [1, 90, 0.02],
    ],
    motionSource: 'assumption: sitting relaxed with the knee bent',
  },
}
