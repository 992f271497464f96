import { createContext, useContext } from 'react'
import type { KneeModelError } from '../model/loadKneeModel'

/**
 * A problem the figure shows in plain words: a sentence already in the figure's language, or a
 * model that could not be shown (the figure says why in its language; the error's own message,
 * with the technical detail, goes to the console and to `onModelError`).
 */
export type FigureProblem = string | Pick<KneeModelError, 'kind' | 'message'>

/** Lets pieces inside the canvas report a problem that the figure shows in plain words. */
export type FigureStatusApi = { reportProblem: (problem: FigureProblem | null) => void }

export const FigureStatusContext = createContext<FigureStatusApi>({ reportProblem: () => {} })

export function useFigureStatus(): FigureStatusApi {
  return useContext(FigureStatusContext)
}
