/**
 * The bones each soft-tissue structure of the model attaches to, directly or through its
 * tendon (Gray's Anatomy; the reference sheet's "Muscles from hip to knee"). The model generator
 * keeps tissue out of every other bone; the model tests check it. Pure data.
 */
export type Bone = 'pelvis' | 'femur' | 'tibia' | 'fibula' | 'patella'

export const ATTACHED_BONES: Readonly<Record<string, readonly Bone[]>> = {
  'rectus-femoris': ['pelvis'],
  'vastus-lateralis': ['femur', 'patella'],
  'vastus-intermedius': ['femur', 'patella'],
  'vastus-medialis': ['femur', 'patella'],
  'vastus-medialis-oblique': ['femur', 'patella'],
  sartorius: ['pelvis', 'tibia'],
  gracilis: ['pelvis', 'tibia'],
  'adductor-longus': ['pelvis', 'femur'],
  'adductor-magnus': ['pelvis', 'femur'],
  'tensor-fasciae-latae': ['pelvis'],
  'gluteus-medius': ['pelvis', 'femur'],
  'gluteus-maximus': ['pelvis', 'femur'],
  'biceps-femoris': ['pelvis', 'femur', 'fibula', 'tibia'],
  semitendinosus: ['pelvis', 'tibia'],
  semimembranosus: ['pelvis', 'tibia'],
  gastrocnemius: ['femur'],
  popliteus: ['femur', 'tibia'],
  'quadriceps-tendon': ['patella'],
  'patellar-tendon': ['patella', 'tibia'],
  'iliotibial-band': ['tibia'],
  'medial-patellofemoral-ligament': ['patella', 'femur'],
  'lateral-retinaculum': ['patella', 'femur'],
  'medial-retinaculum': ['patella', 'femur'],
  'hamstring-tendons': ['tibia', 'fibula'],
  'medial-collateral-ligament': ['femur', 'tibia'],
  'lateral-collateral-ligament': ['femur', 'fibula'],
  'anterior-cruciate-ligament': ['femur', 'tibia'],
  'posterior-cruciate-ligament': ['femur', 'tibia'],
}
