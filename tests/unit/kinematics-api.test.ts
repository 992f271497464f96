// The kinematics API around the solver: bad input, presets, blending, sampling, the no-allocation
// path, and that the subpath stays free of React, the DOM and three.js.
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  blendTrackingParams,
  createKneeSolution,
  getTrackingPreset,
  isTrackingPresetId,
  KNEE_INPUT_RANGES,
  normalCorridor,
  resetKinematicsWarnings,
  sampleTrackingRange,
  solveKnee,
  solveKneeInto,
  TRACKING_PRESET_LIST,
  TRACKING_PRESETS,
  type KneeInput,
  type KneeSolution,
} from '../../src/kinematics'

function everyNumber(solution: KneeSolution): number[] {
  const { tibia, patella, forces, input } = solution
  return [
    ...tibia.position,
    ...tibia.quaternion,
    tibia.flexionDeg,
    tibia.internalRotationDeg,
    tibia.rollbackMm,
    ...patella.position,
    ...patella.quaternion,
    patella.lateralShiftMm,
    patella.tiltDeg,
    patella.flexionDeg,
    patella.bisectOffset,
    patella.lateralFacetShare,
    patella.medialFacetShare,
    patella.liftMm,
    ...Object.values(forces),
    ...Object.values(input),
  ]
}

