/**
 * The trochlear groove's shape as the model can show it: the real groove, deepened or made
 * dysplastic (shallow and flat, with a low lateral facet; Dejour 1998) by the model's
 * 'dysplasia' morph of the trochlear cartilage. Measured on the model by the generator
 * (models/generator/groove.ts); pure data and a small helper, no three.js.
 */
import { TROCHLEA_MORPH_SULCUS_DEG } from './patellofemoral.generated'

/** Name of the morph target on the `trochlear-groove` mesh. */
export const TROCHLEA_MORPH = 'dysplasia'

/**
 * The morph weight that gives the groove a sulcus angle (deg, measured at 45 deg of flexion as
 * on a Merchant view): -1 deepest, 0 the donor's own groove, 1 dysplastic. Linear between the
 * three measured shapes and clamped to them, so the model never shows a shape it was not built
 * and measured with.
 */
export function trochleaMorphWeight(sulcusAngleDeg: number): number {
  const { deep, model, dysplastic } = TROCHLEA_MORPH_SULCUS_DEG
  if (!Number.isFinite(sulcusAngleDeg)) return 0
  if (sulcusAngleDeg >= model) return Math.min((sulcusAngleDeg - model) / (dysplastic - model), 1)
  return Math.max((sulcusAngleDeg - model) / (model - deep), -1)
}
