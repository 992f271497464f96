import { describe, expect, it } from 'vitest'
import { dprRange, MAX_DPR } from '../../src/scene/canvasDefaults'

describe('dprRange', () => {
  it('caps the pixel ratio at 2 by default', () => {
    expect(dprRange()).toEqual([1, 2])
    expect(MAX_DPR).toBe(2)
  })

  it('honours a lower cap for slow devices', () => {
    expect(dprRange(1.5)).toEqual([1, 1.5])
  })

  it('never goes above 3 or below 1, and falls back on nonsense', () => {
    expect(dprRange(8)).toEqual([1, 3])
    expect(dprRange(0.2)).toEqual([1, 2])
    expect(dprRange(Number.NaN)).toEqual([1, 2])
  })
})
