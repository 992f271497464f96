// Canvas and scene
export { KneeCanvas } from './scene/KneeCanvas'
export type { KneeCanvasProps } from './scene/KneeCanvas'
export { LightRig } from './scene/LightRig'
export type { LightRigProps } from './scene/LightRig'
export { TestObject } from './scene/TestObject'
export type { TestObjectProps } from './scene/TestObject'
export { MAX_DPR, dprRange } from './scene/canvasDefaults'
