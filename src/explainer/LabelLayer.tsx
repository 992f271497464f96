import { forwardRef, useImperativeHandle, useRef, type CSSProperties } from 'react'

import type { LabelAnchor, LabelLayerApi } from '../scene/labelTypes'

export type { LabelAnchor, LabelLayerApi }

const MAX_LABELS = 12
const LABEL_GAP = 64
const LINE_HEIGHT = 24

/**
 * Labels with leader lines over the canvas: horizontal text in the page's font, placed outward
 * from the figure's centre, never over the kneecap, updated each frame without React renders.
 */
export const LabelLayer = forwardRef<LabelLayerApi, { className?: string }>(function LabelLayer(
  { className },
  ref,
) {
  const labels = useRef<Array<HTMLSpanElement | null>>([])
  const lines = useRef<Array<SVGLineElement | null>>([])
  const tip = useRef<HTMLSpanElement | null>(null)
  const tagEls = useRef<Array<HTMLSpanElement | null>>([])

  // What each element shows now: writes happen only on change, and a label's width is measured
  // once per text (reading offsetWidth after a write forces a layout; per label per frame that
  // cost more than drawing the knee in software WebGL).
  const written = useRef(new WeakMap<Element, Record<string, string>>())
  const widths = useRef(new WeakMap<Element, { text: string; w: number }>())
  const write = (el: HTMLElement | SVGElement, key: string, value: string) => {
    let last = written.current.get(el)
    if (!last) written.current.set(el, (last = {}))
    if (last[key] === value) return
    last[key] = value
    if (key === 'text') el.textContent = value
    else if (key === 'display' || key === 'transform') el.style[key] = value
    else el.setAttribute(key, value)
  }
  const widthOf = (el: HTMLElement, text: string) => {
    const known = widths.current.get(el)
    if (known && known.text === text) return known.w
    write(el, 'text', text)
    const w = el.offsetWidth
    if (w > 0) widths.current.set(el, { text, w })
    return w || text.length * 7 + 12
  }

  useImperativeHandle(ref, () => ({
    update(anchors, avoid, { width, height }) {
      const placed: Array<{
        i: number
        left: boolean
        x: number
        y: number
        ax: number
        ay: number
        w: number
      }> = []
      anchors.slice(0, MAX_LABELS).forEach((a, i) => {
        const el = labels.current[i]
        if (!el || !a.visible) return
        const w = widthOf(el, a.text)
        const cx = width / 2
        const left = a.x < cx
        let x = left
          ? Math.min(a.x - LABEL_GAP, width * 0.22) - w
          : Math.max(a.x + LABEL_GAP, width * 0.78)
        x = Math.min(Math.max(x, 4), width - w - 4)
        let y = a.y - LINE_HEIGHT / 2
        // keep the kneecap clear: a label box that would sit on it moves above or below
        if (avoid) {
          const nx = Math.min(Math.max(avoid.x, x), x + w)
          const ny = Math.min(Math.max(avoid.y, y), y + LINE_HEIGHT)
          if (Math.hypot(nx - avoid.x, ny - avoid.y) < avoid.r + 6) {
            y = a.y < avoid.y ? avoid.y - avoid.r - LINE_HEIGHT - 8 : avoid.y + avoid.r + 8
          }
        }
        placed.push({ i, left, x, y, ax: a.x, ay: a.y, w })
      })
      // no overlaps: on each side, push labels apart vertically in order
      for (const side of [true, false]) {
        const column = placed.filter((p) => p.left === side).sort((p, q) => p.y - q.y)
        for (let k = 1; k < column.length; k++) {
          const prev = column[k - 1]!
          if (column[k]!.y < prev.y + LINE_HEIGHT + 2) column[k]!.y = prev.y + LINE_HEIGHT + 2
        }
        for (const p of column) p.y = Math.min(Math.max(p.y, 2), height - LINE_HEIGHT - 2)
      }
      const visible = new Set(placed.map((p) => p.i))
      labels.current.forEach((el, i) => {
        if (el) write(el, 'display', visible.has(i) ? 'block' : 'none')
      })
      lines.current.forEach((line, i) => {
        if (line) write(line, 'display', visible.has(i) ? 'inline' : 'none')
      })
      for (const p of placed) {
        const el = labels.current[p.i]!
        write(el, 'transform', `translate(${Math.round(p.x)}px, ${Math.round(p.y)}px)`)
        const line = lines.current[p.i]
        if (line) {
          write(line, 'x1', String(Math.round(p.ax)))
          write(line, 'y1', String(Math.round(p.ay)))
          write(line, 'x2', String(Math.round(p.left ? p.x + p.w : p.x)))
          write(line, 'y2', String(Math.round(p.y + LINE_HEIGHT / 2)))
        }
      }
    },
    tags(list) {
      tagEls.current.forEach((el, i) => {
        if (!el) return
        const tag = list[i]
        if (!tag) {
          write(el, 'display', 'none')
          return
        }
        write(el, 'display', 'block')
        const w = widthOf(el, tag.text)
        write(el, 'transform', `translate(${Math.round(tag.x - w / 2)}px, ${Math.round(tag.y)}px)`)
      })
    },
    tooltip(text, x = 0, y = 0) {
      const el = tip.current
      if (!el) return
      if (!text) {
        el.style.display = 'none'
        return
      }
      el.textContent = text
      el.style.display = 'block'
      el.style.transform = `translate(${Math.round(x + 14)}px, ${Math.round(y + 14)}px)`
    },
  }))

  return (
    <div className={className} style={LAYER} aria-hidden="true" data-knee-labels="">
      <svg style={SVG} width="100%" height="100%">
        {Array.from({ length: MAX_LABELS }, (_, i) => (
          <line
            key={i}
            ref={(el) => void (lines.current[i] = el)}
            stroke="var(--knee-label-line, #3b4148)"
            strokeWidth={1.25}
            style={{ display: 'none' }}
          />
        ))}
      </svg>
      {Array.from({ length: MAX_LABELS }, (_, i) => (
        <span
          key={i}
          ref={(el) => void (labels.current[i] = el)}
          style={LABEL}
          data-knee-label=""
        />
      ))}
      {[0, 1].map((i) => (
        <span key={i} ref={(el) => void (tagEls.current[i] = el)} style={TAG} data-knee-tag="" />
      ))}
      <span ref={tip} style={TOOLTIP} data-knee-tooltip="" />
    </div>
  )
})

const LAYER: CSSProperties = {
  position: 'absolute',
  inset: 0,
  pointerEvents: 'none',
  overflow: 'hidden',
}
const SVG: CSSProperties = { position: 'absolute', inset: 0 }
const LABEL: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  display: 'none',
  whiteSpace: 'nowrap',
  font: 'var(--knee-label-font, 600 13px/24px system-ui, sans-serif)',
  padding: '0 8px',
  color: 'var(--knee-label-text, #1d2125)',
  background: 'var(--knee-label-bg, rgba(255, 255, 255, 0.92))',
  borderRadius: 4,
  boxShadow: '0 0 0 1px rgba(29, 33, 37, 0.18)',
}
const TAG: CSSProperties = {
  ...LABEL,
  background: 'var(--knee-tag-bg, #1d2125)',
  color: 'var(--knee-tag-text, #ffffff)',
  boxShadow: 'none',
}
const TOOLTIP: CSSProperties = {
  ...LABEL,
  background: 'var(--knee-tooltip-bg, #1d2125)',
  color: 'var(--knee-tooltip-text, #ffffff)',
  boxShadow: 'none',
}
