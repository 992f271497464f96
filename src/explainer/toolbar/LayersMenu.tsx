import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Messages } from '../../i18n'
import { ROOT } from '../controls/controlsCss'
import { TOOLBAR } from './toolbarCss'

export type LayersMenuProps = {
  m: Messages
  /** What the menu holds: the overlay check boxes, compare, speed, reset. */
  children: ReactNode
}

/**
 * The toolbar's "Show" menu: a disclosure button that opens a panel of the figure's overlays
 * (the same check boxes and menus, with the same names, as the full control panel). Escape or a
 * click elsewhere closes it; Escape gives focus back to the button.
 */
export function LayersMenu({ m, children }: LayersMenuProps) {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement | null>(null)
  const panel = useRef<HTMLDivElement | null>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    // a press outside the menu closes it; listening only while open
    const onPointerDown = (event: PointerEvent) => {
      const path = event.composedPath()
      if (!path.includes(panel.current!) && !path.includes(button.current!)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      event.stopPropagation()
      setOpen(false)
      button.current?.focus()
    }
  }

  return (
    <div className={`${ROOT}__menu`} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
      >
        {/* layers, as an icon where the toolbar is narrow; the word stays for screen readers */}
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 2l6 3-6 3-6-3zM2 8l6 3 6-3M2 11l6 3 6-3" stroke="currentColor" fill="none" />
        </svg>
        <span className={`${TOOLBAR}__text`}>{m.layers}</span>
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
          <path d={open ? 'M1 7l4-4 4 4' : 'M1 3l4 4 4-4'} stroke="currentColor" fill="none" />
        </svg>
      </button>
      <div
        ref={panel}
        id={panelId}
        role="group"
        aria-label={m.layers}
        className={`${ROOT}__popover`}
        hidden={!open}
      >
        {children}
      </div>
    </div>
  )
}
