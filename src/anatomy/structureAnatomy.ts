/**
 * Where each muscle, tendon and ligament of the model starts and ends and what it does, in plain
 * words: the `origin`, `insertion` and `action` of its STRUCTURES entry. They follow the table
 * "Muscles from hip to knee" in the reference sheet (shared/reference/anatomy.md; standard
 * anatomy). Kept apart from the names and descriptions, which the figure shows, so a page that
 * shows only the figure does not carry them. Pure data.
 */
import type { StructureId } from './structureIds'

export type StructureAnatomy = {
  /** Where a muscle, tendon or ligament starts, in plain words. */
  origin?: string
  /** Where it ends, in plain words. */
  insertion?: string
  /** What it does when it pulls or tightens. */
  action?: string
}

export const STRUCTURE_ANATOMY: Readonly<Partial<Record<StructureId, StructureAnatomy>>> = {
  'rectus-femoris': {
    origin: 'The front of the pelvis just above the hip joint (anterior inferior iliac spine).',
    insertion:
      'Through the quadriceps tendon to the kneecap, and on through the patellar tendon to the bump at the front of the shinbone (tibial tuberosity).',
    action: 'Straightens the knee and helps lift the thigh forward at the hip.',
  },
  'vastus-lateralis': {
    origin:
      'The outer side of the thigh bone, along the outer edge of the ridge at its back (linea aspera).',
    insertion: 'The quadriceps tendon and the outer edge of the kneecap.',
    action: 'Straightens the knee; pulls the kneecap up and slightly outward.',
  },
  'vastus-intermedius': {
    origin: 'The front of the thigh bone’s shaft.',
    insertion: 'The deep layer of the quadriceps tendon and the top of the kneecap.',
    action: 'Straightens the knee.',
  },
  'vastus-medialis': {
    origin:
      'The inner edge of the ridge at the back of the thigh bone (linea aspera) and the tendon of adductor magnus.',
    insertion: 'The quadriceps tendon and the inner edge of the kneecap.',
    action: 'Straightens the knee; its lower fibres pull the kneecap inward.',
  },
  'vastus-medialis-oblique': {
    origin: 'The tendon of adductor magnus, just above the inner side of the knee.',
    insertion: 'The upper part of the kneecap’s inner edge.',
    action:
      'Pulls the kneecap inward and up, helping to keep it centred when the knee is nearly straight.',
  },
  sartorius: {
    origin: 'The bony point at the front of the hip (anterior superior iliac spine, ASIS).',
    insertion:
      'The inner side of the upper shinbone, at the shared tendon attachment called the pes anserinus.',
    action: 'Helps bend the hip and turn the thigh outward, and helps bend the knee.',
  },
  gracilis: {
    origin: 'The lower front of the pelvis (body and lower branch of the pubic bone).',
    insertion: 'The inner side of the upper shinbone, at the pes anserinus.',
    action: 'Pulls the leg inward toward the other leg and helps bend the knee.',
  },
  'adductor-longus': {
    origin: 'The front of the pubic bone.',
    insertion: 'The middle third of the ridge at the back of the thigh bone (linea aspera).',
    action: 'Pulls the thigh inward.',
  },
  'adductor-magnus': {
    origin:
      'The lower pelvis: the bony bar between the pubic bone and the sitting bone (ischiopubic ramus), and the sitting bone itself (ischial tuberosity).',
    insertion:
      'The ridge at the back of the thigh bone (linea aspera) and the adductor tubercle just above the inner side of the knee.',
    action: 'Pulls the thigh inward and helps straighten the hip.',
  },
  'tensor-fasciae-latae': {
    origin:
      'The bony point at the front of the hip (ASIS) and the front of the pelvis’s upper rim (iliac crest).',
    insertion:
      'Through the iliotibial band to Gerdy’s tubercle, a bump on the outer front of the upper shinbone.',
    action: 'Lifts the thigh forward and out to the side, and tightens the iliotibial band.',
  },
  'gluteus-medius': {
    origin: 'The outer surface of the upper pelvis (ilium).',
    insertion:
      'The greater trochanter, the bony point you can feel on the outside of the upper thigh.',
    action: 'Moves the thigh out to the side and holds the pelvis level.',
  },
  'biceps-femoris': {
    origin:
      'Long head: the sitting bone (ischial tuberosity). Short head: the outer edge of the ridge at the back of the thigh bone (linea aspera).',
    insertion: 'The head of the fibula, just below the outside of the knee.',
    action: 'Bends the knee, turns the shin outward, and (long head) straightens the hip.',
  },
  semitendinosus: {
    origin: 'The sitting bone (ischial tuberosity).',
    insertion: 'The inner side of the upper shinbone, at the pes anserinus.',
    action: 'Bends the knee, turns the shin inward, and straightens the hip.',
  },
  semimembranosus: {
    origin: 'The sitting bone (ischial tuberosity).',
    insertion: 'The back of the inner upper shinbone (posteromedial tibial condyle).',
    action: 'Bends the knee, turns the shin inward, and straightens the hip.',
  },
  'iliotibial-band': {
    origin:
      'The front of the pelvis’s upper rim (iliac crest), where tensor fasciae latae pulls on it.',
    insertion: 'Gerdy’s tubercle, a bump on the outer front of the upper shinbone.',
  },
  'quadriceps-tendon': {
    origin: 'The lower ends of rectus femoris and the vasti.',
    insertion: 'The top of the kneecap.',
  },
  'patellar-tendon': {
    origin: 'The lower tip of the kneecap.',
    insertion: 'The bump at the front of the shinbone (tibial tuberosity).',
  },
  'medial-patellofemoral-ligament': {
    origin:
      'The thigh bone, about 10 mm above and 2 mm behind the bump on the inner side of the knee (medial epicondyle).',
    insertion: 'The inner edge of the kneecap, where its upper and middle thirds meet.',
    action: 'Holds the kneecap back against outward pull.',
  },
  'lateral-retinaculum': {
    origin: 'The iliotibial band, vastus lateralis and the outer side of the thigh bone.',
    insertion: 'The outer edge of the kneecap.',
  },
  'medial-collateral-ligament': {
    origin: 'The bump on the inner side of the lower thigh bone (medial epicondyle).',
    insertion: 'The inner side of the upper shinbone, below the joint line.',
  },
  'lateral-collateral-ligament': {
    origin: 'The bump on the outer side of the lower thigh bone (lateral epicondyle).',
    insertion: 'The head of the fibula.',
  },
  'gluteus-maximus': {
    origin: 'The back of the pelvis and the base of the spine (sacrum).',
    insertion: 'The back of the upper thigh bone and the iliotibial band.',
    action:
      'Straightens the hip, as in rising from a chair or climbing stairs, and turns the thigh outward.',
  },
  gastrocnemius: {
    origin: 'The back of the thigh bone, just above each of its two rounded ends.',
    insertion: 'Through the Achilles tendon to the heel.',
    action: 'Points the foot and helps bend the knee.',
  },
  popliteus: {
    origin: "The outer side of the thigh bone's lower end.",
    insertion: 'The back of the upper shinbone.',
    action: 'Unlocks the straight knee at the start of bending.',
  },
}
