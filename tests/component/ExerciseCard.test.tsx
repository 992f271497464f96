// The exercise components in the DOM: card content, send button, bad input, rep counter, messages.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { STRUCTURES } from '../../src/anatomy'
import { createExplainerStore, ExplainerProvider } from '../../src/explainer'
import {
  EXERCISES,
  EXERCISE_IDS,
  EXERCISE_LIST,
  ExerciseCard,
  ExerciseList,
  GENERAL_STOP_IF,
  RepCounter,
  type Exercise,
} from '../../src'
import { exerciseMessagesDe } from '../../src/i18n/exerciseMessages.de'
import { exerciseMessagesEs } from '../../src/i18n/exerciseMessages.es'
import { DE } from '../../src/i18n/de'
import { ES } from '../../src/i18n/es'
import { loadLocale } from '../../src/i18n/locales'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

/** A valid custom exercise: a copy of a catalogue entry with some fields changed. */
function customExercise(patch: Partial<Exercise> = {}): Exercise {
  return { ...structuredClone(EXERCISES['quad-set']), id: 'my-quad-set', ...patch } as Exercise
}

describe('<ExerciseCard>', () => {
  it('shows the steps as a numbered list and every main muscle, marked in words', () => {
    const exercise = EXERCISES['straight-leg-raise']
    render(<ExerciseCard exercise="straight-leg-raise" />)
    const card = screen.getByRole('article', { name: exercise.name })
    expect(within(card).getByRole('heading', { level: 3, name: exercise.name })).toBeTruthy()
    const steps = card.querySelector('ol')!
    expect([...steps.querySelectorAll('li')].map((li) => li.textContent)).toEqual(exercise.steps)
    for (const muscle of exercise.muscles) {
      const name = STRUCTURES[muscle.id].name
      const text = muscle.main ? `${name} (main)` : name
      expect(within(card).getByText(text, { selector: 'li' })).toBeTruthy()
    }
    // the general reasons to stop come with every exercise
    for (const reason of GENERAL_STOP_IF) expect(within(card).getByText(reason)).toBeTruthy()
    expect(within(card).getByText('Knee: straight')).toBeTruthy()
    expect(within(card).getByText(/3 sets of 10 repetitions\. Hold each one for 2 seconds\./))
    expect(card.querySelector('details > summary')?.textContent).toBe('What the evidence says')
  })

  it('says the knee range and hip in plain words', () => {
    render(
      <>
        <ExerciseCard exercise="mini-squat" />
        <ExerciseCard exercise="clamshell" />
      </>,
    )
    expect(screen.getByText('Knee: from straight to 45 degrees bent')).toBeTruthy()
    expect(screen.getByText('Knee: bent 90 degrees')).toBeTruthy()
    expect(screen.getByText('Hip at the start: bent 45 degrees')).toBeTruthy()
  })

  it('sends the exercise to the figure and says so', () => {
    const store = createExplainerStore()
    const onSend = vi.fn()
    render(
      <ExplainerProvider store={store}>
        <ExerciseCard exercise="wall-sit" onSend={onSend} />
      </ExplainerProvider>,
    )
    const button = screen.getByRole('button', { name: /^Show on the figure/ })
    expect(button.textContent).toBe('Show on the figure')
    fireEvent.click(button)
    expect(store.getState().exercise).toBe('wall-sit')
    expect(store.getState().playing).toBe(true)
    expect(onSend).toHaveBeenCalledWith(EXERCISES['wall-sit'])
    expect(screen.getByRole('status').textContent).toBe('Now showing on the figure')
  })

  it('hides the send button where there is no figure to send to', () => {
    render(<ExerciseCard exercise="quad-set" />)
    expect(screen.queryByRole('button', { name: /Show on the figure/ })).toBeNull()
  })

  it('lists every known id for an unknown one, and shows nothing else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<ExerciseCard exercise="knee-bends" />)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('knee-bends')
    for (const id of EXERCISE_IDS) expect(alert.textContent).toContain(id)
    expect(screen.queryByRole('article')).toBeNull()
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('names the fields of an invalid custom exercise', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const broken = {
      ...customExercise(),
      steps: [],
      kneeRangeDeg: [90, 10],
      repetitions: { sets: 3, reps: 0, holdSeconds: 5 },
    } as unknown as Exercise
    render(<ExerciseCard exercise={broken} />)
    const alert = screen.getByRole('alert')
    const problems = within(alert)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(problems.some((p) => p?.startsWith('steps:'))).toBe(true)
    expect(problems.some((p) => p?.startsWith('kneeRangeDeg:'))).toBe(true)
    expect(problems.some((p) => p?.startsWith('repetitions.reps:'))).toBe(true)
    expect(screen.queryByRole('article')).toBeNull()
    warn.mockRestore()
  })

  it('renders HTML in an exercise as text', () => {
    const attack = '<img src=x onerror=alert(1)>'
    const { container } = render(
      <ExerciseCard
        exercise={customExercise({ name: attack, steps: [attack], cues: [attack] })}
        onSend={() => {}}
      />,
    )
    expect(screen.getByRole('heading', { name: attack })).toBeTruthy()
    expect(container.querySelector('img')).toBeNull()
    expect(document.querySelector('img')).toBeNull()
  })

  it('takes message overrides', () => {
    render(
      <ExplainerProvider>
        <ExerciseCard
          exercise="quad-set"
          messages={{
            showOnFigure: 'Auf der Figur zeigen',
            showOnFigureNamed: 'Auf der Figur zeigen: {name}',
            steps: 'So geht es',
            muscleMain: '{name} (Haupt)',
          }}
        />
      </ExplainerProvider>,
    )
    expect(screen.getByRole('button', { name: /^Auf der Figur zeigen/ })).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'So geht es' })).toBeTruthy()
    expect(screen.getByText('Vastus lateralis (Haupt)')).toBeTruthy()
  })
})

