/**
 * The exercise catalogue's entries: exercises commonly given for kneecap pain and tracking, as
 * pure data. Read them through catalogue.ts (EXERCISES); the figure loads this module on its first
 * ask for a catalogue exercise (lookup.ts), so a page whose figures show none never downloads it.
 *
 * Knee ranges, the muscles that work and the activation figures that exist come from the table
 * "Exercises commonly given for patellar tracking" in the reference sheet
 * (shared/reference/anatomy.md). Where it gives no figure, a muscle's `source` says the level is
 * an 'estimate for illustration': it sets how brightly the figure lights the muscle, nothing more.
 * Hip angles at the top of a movement and the sets and repetitions are common teaching values,
 * not study figures; the reader's physiotherapist sets the real dose (DOSE_NOTE).
 *
 * All reader-facing text is written for a reading age of about 12 and is rendered as plain text.
 */
import type { Exercise, ExerciseId, ExercisePhase, HipPosition, MuscleWork } from './types'
import { GENERAL_STOP_IF } from './safety'

// ---- shared text -------------------------------------------------------------------------------

/** Why no exercise targets the VMO alone (Smith 2009 review; PMC2772911). */
const VMO_NOT_ALONE =
  'The VMO, the lowest part of the inner thigh muscle, cannot be strengthened on its own: a 2009 review (Smith 2009) found that exercise always works it together with the rest of the thigh muscle.'

/** The current recommendation (Collins 2018 consensus). */
const HIP_AND_KNEE =
  'Experts agreed in 2018 (Collins 2018 consensus) that exercises for both the hip and the knee are the best current approach to kneecap pain.'

/** The disputed teaching line, stated honestly (reference sheet, closing note). */
const VMO_IDEA_DISPUTED =
  'The popular idea that a weak VMO alone lets the kneecap drift outward is disputed: how you hold and turn your hip and thigh matters too.'

const ESTIMATE = 'estimate for illustration'

// ---- small builders ----------------------------------------------------------------------------

/** Hip straight, as when standing or lying flat. */
const HIP_NEUTRAL: HipPosition = { flexionDeg: 0, abductionDeg: 0, externalRotationDeg: 0 }

function hip(flexionDeg: number, abductionDeg = 0, externalRotationDeg = 0): HipPosition {
  return { flexionDeg, abductionDeg, externalRotationDeg }
}

function phase(
  name: ExercisePhase['name'],
  seconds: number,
  kneeFlexionDeg: number,
  hipPosition: HipPosition,
  activationScale: number,
): ExercisePhase {
  return { name, seconds, kneeFlexionDeg, hip: hipPosition, activationScale }
}

