/**
 * Where labels go: beside the knee with a leader line to their anchor, horizontal, never on the
 * kneecap, and never on top of each other. Pure and allocation-free: it fills the slots it is
 * given, so the label layer can run it every frame.
 */
import type { LabelAnchor } from '../scene/labelTypes'

/** Height of one label line, CSS pixels. */
export const LINE_HEIGHT = 24
/** Horizontal gap between an anchor and its label. */
export const LABEL_GAP = 64
/** Vertical space kept between two labels. */
const SPACING = 2
/** Kept clear around the figure's edge. */
const EDGE = 2

/** One placed label: box top-left (x, y), width w, which side, and its anchor (ax, ay). */
export type LabelSlot = {
  index: number
  shown: boolean
  left: boolean
  x: number
  y: number
  w: number
  ax: number
  ay: number
}

export const createLabelSlots = (count: number): LabelSlot[] =>
  Array.from({ length: count }, (_, index) => ({
    index,
    shown: false,
    left: false,
    x: 0,
    y: 0,
    w: 0,
    ax: 0,
    ay: 0,
  }))

const byY = (a: LabelSlot, b: LabelSlot) => a.y - b.y

/**
 * Places up to `slots.length` labels. `widthOf(i)` measures label i's box. `column` is scratch
 * space of the same length. Returns how many anchors were considered.
 */
export function layoutLabels(
  anchors: readonly LabelAnchor[],
  widthOf: (index: number, text: string) => number,
  avoid: { x: number; y: number; r: number } | null,
  size: { width: number; height: number },
  slots: LabelSlot[],
  column: LabelSlot[],
): number {
  const { width, height } = size
  const count = Math.min(anchors.length, slots.length)
  for (let i = 0; i < slots.length; i++) slots[i]!.shown = false
  for (let i = 0; i < count; i++) {
    const a = anchors[i]!
    const slot = slots[i]!
    if (!a.visible) continue
    const w = widthOf(i, a.text)
    const left = a.x < width / 2
    let x = left
      ? Math.min(a.x - LABEL_GAP, width * 0.22) - w
      : Math.max(a.x + LABEL_GAP, width * 0.78)
    x = Math.min(Math.max(x, 4), width - w - 4)
    let y = a.y - LINE_HEIGHT / 2
    // keep the kneecap clear: a label box that would sit on it moves above or below
    if (avoid) {
      const nx = Math.min(Math.max(avoid.x, x), x + w)
      const ny = Math.min(Math.max(avoid.y, y), y + LINE_HEIGHT)
      if (Math.hypot(nx - avoid.x, ny - avoid.y) < avoid.r + 6)
        y = a.y < avoid.y ? avoid.y - avoid.r - LINE_HEIGHT - 8 : avoid.y + avoid.r + 8
    }
    slot.shown = true
    slot.left = left
    slot.x = x
    slot.y = Math.min(Math.max(y, EDGE), height - LINE_HEIGHT - EDGE)
    slot.w = w
    slot.ax = a.x
    slot.ay = a.y
  }
  // on each side: stack top-down without overlap, then, if the stack runs off the bottom, pull it
  // back up from the bottom edge (inside the view the boxes still never touch)
  for (let pass = 0; pass < 2; pass++) {
    const side = pass === 0
    let n = 0
    for (let i = 0; i < count; i++) {
      const slot = slots[i]!
      if (slot.shown && slot.left === side) column[n++] = slot
    }
    column.length = n
    column.sort(byY)
    for (let k = 1; k < n; k++) {
      const above = column[k - 1]!
      column[k]!.y = Math.max(column[k]!.y, above.y + LINE_HEIGHT + SPACING)
    }
    let floor = height - EDGE
    for (let k = n - 1; k >= 0; k--) {
      const slot = column[k]!
      slot.y = Math.min(slot.y, floor - LINE_HEIGHT)
      floor = slot.y - SPACING
    }
  }
  return count
}

/** How the labels look on screen (the layer's computed CSS), to draw them the same elsewhere. */
export type LabelLook = {
  fontFamily: string
  fontWeight: string
  fontSizePx: number
  text: string
  background: string
  line: string
  tagText: string
  tagBackground: string
}

/**
 * What the label layer shows now, as data: the anchors it was given, the circle kept clear, the
 * name tags, the figure's size and the look. A still image lays the labels out again from this
 * at its own size.
 */
export type LabelPicture = {
  size: { width: number; height: number }
  anchors: LabelAnchor[]
  avoid: { x: number; y: number; r: number } | null
  tags: Array<{ text: string; x: number; y: number }>
  look: LabelLook
}
