import { useThree } from '@react-three/fiber'
import { useEffect, useMemo, useRef } from 'react'
import { createResolutionGovernor } from './resolutionGovernor'
import { useSafeFrame } from './useSafeFrame'

/**
 * A gap this long with no frame asked for means the motion had stopped; it is not a slow frame.
 * (A slow device can take longer than this to draw one frame: a frame still pending at the end
 * of the gap means the motion goes on.)
 */
const IDLE_MS = 250
/** Longer gaps are not frame times even while the motion goes on (a background tab, a stall). */
const MAX_FRAME_MS = 2000

/**
 * Lowers the canvas's pixel ratio while frames are slow and the knee keeps moving, and draws one
 * full-resolution frame once it stops (see resolutionGovernor.ts). `baseDpr` is the ratio the
 * canvas uses at rest.
 */
export function AdaptiveResolution({ baseDpr }: { baseDpr: number }) {
  const setDpr = useThree((s) => s.setDpr)
  const invalidate = useThree((s) => s.invalidate)
  const get = useThree((s) => s.get)
  const governor = useMemo(createResolutionGovernor, [])
  const last = useRef(0)
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null)
  // the next frame was already asked for when the idle timer came: the gap is a slow frame
  const pending = useRef(false)

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
    // a frame is asked for but not drawn yet: the knee still moves, on a slow device
    if (get().internal.frames > 0) {
      pending.current = true
      idle.current = setTimeout(check, IDLE_MS)
      return
    }
    if (governor.settle()) {
      setDpr(baseDpr)
      invalidate()
    }
  }

  useSafeFrame(() => {
    const now = performance.now()
    const gap = now - last.current
    last.current = now
    const moving = gap < IDLE_MS || (pending.current && gap < MAX_FRAME_MS)
    pending.current = false
    if (moving) {
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
