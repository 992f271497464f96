/**
 * The structures labelled when a reader (or an author's `labels` attribute without a list) turns
 * labels on: the kneecap and what pulls and holds it. Pure data: no React.
 */
import type { StructureId } from './structures'

export const DEFAULT_LABELS: readonly StructureId[] = [
  'patella',
  'vastus-medialis-oblique',
  'vastus-lateralis',
  'iliotibial-band',
  'medial-patellofemoral-ligament',
  'patellar-tendon',
]
