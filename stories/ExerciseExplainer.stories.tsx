import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { ExerciseExplainer } from '../src/explainer/ExerciseExplainer'
import { EXERCISE_IDS } from '../src/exercises'
import { withFigureFrame } from '../.storybook/decorators'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'

const meta = {
  title: 'Exercises/ExerciseExplainer',
  component: ExerciseExplainer,
  decorators: [withFigureFrame],
  args: { src: KNEE_MODEL_URL, exercise: 'quad-set', controls: ['play', 'view', 'tracking'] },
  argTypes: { exercise: { control: 'select', options: [...EXERCISE_IDS] } },
} satisfies Meta<typeof ExerciseExplainer>

export default meta
type Story = StoryObj<typeof meta>

/** Quad set: the VMO lights up as the thigh tightens, and the kneecap is drawn up and centred. */
export const QuadSet: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-exercise-status]')?.textContent).toMatch(
          /repetition/,
        ),
      {
        timeout: 45000,
      },
    )
  },
}
/** The same quad set in a swollen knee: the VMO is switched off first and the kneecap drifts. */
export const QuadSetWithSwelling: Story = { args: { swelling: true } }
export const StraightLegRaise: Story = { args: { exercise: 'straight-leg-raise' } }
export const TerminalKneeExtension: Story = { args: { exercise: 'terminal-knee-extension' } }
export const WallSit: Story = { args: { exercise: 'wall-sit' } }
export const MiniSquat: Story = { args: { exercise: 'mini-squat' } }
export const Clamshell: Story = { args: { exercise: 'clamshell' } }
export const SideLyingHipAbduction: Story = { args: { exercise: 'side-lying-hip-abduction' } }
export const AdductorSqueeze: Story = { args: { exercise: 'adductor-squeeze' } }
/** An unknown id: a clear message that lists the known exercises. */
export const UnknownExercise: Story = {
  args: { exercise: 'knee-yoga' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert').textContent).toMatch(/quad-set/)
  },
}
