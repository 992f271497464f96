// The compact toolbar in the DOM: the same names as the full panel, bound to the same store; the
// "Show" menu is a disclosure (closed: its check boxes are out of the way; Escape closes it and
// gives focus back); save image and full screen appear only where the figure supplies them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { createRef } from 'react'
import {
  createExplainerStore,
  ExplainerProvider,
  KneeExplainer,
  type ExplainerState,
  type KneeExplainerApi,
} from '../../src'
import { ExplainerToolbar, type ExplainerToolbarProps } from '../../src/explainer/ExplainerToolbar'

afterEach(cleanup)

function renderToolbar(initial: Partial<ExplainerState> = {}, props: ExplainerToolbarProps = {}) {
  const store = createExplainerStore(initial)
  render(
    <ExplainerProvider store={store}>
      <ExplainerToolbar {...props} />
    </ExplainerProvider>,
  )
  return store
}

describe('<ExplainerToolbar>', () => {
  it('names every control as the full panel does, and binds it to the store', () => {
    const store = renderToolbar()
    const bar = screen.getByRole('group', { name: 'Knee model controls' })
    fireEvent.click(within(bar).getByRole('button', { name: 'Play' }))
    expect(store.getState().playing).toBe(true)
    fireEvent.change(within(bar).getByRole('slider', { name: 'Knee bend' }), {
      target: { value: '60' },
    })
    expect(store.getState()).toMatchObject({ flexionDeg: 60, playing: false })
    fireEvent.change(within(bar).getByRole('combobox', { name: 'Kneecap tracking' }), {
      target: { value: 'lateral-severe' },
    })
    expect(store.getState().tracking).toBe('lateral-severe')
    const view = within(bar).getByRole('combobox', { name: 'View' })
    expect([...view.querySelectorAll('option')].map((o) => o.textContent)).toEqual([
      'Front',
      'Outer side',
      'Inner side',
      'Back',
      'Whole thigh',
      'Whole leg from the side',
      'Kneecap from below',
    ])
    fireEvent.change(view, { target: { value: 'skyline' } })
    expect(store.getState().view).toBe('skyline')
  })

  it('the "Show" menu holds the overlays, compare, speed and reset; Escape closes it', () => {
    const store = renderToolbar()
    const show = screen.getByRole('button', { name: 'Show' })
    expect(show.getAttribute('aria-expanded')).toBe('false')
    // closed: hidden from everyone
    expect(screen.queryByRole('checkbox', { name: 'See-through muscles' })).toBeNull()
    fireEvent.click(show)
    expect(show.getAttribute('aria-expanded')).toBe('true')
    const menu = screen.getByRole('group', { name: 'Show' })
    expect(show.getAttribute('aria-controls')).toBe(menu.id)
    for (const name of ['See-through muscles', 'Kneecap path', 'Pull arrows', 'Cartilage load'])
      fireEvent.click(within(menu).getByRole('checkbox', { name }))
    fireEvent.click(within(menu).getByRole('checkbox', { name: 'Labels' }))
    expect(store.getState()).toMatchObject({ xray: true, trail: true, forces: true, contact: true })
    expect(store.getState().labels.length).toBeGreaterThan(0)
    fireEvent.change(within(menu).getByRole('combobox', { name: 'Compare with normal' }), {
      target: { value: 'ghost' },
    })
    fireEvent.change(within(menu).getByRole('combobox', { name: 'Speed' }), {
      target: { value: '2' },
    })
    expect(store.getState()).toMatchObject({ compare: 'ghost', speed: 2 })
    fireEvent.keyDown(within(menu).getByRole('checkbox', { name: 'Labels' }), { key: 'Escape' })
    expect(show.getAttribute('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(show)
  })

  it('"Bursae" shows the fluid sacs the figure otherwise hides, and hides them again', () => {
    const store = renderToolbar({ highlight: ['vastus-medialis-oblique'] })
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    const bursae = screen.getByRole('checkbox', { name: 'Bursae (fluid sacs)' }) as HTMLInputElement
    expect(bursae.checked).toBe(false)
    fireEvent.click(bursae)
    expect(store.getState().bursae).toBe(true)
    expect(bursae.checked).toBe(true)
    fireEvent.click(bursae)
    expect(store.getState().bursae).toBe(false)
    expect(store.getState().highlight).toEqual(['vastus-medialis-oblique'])
  })

  it('KneeExplainer honours every scene prop the state has (activity, bursae, radiograph...)', async () => {
    const api = createRef<KneeExplainerApi>()
    await act(async () => {
      render(
        <KneeExplainer
          ref={api}
          src="http://localhost/none.glb"
          defaultActivity="squat"
          defaultBursae
          defaultRadiograph
          defaultMeasurements
          defaultSkylineBeam="merchant"
        />,
      )
    })
    expect(api.current!.store.getState()).toMatchObject({
      activity: 'squat',
      bursae: true,
      radiograph: true,
      measurements: true,
      skylineBeam: 'merchant',
    })
  })

  it('a press outside closes the menu', () => {
    renderToolbar()
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    fireEvent.pointerDown(document.body)
    expect(screen.getByRole('button', { name: 'Show' }).getAttribute('aria-expanded')).toBe('false')
  })

  it('save image and full screen appear where the figure supplies them', () => {
    const onSaveImage = vi.fn()
    renderToolbar({}, { onSaveImage, fullscreenTarget: { current: document.body } })
    fireEvent.click(screen.getByRole('button', { name: 'Save image' }))
    expect(onSaveImage).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Full screen' })).toBeTruthy()
    cleanup()
    renderToolbar()
    expect(screen.queryByRole('button', { name: 'Save image' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull()
  })

  it('KneeExplainer shows the toolbar by default, the full panel with controls="panel"', async () => {
    const api = createRef<KneeExplainerApi>()
    await act(async () => {
      render(<KneeExplainer ref={api} src="http://localhost/none.glb" />)
    })
    expect(screen.getByRole('combobox', { name: 'View' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Save image' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Full screen' })).toBeTruthy()
    expect(typeof api.current!.toImage).toBe('function')
    cleanup()
    await act(async () => {
      render(<KneeExplainer controls="panel" src="http://localhost/none.glb" />)
    })
    expect(screen.getByRole('group', { name: 'View' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Show' })).toBeNull()
  })
})

describe('the bend slider with an exercise', () => {
  it('shows the knee where the paused exercise holds it, as the caption does', async () => {
    const { createMotionChannel } = await import('../../src/scene/motionChannel')
    const { EXERCISES } = await import('../../src/exercises/catalogue')
    const { createExerciseFrame, exercisePhaseAt } = await import('../../src/exercises/motion')
    const store = createExplainerStore({ flexionDeg: 20, exercise: 'mini-squat' })
    const motion = createMotionChannel(20)
    render(
      <ExplainerProvider store={store} motion={motion}>
        <ExplainerToolbar />
      </ExplainerProvider>,
    )
    const exercise = EXERCISES['mini-squat']
    const frame = exercisePhaseAt(exercise, 0, createExerciseFrame(exercise))
    await act(async () => motion.write(frame.kneeFlexionDeg, false, { exercise, frame }, 1000))
    const slider = screen.getByRole('slider', { name: 'Knee bend' }) as HTMLInputElement
    expect(Number(slider.value)).toBe(Math.round(frame.kneeFlexionDeg))
    expect(Number(slider.value)).not.toBe(20)
  })
})

describe('the bend slider with a daily activity', () => {
  it('shows the knee where the paused activity holds it (its peak), as the caption does', async () => {
    const { createMotionChannel } = await import('../../src/scene/motionChannel')
    const store = createExplainerStore({ flexionDeg: 35, activity: 'squat', playing: false })
    const motion = createMotionChannel(35)
    render(
      <ExplainerProvider store={store} motion={motion}>
        <ExplainerToolbar />
      </ExplainerProvider>,
    )
    // the stage writes the activity's moment: a squat held near its deepest point
    await act(async () => motion.write(115, false, null, 1000, { id: 'squat', cycle: 0.5 }))
    const slider = screen.getByRole('slider', { name: 'Knee bend' }) as HTMLInputElement
    expect(Number(slider.value)).toBe(115)
  })
})
