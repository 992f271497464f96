import type { KneeModelError } from '../model/loadKneeModel'
import type { MessageKey } from './en'

/**
 * The sentence (its message key) a reader sees for each way a model can fail to show. The React
 * figure and the custom element both say it; the error's own message, with the technical
 * detail, is for the site's developer.
 */
export const MODEL_PROBLEM_MESSAGE = {
  network: 'modelProblemNetwork',
  'not-gltf': 'modelProblemNotGltf',
  'too-large': 'modelProblemTooLarge',
  contract: 'modelProblemContract',
  url: 'modelProblemUrl',
  blocked: 'modelProblemBlocked',
} as const satisfies Record<KneeModelError['kind'], MessageKey>
