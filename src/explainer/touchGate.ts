/**
 * One finger on the figure, as on a phone's map: a sideways drag turns the knee, an up-or-down
 * swipe is left to the page (it scrolls; the canvas allows `touch-action: pan-y`), two fingers
 * pinch to zoom. Until a one-finger drag has gone 8 px one way or the other, the camera hears
 * nothing of it; a vertical one it never hears. Capture-phase handlers on the figure's box stop
 * the moves before they reach the canvas's orbit controls. Mouse and pen pass untouched.
 */
import type { PointerEvent } from 'react'

const SLOP_PX = 8

export type TouchGate = {
  onPointerDownCapture(event: PointerEvent): void
  onPointerMoveCapture(event: PointerEvent): void
  onPointerUpCapture(event: PointerEvent): void
  onPointerCancelCapture(event: PointerEvent): void
}

export function createTouchGate(): TouchGate {
  const down = new Map<number, { x: number; y: number }>()
  let intent: 'undecided' | 'turn' | 'scroll' = 'undecided'
  const lift = (event: PointerEvent) => {
    if (event.pointerType !== 'touch') return
    down.delete(event.pointerId)
    if (down.size === 0) intent = 'undecided'
  }
  return {
    onPointerDownCapture(event) {
      if (event.pointerType !== 'touch') return
      down.set(event.pointerId, { x: event.clientX, y: event.clientY })
      // a second finger: a pinch, which the camera hears in full
      if (down.size > 1) intent = 'turn'
    },
    onPointerMoveCapture(event) {
      if (event.pointerType !== 'touch' || intent === 'turn') return
      const start = down.get(event.pointerId)
      if (!start) return
      if (intent === 'undecided') {
        const dx = Math.abs(event.clientX - start.x)
        const dy = Math.abs(event.clientY - start.y)
        if (dx > SLOP_PX && dx > dy) {
          intent = 'turn'
          return
        }
        if (dy > SLOP_PX) intent = 'scroll'
      }
      event.stopPropagation()
    },
    onPointerUpCapture: lift,
    onPointerCancelCapture: lift,
  }
}
