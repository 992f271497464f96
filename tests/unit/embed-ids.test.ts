// The element's entry keeps its own small lists of valid values; they must match the library's.
import { describe, expect, it } from 'vitest'
import { TRACKING_PRESET_IDS_FOR_ATTRIBUTES, VIEW_IDS_FOR_ATTRIBUTES } from '../../src/embed/ids'
import { TRACKING_PRESET_LIST } from '../../src/kinematics'
import { VIEW_IDS } from '../../src/scene/views'
import { parseAttributes } from '../../src/embed/attributes'
import { sceneFrom } from '../../src/embed/mount'

describe('custom element attribute values', () => {
  it('match the library', () => {
    expect([...TRACKING_PRESET_IDS_FOR_ATTRIBUTES].sort()).toEqual(
      TRACKING_PRESET_LIST.map((p) => p.id).sort(),
    )
    expect([...VIEW_IDS_FOR_ATTRIBUTES].sort()).toEqual([...VIEW_IDS].sort())
  })

  it('parse into options, and report bad values in words', () => {
    const attrs: Record<string, string> = {
      tracking: 'lateral',
      flexion: '400',
      highlight: 'patella, quadriceps',
      view: 'skyline',
    }
    const { options, problems } = parseAttributes((n) => attrs[n] ?? null)
    expect(problems).toEqual([])
    expect(options).toMatchObject({
      tracking: 'lateral-moderate',
      flexionDeg: 120,
      highlight: ['patella', 'quadriceps'],
      view: 'skyline',
      loading: 'lazy',
    })
    const bad: Record<string, string> = {
      flexion: 'ten',
      side: 'middle',
      'model-src': 'javascript:alert(1)',
    }
    const result = parseAttributes((n) => bad[n] ?? null)
    expect(result.problems).toEqual([
      'flexion="ten" is not a number of degrees.',
      'side="middle" must be left or right.',
      'model-src must be an http(s) or relative URL.',
    ])
  })

  it('ask for the skyline radiograph: beam, look and measurements', () => {
    const attrs: Record<string, string> = {
      view: 'skyline',
      beam: 'merchant',
      radiograph: '',
      measurements: 'true',
      flexion: '45',
    }
    const { options, problems } = parseAttributes((n) => attrs[n] ?? null)
    expect(problems).toEqual([])
    expect(sceneFrom(options)).toMatchObject({
      view: 'skyline',
      skylineBeam: 'merchant',
      radiograph: true,
      measurements: true,
      flexionDeg: 45,
    })
    const off = parseAttributes((n) => ({ radiograph: 'false' })[n] ?? null)
    expect(sceneFrom(off.options).radiograph).toBe(false)
    const bad = parseAttributes((n) => ({ beam: 'sideways' })[n] ?? null)
    expect(bad.problems).toEqual(['beam="sideways" must be groove or merchant.'])
    expect(sceneFrom(bad.options).skylineBeam).toBeUndefined()
  })
})
