// The figure's own words (src/i18n/figureWords.ts): the same strings as the full language
// bundles, and a figure-only page that carries none of the text the figure never shows.
import { build } from 'esbuild'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { STRUCTURE_ANATOMY } from '../../src/anatomy/structureAnatomy'
import { STRUCTURE_DESCRIPTIONS } from '../../src/anatomy/structureDescriptions'
import { STRUCTURES } from '../../src/anatomy/structureCatalogue'
import { isStructureId, STRUCTURE_BASICS } from '../../src/anatomy/structures'
import { EXERCISES } from '../../src/exercises/catalogue'
import { EN, type LocaleBundle } from '../../src/i18n/bundle'
import { figureWordsFor } from '../../src/i18n/figureWords'
import { loadLocale, registerLocale, resolveBundle } from '../../src/i18n/locales'
import { loadActivities } from '../../src/i18n/activityLookup'
import { ES } from '../../src/i18n/packs/es'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'

const root = fileURLToPath(new URL('../..', import.meta.url))
const FIELDS = ['locale', 'dir', 'messages', 'structures', 'presets', 'activity'] as const
const pick = (bundle: LocaleBundle) => Object.fromEntries(FIELDS.map((f) => [f, bundle[f]]))

describe('figureWordsFor', () => {
  it('gives the English bundle’s own strings: names and labels, without descriptions', async () => {
    // the activities' words come with the activities, on a figure's first ask for one
    expect(figureWordsFor('en').activity).toBeUndefined()
    await loadActivities()
    const names = Object.fromEntries(
      Object.entries(EN.structures).map(([id, { description: _, ...name }]) => [id, name]),
    )
    const labels = Object.fromEntries(
      Object.entries(EN.presets).map(([id, { label }]) => [id, { label }]),
    )
    for (const words of [figureWordsFor('en'), figureWordsFor(), figureWordsFor('en-GB')])
      expect(words).toEqual({ ...pick(EN), structures: names, presets: labels })
    expect(EN.structures.femur.description).toBe(STRUCTURE_DESCRIPTIONS.femur.description)
    expect(EN.presets['weak-vmo'].description).toMatch(/VMO/)
  })

  it('gives a shipped language’s strings once it has loaded', async () => {
    await loadLocale('es')
    expect(figureWordsFor('es')).toEqual(pick(ES))
    expect(figureWordsFor('es-MX')).toEqual(pick(ES))
  })

  it('puts an author’s overrides on top, as resolveBundle does', () => {
    const overrides = {
      messages: { figureLabel: 'My knee' },
      structures: { patella: { name: 'Kneecap', description: 'The kneecap.' } },
    } as Partial<LocaleBundle>
    const words = figureWordsFor('en', overrides)
    const bundle = resolveBundle('en', overrides)
    expect(words.messages).toEqual(bundle.messages)
    expect(words.structures.patella).toEqual(bundle.structures.patella)
    expect(words.structures.femur).toEqual({ name: bundle.structures.femur.name })
    expect(words.messages.figureLabel).toBe('My knee')
    expect(words.messages.loading).toBe(EN.messages.loading)
  })

  it('speaks a language an author registers, English included', () => {
    registerLocale({ ...EN, locale: 'en', messages: { ...EN.messages, figureLabel: 'Knee (UK)' } })
    expect(figureWordsFor('en').messages.figureLabel).toBe('Knee (UK)')
  })
})

describe('the structure catalogue', () => {
  it('keeps origins, insertions and actions in STRUCTURES, not in what the figure reads', () => {
    expect(STRUCTURES['vastus-medialis-oblique'].origin).toMatch(/adductor magnus/)
    expect(STRUCTURES['vastus-medialis-oblique'].action).toMatch(/inward/)
    expect(STRUCTURES.sartorius.insertion).toMatch(/pes anserinus/)
    expect(STRUCTURE_BASICS.sartorius).not.toHaveProperty('origin')
    expect(STRUCTURES.sartorius.description).toBe(STRUCTURE_DESCRIPTIONS.sartorius.description)
    expect(STRUCTURE_BASICS.sartorius).not.toHaveProperty('description')
  })

  it('gives origins and insertions only for structures of the model', () => {
    const ids = Object.keys(STRUCTURE_ANATOMY)
    expect(ids.length).toBeGreaterThan(20)
    expect(ids.filter((id) => !isStructureId(id))).toEqual([])
  })
})

describe('a page that uses only <KneeExplainer>', () => {
  it('loads the structure descriptions and the exercises on first use, and no text it never shows', async () => {
    const result = await build({
      stdin: {
        contents: "export { KneeExplainer } from './src/index.ts'",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      splitting: true,
      format: 'esm',
      write: false,
      outdir: '/tmp/knee-figure-words',
      external: ['react', 'react/*', 'react-dom', 'three', 'three/*', '@react-three/*'],
      logLevel: 'error',
    })
    // what the page loads with the import: the entry and the chunks it imports statically
    const byPath = new Map(result.outputFiles.map((f) => [f.path, f.text]))
    const loaded = new Set<string>()
    const visit = (path: string) => {
      if (loaded.has(path) || !byPath.has(path)) return
      loaded.add(path)
      for (const m of byPath
        .get(path)!
        .matchAll(/(?:import|export)\s*(?:[^'"`()]*?from\s*)?["'](\.[^"']+)["']/g))
        visit(resolve(dirname(path), m[1]!))
    }
    visit('/tmp/knee-figure-words/stdin.js')
    const text = [...loaded].map((path) => byPath.get(path)).join('\n')
    const later = [...byPath.keys()].filter((p) => !loaded.has(p)).map((p) => byPath.get(p))
    // shown at once: the structures' names
    expect(text).toContain(EN.structures.pelvis.name)
    // shown when the list of parts opens: the descriptions, in a chunk of their own
    expect(text).not.toContain(STRUCTURE_DESCRIPTIONS.pelvis.description)
    expect(
      later.filter((t) => t!.includes(STRUCTURE_DESCRIPTIONS.pelvis.description)),
    ).toHaveLength(1)
    // loaded on the first ask for a daily activity: their cycles, sources and English words,
    // in one chunk of their own
    const pack = later.filter((t) => t!.includes(ACTIVITIES['stairs-up'].motionSource))
    expect(pack).toHaveLength(1)
    expect(pack[0]).toContain(EN.activity!.activities['stairs-down'].description)
    expect(text).not.toContain(ACTIVITIES['stairs-up'].motionSource)
    expect(text).not.toContain(EN.activity!.activities['stairs-down'].description)
    // never shown by the figure
    expect(text).not.toContain(STRUCTURES['vastus-medialis-oblique'].origin)
    expect(text).not.toContain(EN.landmarks['landmark-patella-centre'].description)
    expect(text).not.toContain(EN.validation!.unknownField)
    expect(text).not.toContain(EN.chart!.label)
    expect(text).not.toContain(EN.presets['weak-vmo'].description)
    expect(text).not.toContain(EN.groups.bones.description)
  }, 60_000)
})
