/** The shipped de language pack: the bundle and the exercise components' words, one lazy chunk. */
import { DE } from '../de'
import { exerciseMessagesDe } from '../exerciseMessages.de'

export const de = { bundle: DE, exerciseMessages: exerciseMessagesDe }
export { DE, exerciseMessagesDe }
