import { forwardRef, useImperativeHandle, useRef, useState, type CSSProperties } from 'react'
import type { LabelAnchor, LabelLayerApi } from '../scene/labelTypes'
import {
  LINE_HEIGHT,
  createLabelSlots,
  layoutLabels,
  type LabelPicture,
  type LabelSlot,
} from './labelLayout'

export type { LabelAnchor, LabelLayerApi, LabelPicture }

/** The layer's handle: what the stage calls, and a copy of what it shows for a still image. */
export type LabelLayerHandle = LabelLayerApi & {
  /** The labels and name tags on screen now, or null before the first layout. */
  picture(): LabelPicture | null
}

const MAX_LABELS = 12

/**
 * Labels with leader lines over the canvas: horizontal text in the page's font, placed outward
 * from the figure's centre, never over the kneecap, updated each frame without React renders.
 */
export const LabelLayer = forwardRef<LabelLayerHandle, { className?: string }>(function LabelLayer(
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

  // layout scratch, reused every frame
  const [{ slots, column }] = useState(() => ({
    slots: createLabelSlots(MAX_LABELS),
    column: [] as LabelSlot[],
  }))
  const measure = (i: number, text: string) => {
    const el = labels.current[i]
    return el ? widthOf(el, text) : text.length * 7 + 12
  }
  // numbers are compared before any string is built, so a still label costs no allocation
  const numbers = useRef(new WeakMap<Element, Record<string, number>>())
  const writeNumber = (el: Element, key: string, value: number) => {
    const rounded = Math.round(value)
    let last = numbers.current.get(el)
    if (!last) numbers.current.set(el, (last = {}))
    if (last[key] === rounded) return
    last[key] = rounded
    el.setAttribute(key, String(rounded))
  }
  const place = (el: HTMLElement, x: number, y: number) => {
    const rx = Math.round(x)
    const ry = Math.round(y)
    let last = numbers.current.get(el)
    if (!last) numbers.current.set(el, (last = {}))
    if (last.x === rx && last.y === ry) return
    last.x = rx
    last.y = ry
    write(el, 'transform', `translate(${rx}px, ${ry}px)`)
  }

  // what the stage handed over last (its own reused objects: copied only when a picture is made)
  const shown = useRef<{
    anchors: readonly LabelAnchor[]
    avoid: { x: number; y: number; r: number } | null
    size: { width: number; height: number }
    tags: ReadonlyArray<{ text: string; x: number; y: number }>
  } | null>(null)

  useImperativeHandle(ref, () => ({
    update(anchors, avoid, size) {
      shown.current = { anchors, avoid, size, tags: shown.current?.tags ?? [] }
      const count = layoutLabels(anchors, measure, avoid, size, slots, column)
      for (let i = 0; i < MAX_LABELS; i++) {
        const slot = slots[i]!
        const shown = i < count && slot.shown
        const el = labels.current[i]
        const line = lines.current[i]
        if (el) write(el, 'display', shown ? 'block' : 'none')
        if (line) write(line, 'display', shown ? 'inline' : 'none')
        if (!shown || !el) continue
        place(el, slot.x, slot.y)
        if (line) {
          writeNumber(line, 'x1', slot.ax)
          writeNumber(line, 'y1', slot.ay)
          writeNumber(line, 'x2', slot.left ? slot.x + slot.w : slot.x)
          writeNumber(line, 'y2', slot.y + LINE_HEIGHT / 2)
        }
      }
    },
    tags(list) {
      if (shown.current) shown.current.tags = list
      tagEls.current.forEach((el, i) => {
        if (!el) return
        const tag = list[i]
        if (!tag) {
          write(el, 'display', 'none')
          return
        }
        write(el, 'display', 'block')
        const w = widthOf(el, tag.text)
        place(el, tag.x - w / 2, tag.y)
      })
    },
    picture() {
      const now = shown.current
      const label = labels.current[0]
      if (!now || !label) return null
      const css = getComputedStyle(label)
      const tag = tagEls.current[0] ? getComputedStyle(tagEls.current[0]) : css
      const line = lines.current[0]
      return {
        size: { width: now.size.width, height: now.size.height },
        anchors: now.anchors.map((a) => ({ ...a })),
        avoid: now.avoid ? { ...now.avoid } : null,
        tags: now.tags.map((t) => ({ ...t })),
        look: {
          fontFamily: css.fontFamily,
          fontWeight: css.fontWeight,
          fontSizePx: parseFloat(css.fontSize) || 13,
          text: css.color,
          background: css.backgroundColor,
          line: (line && getComputedStyle(line).stroke) || '#3b4148',
          tagText: tag.color,
          tagBackground: tag.backgroundColor,
        },
      }
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