/** The whole quadriceps at one level: no part of it can be worked apart from the rest (Smith 2009). */
function quadriceps(activation: number, main: boolean, source = ESTIMATE): MuscleWork[] {
  return [
    { id: 'vastus-medialis-oblique', activation, main, source },
    { id: 'vastus-medialis', activation, main, source },
    { id: 'vastus-lateralis', activation, main, source },
    { id: 'vastus-intermedius', activation, main, source },
    // Rectus femoris a little lower: it also crosses the hip, and these exercises are led by the knee.
    { id: 'rectus-femoris', activation: Math.max(0, activation - 0.1), main, source },
  ]
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

// ---- the exercises -----------------------------------------------------------------------------

// Built inside a function whose call is marked pure, so that a bundle that never reads the
// catalogue (a page whose figures show no exercise) leaves all of it out.
function buildCatalogue(): Record<ExerciseId, Exercise> {
  const quadSet: Exercise = {
    id: 'quad-set',
    name: 'Quad set (thigh tightening)',
    shortName: 'Quad set',
    purpose: 'Wakes up the thigh muscle and teaches you to tighten it with your knee straight.',
    position: 'lying on your back',
    steps: [
      'Lie on your back, or sit, with your leg straight out in front of you.',
      'Tighten the muscle on the front of your thigh so that your kneecap moves up and the back of your knee presses down toward the floor.',
      'Hold it tight for 5 seconds and keep breathing normally.',
      'Relax slowly, then rest for a few seconds before the next one.',
    ],
    kneeRangeDeg: [0, 0],
    hip: HIP_NEUTRAL,
    // The exercise is cued toward the VMO, but the whole quadriceps works together (Smith 2009).
    muscles: quadriceps(0.5, true),
    cues: [
      'Rest a finger on the inner side of your thigh just above the kneecap: you should feel it go firm.',
      'That firm spot tells you the whole thigh muscle is working; its inner part cannot work on its own.',
      'Keep breathing. Do not hold your breath while you tighten.',
    ],
    stopIf: GENERAL_STOP_IF,
    evidence: [
      'Quad sets are part of most rehabilitation plans, often as one of the first exercises and after surgery.',
      'They are usually taught with attention on the VMO. ' + VMO_NOT_ALONE,
      VMO_IDEA_DISPUTED,
      'A swollen knee can switch the inner thigh muscle off, from about 20 to 30 ml of fluid in the joint (Arch Phys Med Rehabil 1984), so if your knee is swollen, tell your physiotherapist.',
      HIP_AND_KNEE,
    ].join(' '),
    sources: [
      'rehabilitation protocols',
      'Smith 2009 review',
      'PMC2772911',
      'Arch Phys Med Rehabil 1984;65:171',
      'Collins 2018 consensus',
    ],
    repetitions: { sets: 3, reps: 10, holdSeconds: 5 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 1, 0, HIP_NEUTRAL, 1),
      phase('hold', 5, 0, HIP_NEUTRAL, 1),
      phase('release', 1, 0, HIP_NEUTRAL, 0),
    ],
    kneecapEffect:
      'With the knee straight the kneecap sits just above its groove; tightening the thigh pulls it up and holds it steady, the inner part of the muscle balancing the outer part.',
    tracking: { vmoActivation: 1 },
  }

  // Heel lifted to about the height of the other, bent knee: about 35 deg of hip flexion (teaching value).
  const SLR_TOP = hip(35)

  const straightLegRaise: Exercise = {
    id: 'straight-leg-raise',
    name: 'Straight leg raise',
    shortName: 'Leg raise',
    purpose: 'Strengthens the front of the thigh and the hip without bending the knee.',
    position: 'lying on your back',
    steps: [
      'Lie on your back. Bend your other knee and put that foot flat on the floor.',
      'Tighten the front of the thigh of your straight leg, as in a quad set, so the knee is fully straight.',
      'Keeping the knee straight, lift the leg until your heel is about as high as your other knee.',
      'Hold it there for 2 seconds.',
      'Lower the leg slowly to the floor, then relax.',
    ],
    kneeRangeDeg: [0, 0],
    hip: HIP_NEUTRAL,
    muscles: [
      {
        id: 'vastus-medialis',
        activation: 0.3,
        main: true,
        source: `Bolgla 2008 (works in this exercise); level: ${ESTIMATE}`,
      },
      {
        id: 'rectus-femoris',
        activation: 0.4,
        main: true,
        source: `Bolgla 2008 (works in this exercise); level: ${ESTIMATE}`,
      },
      {
        id: 'vastus-medialis-oblique',
        activation: 0.3,
        main: false,
        source: `part of vastus medialis, works with it (Smith 2009); level: ${ESTIMATE}`,
      },
      { id: 'vastus-lateralis', activation: 0.3, main: false, source: ESTIMATE },
      { id: 'vastus-intermedius', activation: 0.3, main: false, source: ESTIMATE },
      {
        id: 'sartorius',
        activation: 0.2,
        main: false,
        source: `a hip flexor; Bolgla 2008 names the hip flexors; level: ${ESTIMATE}`,
      },
      {
        id: 'tensor-fasciae-latae',
        activation: 0.2,
        main: false,
        source: `a hip flexor; Bolgla 2008 names the hip flexors; level: ${ESTIMATE}`,
      },
    ],
    cues: [
      'Lock the knee straight before you lift, and keep it straight all the way up and down.',
      'Lift slowly and lower even more slowly.',
      'Keep your lower back resting on the floor; the bent knee helps with this.',
    ],
    stopIf: [...GENERAL_STOP_IF, 'Stop if your lower back hurts, and ask your physiotherapist.'],
    evidence: [
      'A 2008 study (Bolgla 2008) found that the straight leg raise works the inner thigh muscle (vastus medialis) and rectus femoris, the thigh muscle that also lifts the hip, together with the other muscles that lift the hip.',
      'With the knee straight, the kneecap sits above its groove and hardly touches it (the first contact is at about 20 degrees of bend, Fulkerson), so the exercise presses very little on the back of the kneecap.',
      'Like every thigh exercise it works the whole thigh muscle, not the VMO alone (Smith 2009).',
    ].join(' '),
    sources: ['Bolgla 2008', 'Fulkerson', 'Smith 2009 review'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 2 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 1.5, 0, SLR_TOP, 1),
      phase('hold', 2, 0, SLR_TOP, 1),
      phase('release', 1.5, 0, HIP_NEUTRAL, 0.2),
    ],
    kneecapEffect:
      'The tight thigh muscle holds the kneecap steady just above its groove while the whole straight leg lifts.',
    tracking: { vmoActivation: 1 },
  }

  // A roll under the knee bends it to about 30 deg and tips the thigh up about 15 deg (teaching value).
  const ON_THE_ROLL = hip(15)

  const terminalKneeExtension: Exercise = {
    id: 'terminal-knee-extension',
    name: 'Terminal knee extension (short arc)',
    shortName: 'Short arc',
    purpose: 'Strengthens the thigh muscle over the last part of straightening the knee.',
    position: 'lying on your back',
    steps: [
      'Lie on your back, or sit with your legs out in front of you, and put a rolled-up towel or firm cushion under your knee so it bends a little (about 30 degrees).',
      'Keep the back of your knee resting on the roll.',
      'Tighten your thigh and lift your heel until your knee is straight.',
      'Hold it straight for 3 seconds.',
      'Slowly lower your heel back down and relax.',
    ],
    kneeRangeDeg: [0, 30],
    hip: ON_THE_ROLL,
    muscles: quadriceps(0.5, true),
    cues: [
      'Only your lower leg moves; the back of your knee stays on the roll.',
      'Straighten the knee fully, then lower it slowly.',
      'Do not add a weight to your ankle unless your physiotherapist tells you to.',
    ],
    stopIf: GENERAL_STOP_IF,
    evidence: [
      'This exercise works the whole thigh muscle over the last 30 degrees of straightening. Near straight the groove does not yet hold the kneecap, and a relaxed inner thigh muscle lets it slide outward more easily (Senavongse & Amis 2005).',
      'One caution: a 2014 study (Powers 2014) found that straightening the knee against a weight with the foot free, as here, presses the kneecap harder against the thigh bone in this range (0 to 30 degrees) than a squat does.',
      'So if it hurts, tell your physiotherapist: a lighter weight or a squat may suit you better.',
      'It cannot work the VMO on its own (Smith 2009).',
    ].join(' '),
    sources: ['Powers 2014', 'Senavongse & Amis, JBJS-Br 2005', 'Fulkerson', 'Smith 2009 review'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 3 },
    phases: [
      phase('rest', 1, 30, ON_THE_ROLL, 0),
      phase('contract', 1.5, 0, ON_THE_ROLL, 1),
      phase('hold', 3, 0, ON_THE_ROLL, 1),
      phase('release', 1.5, 30, ON_THE_ROLL, 0.2),
    ],
    kneecapEffect:
      'As the knee straightens, the thigh muscle pulls the kneecap up and out of the top of its groove, where the inner thigh muscle and the ligament on the inner side (the MPFL) keep it from sliding outward.',
    tracking: { vmoActivation: 1 },
  }

  // Clamshell: hip about 45 deg, knee about 90 deg (reference sheet). How far the knee opens
  // (external rotation with a little abduction) is a teaching value.
  const CLAM_CLOSED = hip(45)
  const CLAM_OPEN = hip(45, 10, 30)

  const clamshell: Exercise = {
    id: 'clamshell',
    name: 'Clamshell',
    purpose: 'Strengthens the muscle on the side of your hip that stops your knee rolling inward.',
    position: 'lying on your side',
    steps: [
      'Lie on your side with the leg you are exercising on top. Bend your hips a little (about 45 degrees) and your knees to a right angle, with your feet together.',
      'Rest your head on your lower arm and keep your hips stacked, one straight above the other.',
      'Keeping your feet touching, lift your top knee as far as you can without your hips rolling back.',
      'Hold it there for 2 seconds.',
      'Lower the knee slowly.',
    ],
    kneeRangeDeg: [90, 90],
    hip: CLAM_CLOSED,
    muscles: [
      {
        id: 'gluteus-medius',
        activation: 0.4,
        main: true,
        source: 'Distefano 2009 (about 40 % of maximum)',
      },
    ],
    cues: [
      'Keep your feet together the whole time.',
      'Do not let your top hip roll backward; it is only a small movement.',
      'You should feel it in the side of your buttock.',
    ],
    stopIf: [...GENERAL_STOP_IF, 'Stop if your hip or back hurts, and ask your physiotherapist.'],
    evidence: [
      'A 2009 study (Distefano 2009) measured the side hip muscle (gluteus medius) working at about 40 % of its maximum in this exercise, which makes it a gentle place to start.',
      'Weak hip muscles can let the thigh roll inward under the kneecap, so kneecap problems are not only about the thigh muscle.',
      HIP_AND_KNEE,
    ].join(' '),
    sources: ['Distefano 2009', 'Collins 2018 consensus'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 2 },
    phases: [
      phase('rest', 1, 90, CLAM_CLOSED, 0),
      phase('contract', 1.5, 90, CLAM_OPEN, 1),
      phase('hold', 2, 90, CLAM_OPEN, 1),
      phase('release', 1.5, 90, CLAM_CLOSED, 0.2),
    ],
    kneecapEffect:
      'The kneecap itself does not move in this exercise; over time a stronger hip helps stop the thigh rolling inward under the kneecap when you stand, walk and climb stairs.',
  }

  // Leg lifted about 30 deg out to the side (teaching value).
  const LEG_OUT = hip(0, 30)

  const sideLyingHipAbduction: Exercise = {
    id: 'side-lying-hip-abduction',
    name: 'Side-lying hip abduction (side leg lift)',
    shortName: 'Side leg lift',
    purpose: 'Works the muscle on the side of your hip harder, as a next step after the clamshell.',
    position: 'lying on your side',
    steps: [
      'Lie on your side with the leg you are exercising on top. Bend your bottom knee for balance and keep your top leg straight.',
      'Line your top leg up with your body, or slightly behind it, with your toes pointing forward.',
      'Lift the top leg up toward the ceiling, keeping the knee straight and the leg in line with your body.',
      'Hold it there for 2 seconds.',
      'Lower it slowly.',
    ],
    kneeRangeDeg: [0, 0],
    hip: HIP_NEUTRAL,
    muscles: [
      {
        id: 'gluteus-medius',
        activation: 0.8,
        main: true,
        source: 'Distefano 2009 (about 80 % of maximum)',
      },
    ],
    cues: [
      'Keep your toes pointing forward, not up to the ceiling.',
      'Do not let your body roll backward.',
      'Lift only as high as you can without leaning or twisting.',
    ],
    stopIf: [...GENERAL_STOP_IF, 'Stop if your hip or back hurts, and ask your physiotherapist.'],
    evidence: [
      'The same 2009 study (Distefano 2009) found that this exercise works the side hip muscle (gluteus medius) about twice as hard as the clamshell: about 80 % of its maximum against about 40 %. That makes it a natural next step.',
      HIP_AND_KNEE,
    ].join(' '),
    sources: ['Distefano 2009', 'Collins 2018 consensus'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 2 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 1.5, 0, LEG_OUT, 1),
      phase('hold', 2, 0, LEG_OUT, 1),
      phase('release', 1.5, 0, HIP_NEUTRAL, 0.2),
    ],
    kneecapEffect:
      'The kneecap itself does not move in this exercise: the work is at the hip, which helps hold the thigh straight under the kneecap when you are on your feet.',
  }

  // Squats: the hip bends about as much as the knee with a slight forward lean (teaching values).
  const SQUAT_45 = hip(40)
  const SQUAT_90 = hip(80)
  // The gluteal in the model is gluteus medius; the reference sheet names "gluteals" for squats.
  const SQUAT_GLUTEAL: MuscleWork = {
    id: 'gluteus-medius',
    activation: 0.2,
    main: false,
    source: `Powers 2014 (the buttock muscles work in squats; the model shows gluteus medius); level: ${ESTIMATE}`,
  }

  const SQUAT_LOAD_NOTE =
    'A 2014 study (Powers 2014) found that in this shallow range, with your weight on your feet, the load on the joint behind the kneecap stays low, and lower than when you straighten the knee against a weight near straight (0 to 30 degrees).'

  const miniSquat: Exercise = {
    id: 'mini-squat',
    name: 'Mini squat',
    purpose:
      'Strengthens the thigh and buttock muscles together while you stand, with a low load on the kneecap.',
    position: 'standing',
    steps: [
      'Stand with your feet hip-width apart. Hold a chair or kitchen counter for balance if you need to.',
      'Push your hips back a little and bend your knees as if starting to sit down, to about 45 degrees: about halfway to sitting on a chair.',
      'Keep your knees pointing the same way as your toes; do not let them fall inward.',
      'Pause for a second.',
      'Push through your feet to stand up straight again.',
    ],
    kneeRangeDeg: [0, 45],
    hip: HIP_NEUTRAL,
    muscles: [...quadriceps(0.4, true), SQUAT_GLUTEAL],
    cues: [
      'Knees over your toes, not falling inward.',
      'Keep your weight spread over your whole foot.',
      'Go down slowly and come up smoothly.',
    ],
    stopIf: GENERAL_STOP_IF,
    evidence: [
      SQUAT_LOAD_NOTE,
      'The squat works the thigh and buttock muscles together. ' + HIP_AND_KNEE,
      'Keeping your knee in line over your foot is part of the exercise: hip control matters for the kneecap, not only the thigh muscle.',
    ].join(' '),
    sources: ['Powers 2014', 'Collins 2018 consensus'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 1 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 2, 45, SQUAT_45, 1),
      phase('hold', 1, 45, SQUAT_45, 1),
      phase('release', 2, 0, HIP_NEUTRAL, 0.3),
    ],
    kneecapEffect:
      'As the knee bends the kneecap slides down into its groove, which holds it in from about 20 degrees, while the working thigh muscle presses it gently into place.',
    tracking: { vmoActivation: 1 },
  }

  const wallSit: Exercise = {
    id: 'wall-sit',
    name: 'Wall sit',
    purpose: 'Builds thigh and buttock strength by holding a shallow squat against a wall.',
    position: 'standing',
    steps: [
      'Stand with your back flat against a wall and your feet hip-width apart, about a foot’s length out from the wall.',
      'Slide your back down the wall until your knees are bent to about 45 degrees. Do not go lower.',
      'Keep your knees pointing the same way as your toes.',
      'Hold for up to 10 seconds, breathing normally.',
      'Slide back up the wall to stand.',
    ],
    kneeRangeDeg: [0, 45],
    hip: HIP_NEUTRAL,
    muscles: [...quadriceps(0.4, true), SQUAT_GLUTEAL],
    cues: [
      'Keep your back against the wall the whole time.',
      'Knees over your toes, not falling inward.',
      'Keep breathing. Do not hold your breath.',
    ],
    stopIf: GENERAL_STOP_IF,
    evidence: [
      SQUAT_LOAD_NOTE,
      'The wall takes some of your weight and keeps you steady, so you can hold the knee at one comfortable angle.',
      'Like every thigh exercise it works the whole thigh muscle, not the VMO alone (Smith 2009). ' +
        HIP_AND_KNEE,
    ].join(' '),
    sources: ['Powers 2014', 'Smith 2009 review', 'Collins 2018 consensus'],
    // The figure holds for 4 s so the loop stays short; the real hold is up to 10 s.
    repetitions: { sets: 3, reps: 5, holdSeconds: 10 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 1.5, 45, SQUAT_45, 1),
      phase('hold', 4, 45, SQUAT_45, 1),
      phase('release', 1.5, 0, HIP_NEUTRAL, 0.3),
    ],
    kneecapEffect:
      'With the knee held at 45 degrees the kneecap sits in its groove, whose high outer wall holds it in, while the working thigh muscle presses it gently into place.',
    tracking: { vmoActivation: 1 },
  }

  const adductorSqueeze: Exercise = {
    id: 'adductor-squeeze',
    name: 'Squat with an inner-thigh squeeze',
    shortName: 'Squeeze squat',
    purpose: 'Works the inner-thigh muscles together with the thigh muscle during a squat.',
    position: 'standing',
    steps: [
      'Stand with your feet hip-width apart and a soft ball or folded pillow between your knees. Hold a chair or counter for balance if you need to.',
      'Squeeze the ball gently with your knees and keep squeezing.',
      'Bend your knees and lower yourself slowly, only as far as is comfortable and never past thighs level with the floor (90 degrees).',
      'Pause for a second.',
      'Push back up to standing, then relax the squeeze.',
    ],
    kneeRangeDeg: [0, 90],
    hip: HIP_NEUTRAL,
    muscles: [
      {
        id: 'adductor-longus',
        activation: 0.3,
        main: true,
        source: `Boling 2006; level: ${ESTIMATE}`,
      },
      {
        id: 'adductor-magnus',
        activation: 0.3,
        main: true,
        source: `Boling 2006; level: ${ESTIMATE}`,
      },
      { id: 'gracilis', activation: 0.3, main: true, source: `Boling 2006; level: ${ESTIMATE}` },
      // The squat works the quadriceps; the squeeze does not change the VMO to VL ratio (Boling 2006).
      ...quadriceps(0.5, false),
    ],
    cues: [
      'A gentle squeeze is enough; keep it steady all the way down and up.',
      'Keep your feet flat and your weight over your whole foot.',
      'If it hurts as you go lower, only go as low as is comfortable.',
    ],
    stopIf: GENERAL_STOP_IF,
    evidence: [
      'Squeezing the inner thighs during a squat is often taught as a way to make the VMO work harder, because the VMO starts from the tendon of an inner-thigh muscle (adductor magnus, Bose 1980).',
      'A 2006 study (Boling 2006) found that the squeeze does not change how hard the VMO works compared with the outer thigh muscle (vastus lateralis).',
      'So the squeeze works the inner thighs and the squat works the whole thigh muscle, but neither works the VMO on its own (Smith 2009).',
    ].join(' '),
    sources: ['Boling 2006', 'Bose 1980', 'Smith 2009 review'],
    repetitions: { sets: 3, reps: 10, holdSeconds: 1 },
    phases: [
      phase('rest', 1, 0, HIP_NEUTRAL, 0),
      phase('contract', 2.5, 90, SQUAT_90, 1),
      phase('hold', 1, 90, SQUAT_90, 1),
      phase('release', 2.5, 0, HIP_NEUTRAL, 0.3),
    ],
    kneecapEffect:
      'As the knee bends the kneecap slides deeper into its groove, whose high outer wall holds it in; the squeeze does not change how the thigh muscle pulls on it.',
    tracking: { vmoActivation: 1 },
  }

  return deepFreeze({
    'quad-set': quadSet,
    'straight-leg-raise': straightLegRaise,
    'terminal-knee-extension': terminalKneeExtension,
    clamshell,
    'side-lying-hip-abduction': sideLyingHipAbduction,
    'mini-squat': miniSquat,
    'wall-sit': wallSit,
    'adductor-squeeze': adductorSqueeze,
  })
}

/** Every exercise in the catalogue, keyed by id, frozen. */
export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = /* @__PURE__ */ buildCatalogue()
