// One language system: every public component rendered in Spanish and German shows no English
// word. The English words are taken from the English bundle itself (every namespace), minus the
// words the Spanish and German bundles also use (Latin muscle names, cognates such as "normal"),
// so a string that bypasses translation shows up here without a hand-kept list.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act, cleanup, render } from '@testing-library/react'
import type { ReactElement } from 'react'
import {
  EN,
  ExerciseCard,
  ExerciseExplainer,
  ExerciseList,
  ExplainerCaption,
  ExplainerControls,
  ExplainerProvider,
  KneeExplainer,
  NORMAL_TRACKING_PARAMS,
  RepCounter,
  TrackingChart,
} from '../../src'
import { loadLocale, messagesFor } from '../../src/i18n/locales'

/** Short words, units and abbreviations that may appear in any language. */
const ALLOWLIST = new Set(['mm', 'vmo', 'mpfl', 'itb', 'q-angle'])

const wordsOf = (value: unknown): string[] => {
  if (typeof value === 'string')
    return value
      .toLowerCase()
      .replace(/\{\w+\}/g, ' ')
      .split(/[^a-zäöüßáéíóúñ-]+/)
      .filter((w) => w.length >= 4)
  if (Array.isArray(value)) return value.flatMap(wordsOf)
  if (value && typeof value === 'object') return Object.values(value).flatMap(wordsOf)
  return []
}

let english: Set<string>
beforeAll(async () => {
  await loadLocale('es')
  await loadLocale('de')
  const shared = new Set([...wordsOf(messagesFor('es')), ...wordsOf(messagesFor('de'))])
  english = new Set(wordsOf(messagesFor('en')).filter((w) => !shared.has(w) && !ALLOWLIST.has(w)))
  expect(english.size).toBeGreaterThan(200)
  expect(EN.locale).toBe('en')
})
afterEach(cleanup)

/** Every word a reader can see or hear: text, and accessible names and descriptions. */
function readerText(root: HTMLElement): string {
  // passages marked as English (citations of English papers) are honest, not untranslated
  root = root.cloneNode(true) as HTMLElement
  for (const el of root.querySelectorAll('[lang="en"]')) el.remove()
  const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']
      .map((a) => el.getAttribute(a))
      .filter(Boolean),
  )
  return [root.textContent ?? '', ...attributes].join(' ')
}

const components: Array<[string, (lang: string) => ReactElement]> = [
  ['KneeExplainer', (lang) => <KneeExplainer lang={lang} src="http://localhost/none.glb" />],
  [
    'ExerciseExplainer',
    (lang) => <ExerciseExplainer lang={lang} exercise="quad-set" src="http://localhost/x.glb" />,
  ],
  ['ExerciseCard', (lang) => <ExerciseCard lang={lang} exercise="mini-squat" />],
  ['ExerciseList', (lang) => <ExerciseList lang={lang} />],
  ['RepCounter', (lang) => <RepCounter lang={lang} exercise="quad-set" />],
  [
    'TrackingChart',
    (lang) => (
      <TrackingChart lang={lang} series={[{ label: '—', params: NORMAL_TRACKING_PARAMS }]} />
    ),
  ],
  [
    'ExplainerControls and ExplainerCaption',
    (lang) => (
      <ExplainerProvider>
        <ExplainerControls lang={lang} />
        <ExplainerCaption lang={lang} />
      </ExplainerProvider>
    ),
  ],
]

describe('no English in Spanish or German', () => {
  for (const lang of ['es', 'de']) {
    for (const [name, element] of components) {
      it(`${name} in ${lang}`, async () => {
        let container!: HTMLElement
        await act(async () => {
          container = render(element(lang)).container
        })
        const found = wordsOf(readerText(container)).filter((w) => english.has(w))
        expect([...new Set(found)], `${name} (${lang})`).toEqual([])
      })
    }
  }
})
