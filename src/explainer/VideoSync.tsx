import { useEffect, useRef, type RefObject } from 'react'
import { useExplainerStore } from './ExplainerProvider'
import { usePrefersReducedMotion } from './figureKeys'
import { syncToVideo, type VideoCue } from './videoCues'

export type VideoSyncProps = {
  /** The video to follow: a ref, the element, or a CSS selector in the page (`'#lesson'`). */
  video: RefObject<HTMLVideoElement | null> | HTMLVideoElement | string
  /**
   * Scenes by time, `{ start, end, scene }` in seconds. Without them, the video's WebVTT track
   * of `kind="metadata"` gives them: each cue's text is a scene as JSON.
   */
  cues?: readonly VideoCue[]
}

/**
 * Ties the figure around it (a KneeExplainer's children, or an ExplainerProvider's) to an HTML
 * video: the cue under the video's time sets the scene, and play, pause, seek and rate follow the
 * video. With reduced motion the figure shows each cue's still scene. Renders nothing.
 */
export function VideoSync({ video, cues }: VideoSyncProps) {
  const store = useExplainerStore()
  const reducedMotion = usePrefersReducedMotion()
  const latestCues = useRef(cues)
  latestCues.current = cues
  useEffect(() => {
    const element =
      typeof video === 'string'
        ? document.querySelector<HTMLVideoElement>(video)
        : video instanceof HTMLElement
          ? video
          : video.current
    if (!element) return
    return syncToVideo(element, store, {
      ...(latestCues.current ? { cues: latestCues.current } : {}),
      reducedMotion,
    })
  }, [video, store, reducedMotion, cues])
  return null
}
