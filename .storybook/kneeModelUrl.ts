// The committed model, served by Storybook's Vite (stories pass it explicitly as `src`).
import kneeUrl from '../models/knee.glb?url'

export const KNEE_MODEL_URL: string = kneeUrl
