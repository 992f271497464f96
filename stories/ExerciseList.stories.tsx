import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent } from 'storybook/test'
import { ExplainerProvider, useExplainer } from '../src/explainer'
import { EXERCISES, EXERCISE_LIST, ExerciseList, isExerciseId } from '../src'
import { withFigureFrame } from '../.storybook/decorators'

/** What the figure would play, so a story shows the send buttons at work without a 3D canvas. */
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

const withExplainer: Decorator = (Story) => (
  <ExplainerProvider>
    <FigureReadout />
    <Story />
  </ExplainerProvider>
)

const meta = {
  title: 'Exercises/ExerciseList',
  component: ExerciseList,
  decorators: [withExplainer, withFigureFrame],
  args: { 'aria-label': 'Exercises for kneecap pain' },
} satisfies Meta<typeof ExerciseList>

export default meta
type Story = StoryObj<typeof meta>

/** The whole catalogue as cards, in teaching order. */
export const AllExercises: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(EXERCISE_LIST.length)
  },
}

/** Short rows of name, purpose and the send button, for a sidebar or a summary. */
export const Compact: Story = {
  args: { compact: true },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: /Clamshell/ }))
    await expect(canvas.getByTestId('figure')).toHaveTextContent(
      `On the figure: ${EXERCISES['clamshell'].name}`,
    )
  },
}

/** A chosen few, hip work first; a bad id shows its message and the others still show. */
export const ChosenWithATypo: Story = {
  args: { compact: true, exercises: ['clamshell', 'side-lying-hip-abduction', 'wall-sitt'] },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('article')).toHaveLength(2)
    await expect(canvas.getByRole('alert')).toHaveTextContent('wall-sitt')
  },
}

/** Every string can be replaced, here with German. */
export const Translated: Story = {
  args: {
    compact: true,
    exercises: ['quad-set', 'mini-squat'],
    messages: {
      showOnFigure: 'Auf der Figur zeigen',
      showOnFigureNamed: 'Auf der Figur zeigen: {name}',
      onFigureNow: 'Wird auf der Figur gezeigt',
    },
  },
}
