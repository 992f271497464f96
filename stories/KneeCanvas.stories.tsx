import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { KneeCanvas } from '../src'
import { TestObject } from '../src/scene/TestObject'
import { withFigureFrame } from '../.storybook/decorators'

const meta = {
  title: 'Scene/KneeCanvas',
  component: KneeCanvas,
  decorators: [withFigureFrame],
  args: { label: 'Interactive 3D model of the knee' },
  render: (args) => (
    <KneeCanvas {...args}>
      <TestObject rotation={[0.3, 0.5, 0.2]} />
    </KneeCanvas>
  ),
} satisfies Meta<typeof KneeCanvas>

export default meta
type Story = StoryObj<typeof meta>

/** The canvas with its defaults: on-demand rendering, capped pixel ratio, local lights. */
export const Default: Story = {
  play: async ({ canvas }) => {
    const figure = canvas.getByRole('img', { name: 'Interactive 3D model of the knee' })
    await expect(figure.getBoundingClientRect().height).toBeGreaterThan(200)
  },
}

/** A darker background, for pages with a dark theme. */
export const DarkBackground: Story = {
  args: { background: '#26292e', label: 'Knee model on a dark background' },
}
