import { useThree } from '@react-three/fiber'
import { useEffect, useRef, type RefObject } from 'react'

/**
 * Whether the figure is on screen and its page visible. An animating figure that is scrolled away
 * or in a background tab draws nothing and costs no CPU; coming back wakes the render loop.
 */
export function useOnScreen(): RefObject<boolean> {
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const onScreen = useRef(true)
  useEffect(() => {
    const element = gl.domElement
    const wake = () => {
      if (onScreen.current && !document.hidden) invalidate()
    }
    let observer: IntersectionObserver | undefined
    if (typeof IntersectionObserver !== 'undefined') {
      observer = new IntersectionObserver((entries) => {
        onScreen.current = entries.some((e) => e.isIntersecting)
        wake()
      })
      observer.observe(element)
    }
    document.addEventListener('visibilitychange', wake)
    return () => {
      observer?.disconnect()
      document.removeEventListener('visibilitychange', wake)
    }
  }, [gl, invalidate])
  return onScreen
}

/** Whether this frame may ask for another: on screen and the page visible. */
export const mayDraw = (onScreen: RefObject<boolean>) =>
  onScreen.current === true && (typeof document === 'undefined' || !document.hidden)
