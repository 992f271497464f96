/**
 * German, for `registerLocale(de.bundle, de.exerciseMessages)` before the first render (server
 * rendering). Without it, `lang="de"` loads this same chunk on first use.
 */
import { DE } from '../i18n/de'
import { exerciseMessagesDe } from '../exercises/messages.de'

export const de = { bundle: DE, exerciseMessages: exerciseMessagesDe }
export { DE, exerciseMessagesDe }