describe('<RepCounter>', () => {
  it('counts repetitions and holds, and announces only new repetitions', () => {
    vi.useFakeTimers()
    // quad set: rest 1 s, tighten 1 s, hold 5 s, let go 1 s = 8 s a repetition, 10 a set
    render(<RepCounter exercise="quad-set" />)
    const group = screen.getByRole('group', { name: /Follow along/ })
    const live = within(group).getByRole('status')
    // what a sighted reader sees: the live region duplicates the repetition for screen readers
    const shown = (text: string) =>
      within(group).getByText(text, { selector: ':not([role=status])' })
    expect(shown('Repetition 1 of 10')).toBeTruthy()
    expect(live.textContent).toBe('')

    fireEvent.click(within(group).getByRole('button', { name: 'Start' }))
    expect(live.textContent).toBe('Repetition 1 of 10')
    act(() => vi.advanceTimersByTime(2500))
    expect(within(group).getByText('Hold 5 s')).toBeTruthy()
    act(() => vi.advanceTimersByTime(2000))
    expect(within(group).getByText('Hold 3 s')).toBeTruthy()
    // the seconds tick but the live region stays on the repetition
    expect(live.textContent).toBe('Repetition 1 of 10')

    act(() => vi.advanceTimersByTime(4000))
    expect(shown('Repetition 2 of 10')).toBeTruthy()
    expect(live.textContent).toBe('Repetition 2 of 10')

    // Stop holds the count; Start carries on
    fireEvent.click(within(group).getByRole('button', { name: 'Stop' }))
    act(() => vi.advanceTimersByTime(60_000))
    expect(live.textContent).toBe('Repetition 2 of 10')
    fireEvent.click(within(group).getByRole('button', { name: 'Start' }))

    // to the end of the set: it stops and offers the next one
    act(() => vi.advanceTimersByTime(9 * 8000))
    expect(live.textContent).toBe('Set 1 done. Rest for a moment, then start the next set.')
    expect(within(group).getByRole('button', { name: 'Start set 2' })).toBeTruthy()

    fireEvent.click(within(group).getByRole('button', { name: 'Reset' }))
    expect(shown('Repetition 1 of 10')).toBeTruthy()
    expect(within(group).getByText('Set 1 of 3')).toBeTruthy()
    expect(live.textContent).toBe('')
  })

  it('stops its timer when it goes away', () => {
    vi.useFakeTimers()
    const { unmount } = render(<RepCounter exercise="mini-squat" />)
    fireEvent.click(screen.getByRole('button', { name: 'Start' }))
    expect(vi.getTimerCount()).toBe(1)
    unmount()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('takes message overrides', () => {
    render(
      <RepCounter
        exercise="wall-sit"
        messages={{ start: 'Los', reset: 'Neu', repCount: 'Wiederholung {n} von {total}' }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Los' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Neu' })).toBeTruthy()
    expect(screen.getByText('Wiederholung 1 von 5')).toBeTruthy()
  })
})

describe('<ExerciseList>', () => {
  it('shows every catalogue exercise by default', () => {
    const { container } = render(<ExerciseList aria-label="Exercises for kneecap pain" />)
    const list = screen.getByRole('list', { name: 'Exercises for kneecap pain' })
    expect(list).toBe(container.firstElementChild)
    expect(within(list).getAllByRole('article')).toHaveLength(EXERCISE_LIST.length)
    for (const exercise of EXERCISE_LIST) {
      expect(screen.getByRole('article', { name: exercise.name })).toBeTruthy()
    }
  })

  it('compact rows send to the figure', () => {
    const store = createExplainerStore()
    render(
      <ExplainerProvider store={store}>
        <ExerciseList compact exercises={['clamshell', 'mini-squat']} />
      </ExplainerProvider>,
    )
    expect(screen.getAllByRole('article')).toHaveLength(2)
    fireEvent.click(screen.getByRole('button', { name: /Mini squat/ }))
    expect(store.getState().exercise).toBe('mini-squat')
  })
})

describe('languages', () => {
  // Spanish and German load on first use; these tests render them already loaded (the lazy path
  // has its own test in lazy-language.test.tsx)
  beforeAll(() => Promise.all([loadLocale('es'), loadLocale('de')]))

  const quadSet = EXERCISES['quad-set']

  it.each([
    ['es', ES, exerciseMessagesEs],
    ['de', DE, exerciseMessagesDe],
  ] as const)('shows the quad set in %s from the bundle', (lang, bundle, m) => {
    const text = bundle.exercises['quad-set']
    render(<ExerciseCard exercise="quad-set" lang={lang} />)
    const card = screen.getByRole('article', { name: text.name })
    expect(card.getAttribute('lang')).toBe(lang)
    expect(within(card).getByRole('heading', { level: 3, name: text.name })).toBeTruthy()
    expect(within(card).getByText(text.purpose)).toBeTruthy()
    const steps = card.querySelector('ol')!
    expect([...steps.querySelectorAll('li')].map((li) => li.textContent)).toEqual(text.steps)
    // the headings are the language's
    for (const heading of [m.steps, m.muscles, m.cues, m.stopIf, m.dose, m.kneecapEffect]) {
      expect(within(card).getByRole('heading', { level: 4, name: heading })).toBeTruthy()
    }
    expect(card.querySelector('details > summary')?.textContent).toBe(m.evidence)
    expect(within(card).getByText(bundle.doseNote)).toBeTruthy()
    // muscle names from the bundle, main ones marked in the language
    for (const muscle of quadSet.muscles) {
      const name = bundle.structures[muscle.id].name
      const shown = muscle.main ? m.muscleMain.replace('{name}', name) : name
      expect(within(card).getByText(shown, { selector: 'li' })).toBeTruthy()
    }
    // the exercise's own reasons to stop, then the general ones, all translated
    const stopList = within(card).getByRole('heading', { name: m.stopIf }).nextElementSibling!
    expect([...stopList.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      ...text.stopIf,
      ...bundle.generalStopIf,
    ])
    // no English left in the card's words
    expect(card.textContent).not.toContain(quadSet.name)
    expect(card.textContent).not.toContain('How to do it')
  })

  it('says the knee, the hip and the dose in the language', () => {
    render(
      <>
        <ExerciseCard exercise="mini-squat" lang="es" />
        <ExerciseCard exercise="clamshell" lang="de" />
      </>,
    )
    expect(screen.getByText('Rodilla: de estirada a doblada 45 grados')).toBeTruthy()
    expect(screen.getByText('Knie: um 90 Grad gebeugt')).toBeTruthy()
    expect(screen.getByText('Hüfte zu Beginn: um 45 Grad gebeugt')).toBeTruthy()
    expect(screen.getByText(/^3 Sätze mit je 10 Wiederholungen\./)).toBeTruthy()
  })

  it('keeps a custom exercise’s own text, and author messages still win', () => {
    const custom = customExercise({ name: 'My quad set', steps: ['One', 'Two', 'Three'] })
    render(<ExerciseCard exercise={custom} lang="de" messages={{ steps: 'Schritte' }} />)
    const card = screen.getByRole('article', { name: 'My quad set' })
    expect(within(card).getByRole('heading', { name: 'Schritte' })).toBeTruthy()
    expect(within(card).getByRole('heading', { name: exerciseMessagesDe.cues })).toBeTruthy()
    expect(within(card).getByText('Two')).toBeTruthy()
  })

  it('labels the rep counter in German', () => {
    render(<RepCounter exercise="quad-set" lang="de" />)
    const group = screen.getByRole('group', {
      name: `Mitmachen: ${DE.exercises['quad-set'].name}`,
    })
    expect(group.getAttribute('lang')).toBe('de')
    expect(within(group).getByRole('button', { name: 'Start' })).toBeTruthy()
    expect(within(group).getByRole('button', { name: 'Zurücksetzen' })).toBeTruthy()
    expect(within(group).getByText('Satz 1 von 3')).toBeTruthy()
    expect(
      within(group).getByText('Wiederholung 1 von 10', { selector: ':not([role=status])' }),
    ).toBeTruthy()
    expect(within(group).getByText(exerciseMessagesDe.ready)).toBeTruthy()
    fireEvent.click(within(group).getByRole('button', { name: 'Start' }))
    expect(within(group).getByRole('button', { name: 'Stopp' })).toBeTruthy()
  })

  it('lists the known ids for an unknown one in Spanish', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(<ExerciseCard exercise="knee-bends" lang="es" />)
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('No hay ningún ejercicio llamado «knee-bends»')
    expect(alert.textContent).toContain('Los ejercicios disponibles son:')
    for (const id of EXERCISE_IDS) expect(alert.textContent).toContain(id)
    warn.mockRestore()
  })

  it('passes the language to every entry of a list', () => {
    render(<ExerciseList lang="es" compact exercises={['clamshell', 'wall-sit']} />)
    for (const id of ['clamshell', 'wall-sit'] as const) {
      expect(screen.getByRole('article', { name: ES.exercises[id].name })).toBeTruthy()
    }
  })
})