/** Small deterministic PRNG (mulberry32) so the hostile grid is the same every run. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a |= 0
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('bad input', () => {
  let warn: MockInstance<typeof console.warn>
  beforeEach(() => {
    resetKinematicsWarnings()
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => warn.mockRestore())

  it('clamps an out-of-range flexion and warns once, naming the field', () => {
    const first = solveKnee({ flexionDeg: 400 })
    expect(first.input.flexionDeg).toBe(120)
    expect(first.patella.flexionDeg).toBeCloseTo(solveKnee({ flexionDeg: 120 }).patella.flexionDeg)
    solveKnee({ flexionDeg: 500 })
    solveKnee({ flexionDeg: -3 })
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn).toHaveBeenCalledWith('knee-explainer: flexionDeg 400 is outside 0-120; using 120')
  })

  it('replaces NaN by the default and infinities by the nearest bound', () => {
    expect(solveKnee({ flexionDeg: Number.NaN }).input.flexionDeg).toBe(0)
    expect(solveKnee({ flexionDeg: 30, vmoActivation: Number.NaN }).input.vmoActivation).toBe(1)
    expect(solveKnee({ flexionDeg: 30, effusionMl: Infinity }).input.effusionMl).toBe(150)
    expect(solveKnee({ flexionDeg: 30, qAngleDeg: -Infinity }).input.qAngleDeg).toBe(0)
    expect(solveKnee({ flexionDeg: 30, sulcusAngleDeg: 90 }).input.sulcusAngleDeg).toBe(110)
    expect(solveKnee({ flexionDeg: 30, lateralTightness: 2 }).input.lateralTightness).toBe(1)
    const messages = warn.mock.calls.map((call) => String(call[0]))
    expect(messages).toEqual([
      'knee-explainer: flexionDeg NaN is not a number; using 0',
      'knee-explainer: vmoActivation NaN is not a number; using 1',
      'knee-explainer: effusionMl Infinity is outside 0-150; using 150',
      'knee-explainer: qAngleDeg -Infinity is outside 0-30; using 0',
      'knee-explainer: sulcusAngleDeg 90 is outside 110-180; using 110',
      'knee-explainer: lateralTightness 2 is outside 0-1; using 1',
    ])
  })

  it('treats a non-number (say, a string from an HTML attribute) as not a number', () => {
    const input = { flexionDeg: '45' } as unknown as KneeInput
    expect(solveKnee(input).input.flexionDeg).toBe(0)
    expect(warn).toHaveBeenCalledWith('knee-explainer: flexionDeg 45 is not a number; using 0')
  })

  it('warns again after resetKinematicsWarnings()', () => {
    solveKnee({ flexionDeg: -1 })
    resetKinematicsWarnings()
    solveKnee({ flexionDeg: -1 })
    expect(warn).toHaveBeenCalledTimes(2)
  })

  it('never returns NaN or an infinity for a grid of random and hostile inputs', () => {
    const hostile = [Number.NaN, Infinity, -Infinity, -1e308, 1e308, -0, 0, 1, 1e-12, 1e9]
    const next = random(20240601)
    const fields = Object.keys(KNEE_INPUT_RANGES) as Array<keyof KneeInput>
    const out = createKneeSolution()
    for (let i = 0; i < 3000; i++) {
      const input: Record<string, number> = {}
      for (const field of fields) {
        const { min, max } = KNEE_INPUT_RANGES[field]
        const roll = next()
        input[field] =
          roll < 0.15
            ? hostile[Math.floor(next() * hostile.length)]!
            : roll < 0.3
              ? next() < 0.5
                ? min
                : max
              : min - 0.2 * (max - min) + next() * 1.4 * (max - min)
      }
      const solution = solveKneeInto(input as KneeInput, out)
      expect(everyNumber(solution).every(Number.isFinite), JSON.stringify(input)).toBe(true)
      expect(solution.patella.bisectOffset).toBeGreaterThanOrEqual(0)
      expect(solution.patella.bisectOffset).toBeLessThanOrEqual(1)
      expect(solution.patella.lateralFacetShare).toBeGreaterThanOrEqual(0)
      expect(solution.patella.lateralFacetShare).toBeLessThanOrEqual(1)
    }
  })

  it('keeps every corner of the valid range finite', () => {
    const r = KNEE_INPUT_RANGES
    for (const flexionDeg of [r.flexionDeg.min, r.flexionDeg.max])
      for (const vmoActivation of [r.vmoActivation.min, r.vmoActivation.max])
        for (const lateralTightness of [r.lateralTightness.min, r.lateralTightness.max])
          for (const qAngleDeg of [r.qAngleDeg.min, r.qAngleDeg.max])
            for (const sulcusAngleDeg of [r.sulcusAngleDeg.min, r.sulcusAngleDeg.max])
              for (const effusionMl of [r.effusionMl.min, r.effusionMl.max]) {
                const solution = solveKnee({
                  flexionDeg,
                  vmoActivation,
                  lateralTightness,
                  qAngleDeg,
                  sulcusAngleDeg,
                  effusionMl,
                })
                for (const value of everyNumber(solution)) expect(Number.isFinite(value)).toBe(true)
              }
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('solveKneeInto', () => {
  it('writes into the given result, keeps its arrays, and matches solveKnee', () => {
    const out = createKneeSolution()
    const { position } = out.patella
    const { quaternion } = out.tibia
    const returned = solveKneeInto({ flexionDeg: 40, ...TRACKING_PRESETS.weakVmo }, out)
    expect(returned).toBe(out)
    expect(out.patella.position).toBe(position)
    expect(out.tibia.quaternion).toBe(quaternion)
    expect(out).toEqual(solveKnee({ flexionDeg: 40, ...TRACKING_PRESETS.weakVmo }))
  })

  it('fills in the defaults of a normal knee', () => {
    const { input } = solveKnee({ flexionDeg: 10 })
    expect(input).toEqual({ flexionDeg: 10, ...TRACKING_PRESETS.normal })
  })
})

describe('presets', () => {
  it('has normal, three levels of lateral maltracking, trochlear dysplasia and post-surgery swelling', () => {
    expect(TRACKING_PRESETS.normal).toBeDefined()
    expect(Object.keys(TRACKING_PRESETS.lateralMaltracking)).toEqual(['mild', 'moderate', 'severe'])
    expect(TRACKING_PRESETS.trochlearDysplasia.sulcusAngleDeg).toBeGreaterThan(150)
    expect(TRACKING_PRESETS.postSurgerySwelling.effusionMl).toBeGreaterThan(0)
  })

  it('lists every preset once, in range, with a plain label and description', () => {
    const ids = TRACKING_PRESET_LIST.map((preset) => preset.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const preset of TRACKING_PRESET_LIST) {
      expect(isTrackingPresetId(preset.id)).toBe(true)
      expect(getTrackingPreset(preset.id)).toBe(preset)
      expect(preset.label.length).toBeGreaterThan(3)
      expect(preset.description).toMatch(/^[A-Z].*\.$/)
      for (const [field, value] of Object.entries(preset.params)) {
        const { min, max } = KNEE_INPUT_RANGES[field as keyof KneeInput]
        expect(value).toBeGreaterThanOrEqual(min)
        expect(value).toBeLessThanOrEqual(max)
      }
    }
    expect(isTrackingPresetId('lateral')).toBe(false)
    expect(getTrackingPreset('nope')).toBeUndefined()
  })

  it('says honestly that a weak VMO alone is a disputed explanation (Smith 2009; Collins 2018)', () => {
    const weakVmo = getTrackingPreset('weak-vmo')!
    expect(weakVmo.description).toMatch(/disputed/)
    expect(weakVmo.description).toMatch(/hip/)
  })

  it('blends field by field, clamping t', () => {
    const a = TRACKING_PRESETS.normal
    const b = TRACKING_PRESETS.lateralMaltracking.severe
    expect(blendTrackingParams(a, b, 0)).toEqual(a)
    expect(blendTrackingParams(a, b, 1)).toEqual(b)
    expect(blendTrackingParams(a, b, 7)).toEqual(b)
    expect(blendTrackingParams(a, b, Number.NaN)).toEqual(a)
    const half = blendTrackingParams(a, b, 0.5)
    expect(half.vmoActivation).toBeCloseTo((a.vmoActivation + b.vmoActivation) / 2)
    expect(half.sulcusAngleDeg).toBeCloseTo((a.sulcusAngleDeg + b.sulcusAngleDeg) / 2)
    const out = { ...a }
    expect(blendTrackingParams({}, { effusionMl: 40 }, 0.25, out)).toBe(out)
    expect(out.effusionMl).toBe(10)
  })

  it('a blend moves the patella smoothly between the two presets', () => {
    const a = TRACKING_PRESETS.normal
    const b = TRACKING_PRESETS.lateralMaltracking.moderate
    let previous = solveKnee({ flexionDeg: 5, ...a }).patella.lateralShiftMm
    for (let t = 0.1; t <= 1.0001; t += 0.1) {
      const now = solveKnee({ flexionDeg: 5, ...blendTrackingParams(a, b, t) }).patella
        .lateralShiftMm
      expect(now).toBeGreaterThan(previous)
      expect(now - previous).toBeLessThan(1)
      previous = now
    }
  })
})

describe('sampleTrackingRange', () => {
  it('samples 0 to 120 deg every 2 deg by default', () => {
    const samples = sampleTrackingRange()
    expect(samples).toHaveLength(61)
    expect(samples[0]!.flexionDeg).toBe(0)
    expect(samples.at(-1)!.flexionDeg).toBe(120)
    expect(samples[15]!.lateralShiftMm).toBeCloseTo(
      solveKnee({ flexionDeg: 30 }).patella.lateralShiftMm,
      12,
    )
  })

  it('includes both ends for any step, clamps the range and stays finite', () => {
    const samples = sampleTrackingRange(TRACKING_PRESETS.lateralMaltracking.severe, {
      fromDeg: -10,
      toDeg: 50,
      stepDeg: 7,
    })
    expect(samples[0]!.flexionDeg).toBe(0)
    expect(samples.at(-1)!.flexionDeg).toBe(50)
    expect(sampleTrackingRange({}, { stepDeg: 0 }).length).toBeLessThanOrEqual(1201)
    expect(sampleTrackingRange({}, { stepDeg: Number.NaN })).toHaveLength(61)
    for (const sample of samples) {
      for (const value of [
        sample.lateralShiftMm,
        sample.tiltDeg,
        sample.bisectOffset,
        ...sample.patellaPosition,
      ])
        expect(Number.isFinite(value)).toBe(true)
    }
  })
})

describe('normal corridor', () => {
  it('shift: about 3 mm medial over the first 30 deg, then lateral (Knee 2023; von Eisenhart-Rothe 2004)', () => {
    const centre = (f: number) => {
      const [low, high] = normalCorridor('lateralShift', f)
      return (low + high) / 2
    }
    expect(centre(0) - centre(30)).toBeCloseTo(3)
    expect(centre(90)).toBeGreaterThan(centre(30))
  })

  it('tilt: a few degrees lateral, below the 10 deg of clinical tilt (Grelsamer 2008)', () => {
    const [low, high] = normalCorridor('tilt', 0)
    expect(low).toBe(0)
    expect(high).toBeLessThan(10)
  })

  it('the normal preset lies inside it at every angle', () => {
    for (const sample of sampleTrackingRange(TRACKING_PRESETS.normal, { stepDeg: 5 })) {
      for (const [metric, value] of [
        ['lateralShift', sample.lateralShiftMm],
        ['tilt', sample.tiltDeg],
        ['bisectOffset', sample.bisectOffset],
      ] as const) {
        const [low, high] = normalCorridor(metric, sample.flexionDeg)
        expect(value).toBeGreaterThanOrEqual(low)
        expect(value).toBeLessThanOrEqual(high)
      }
    }
  })
})

describe('the kinematics subpath is plain TypeScript', () => {
  it('no file behind knee-explainer/kinematics imports React, the DOM or three.js', () => {
    const dir = resolve(import.meta.dirname, '../../src/kinematics')
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'))
    expect(files).toContain('index.ts')
    for (const file of files) {
      const source = readFileSync(resolve(dir, file), 'utf8')
      expect(source, file).not.toMatch(/from ['"](react|react-dom|three|@react-three)/)
      expect(source, file).not.toMatch(/\b(window|document)\./)
    }
    const index = readFileSync(resolve(dir, 'index.ts'), 'utf8')
    expect(index).not.toMatch(/TrackingChart/)
  })
})
