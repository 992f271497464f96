import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { KneeExplainer } from '../src/explainer/KneeExplainer'
import { TRACKING_PRESET_LIST } from '../src/kinematics/presets'
import { VIEW_IDS } from '../src/scene/views'
import { withFigureFrame } from '../.storybook/decorators'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'

const meta = {
  title: 'Explainer/KneeExplainer',
  component: KneeExplainer,
  decorators: [withFigureFrame],
  args: { src: KNEE_MODEL_URL },
  argTypes: {
    defaultFlexionDeg: { control: { type: 'range', min: 0, max: 120, step: 1 } },
    defaultTracking: { control: 'select', options: TRACKING_PRESET_LIST.map((p) => p.id) },
    defaultView: { control: 'select', options: [...VIEW_IDS] },
    defaultCompare: { control: 'inline-radio', options: ['none', 'ghost', 'side-by-side'] },
  },
} satisfies Meta<typeof KneeExplainer>

export default meta
type Story = StoryObj<typeof meta>

const drawsWithoutProblem: Story['play'] = async ({ canvasElement }) => {
  await waitFor(() => expect(canvasElement.querySelector('canvas')).not.toBeNull(), {
    timeout: 15000,
  })
  await expect(canvasElement.querySelector('[data-knee-problem]')).toBeNull()
  await expect(canvasElement.querySelector('figcaption')?.textContent).toMatch(/Knee/)
}

/** The parts of the knee, from the front, with the main structures labelled. */
export const AnatomyOverview: Story = {
  args: {
    defaultFlexionDeg: 0,
    defaultLabels: [
      'patella',
      'vastus-medialis-oblique',
      'vastus-lateralis',
      'rectus-femoris',
      'iliotibial-band',
      'patellar-tendon',
    ],
  },
  play: drawsWithoutProblem,
}
/** A normal knee bending and straightening: the kneecap glides centred in its groove. */
export const NormalTracking: Story = {
  args: { defaultView: 'lateral', defaultPlaying: true, defaultTrail: true },
}
/** Lateral maltracking near full extension: the kneecap sits toward the outside and tilts. */
export const LateralMaltracking: Story = {
  args: {
    defaultTracking: 'lateral-moderate',
    defaultFlexionDeg: 10,
    defaultCompare: 'ghost',
    defaultForces: true,
  },
}
/** The VMO highlighted: the inner, oblique part of the thigh muscle that pulls the kneecap in. */
export const VmoHighlighted: Story = {
  args: {
    defaultHighlight: ['vastus-medialis-oblique'],
    defaultLabels: ['vastus-medialis-oblique', 'patella'],
    defaultView: 'anterior',
  },
}
/** Swelling after surgery switches the VMO off first; the kneecap drifts outward. */
export const Swelling: Story = {
  args: {
    defaultTracking: 'post-surgery-swelling',
    defaultFlexionDeg: 15,
    defaultHighlight: ['vastus-medialis-oblique'],
    defaultCompare: 'ghost',
    defaultView: 'skyline',
  },
}
/** A shallow groove (trochlear dysplasia): less to hold the kneecap in. */
export const Dysplasia: Story = {
  args: {
    defaultTracking: 'trochlear-dysplasia',
    defaultFlexionDeg: 30,
    defaultView: 'skyline',
    defaultContact: true,
    defaultXray: true,
  },
}
/** A normal knee beside a maltracking one, bending in step. */
export const SideBySide: Story = {
  args: {
    defaultTracking: 'lateral-moderate',
    defaultCompare: 'side-by-side',
    defaultFlexionDeg: 10,
  },
}
/** The skyline view: looking up at the kneecap in its groove, where tracking is easiest to see. */
export const Skyline: Story = {
  args: {
    defaultTracking: 'lateral-moderate',
    defaultFlexionDeg: 20,
    defaultView: 'skyline',
    defaultXray: true,
    defaultContact: true,
  },
}

/** The poster: the default front view with no controls, rendered to models/knee-poster.webp by `npm run poster`. */
export const Poster: Story = {
  args: { controls: false, caption: false, defaultFlexionDeg: 0 },
}

/** High-contrast theme: black text and strong borders, on white. */
export const HighContrast: Story = {
  args: { theme: 'high-contrast', defaultHighlight: ['vastus-medialis-oblique'] },
}
/** Right-to-left layout holds (the controls mirror). */
export const RightToLeft: Story = {
  render: (args) => (
    <div dir="rtl">
      <KneeExplainer {...args} />
    </div>
  ),
}

/** Spanish: every string from the Spanish bundle (numbers formatted for Spanish). */
export const Spanish: Story = {
  args: {
    lang: 'es',
    defaultTracking: 'lateral-moderate',
    defaultFlexionDeg: 10,
    defaultLabels: ['patella', 'vastus-medialis-oblique', 'iliotibial-band'],
  },
}
/** German: every string from the German bundle. */
export const German: Story = {
  args: {
    lang: 'de',
    defaultTracking: 'lateral-moderate',
    defaultFlexionDeg: 10,
    defaultLabels: ['patella', 'vastus-medialis-oblique', 'iliotibial-band'],
  },
}
