/** The shipped de language pack: one bundle with every namespace, loaded as one lazy chunk. */
import type { LocaleBundle } from '../bundle'
import { chartMessagesDe } from '../chartMessages.de'
import { activityMessagesDe } from '../activityMessages.de'
import { DE as DE_CORE } from '../de'
import { exerciseMessagesDe } from '../exerciseMessages.de'
import { validationMessagesDe } from '../validationMessages'

/** Every string in this language, in every namespace (figure, exercises, chart, validator). */
export const DE: LocaleBundle = {
  ...DE_CORE,
  exercise: exerciseMessagesDe,
  chart: chartMessagesDe,
  activity: activityMessagesDe,
  validation: validationMessagesDe,
}

export const de = { bundle: DE, exerciseMessages: exerciseMessagesDe }
export { exerciseMessagesDe }
