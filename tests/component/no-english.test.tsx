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
import {
  builderMessages,
  builderMessagesDe,
  builderMessagesEs,
} from '../../src/i18n/builderMessages'
import { mountBuilder } from '../../src/embed/builder'
import { EXERCISES } from '../../src/exercises/catalogue'
import { validateExercise } from '../../src/exercises/validate'
import { describeProblem } from '../../src/exercises/problems'
import type { Exercise } from '../../src/exercises/types'

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
  const shared = new Set([
    ...wordsOf(messagesFor('es')),
    ...wordsOf(messagesFor('de')),
    ...wordsOf(builderMessagesEs),
    ...wordsOf(builderMessagesDe),
  ])
  english = new Set(
    [...wordsOf(messagesFor('en')), ...wordsOf(builderMessages)].filter(
      (w) => !shared.has(w) && !ALLOWLIST.has(w),
    ),
  )
  expect(english.size).toBeGreaterThan(200)
  expect(EN.locale).toBe('en')
})
afterEach(cleanup)

/** Every word a reader can see or hear: text, and accessible names and descriptions. */
function readerText(root: HTMLElement): string {
  // passages marked as English (citations of English papers) are honest, not untranslated, and
  // code the author typed or must type (field names, ids, the value given) stays as typed
  root = root.cloneNode(true) as HTMLElement
  for (const el of root.querySelectorAll('[lang="en"], code[translate="no"]')) el.remove()
  const attributes = [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder']
      .map((a) => el.getAttribute(a))
      .filter(Boolean),
  )
  return [root.textContent ?? '', ...attributes].join(' ')
}

/** An exercise broken in many ways at once: most of the validator's rules, each in its words. */
function brokenExercise(): Exercise {
  const x = structuredClone(EXERCISES['mini-squat']) as unknown as Record<string, any>
  x.id = 'Mini Squat'
  x.name = { en: 'Mini squat' }
  x.steps = 'Lie down.'
  x.evidence = '   '
  x.sources = []
  delete x.stopIf
  x.cue = ['Breathe.']
  x.kneeRangeDeg = [45, 0]
  x.hip.flexionDeg = '45'
  x.hip.rotation = 10
  x.muscles[0].id = 'patella'
  x.muscles[1].activation = 40
  x.muscles[1].main = 'yes'
  x.muscles[2].id = 'vmo'
  x.muscles[3] = 'gluteus'
  x.phases[0].name = 'relax'
  x.phases[1].speed = 2
  x.phases[2].seconds = 20.5
  x.phases[3].hip = null
  x.repetitions.sets = 2.5
  delete x.repetitions.holdSeconds
  x.tracking = { effusionMl: 0 }
  return x as unknown as Exercise
}

const components: Array<[string, (lang: string) => ReactElement]> = [
  ['KneeExplainer', (lang) => <KneeExplainer lang={lang} src="http://localhost/none.glb" />],
  [
    'KneeExplainer going down stairs (the caption says the load)',
    (lang) => (
      <KneeExplainer lang={lang} defaultActivity="stairs-down" src="http://localhost/none.glb" />
    ),
  ],
  [
    'ExerciseExplainer',
    (lang) => <ExerciseExplainer lang={lang} exercise="quad-set" src="http://localhost/x.glb" />,
  ],
  ['ExerciseCard', (lang) => <ExerciseCard lang={lang} exercise="mini-squat" />],
  ['ExerciseList', (lang) => <ExerciseList lang={lang} />],
  ['RepCounter', (lang) => <RepCounter lang={lang} exercise="quad-set" />],
  [
    'ExerciseCard with a broken exercise',
    (lang) => <ExerciseCard lang={lang} exercise={brokenExercise()} />,
  ],
  [
    'ExerciseExplainer with a broken exercise',
    (lang) => <ExerciseExplainer lang={lang} exercise={brokenExercise()} />,
  ],
  [
    'RepCounter with a broken exercise',
    (lang) => <RepCounter lang={lang} exercise={brokenExercise()} />,
  ],
  [
    'ExerciseList with a broken exercise',
    (lang) => <ExerciseList lang={lang} exercises={[brokenExercise()]} />,
  ],
  ['ExerciseCard with an unknown id', (lang) => <ExerciseCard lang={lang} exercise="knee-yoga" />],
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

describe('the figure builder speaks the language picked for it', () => {
  /** The builder's own interface: the preview is a figure with a language setting of its own. */
  function builderText(lang: string) {
    const root = document.createElement('div')
    document.body.append(root)
    const builder = mountBuilder(root, {
      scriptUrl: 'https://example.org/knee-explainer.js',
      query: '',
      uiLang: lang,
    })
    builder.preview.remove()
    root.querySelector('style')!.remove() // the builder's CSS is not text a writer reads
    // the builder marks itself with its language; English passages are skipped below
    root.querySelector('.kb')!.removeAttribute('lang')
    const text = readerText(root)
    builder.unmount()
    root.remove()
    return text
  }

  it('in English it shows the English words (so the check below can see them)', () => {
    const found = new Set(wordsOf(builderText('en')).filter((w) => english.has(w)))
    expect(found.size).toBeGreaterThan(40)
  })

  for (const lang of ['es', 'de'])
    it(`no English in the ${lang} builder: labels, options, hints, buttons`, () => {
      const found = wordsOf(builderText(lang)).filter((w) => english.has(w))
      expect([...new Set(found)], `builder (${lang})`).toEqual([])
    })
})

describe('validator messages in the page language', () => {
  const found = validateExercise(brokenExercise())
  const issues = found.ok ? [] : found.issues

  it('the broken exercise breaks many rules (so the checks above see them)', () => {
    expect(new Set(issues.map((i) => i.rule)).size).toBeGreaterThan(15)
  })

  for (const lang of ['es', 'de']) {
    it(`ExerciseCard and ExerciseExplainer list every problem in ${lang}`, async () => {
      for (const element of [
        <ExerciseCard key="card" lang={lang} exercise={brokenExercise()} />,
        <ExerciseExplainer key="figure" lang={lang} exercise={brokenExercise()} />,
      ]) {
        let container!: HTMLElement
        await act(async () => {
          container = render(element).container
        })
        const items = [...container.querySelectorAll('[role="alert"] li')]
        expect(items).toHaveLength(issues.length)
        // each names its field, as typed, and says what is wrong in the page's language
        const words = messagesFor(lang).validation
        items.forEach((item, i) => {
          const issue = issues[i]!
          expect(item.querySelector('code')?.textContent).toBe(issue.field)
          expect(item.textContent).toBe(describeProblem(issue, words, lang))
          expect(item.textContent).not.toBe(describeProblem(issue))
        })
        // numbers are written the language's way: 20.5 + the other phases = 25.5 seconds
        expect(container.textContent).toContain('25,5 s')
        cleanup()
      }
    })
  }
})
