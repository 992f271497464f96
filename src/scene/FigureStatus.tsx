import { createContext, useContext } from 'react'

/** Lets pieces inside the canvas report a problem that the figure shows in plain words. */
export type FigureStatusApi = { reportProblem: (message: string | null) => void }

export const FigureStatusContext = createContext<FigureStatusApi>({ reportProblem: () => {} })

export function useFigureStatus(): FigureStatusApi {
  return useContext(FigureStatusContext)
}
