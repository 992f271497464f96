// Canvas and scene
export { KneeCanvas } from './scene/KneeCanvas'
export type { KneeCanvasProps } from './scene/KneeCanvas'
export { LightRig } from './scene/LightRig'
export type { LightRigProps } from './scene/LightRig'
export { MAX_DPR, dprRange } from './scene/canvasDefaults'

// Anatomy catalogue (structure ids, names, groups, landmarks)
export * from './anatomy'
export { DEFAULT_LABELS } from './anatomy/labels'
export { MODEL_CREDITS, MODEL_LICENCE, creditLine, modelCreditText } from './anatomy/credits'
export type { ModelCredit } from './anatomy/credits'
export { LIBRARY_VERSION } from './explainer/version'

// Kinematics (also available without React as 'knee-explainer/kinematics')
export * from './kinematics'

// Charts
export { TrackingChart } from './charts/TrackingChart'
export type { TrackingChartProps, TrackingChartSeries } from './charts/TrackingChart'
export { ActivityChart } from './charts/ActivityChart'
export type { ActivityChartProps } from './charts/ActivityChart'

// Model: loading, the contract, posing
export { defaultModelUrl } from './defaultModelUrl'
export {
  validateKneeModel,
  describeProblems,
  SKELETON_JOINTS,
  BONE_JOINTS,
  MODEL_LIMITS,
} from './model/contract'
export type { ModelProblem, ModelReport, SkeletonJoint } from './model/contract'
export {
  loadKneeModel,
  parseKneeModel,
  findKneeNodes,
  checkModelUrl,
  KneeModelError,
} from './model/loadKneeModel'
export type { KneeModelData, KneeNodes } from './model/loadKneeModel'
export { applyKneePose } from './model/pose'
export type { KneePose } from './model/pose'
export { KneeModel } from './scene/KneeModel'
export type { StructureMaterials } from './scene/KneeModel'
export type { KneeModelProps } from './scene/KneeModel'
export { useKneeModel, clearKneeModelCache } from './scene/useKneeModel'
export type { KneeModelState } from './scene/useKneeModel'
export { createTissueMaterial } from './scene/tissueMaterials'
export { TISSUES, TISSUE_COLOURS, TISSUE_SURFACE, isTissue } from './anatomy/tissues'
export type { Tissue } from './anatomy/tissues'
export { useFigureStatus } from './scene/FigureStatus'
export { CameraView } from './scene/CameraView'
export type { CameraViewProps } from './scene/CameraView'
export { VIEWS, VIEW_IDS, viewForSide } from './scene/views'
export type { ViewId, CameraView as CameraViewSpec } from './scene/views'

// Explainer: the all-in-one figure, its state, controls and caption
export * from './explainer'
export { KneeExplainer } from './explainer/KneeExplainer'
export type {
  KneeExplainerProps,
  KneeExplainerApi,
  ExplainerSceneProps,
} from './explainer/KneeExplainer'
export { HIGHLIGHT_COLOUR } from './scene/structureLook'
export { resolveMessages, format, en } from './i18n'
export type { Messages, MessageKey } from './i18n'
export { ScrollSteps, Step } from './explainer/ScrollSteps'
export type { ScrollStepsProps, StepProps, StepScene } from './explainer/ScrollSteps'
export { VideoSync } from './explainer/VideoSync'
export type { VideoSyncProps } from './explainer/VideoSync'
export { syncToVideo, cueAt, cuesFromTrack } from './explainer/videoCues'
export type { VideoCue, VideoScene, VideoSyncOptions } from './explainer/videoCues'
export { StructureLink } from './explainer/StructureLink'
export type { StructureLinkProps } from './explainer/StructureLink'

// Exercises: the catalogue, its validator and the motion of each repetition
export * from './exercises'
export { ExerciseCard } from './explainer/ExerciseCard'
export type {
  ExerciseCardProps,
  ExerciseInput,
  ExerciseHeadingLevel,
} from './explainer/ExerciseCard'
export { ExerciseList } from './explainer/ExerciseList'
export type { ExerciseListProps } from './explainer/ExerciseList'
export { RepCounter } from './explainer/RepCounter'
export type { RepCounterProps } from './explainer/RepCounter'
export { exerciseMessages, resolveExerciseMessages } from './i18n/exerciseMessages'
export type { ExerciseMessages, ExerciseMessageKey } from './i18n/exerciseMessages'
export { ExerciseExplainer } from './explainer/ExerciseExplainer'
export type { ExerciseExplainerProps } from './explainer/ExerciseExplainer'

// Languages: bundles of every user-facing string
export { EN } from './i18n/bundle'
export type { LocaleBundle, ExerciseText } from './i18n/bundle'
export { registerLocale, resolveBundle, loadLocale } from './i18n/locales'
export { figureWordsFor } from './i18n/figureWords'
export type { FigureWords } from './i18n/figureWords'
export { MODEL_PROBLEM_MESSAGE } from './i18n/modelProblems'
export {
  builderMessages,
  builderMessagesEs,
  builderMessagesDe,
  builderMessagesFor,
} from './i18n/builderMessages'
export type { BuilderMessages, BuilderMessageKey } from './i18n/builderMessages'
