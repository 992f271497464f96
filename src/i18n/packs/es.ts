/** The shipped es language pack: one bundle with every namespace, loaded as one lazy chunk. */
import type { LocaleBundle } from '../bundle'
import { chartMessagesEs } from '../chartMessages.es'
import { activityMessagesEs } from '../activityMessages.es'
import { ES as ES_CORE } from '../es'
import { exerciseMessagesEs } from '../exerciseMessages.es'
import { validationMessagesEs } from '../validationMessages'

/** Every string in this language, in every namespace (figure, exercises, chart, validator). */
export const ES: LocaleBundle = {
  ...ES_CORE,
  exercise: exerciseMessagesEs,
  chart: chartMessagesEs,
  activity: activityMessagesEs,
  validation: validationMessagesEs,
}

export const es = { bundle: ES, exerciseMessages: exerciseMessagesEs }
export { exerciseMessagesEs }
