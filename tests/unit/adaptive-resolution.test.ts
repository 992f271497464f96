// Dynamic resolution: slow frames step the scale down to a half, fast frames step it back up,
// and stopping returns to full resolution.
import { describe, expect, it } from 'vitest'
import { createResolutionGovernor } from '../../src/scene/resolutionGovernor'
import { restingDpr } from '../../src/scene/canvasDefaults'

const run = (governor: ReturnType<typeof createResolutionGovernor>, ms: number, frames: number) => {
  let scale = governor.scale
  for (let i = 0; i < frames; i++) scale = governor.frame(ms)
  return scale
}

describe('the resolution governor', () => {
  it('keeps full resolution at 30 frames a second', () => {
    expect(run(createResolutionGovernor(), 33, 200)).toBe(1)
  })

  it('steps down while frames take over 60 ms, never below half', () => {
    const governor = createResolutionGovernor()
    const scales = new Set<number>()
    for (let i = 0; i < 200; i++) scales.add(governor.frame(140))
    expect(governor.scale).toBe(0.5)
    expect([...scales].sort()).toEqual([0.5, 0.62, 0.79, 1])
  })

  it('does not react to one slow frame', () => {
    const governor = createResolutionGovernor()
    run(governor, 30, 20)
    governor.frame(200)
    expect(governor.scale).toBe(1)
  })

  it('steps back up when frames get fast, and settles at full resolution', () => {
    const governor = createResolutionGovernor()
    run(governor, 140, 100)
    expect(run(governor, 20, 200)).toBe(1)
    run(governor, 140, 100)
    expect(governor.settle()).toBe(true)
    expect(governor.scale).toBe(1)
    expect(governor.settle()).toBe(false)
  })
})

describe('restingDpr', () => {
  it('is the screen ratio within [1, cap]', () => {
    expect(restingDpr(2, 3)).toBe(2)
    expect(restingDpr(2, 1.5)).toBe(1.5)
    expect(restingDpr(2, 0.5)).toBe(1)
    expect(restingDpr(2, Number.NaN)).toBe(1)
  })
})
