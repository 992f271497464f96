/** The shipped es language pack: one bundle with every namespace, loaded as one lazy chunk. */
import type { LocaleBundle } from '../bundle'
import { chartMessagesEs } from '../chartMessages'
import { ES as ES_CORE } from '../es'
import { exerciseMessagesEs } from '../exerciseMessages.es'

/** Every string in this language: the figure's, the exercise components' and the chart's. */
export const ES: LocaleBundle = {
  ...ES_CORE,
  exercise: exerciseMessagesEs,
  chart: chartMessagesEs,
}

export const es = { bundle: ES, exerciseMessages: exerciseMessagesEs }
export { exerciseMessagesEs }
