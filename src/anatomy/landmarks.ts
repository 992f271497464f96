/**
 * Named points on the bones: where muscles attach, what a clinician feels for, and the reference
 * points the model and the kinematics are measured from. The ids are empty nodes in the 3D model.
 * Pure data and small helpers, no React and no three.js.
 */
import type { StructureId } from './structures'

/** Every landmark in the model; each id is also the name of its node in the glTF file. */
export const LANDMARK_IDS = [
  'landmark-knee-centre',
  'landmark-femoral-head-centre',
  'landmark-greater-trochanter',
  'landmark-asis',
  'landmark-aiis',
  'landmark-ischial-tuberosity',
  'landmark-pubic-tubercle',
  'landmark-medial-epicondyle',
  'landmark-lateral-epicondyle',
  'landmark-adductor-tubercle',
  'landmark-trochlear-groove',
  'landmark-patella-centre',
  'landmark-patella-superior-pole',
  'landmark-patella-inferior-pole',
  'landmark-tibial-tuberosity',
  'landmark-gerdys-tubercle',
  'landmark-pes-anserinus',
  'landmark-fibular-head',
] as const

export type LandmarkId = (typeof LANDMARK_IDS)[number]

/** The bone a landmark sits on, and moves with. */
export type LandmarkBone = Extract<StructureId, 'pelvis' | 'femur' | 'tibia' | 'fibula' | 'patella'>

export type LandmarkInfo = {
  id: LandmarkId
  name: string
  /** Where it is and why it matters, in plain words. */
  description: string
  bone: LandmarkBone
}

// Attachments named here follow the table "Muscles from hip to knee" in the reference sheet;
// the MPFL's femoral attachment is from Fujino 2013.
export const LANDMARKS: Readonly<Record<LandmarkId, LandmarkInfo>> = {
  'landmark-knee-centre': {
    id: 'landmark-knee-centre',
    name: 'Knee centre',
    description:
      'The point midway between the bony bumps on either side of the lower thigh bone. The whole model is measured from here, with the knee straight.',
    bone: 'femur',
  },
  'landmark-femoral-head-centre': {
    id: 'landmark-femoral-head-centre',
    name: 'Centre of the femoral head',
    description:
      'The centre of the ball at the top of the thigh bone that sits in the hip socket; the hip turns about this point.',
    bone: 'femur',
  },
  'landmark-greater-trochanter': {
    id: 'landmark-greater-trochanter',
    name: 'Greater trochanter',
    description:
      'The bony point you can feel on the outside of the upper thigh, at the side of the hip. Gluteus medius attaches here.',
    bone: 'femur',
  },
  'landmark-asis': {
    id: 'landmark-asis',
    name: 'Anterior superior iliac spine (ASIS)',
    description:
      'The bony point at the front of the hip, near the belt line. Sartorius and tensor fasciae latae start here.',
    bone: 'pelvis',
  },
  'landmark-aiis': {
    id: 'landmark-aiis',
    name: 'Anterior inferior iliac spine (AIIS)',
    description:
      'A smaller bony point below the ASIS, just above the hip joint. Rectus femoris starts here.',
    bone: 'pelvis',
  },
  'landmark-ischial-tuberosity': {
    id: 'landmark-ischial-tuberosity',
    name: 'Ischial tuberosity (sitting bone)',
    description: 'The bone you sit on. The hamstrings and part of adductor magnus start here.',
    bone: 'pelvis',
  },
  'landmark-pubic-tubercle': {
    id: 'landmark-pubic-tubercle',
    name: 'Pubic tubercle',
    description:
      'A small bump on the front of the pubic bone. Adductor longus and gracilis start close to it.',
    bone: 'pelvis',
  },
  'landmark-medial-epicondyle': {
    id: 'landmark-medial-epicondyle',
    name: 'Medial epicondyle',
    description:
      'The bony bump on the inner side of the lower thigh bone. The MCL starts here, and the MPFL just above and behind it.',
    bone: 'femur',
  },
  'landmark-lateral-epicondyle': {
    id: 'landmark-lateral-epicondyle',
    name: 'Lateral epicondyle',
    description: 'The bony bump on the outer side of the lower thigh bone. The LCL starts here.',
    bone: 'femur',
  },
  'landmark-adductor-tubercle': {
    id: 'landmark-adductor-tubercle',
    name: 'Adductor tubercle',
    description:
      'A small bump just above the inner side of the knee where the adductor magnus tendon ends; the VMO’s fibres start from that tendon.',
    bone: 'femur',
  },
  'landmark-trochlear-groove': {
    id: 'landmark-trochlear-groove',
    name: 'Trochlear groove',
    description:
      'The deepest point of the groove at the front of the lower thigh bone, where the kneecap runs.',
    bone: 'femur',
  },
  'landmark-patella-centre': {
    id: 'landmark-patella-centre',
    name: 'Centre of the kneecap',
    description:
      'The middle of the kneecap: the point whose path the model follows as the knee bends.',
    bone: 'patella',
  },
  'landmark-patella-superior-pole': {
    id: 'landmark-patella-superior-pole',
    name: 'Top of the kneecap (superior pole)',
    description: 'The upper edge of the kneecap, where the quadriceps tendon attaches.',
    bone: 'patella',
  },
  'landmark-patella-inferior-pole': {
    id: 'landmark-patella-inferior-pole',
    name: 'Lower tip of the kneecap (inferior pole)',
    description: 'The lower tip of the kneecap, where the patellar tendon starts.',
    bone: 'patella',
  },
  'landmark-tibial-tuberosity': {
    id: 'landmark-tibial-tuberosity',
    name: 'Tibial tuberosity',
    description:
      'The bump at the front of the shinbone a few centimetres below the kneecap, where the patellar tendon attaches.',
    bone: 'tibia',
  },
  'landmark-gerdys-tubercle': {
    id: 'landmark-gerdys-tubercle',
    name: 'Gerdy’s tubercle',
    description:
      'A bump on the outer front of the upper shinbone, where the iliotibial band attaches.',
    bone: 'tibia',
  },
  'landmark-pes-anserinus': {
    id: 'landmark-pes-anserinus',
    name: 'Pes anserinus',
    description:
      'The spot on the inner upper shinbone where the tendons of sartorius, gracilis and semitendinosus attach side by side; the name means “goose’s foot”, for its shape.',
    bone: 'tibia',
  },
  'landmark-fibular-head': {
    id: 'landmark-fibular-head',
    name: 'Head of the fibula',
    description:
      'The knob at the top of the fibula, just below the outside of the knee. The LCL and biceps femoris attach here.',
    bone: 'fibula',
  },
}

const LANDMARK_ID_SET: ReadonlySet<string> = new Set(LANDMARK_IDS)

export function isLandmarkId(x: unknown): x is LandmarkId {
  return typeof x === 'string' && LANDMARK_ID_SET.has(x)
}
