import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { ActivityChart } from '../src/charts/ActivityChart'
import { TRACKING_PRESETS } from '../src/kinematics'
import { withFigureFrame } from '../.storybook/decorators'

const meta = {
  title: 'Kinematics/Activities',
  component: ActivityChart,
  decorators: [withFigureFrame],
  play: async ({ canvas, args }) => {
    // Spanish and German words arrive as their own chunk: wait for the chart
    const chart = await canvas.findByRole('img')
    await expect(chart.getBoundingClientRect().height).toBeGreaterThan(300)
    await expect(chart.querySelectorAll('[data-series="force"]').length).toBe(
      args.activities?.length ?? 6,
    )
  },
} satisfies Meta<typeof ActivityChart>

export default meta
type Story = StoryObj<typeof meta>

/** Every daily activity: how hard the kneecap is pressed in, and on how much cartilage, over one cycle. */
export const AllActivities: Story = {}

/** Up and down the stairs: going down bends the loaded knee further, so the kneecap carries more. */
export const StairsUpAndDown: Story = {
  args: { activities: ['walking', 'stairs-up', 'stairs-down'] },
}

/** A deep squat, the heaviest load of the day for the kneecap, with its published peak marked. */
export const Squat: Story = {
  args: { activities: ['squat', 'kneeling', 'sitting'] },
}

/** The same activities for a severely maltracking knee: the load lands on a smaller patch. */
export const SevereMaltracking: Story = {
  args: {
    activities: ['stairs-up', 'stairs-down', 'squat'],
    params: TRACKING_PRESETS.lateralMaltracking.severe,
  },
}

/** In Spanish. */
export const Spanish: Story = {
  args: { lang: 'es', activities: ['walking', 'stairs-down', 'squat'] },
}
