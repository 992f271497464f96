/**
 * What each tracking preset shows, in one or two plain sentences a patient can read: the
 * `description` of TRACKING_PRESET_LIST (presets.ts). Kept apart from the labels: the figure shows
 * the labels and never these. Pure data.
 */
import type { TrackingPresetId } from './types'

export const PRESET_DESCRIPTIONS: Readonly<Record<TrackingPresetId, string>> = {
  normal:
    'The kneecap sits a little to the outside when the leg is straight, settles close to the middle of its groove as the knee bends past about 20 degrees, and stays there.',
  'lateral-mild':
    'A slightly quieter inner thigh muscle, slightly tighter outer structures and a slightly shallower groove let the kneecap sit a little more to the outside near a straight knee.',
  'lateral-moderate':
    'The kneecap sits clearly to the outside and tips outward when the knee is nearly straight, then is pulled back toward the middle as it drops into the groove (the J-sign). More of the pressure falls on its outer half.',
  'lateral-severe':
    'Several causes together push the kneecap far to the outside near a straight knee, with marked outward tipping and most of the pressure on its outer half. The inner ligament that holds it back (the MPFL) is stretched or torn, as after the kneecap has slipped out, so the kneecap jumps clearly outward as the leg straightens: an obvious J-sign.',
  'trochlear-dysplasia':
    'A flat groove at the end of the thigh bone gives the kneecap little to sit in, so it stays off-centre at every angle even when the muscles are normal.',
  'post-surgery-swelling':
    'A moderate amount of fluid in the joint quietly switches off the inner thigh muscle (the VMO) first, even when the knee feels fine, so the kneecap drifts a little outward until the swelling settles.',
  'weak-vmo':
    'A quiet VMO on its own lets the kneecap drift a little outward, most of all near a straight knee. Studies disagree on how much: in knees tested in the laboratory, switching the VMO off moved the kneecap about 4 mm in one study and less than 1.5 mm in another. Blaming the VMO alone is popular but disputed: hip control and how the thigh bone turns matter too, and the VMO cannot be trained apart from the rest of the quadriceps.',
  'tight-lateral':
    'A tight iliotibial band and outer knee capsule pull and tip the kneecap outward, most of all when the knee is nearly straight.',
}
