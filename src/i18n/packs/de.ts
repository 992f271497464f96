/** The shipped de language pack: one bundle with every namespace, loaded as one lazy chunk. */
import type { LocaleBundle } from '../bundle'
import { chartMessagesDe } from '../chartMessages'
import { DE as DE_CORE } from '../de'
import { exerciseMessagesDe } from '../exerciseMessages.de'

/** Every string in this language: the figure's, the exercise components' and the chart's. */
export const DE: LocaleBundle = {
  ...DE_CORE,
  exercise: exerciseMessagesDe,
  chart: chartMessagesDe,
}

export const de = { bundle: DE, exerciseMessages: exerciseMessagesDe }
export { exerciseMessagesDe }
