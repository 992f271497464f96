// Labels never overlap: three thigh labels anchored near the top-left (rectus femoris, IT band,
// vastus lateralis in the front view) and crowds on either side get boxes that do not touch.
import { describe, expect, it } from 'vitest'
import {
  LINE_HEIGHT,
  createLabelSlots,
  layoutLabels,
  type LabelSlot,
} from '../../src/explainer/labelLayout'
import type { LabelAnchor } from '../../src/scene/labelTypes'

const size = { width: 640, height: 480 }
const anchor = (id: string, x: number, y: number): LabelAnchor => ({
  id,
  text: id,
  x,
  y,
  visible: true,
})
const width = (_: number, text: string) => text.length * 7 + 16

function place(anchors: LabelAnchor[], avoid: { x: number; y: number; r: number } | null = null) {
  const slots = createLabelSlots(12)
  const count = layoutLabels(anchors, width, avoid, size, slots, [] as LabelSlot[])
  return slots.slice(0, count).filter((s) => s.shown)
}

function overlaps(a: LabelSlot, b: LabelSlot): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + LINE_HEIGHT && b.y < a.y + LINE_HEIGHT
}

function expectNoOverlap(boxes: LabelSlot[]) {
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      expect(overlaps(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false)
}

describe('label layout', () => {
  it('spreads the thigh labels crowded at the top-left (anchors above the view) apart', () => {
    const boxes = place([
      anchor('rectus-femoris', 250, -30),
      anchor('iliotibial-band', 200, -12),
      anchor('vastus-lateralis', 230, 4),
    ])
    expect(boxes).toHaveLength(3)
    expectNoOverlap(boxes)
    for (const b of boxes) {
      expect(b.y).toBeGreaterThanOrEqual(0)
      expect(b.y + LINE_HEIGHT).toBeLessThanOrEqual(size.height)
    }
  })

  it('keeps boxes apart in crowds on both sides, at the bottom edge and around the kneecap', () => {
    const anchors = [
      ...Array.from({ length: 5 }, (_, i) => anchor(`left-${i}`, 280, 470 + i)),
      ...Array.from({ length: 5 }, (_, i) => anchor(`right-${i}`, 360, 240 + i * 3)),
    ]
    const boxes = place(anchors, { x: 320, y: 240, r: 30 })
    expect(boxes).toHaveLength(10)
    expectNoOverlap(boxes)
  })

  it('hides labels whose anchor is not visible', () => {
    const boxes = place([{ ...anchor('patella', 300, 200), visible: false }])
    expect(boxes).toHaveLength(0)
  })
})
