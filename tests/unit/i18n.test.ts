// The Spanish and German bundles: complete, with the English placeholders and no untranslated
// English left behind.
import { describe, expect, it } from 'vitest'
import { EN, type LocaleBundle } from '../../src/i18n/bundle'
import { DE } from '../../src/i18n/packs/de'
import { ES } from '../../src/i18n/packs/es'

/**
 * Strings that may read the same as English: placeholder-only templates, units, abbreviations
 * clinicians use in every language, and words spelled the same in the language.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  es: [
    '{knee}: {position} {tilt}.',
    '{value}°',
    '{value}×',
    '{label}.',
    'Normal',
    'Pelvis',
    'VMO',
    'TFL',
    'ITB',
    'MPFL',
    'MCL',
    'ACL',
    'PCL',
    'LCL',
  ],
  de: [
    'Start',
    '{knee}: {position} {tilt}.',
    '{value}°',
    '{value}×',
    '{label}.',
    'Normal',
    'VMO',
    'TFL',
    'ITB',
    'MPFL',
    'MCL',
    'ACL',
    'PCL',
    'LCL',
  ],
}

type Leaf = { path: string; value: string }

/** Every string in a bundle, with its path ('exercises.clamshell.steps.2'). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'string') return [{ path, value }]
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}.${i}`))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
  return []
}

function at(bundle: LocaleBundle, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      bundle,
    )
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

const english = leaves(EN).filter((l) => l.path !== 'locale' && l.path !== 'dir')

describe.each([
  ['es', ES as LocaleBundle],
  ['de', DE as LocaleBundle],
])('%s bundle', (tag, bundle) => {
  it('has its language tag and text direction', () => {
    expect(bundle.locale).toBe(tag)
    expect(bundle.dir).toBe('ltr')
  })

  it('has every English string, and no string English lacks', () => {
    const ours = leaves(bundle)
      .filter((l) => l.path !== 'locale' && l.path !== 'dir')
      .map((l) => l.path)
    expect(ours.sort()).toEqual(english.map((l) => l.path).sort())
  })

  it('has no empty string', () => {
    const empty = leaves(bundle).filter((l) => l.value.trim() === '')
    expect(empty.map((l) => l.path)).toEqual([])
  })

  it('keeps exactly the placeholders of each English string', () => {
    for (const { path, value } of english) {
      const translated = at(bundle, path)
      expect(typeof translated, path).toBe('string')
      expect(placeholders(translated as string), path).toEqual(placeholders(value))
    }
  })

  it('leaves no string in English except the allowed terms', () => {
    const allowed = new Set(SAME_AS_ENGLISH[tag])
    const untranslated = english
      .filter(({ path, value }) => at(bundle, path) === value && !allowed.has(value))
      .map((l) => `${l.path}: ${l.value}`)
    expect(untranslated).toEqual([])
  })

  it('gives every exercise as many steps, cues and own stop signs as English', () => {
    for (const [id, text] of Object.entries(EN.exercises)) {
      const ours = bundle.exercises[id as keyof typeof EN.exercises]
      expect(ours.steps.length, id).toBe(text.steps.length)
      expect(ours.cues.length, id).toBe(text.cues.length)
      expect(ours.stopIf.length, id).toBe(text.stopIf.length)
      expect(ours.shortName === undefined, id).toBe(text.shortName === undefined)
    }
  })

  it('has as many general stop signs as English', () => {
    expect(bundle.generalStopIf).toHaveLength(EN.generalStopIf.length)
  })

  it('gives the same short names (abbreviations) as English', () => {
    for (const [id, s] of Object.entries(EN.structures))
      expect(bundle.structures[id as keyof typeof EN.structures].shortName, id).toBe(s.shortName)
  })
})
