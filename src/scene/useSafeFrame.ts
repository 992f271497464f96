import { useFrame, type RootState } from '@react-three/fiber'
import { useState } from 'react'

/**
 * useFrame that stops its figure instead of flooding the page: the first exception is caught,
 * the callback never runs again, and the error is rethrown during render so the figure's error
 * boundary replaces it with a message. The library's own frame callbacks all use this.
 */
export function useSafeFrame(
  callback: (state: RootState, delta: number) => void,
  priority?: number,
): void {
  const [failure, setFailure] = useState<Error | null>(null)
  if (failure) throw failure
  useFrame((state, delta) => {
    if (failure) return
    try {
      callback(state, delta)
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)))
    }
  }, priority)
}
