import { useThree } from '@react-three/fiber'
import { useEffect, useRef } from 'react'
import { useSafeFrame } from '../useSafeFrame'

/**
 * The stage draws its frames itself, and only once its knee is in: loaded, posed and dressed
 * for the scene. Before that a frame is an empty clear that still costs the page a composite;
 * with software WebGL each took 0.1-0.3 s of the GPU process's main thread, which the model's
 * first frame then waited behind (measured with a Chromium trace, 2 cores). A frame callback of
 * priority 1 takes r3f's render call over and runs after the other callbacks, as r3f's own would.
 * `onFirstFrame` runs once per knee, after the first frame that drew it.
 */
export function useDrawWhenReady(knee: object | null, onFirstFrame?: () => void): void {
  const invalidate = useThree((s) => s.invalidate)
  const drawn = useRef<object | null>(null)
  // the knee's first frame is this hook's to ask for
  useEffect(() => {
    if (knee) invalidate()
  }, [knee, invalidate])
  useSafeFrame(({ gl, scene, camera }) => {
    if (!knee) return
    gl.render(scene, camera)
    if (drawn.current === knee) return
    drawn.current = knee
    onFirstFrame?.()
  }, 1)
}
