import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, userEvent, within } from 'storybook/test'
import {
  ExplainerControls,
  ExplainerProvider,
  useExplainer,
  type ExplainerState,
} from '../src/explainer'
import { withFigureFrame } from '../.storybook/decorators'

/** A few fields of the store as JSON, so the story shows the controls changing it. */
function StateReadout() {
  const state = useExplainer((s) => s)
  const { flexionDeg, playing, speed, tracking, view, compare, xray, trail, forces, contact } =
    state
  const shown = {
    flexionDeg: Math.round(flexionDeg),
    playing,
    speed,
    tracking,
    view,
    compare,
    xray,
    trail,
    forces,
    contact,
    labels: state.labels.length,
  }
  return (
    <pre data-testid="state" style={{ fontSize: 12, marginBlockStart: 16 }}>
      {JSON.stringify(shown, null, 1)}
    </pre>
  )
}

/** Each story's store, seeded from `parameters.initialState`. */
const withExplainer: Decorator = (Story, { parameters }) => (
  <ExplainerProvider initialState={parameters.initialState as Partial<ExplainerState>}>
    <Story />
    <StateReadout />
  </ExplainerProvider>
)

const meta = {
  title: 'Explainer/ExplainerControls',
  component: ExplainerControls,
  decorators: [withExplainer, withFigureFrame],
} satisfies Meta<typeof ExplainerControls>

export default meta
type Story = StoryObj<typeof meta>

/** Every control; each writes to the store the figure reads. */
export const AllControls: Story = {
  parameters: { initialState: { flexionDeg: 20 } },
  play: async ({ canvas, canvasElement }) => {
    const state = () => JSON.parse(canvas.getByTestId('state').textContent ?? '{}')
    await userEvent.click(canvas.getByRole('button', { name: 'Play' }))
    await expect(state().playing).toBe(true)
    // taking the knee in hand stops the loop
    fireEvent.change(canvas.getByRole('slider', { name: 'Knee bend' }), {
      target: { value: '60' },
    })
    await expect(state()).toMatchObject({ flexionDeg: 60, playing: false })
    await expect(canvas.getByRole('button', { name: 'Play' })).toBeVisible()
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Kneecap tracking' }),
      'lateral-moderate',
    )
    await expect(state().tracking).toBe('lateral-moderate')
    const views = within(canvas.getByRole('group', { name: 'View' }))
    await userEvent.click(views.getByRole('button', { name: 'Outer side' }))
    await expect(state().view).toBe('lateral')
    await expect(views.getByRole('button', { name: 'Outer side' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Labels' }))
    await expect(state().labels).toBe(6)
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }))
    await expect(state()).toMatchObject({ flexionDeg: 20, tracking: 'normal', view: 'anterior' })
    // every target at least 24 x 24 CSS px (WCAG 2.2 target size)
    const controls = canvasElement.querySelectorAll('button, input, select')
    await expect(controls.length).toBeGreaterThan(15)
    for (const control of controls) {
      const box = (control.closest('label') ?? control).getBoundingClientRect()
      await expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24)
    }
  },
}

/** The few controls a short article needs. */
export const Minimal: Story = {
  args: { show: ['play', 'flexion', 'tracking', 'view'] },
  parameters: { initialState: { flexionDeg: 30, tracking: 'lateral-mild' } },
  play: async ({ canvas }) => {
    await expect(canvas.queryAllByRole('checkbox')).toHaveLength(0)
    await expect(canvas.queryByRole('button', { name: 'Reset' })).toBeNull()
  },
}

/** Themed through custom properties: a dark surface and a lighter accent. */
export const Themed: Story = {
  args: {
    style: {
      ['--knee-surface' as string]: '#1d2125',
      ['--knee-text' as string]: '#f6f7f8',
      ['--knee-control-surface' as string]: '#2b3036',
      ['--knee-border' as string]: '#9aa1a9',
      ['--knee-accent' as string]: '#8ab4f8',
      ['--knee-on-accent' as string]: '#1d2125',
      ['--knee-radius' as string]: '2px',
    },
  },
}

/** In a right-to-left page the row, the slider and the legends mirror. */
export const RightToLeft: Story = {
  decorators: [(Story) => <div dir="rtl">{Story()}</div>],
}
