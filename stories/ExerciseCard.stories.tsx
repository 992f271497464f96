import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent } from 'storybook/test'
import { ExplainerProvider, useExplainer } from '../src/explainer'
import { EXERCISES, ExerciseCard, RepCounter, isExerciseId, type Exercise } from '../src'
import { withFigureFrame } from '../.storybook/decorators'

/** What the figure would play, so a story shows the send button at work without a 3D canvas. */
function FigureReadout() {
  const exercise = useExplainer((s) => s.exercise)
  return (
    <p data-testid="figure" style={{ fontSize: 14 }}>
      {exercise && isExerciseId(exercise)
        ? `On the figure: ${EXERCISES[exercise].name}`
        : 'The figure waits for an exercise.'}
    </p>
  )
}

/** A page with a figure (unless `parameters.figure` is false): the send button talks to it. */
const withExplainer: Decorator = (Story, { parameters }) =>
  parameters.figure === false ? (
    <Story />
  ) : (
    <ExplainerProvider>
      <FigureReadout />
      <Story />
    </ExplainerProvider>
  )

const meta = {
  title: 'Exercises/ExerciseCard',
  component: ExerciseCard,
  decorators: [withExplainer, withFigureFrame],
} satisfies Meta<typeof ExerciseCard>

export default meta
type Story = StoryObj<typeof meta>

// ---- one story per catalogue exercise ----------------------------------------------------------

/** 'Show on the figure' plays the exercise on the page's figure; every target is 24 px or more. */
export const QuadSet: Story = {
  args: { exercise: 'quad-set' },
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(canvas.getByRole('button', { name: /^Show on the figure/ }))
    await expect(canvas.getByTestId('figure')).toHaveTextContent(
      `On the figure: ${EXERCISES['quad-set'].name}`,
    )
    await expect(canvas.getByRole('status')).toHaveTextContent('Now showing on the figure')
    for (const target of canvasElement.querySelectorAll('button, summary')) {
      const box = target.getBoundingClientRect()
      await expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24)
    }
  },
}

export const StraightLegRaise: Story = { args: { exercise: 'straight-leg-raise' } }

export const TerminalKneeExtension: Story = { args: { exercise: 'terminal-knee-extension' } }

export const Clamshell: Story = { args: { exercise: 'clamshell' } }

export const SideLyingHipAbduction: Story = { args: { exercise: 'side-lying-hip-abduction' } }

export const MiniSquat: Story = { args: { exercise: 'mini-squat' } }

export const WallSit: Story = { args: { exercise: 'wall-sit' } }

export const AdductorSqueeze: Story = { args: { exercise: 'adductor-squeeze' } }

// ---- languages ---------------------------------------------------------------------------------

/** The quad set in Spanish: the card's words, the exercise's text and the muscle names. */
export const Spanish: Story = {
  args: { exercise: 'quad-set', lang: 'es' },
  play: async ({ canvas }) => {
    // Spanish is its own chunk, fetched on first use: the card appears when it has arrived
    await expect(
      await canvas.findByRole('article', { name: 'Isométrico de cuádriceps (apretar el muslo)' }),
    ).toBeVisible()
    await expect(canvas.getByRole('heading', { name: 'Cómo hacerlo' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: /^Mostrar en la figura/ }))
    await expect(canvas.getByRole('status')).toHaveTextContent('Ahora se muestra en la figura')
  },
}

/** The quad set in German ("Sie" form). */
export const German: Story = {
  args: { exercise: 'quad-set', lang: 'de' },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('article', {
        name: 'Quadrizeps-Anspannung (Oberschenkel anspannen)',
      }),
    ).toBeVisible()
    await expect(canvas.getByRole('heading', { name: 'So geht es' })).toBeVisible()
    await expect(canvas.getByText('Vastus medialis obliquus (Hauptmuskel)')).toBeVisible()
  },
}

// ---- composition -------------------------------------------------------------------------------

/** A rep counter inside the card, for a reader doing the exercise along with the page. */
export const WithRepCounter: Story = {
  args: { exercise: 'wall-sit', children: <RepCounter exercise="wall-sit" /> },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Start' }))
    await expect(canvas.getByRole('button', { name: 'Stop' })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Reset' }))
    await expect(canvas.getByRole('button', { name: 'Start' })).toBeVisible()
  },
}

/** Without a figure on the page there is nothing to send to, so the button is not shown. */
export const WithoutFigure: Story = {
  args: { exercise: 'clamshell' },
  parameters: { figure: false },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article', { name: 'Clamshell' })).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /Show on the figure/ })).toBeNull()
  },
}

// ---- bad input ---------------------------------------------------------------------------------

/** An id that is not in the catalogue: the card says so and lists the ids that are. */
export const UnknownId: Story = {
  args: { exercise: 'knee-bends' },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert')
    await expect(alert).toHaveTextContent('knee-bends')
    await expect(alert).toHaveTextContent('quad-set')
    await expect(canvas.queryByRole('article')).toBeNull()
  },
}

/** A custom exercise with mistakes: each problem names its field. */
export const InvalidCustomObject: Story = {
  args: {
    exercise: {
      ...EXERCISES['mini-squat'],
      id: 'Deep Squat',
      steps: [],
      kneeRangeDeg: [0, 150],
      muscles: [{ id: 'vmo', activation: 0.6, main: true }],
    } as unknown as Exercise,
  },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert')
    await expect(alert).toHaveTextContent('id: must be lower-case words')
    await expect(alert).toHaveTextContent('steps:')
    await expect(alert).toHaveTextContent('muscles[0].id')
  },
}
