// The explainer's scene state and the DOM around the figure: provider, controls, caption.

// Scene state
export { createExplainerStore, DEFAULT_EXPLAINER_STATE } from './store'
export type { CompareMode, ExplainerState, ExplainerStore } from './store'

// Provider and hooks
export {
  ExplainerProvider,
  useExplainer,
  useExplainerStore,
  useOptionalExplainerStore,
} from './ExplainerProvider'
export type { ExplainerProviderProps } from './ExplainerProvider'

// Controls
export {
  ExplainerControls,
  EXPLAINER_CONTROL_GROUPS,
  DEFAULT_CONTROL_LABELS,
} from './ExplainerControls'
export type { ExplainerControlsProps, ExplainerControlGroup } from './ExplainerControls'
export { ExplainerToolbar } from './ExplainerToolbar'
export type { ExplainerToolbarProps } from './ExplainerToolbar'

// Still image
export type { ToImageOptions } from './figureImage'

// Caption
export { ExplainerCaption } from './ExplainerCaption'
export type { ExplainerCaptionProps } from './ExplainerCaption'
export { describeKnee } from './caption'
export { captionForState } from './captionForState'
