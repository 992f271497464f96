// The controls and the caption in the DOM: names, store binding, show, messages.
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import {
  createExplainerStore,
  DEFAULT_CONTROL_LABELS,
  ExplainerCaption,
  ExplainerControls,
  ExplainerProvider,
  type ExplainerControlsProps,
  type ExplainerState,
  type ExplainerStore,
} from '../../src/explainer'

afterEach(cleanup)

/** Renders the controls around a store of our own, so a test can read and set it. */
function renderControls(
  initial: Partial<ExplainerState> = {},
  props: ExplainerControlsProps = {},
): ExplainerStore {
  const store = createExplainerStore(initial)
  render(
    <ExplainerProvider store={store}>
      <ExplainerControls {...props} />
      <ExplainerCaption />
    </ExplainerProvider>,
  )
  return store
}

describe('<ExplainerControls>', () => {
  it('names every control', () => {
    renderControls()
    expect(screen.getByRole('group', { name: 'Knee model controls' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy()
    expect(screen.getByRole('slider', { name: 'Knee bend' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Speed' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Kneecap tracking' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Compare with normal' })).toBeTruthy()
    const view = screen.getByRole('group', { name: 'View' })
    for (const name of ['Front', 'Outer side', 'Inner side', 'Back', 'Whole thigh']) {
      expect(within(view).getByRole('button', { name })).toBeTruthy()
    }
    for (const name of [
      'See-through muscles',
      'Kneecap path',
      'Pull arrows',
      'Cartilage load',
      'Labels',
    ]) {
      expect(screen.getByRole('checkbox', { name })).toBeTruthy()
    }
    expect(screen.getByRole('button', { name: 'Reset' })).toBeTruthy()
  })

  it('play toggles playing and says what it will do next', () => {
    const store = renderControls()
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    expect(store.getState().playing).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    expect(store.getState().playing).toBe(false)
  })

  it('the slider sets the flexion, shows it, and pauses the loop', () => {
    const store = renderControls({ playing: true, flexionDeg: 20 })
    const slider = screen.getByRole('slider', { name: 'Knee bend' }) as HTMLInputElement
    expect(slider.min).toBe('0')
    expect(slider.max).toBe('120')
    expect(slider.step).toBe('1')
    fireEvent.change(slider, { target: { value: '45' } })
    expect(store.getState().flexionDeg).toBe(45)
    expect(store.getState().playing).toBe(false)
    expect(slider.getAttribute('aria-valuetext')).toBe('45°')
    expect(screen.getByText('45°')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy()
  })

  it('the slider follows the store while the knee plays', () => {
    const store = renderControls({ playing: true })
    act(() => store.setState({ flexionDeg: 33.4 }))
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('33')
    // no live region: the moving value would chatter ten times a second
    expect(document.querySelector('[aria-live], output, [role="status"]')).toBeNull()
  })

  it('choosing a tracking preset updates the store and clears single overrides', () => {
    const store = renderControls({ trackingParams: { vmoActivation: 0.3 } })
    const select = screen.getByRole('combobox', { name: 'Kneecap tracking' }) as HTMLSelectElement
    expect(within(select).getByRole('option', { name: 'Drifts outward (moderate)' })).toBeTruthy()
    fireEvent.change(select, { target: { value: 'lateral-moderate' } })
    expect(store.getState().tracking).toBe('lateral-moderate')
    expect(store.getState().trackingParams).toEqual({})
    expect(select.value).toBe('lateral-moderate')
  })

  it('view buttons set the view and report which one is pressed', () => {
    const store = renderControls()
    const front = screen.getByRole('button', { name: 'Front' })
    const skyline = screen.getByRole('button', { name: 'Kneecap from below' })
    expect(front.getAttribute('aria-pressed')).toBe('true')
    expect(skyline.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(skyline)
    expect(store.getState().view).toBe('skyline')
    expect(skyline.getAttribute('aria-pressed')).toBe('true')
    expect(front.getAttribute('aria-pressed')).toBe('false')
  })

  it('speed, compare and the checkboxes set their fields', () => {
    const store = renderControls()
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '0.5' } })
    fireEvent.change(screen.getByRole('combobox', { name: 'Compare with normal' }), {
      target: { value: 'ghost' },
    })
    fireEvent.click(screen.getByRole('checkbox', { name: 'See-through muscles' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Kneecap path' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pull arrows' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Cartilage load' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'Labels' }))
    const state = store.getState()
    expect(state).toMatchObject({
      speed: 0.5,
      compare: 'ghost',
      xray: true,
      trail: true,
      forces: true,
      contact: true,
    })
    expect(state.labels).toEqual(DEFAULT_CONTROL_LABELS)
    fireEvent.click(screen.getByRole('checkbox', { name: 'Labels' }))
    expect(store.getState().labels).toEqual([])
  })

  it('offers an author’s own speed so the menu shows the truth', () => {
    renderControls({ speed: 0.75 })
    const select = screen.getByRole('combobox', { name: 'Speed' }) as HTMLSelectElement
    expect(select.value).toBe('0.75')
    expect(within(select).getByRole('option', { name: '0.75×' })).toBeTruthy()
  })

  it('reset restores the initial state', () => {
    const initial = { flexionDeg: 40, tracking: 'lateral-mild', view: 'lateral' } as const
    const store = renderControls(initial)
    const before = store.getState()
    fireEvent.change(screen.getByRole('slider'), { target: { value: '90' } })
    fireEvent.click(screen.getByRole('button', { name: 'Back' }))
    fireEvent.click(screen.getByRole('checkbox', { name: 'See-through muscles' }))
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }))
    expect(store.getState()).toEqual(before)
    expect((screen.getByRole('slider') as HTMLInputElement).value).toBe('40')
    expect(screen.getByRole('button', { name: 'Outer side' }).getAttribute('aria-pressed')).toBe(
      'true',
    )
  })

  it('show picks the groups that appear', () => {
    renderControls({}, { show: ['play', 'flexion', 'tracking', 'view'] })
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy()
    expect(screen.getByRole('slider')).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Kneecap tracking' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'View' })).toBeTruthy()
    expect(screen.queryByRole('combobox', { name: 'Speed' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Compare with normal' })).toBeNull()
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0)
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull()
  })

  it('overridden messages change the labels', () => {
    renderControls(
      {},
      {
        messages: { play: 'Abspielen', flexion: 'Kniebeugung', viewAnterior: 'Vorne' },
        show: ['play', 'flexion', 'view'],
      },
    )
    expect(screen.getByRole('button', { name: 'Abspielen' })).toBeTruthy()
    expect(screen.getByRole('slider', { name: 'Kniebeugung' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Vorne' })).toBeTruthy()
  })

  it('themes through custom properties with fallbacks and keeps targets at least 32 px', () => {
    renderControls()
    const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n')
    expect(css).toContain('var(--knee-accent, #1f5fbf)')
    expect(css).toContain('min-block-size: 32px')
    expect(css).toMatch(/:focus-visible \{\s*outline: 2px solid var\(--knee-accent/)
  })
})

describe('<ExplainerCaption>', () => {
  it('says what the figure shows and re-renders when the store changes', () => {
    const store = renderControls({ flexionDeg: 20 })
    const caption = screen.getByText(/^Knee bent 20 degrees: /)
    expect(caption.tagName).toBe('P')
    act(() => store.setState({ tracking: 'lateral-moderate', flexionDeg: 10 }))
    expect(caption.textContent).toMatch(
      /^Knee bent 10 degrees: the kneecap sits \d+ mm toward the outside/,
    )
    fireEvent.change(screen.getByRole('slider'), { target: { value: '0' } })
    expect(caption.textContent).toMatch(/^Knee straight: /)
  })

  it('renders a figcaption with overridden messages', () => {
    render(
      <ExplainerProvider initialState={{ flexionDeg: 0 }}>
        <figure>
          <ExplainerCaption as="figcaption" messages={{ captionStraight: 'Knie gestreckt' }} />
        </figure>
      </ExplainerProvider>,
    )
    const caption = screen.getByText(/^Knie gestreckt: /)
    expect(caption.tagName).toBe('FIGCAPTION')
    expect(caption.getAttribute('aria-live')).toBeNull()
  })

  it('names a daily activity once the activities have loaded, with no figure to drive it', async () => {
    // the activities are a chunk of their own: the caption asks for them and re-renders when
    // they come (here no stage publishes motion that would re-render it anyway)
    render(
      <ExplainerProvider initialState={{ activity: 'squat', playing: false }}>
        <ExplainerCaption />
      </ExplainerProvider>,
    )
    const caption = await screen.findByText(/Squatting: /, undefined, { timeout: 15_000 })
    expect(caption.textContent).toMatch(/times body weight/)
  })
})
