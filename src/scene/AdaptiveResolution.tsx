import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { createResolutionGovernor } from './resolutionGovernor'
import { useSafeFrame } from './useSafeFrame'

/** A gap this long between frames means the motion had stopped; it is not a slow frame. */
const IDLE_MS = 250

/**
 * Lowers the canvas's pixel ratio while frames are slow and the knee keeps moving, and draws one
 * full-resolution frame once it stops (see resolutionGovernor.ts). `baseDpr` is the ratio the
 * canvas uses at rest.
 */
export function AdaptiveResolution({ baseDpr }: { baseDpr: number }) {
  const setDpr = useThree((s) => s.setDpr)
  const invalidate = useThree((s) => s.invalidate)
  const governor = useMemo(createResolutionGovernor, [])
  const last = useRef(0)
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(
    () => () => {
      if (idle.current) clearTimeout(idle.current)
    },
    [],
  )

  function check() {
    const waited = performance.now() - last.current
    if (waited < IDLE_MS) {
      idle.current = setTimeout(check, IDLE_MS - waited)
      return
    }
    idle.current = null
    // a background tab draws nothing; the frame it draws when shown again re-arms this timer
    if (document.hidden) return
    if (governor.settle()) {
      setDpr(baseDpr)
      invalidate()
    }
  }

  useSafeFrame(() => {
    const now = performance.now()
    const gap = now - last.current
    last.current = now
    if (gap < IDLE_MS) {
      const before = governor.scale
      const scale = governor.frame(gap)
      if (scale !== before) setDpr(baseDpr * scale)
    }
    // no frame for a while: the motion stopped, so show it sharp (one timer at a time, re-armed
    // for the rest of the wait while frames keep coming)
    if (!idle.current) idle.current = setTimeout(check, IDLE_MS)
  })
  return null
}
