/**
 * Full screen for one element: the Fullscreen API where the browser has it for elements, and a
 * fixed layer over the page where it does not (iPhone Safari shows only videos full screen).
 * Escape leaves both; focus goes back to where it was before.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'

type Root = Document | ShadowRoot

/** The element the reader was on, looking inside shadow roots (the embed lives in one). */
function deepActiveElement(): HTMLElement | null {
  let active = typeof document === 'undefined' ? null : document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active instanceof HTMLElement ? active : null
}

const fullscreenElementOf = (el: Element) =>
  (el.getRootNode() as Root).fullscreenElement ?? document.fullscreenElement

export type Fullscreen = {
  /** Whether the element fills the screen now. */
  active: boolean
  /** 'api' (the browser's full screen) or 'layer' (a fixed layer over the page). */
  mode: 'api' | 'layer'
  enter(): void
  exit(): void
  toggle(): void
}

export function useFullscreen(target: RefObject<HTMLElement | null>): Fullscreen {
  const [active, setActive] = useState(false)
  const [mode, setMode] = useState<'api' | 'layer'>('api')
  const returnTo = useRef<HTMLElement | null>(null)

  const restoreFocus = () => {
    const back = returnTo.current
    returnTo.current = null
    // after the browser has left full screen and laid the page out again
    if (back?.isConnected) requestAnimationFrame(() => back.focus({ preventScroll: false }))
  }

  // the API's state: Escape, the browser's own exit, or exit() all arrive as fullscreenchange
  useEffect(() => {
    const el = target.current
    if (!el || typeof document === 'undefined') return
    // Out of full screen with a place to go back to: focus goes there. (Not "was in, now out":
    // an exit right after the entry can come before the entry's event, and then both events
    // see the element out of full screen. Kept outside React's state updater: an updater must
    // not have side effects such as moving focus.)
    const onChange = () => {
      const now = fullscreenElementOf(el) === el || document.fullscreenElement === el
      if (!now && returnTo.current) restoreFocus()
      setActive(now)
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [target])

  // the layer: Escape leaves it (the browser handles Escape for the API itself)
  useEffect(() => {
    const el = target.current
    if (!el || !active || mode !== 'layer') return
    el.setAttribute('data-knee-fullscreen', 'layer')
    // inside a custom element's shadow root the host contains its layout: it must fill the
    // window too (its stylesheet lifts the containment for this attribute)
    const host = (el.getRootNode() as ShadowRoot).host ?? null
    host?.setAttribute('data-knee-fullscreen', 'layer')
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      event.preventDefault()
      setActive(false)
      restoreFocus()
    }
    el.addEventListener('keydown', onKey)
    return () => {
      el.removeEventListener('keydown', onKey)
      el.removeAttribute('data-knee-fullscreen')
      host?.removeAttribute('data-knee-fullscreen')
    }
  }, [target, active, mode])

  const enter = useCallback(() => {
    const el = target.current
    if (!el || active) return
    returnTo.current = deepActiveElement()
    if (typeof el.requestFullscreen === 'function') {
      setMode('api')
      el.requestFullscreen().catch(() => {
        // refused (an iframe without allowfullscreen, say): the layer still fills the screen
        setMode('layer')
        setActive(true)
      })
    } else {
      setMode('layer')
      setActive(true)
    }
  }, [target, active])

  const exit = useCallback(() => {
    const el = target.current
    if (!el || !active) return
    if (mode === 'api' && fullscreenElementOf(el) === el) {
      void document.exitFullscreen().catch(() => undefined)
    } else {
      setActive(false)
      restoreFocus()
    }
  }, [target, active, mode])

  return { active, mode, enter, exit, toggle: active ? exit : enter }
}
