/**
 * Spanish, for `registerLocale(es.bundle, es.exerciseMessages)` before the first render (server
 * rendering). Without it, `lang="es"` loads this same chunk on first use.
 */
import { ES } from '../i18n/es'
import { exerciseMessagesEs } from '../exercises/messages.es'

export const es = { bundle: ES, exerciseMessages: exerciseMessagesEs }
export { ES, exerciseMessagesEs }
