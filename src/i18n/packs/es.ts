/** The shipped es language pack: the bundle and the exercise components' words, one lazy chunk. */
import { ES } from '../es'
import { exerciseMessagesEs } from '../exerciseMessages.es'

export const es = { bundle: ES, exerciseMessages: exerciseMessagesEs }
export { ES, exerciseMessagesEs }
