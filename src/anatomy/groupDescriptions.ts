/**
 * What each teaching group of structures is called and what it does, in plain words: the names
 * and descriptions of GROUPS (structureCatalogue.ts). The figure uses only the groups' members
 * (structures.ts), so a page that shows only the figure does not carry these. Pure data.
 */
import type { GroupId } from './structures'

export const GROUP_DESCRIPTIONS: Readonly<Record<GroupId, { name: string; description: string }>> =
  {
    quadriceps: {
      name: 'Quadriceps',
      description:
        'The big muscle group on the front of the thigh: rectus femoris and the three vasti, with the VMO (the lowest part of vastus medialis) shown on its own. They straighten the knee by pulling on the kneecap and work as one: no part can be strengthened alone.',
    },
    hamstrings: {
      name: 'Hamstrings',
      description:
        'The three muscles at the back of the thigh. They bend the knee and straighten the hip; they do not pull on the kneecap.',
    },
    adductors: {
      name: 'Inner thigh (adductors)',
      description:
        'The inner-thigh muscles that pull the leg toward the other leg. Squeezing them during a squat works them, but does not make the VMO work harder than vastus lateralis.',
    },
    'lateral-pull': {
      name: 'What pulls the kneecap outward',
      description:
        'Vastus lateralis, the iliotibial band, tensor fasciae latae (which tightens the band) and the lateral retinaculum. This outward pull is normal; problems start when it is not matched by what holds the kneecap in.',
    },
    'medial-restraint': {
      name: 'What holds the kneecap in',
      description:
        'The MPFL holds the kneecap in while the knee is nearly straight; past about 20 degrees of bending the high outer wall of the trochlear groove takes over. Vastus medialis and its lowest fibres, the VMO, add an inward pull.',
    },
    'hip-muscles': {
      name: 'Hip muscles',
      description:
        'Muscles whose main work is at the hip and that steer where the thigh, and so the groove, points under the kneecap: gluteus medius stops the thigh rolling inward, tensor fasciae latae and sartorius lift it forward. Rectus femoris, gracilis and the hamstrings also cross the hip but are shown with their thigh groups.',
    },
    bones: {
      name: 'Bones',
      description: 'The pelvis, thigh bone, kneecap, shinbone and fibula.',
    },
    'joint-surfaces': {
      name: 'Joint surfaces',
      description:
        'The smooth surfaces where the bones meet: the cartilage on the ends of the thigh bone (with the kneecap’s groove), behind the kneecap and on top of the shinbone, and the two menisci, the rubbery pads between the thigh bone and the shinbone.',
    },
    'soft-tissue': {
      name: 'Soft tissue',
      description:
        'Everything that is not bone or joint surface: muscles, tendons, ligaments, the iliotibial band and the fluid-filled sacs (bursae). With the bones and joint surfaces it covers the whole model.',
    },
  }
