import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { TrackingChart } from '../src/charts/TrackingChart'
import { getTrackingPreset, TRACKING_PRESETS, type TrackingPresetId } from '../src/kinematics'
import { withFigureFrame } from '../.storybook/decorators'

/** One series for a preset, labelled in the preset's plain words. */
function presetSeries(id: TrackingPresetId) {
  const preset = getTrackingPreset(id)!
  return { label: preset.label, params: preset.params }
}

const meta = {
  title: 'Kinematics/TrackingChart',
  component: TrackingChart,
  decorators: [withFigureFrame],
  args: {
    series: [presetSeries('normal')],
    flexionDeg: 20,
  },
  play: async ({ canvas, args }) => {
    const chart = canvas.getByRole('img')
    await expect(chart.getBoundingClientRect().height).toBeGreaterThan(300)
    await expect(chart.querySelectorAll('[data-series]').length).toBe(
      args.series.length * (args.metrics?.length ?? 3),
    )
    await expect(chart.querySelectorAll('[data-corridor]').length).toBeGreaterThan(0)
  },
} satisfies Meta<typeof TrackingChart>

export default meta
type Story = StoryObj<typeof meta>

/** A normal knee inside the published normal range: a little outward when straight, centred once it bends. */
export const Normal: Story = {}

/** Mild lateral maltracking against normal. */
export const LateralMild: Story = {
  args: { series: [presetSeries('normal'), presetSeries('lateral-mild')], flexionDeg: 5 },
}

/** Moderate lateral maltracking: outward and tilted near a straight knee, pulled back as it enters the groove (the J-sign). */
export const LateralModerate: Story = {
  args: { series: [presetSeries('normal'), presetSeries('lateral-moderate')], flexionDeg: 5 },
}

/** Severe lateral maltracking. */
export const LateralSevere: Story = {
  args: { series: [presetSeries('normal'), presetSeries('lateral-severe')], flexionDeg: 5 },
}

/** A shallow groove: off-centre at every angle, even with normal muscles. */
export const TrochlearDysplasia: Story = {
  args: { series: [presetSeries('normal'), presetSeries('trochlear-dysplasia')], flexionDeg: 60 },
}

/** Swelling after surgery switches the VMO off first: a quiet drift outward. */
export const PostSurgerySwelling: Story = {
  args: {
    series: [presetSeries('normal'), presetSeries('post-surgery-swelling')],
    flexionDeg: 10,
  },
}

/** A quiet VMO alone, and tight outer structures alone, against normal. */
export const SingleCauses: Story = {
  args: {
    series: [presetSeries('normal'), presetSeries('weak-vmo'), presetSeries('tight-lateral')],
    flexionDeg: 10,
  },
}

/** Normal and the three levels of lateral maltracking on one chart. */
export const Comparison: Story = {
  args: {
    series: [
      presetSeries('normal'),
      presetSeries('lateral-mild'),
      presetSeries('lateral-moderate'),
      presetSeries('lateral-severe'),
    ],
    flexionDeg: 30,
  },
}

/** Only the sideways shift, with custom parameters and colours. */
export const ShiftOnly: Story = {
  args: {
    metrics: ['lateralShift'],
    series: [
      { label: 'Normal', params: TRACKING_PRESETS.normal, color: '#444444' },
      {
        label: 'VMO switched off',
        params: { ...TRACKING_PRESETS.normal, vmoActivation: 0 },
        color: '#D55E00',
        dash: '6 3',
      },
    ],
    flexionDeg: 0,
  },
  play: async ({ canvas }) => {
    const chart = canvas.getByRole('img')
    await expect(chart.querySelectorAll('[data-metric]').length).toBe(1)
  },
}
