/**
 * The figure's keyboard: arrows turn the knee, plus and minus zoom, Space plays or pauses, number
 * keys pick a view, ? lists the shortcuts, Escape leaves. Keys act only while the figure has
 * focus, so they never steal the page's keys.
 */
import { useEffect, useState, type KeyboardEvent } from 'react'
import type { CameraCommands } from '../scene/CameraRig'
import type { MotionChannel } from '../scene/motionChannel'
import { VIEW_IDS } from '../scene/views'
import { pauseHere } from './ExplainerProvider'
import type { ExplainerStore } from './store'

export function figureKeyHandler({
  camera,
  store,
  motion,
  toggleShortcuts,
}: {
  camera: { current: CameraCommands | null }
  store: ExplainerStore
  motion: MotionChannel
  /** Shows (true), hides (false) or toggles (undefined) the shortcuts note. */
  toggleShortcuts: (show?: boolean) => void
}) {
  return (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const step = event.shiftKey ? 30 : 10
    const act = (fn: () => void) => {
      event.preventDefault()
      fn()
    }
    switch (event.key) {
      case 'ArrowLeft':
        return act(() => camera.current?.rotate(-step, 0))
      case 'ArrowRight':
        return act(() => camera.current?.rotate(step, 0))
      case 'ArrowUp':
        return act(() => camera.current?.rotate(0, step))
      case 'ArrowDown':
        return act(() => camera.current?.rotate(0, -step))
      case '+':
      case '=':
        return act(() => camera.current?.zoom(0.85))
      case '-':
      case '_':
        return act(() => camera.current?.zoom(1 / 0.85))
      case ' ':
        return act(() =>
          store.getState().playing ? pauseHere(store, motion) : store.setState({ playing: true }),
        )
      case '?':
        return act(() => toggleShortcuts())
      case 'Escape':
        return act(() => {
          toggleShortcuts(false)
          ;(event.currentTarget as HTMLElement).blur()
        })
    }
    const view = VIEW_IDS[Number(event.key) - 1]
    if (/^[1-9]$/.test(event.key) && view) act(() => store.setState({ view }))
  }
}

/** Whether the reader asked for less motion (prefers-reduced-motion), kept up to date. */
export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false)
  useEffect(() => {
    if (typeof matchMedia !== 'function') return
    const query = matchMedia('(prefers-reduced-motion: reduce)')
    setReduced(query.matches)
    const onChange = () => setReduced(query.matches)
    query.addEventListener?.('change', onChange)
    return () => query.removeEventListener?.('change', onChange)
  }, [])
  return reduced
}
