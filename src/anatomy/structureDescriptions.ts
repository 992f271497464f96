/**
 * What the figure tells a reader about each structure of the knee model, in one or two plain
 * sentences, and the studies behind the figures in it. Facts come from the project's reference
 * sheet (shared/reference/anatomy.md); each entry's `source` names the study behind its figures
 * so a reader can check them. Kept apart from the names so that a page loads them only when a
 * reader asks (the figure's list of parts, closed at first). Pure data.
 */
import type { StructureId } from './structureIds'

export type StructureDescription = {
  /** One or two plain sentences for a reader with no anatomy training. */
  description: string
  /** The studies behind the figures and claims in this entry. */
  source?: string
}

export const STRUCTURE_DESCRIPTIONS: Readonly<Record<StructureId, StructureDescription>> = {
  // ---- bones
  pelvis: {
    description:
      'The ring of bone at the base of the spine that the thigh bones hang from. Many thigh muscles start here, so how the pelvis is held changes the pull that reaches the knee.',
  },
  femur: {
    description:
      'The thigh bone, about 41 to 44 cm long in an adult, running from the hip to the knee. Its lower end carries the groove that the kneecap slides in.',
    source: 'Yazar 2012 (413 +/- 28 mm, CT); JCDR 2013 (435 mm)',
  },
  patella: {
    description:
      'The kneecap: a flat bone about 4 cm across that sits inside the tendon at the front of the knee. It slides up and down a groove in the thigh bone as the knee bends and gives the thigh muscles better leverage.',
    source: 'Iranpour, Arthroplasty 2022, table 10 (34-43 x 41-45 x 19-23 mm); PMC2753825',
  },
  tibia: {
    description:
      'The shinbone, the large bone of the lower leg that carries body weight. The kneecap’s tendon attaches to the bump at its front, the tibial tuberosity.',
  },
  fibula: {
    description:
      'The thin bone on the outer side of the lower leg, beside the shinbone. Its head, just below and behind the outside of the knee, anchors the outer knee ligament and the outer hamstring.',
    source: 'Matziolis 2017 (position of the fibular head)',
  },

  // ---- joint surfaces
  'trochlear-groove': {
    description:
      'The smooth, cartilage-lined groove at the front of the lower thigh bone that the kneecap runs in. Its outer wall is normally the higher one and holds the kneecap in once the knee bends past about 20 degrees; a shallow or flat groove (trochlear dysplasia) lets it slip outward more easily.',
    source:
      'Farahmand 1998 (lateral facet higher); Dejour 1998 (dysplasia); Fulkerson (groove holds beyond 20 deg); Senavongse & Amis, JBJS-Br 2005 (flat lateral condyle loses about 70 % of lateral stability at 30 deg)',
  },
  'patellar-cartilage': {
    description:
      'The slippery layer of cartilage, about 4 mm thick, on the back of the kneecap where it touches the thigh bone. Its outer part is usually wider than its inner part.',
    source: 'BIPWiT, Knee 2014 (thickness); Radiopaedia (Wiberg types)',
  },
  'medial-meniscus': {
    description:
      'A C-shaped pad of tough, rubbery cartilage between the thigh bone and shinbone on the inner side of the knee. It spreads the load and steadies the joint; it plays no part in guiding the kneecap.',
  },
  'lateral-meniscus': {
    description:
      'An almost ring-shaped pad of tough, rubbery cartilage between the thigh bone and shinbone on the outer side of the knee. Like the inner one, it spreads the load and plays no part in guiding the kneecap.',
  },

  // ---- bursae
  'suprapatellar-bursa': {
    description:
      'A fluid-filled pouch above the kneecap, under the quadriceps tendon, that lets the tendon glide over the thigh bone. It opens into the knee joint, so a swollen knee often bulges here.',
  },
  'prepatellar-bursa': {
    description:
      'A thin, fluid-filled sac between the skin and the front of the kneecap that lets the skin slide over the bone. Long hours of kneeling can make it swell.',
  },

  // ---- muscles
  'rectus-femoris': {
    description:
      'The straight muscle down the middle of the front of the thigh, and the only part of the quadriceps that crosses the hip as well as the knee.',
  },
  'vastus-lateralis': {
    description:
      'The largest part of the quadriceps, on the outer side of the thigh, giving about 40 % of its pull. Its fibres run slightly outward, so besides straightening the knee it draws the kneecap a little toward the outside.',
    source:
      'Farahmand 1998 (share of quadriceps force); Lieb & Perry 1968 (fibre angle 12-15 deg, unverified)',
  },
  'vastus-intermedius': {
    description:
      'The deep part of the quadriceps, lying on the front of the thigh bone under rectus femoris. It pulls the kneecap straight up.',
  },
  'vastus-medialis': {
    description:
      'The teardrop-shaped muscle on the inner side of the thigh just above the knee. It is one of the first muscles to switch off when the knee is swollen, with as little as 20-30 ml of fluid in the joint.',
    source:
      'Arch Phys Med Rehabil 1984;65:171 (inhibition by joint fluid); Farahmand 1998 (about 25 % of quadriceps force)',
  },
  'vastus-medialis-oblique': {
    description:
      'The lowest, most angled fibres of the inner thigh muscle (vastus medialis), which pull the kneecap inward as well as up. It is usually not a separate muscle and cannot be trained on its own: exercise strengthens the whole quadriceps, and a weak VMO alone is no longer thought to explain a drifting kneecap.',
    source:
      'PMC2772911 (often not a separate head); Smith 2009 review (no selective training); Collins 2018 consensus (hip and knee exercise); Rajput, JCDR 2017 and Lieb & Perry 1968 (fibres at 46-56 deg to the thigh bone); Bose 1980 (attachments)',
  },
  sartorius: {
    description:
      'A long, narrow strap of muscle that runs diagonally across the front of the thigh, from the front of the hip to the inside of the knee.',
    source: 'Rajagopal 2016 OpenSim model (muscle-tendon length 585 mm)',
  },
  gracilis: {
    description:
      'A long, thin muscle down the inside of the thigh, from the pubic bone to the inside of the knee.',
  },
  'adductor-longus': {
    description:
      'A fan-shaped muscle high on the inner thigh that pulls the leg inward, toward the other leg. It does not reach the knee.',
  },
  'adductor-magnus': {
    description:
      'The largest inner-thigh muscle. Its lower tendon ends on a small bump just above the inner side of the knee, and the VMO’s fibres start from that tendon.',
    source: 'Bose 1980; Rajput, JCDR 2017 (VMO arises from the adductor magnus tendon)',
  },
  'tensor-fasciae-latae': {
    description:
      'A small muscle at the front and side of the hip that tightens the iliotibial band. Through the band it adds to the outward pull on the kneecap.',
  },
  'gluteus-medius': {
    description:
      'A fan-shaped muscle on the side of the hip that keeps the pelvis level when you stand on one leg and stops the thigh from dropping and rolling inward. That is why hip exercises are part of treatment for kneecap pain.',
    source:
      'Collins 2018 consensus (hip and knee exercise); Distefano 2009 (activation in clamshell and side-lying abduction)',
  },
  'biceps-femoris': {
    description:
      'The outer hamstring at the back of the thigh. It has two parts (heads) that join into one tendon behind the outside of the knee.',
  },
  semitendinosus: {
    description:
      'One of the two inner hamstrings, named for its long, cord-like lower tendon, which runs to the inside of the shinbone.',
  },
  semimembranosus: {
    description: 'The deeper of the two inner hamstrings, named for its broad, flat upper tendon.',
  },

  // ---- tendons, ligaments and fascia
  'iliotibial-band': {
    description:
      'A long, thick band of tough tissue down the outside of the thigh, from the hip to the outer shinbone. Some of its fibres join the tissue beside the kneecap, so it adds to the outward pull on the kneecap.',
    source: 'Rajagopal 2016 OpenSim model (TFL and ITB together 548 mm)',
  },
  'quadriceps-tendon': {
    description:
      'The thick tendon just above the kneecap where the quadriceps muscles join. It carries their pull onto the kneecap.',
  },
  'patellar-tendon': {
    description:
      'The strong band from the lower tip of the kneecap to the bump at the front of the shinbone, which passes the quadriceps’ pull on to straighten the knee. It is normally about as long as the kneecap is tall; a much longer one lets the kneecap ride high, so it enters its groove later.',
    source: 'Wheeless; Aglietti (Insall-Salvati ratio 0.8-1.2 is normal)',
  },
  'medial-patellofemoral-ligament': {
    description:
      'A thin band, about 4 to 6 cm long, from the inner side of the thigh bone to the inner edge of the kneecap. It is the main thing that stops the kneecap slipping outward while the knee is nearly straight (0 to 20 degrees), before the groove takes over.',
    source:
      'Fujino 2013 and de Oliveira 2014 (attachments, length 38-60 mm); Fulkerson; PMC3748894 (stiffness); Desio 1998 / Conlan 1993 (about 60 % of lateral restraint near 20 deg, unverified)',
  },
  'lateral-retinaculum': {
    description:
      'A sheet of fibrous tissue on the outer side of the kneecap, partly made of fibres from the iliotibial band and vastus lateralis. When it is tight it tilts the kneecap and pulls it outward.',
  },
  'medial-collateral-ligament': {
    description:
      'A broad, flat ligament on the inner side of the knee joining the thigh bone to the shinbone. It stops the knee from opening on the inside when pushed from the outside; it does not steer the kneecap.',
  },
  'lateral-collateral-ligament': {
    description:
      'A short, cord-like ligament on the outer side of the knee joining the thigh bone to the fibula. It stops the knee from opening on the outside; it does not steer the kneecap.',
  },
  'infrapatellar-bursa': {
    description:
      "A small fluid-filled sac behind the lower end of the kneecap's tendon, just above where it attaches to the shinbone. It lets the tendon glide over the bone as the knee bends.",
  },
  'femoral-condyle-cartilage': {
    description:
      "The smooth cartilage on the two rounded ends of the thigh bone that roll and glide on the shinbone. The kneecap's groove is the front part of the same cartilage.",
  },
  'tibial-cartilage': {
    description:
      'The smooth cartilage on the flat top of the shinbone, partly under the menisci, where the ends of the thigh bone rest.',
  },
  'gluteus-maximus': {
    description:
      'The large buttock muscle. It straightens the hip, and part of it pulls on the iliotibial band on the outer thigh.',
  },
  gastrocnemius: {
    description:
      'The calf muscle. Its two heads start on the back of the thigh bone just above the knee. It points the foot and helps bend the knee; it does not pull on the kneecap.',
  },
  popliteus: {
    description:
      'A small, flat muscle behind the knee. As the straight knee starts to bend, it unlocks it by turning the shinbone slightly inward.',
  },
  'anterior-cruciate-ligament': {
    description:
      'One of the two ligaments that cross inside the knee. It stops the shinbone sliding forward under the thigh bone; it does not steer the kneecap.',
  },
  'posterior-cruciate-ligament': {
    description:
      'The other ligament that crosses inside the knee. It stops the shinbone sliding backward under the thigh bone.',
  },
  'medial-retinaculum': {
    description:
      'A thin sheet of tough tissue from the inner edge of the kneecap to the thigh bone. With the MPFL, which runs in it, it helps hold the kneecap in.',
  },
  'hamstring-tendons': {
    description:
      'The cord-like ends of the hamstrings behind the knee, and of the three muscles that meet on the inner side of the shinbone (sartorius, gracilis and semitendinosus, the pes anserinus).',
  },
}
