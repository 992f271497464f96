import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, fireEvent, userEvent } from 'storybook/test'
import {
  ExplainerCaption,
  ExplainerControls,
  ExplainerProvider,
  useExplainer,
  type ExplainerState,
} from '../src/explainer'
import { withFigureFrame } from '../.storybook/decorators'

/** The fields the caption reads, as JSON, so the story shows where the sentence comes from. */
function StateReadout() {
  const flexionDeg = useExplainer((s) => s.flexionDeg)
  const tracking = useExplainer((s) => s.tracking)
  const trackingParams = useExplainer((s) => s.trackingParams)
  return (
    <pre data-testid="state" style={{ fontSize: 12, marginBlockStart: 16 }}>
      {JSON.stringify({ flexionDeg, tracking, trackingParams }, null, 1)}
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
  title: 'Explainer/ExplainerCaption',
  component: ExplainerCaption,
  decorators: [withExplainer, withFigureFrame],
} satisfies Meta<typeof ExplainerCaption>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A normal knee bent 20 degrees: the kneecap sits close to the middle of its groove, a couple of
 * millimetres to the outside, inside the published normal band (von Eisenhart-Rothe 2004).
 */
export const NormalAt20: Story = {
  parameters: { initialState: { tracking: 'normal', flexionDeg: 20 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Knee bent 20 degrees: /)).toHaveTextContent(
      /the kneecap sits [1-3] mm toward the outside/,
    )
  },
}

/** Moderate lateral maltracking near a straight knee: off to the outside and tipped. */
export const LateralModerateAt10: Story = {
  parameters: { initialState: { tracking: 'lateral-moderate', flexionDeg: 10 } },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/^Knee bent 10 degrees: /)).toHaveTextContent(
      /\d+ mm toward the outside and tilts \d+ degrees/,
    )
  },
}

/** Every piece of the sentence is a message an author can override, here in German. */
export const GermanMessages: Story = {
  args: {
    locale: 'de',
    messages: {
      captionStraight: 'Knie gestreckt',
      captionBent: 'Knie {degrees} Grad gebeugt',
      captionBentOne: 'Knie {degrees} Grad gebeugt',
      captionCentred: 'die Kniescheibe liegt mittig in ihrer Rinne',
      captionShift: 'die Kniescheibe liegt {mm} mm weiter {side}',
      captionTilt: 'und ist {degrees} Grad nach außen gekippt',
      captionTiltOne: 'und ist {degrees} Grad nach außen gekippt',
      captionTiltInside: 'und ist {degrees} Grad nach innen gekippt',
      captionTiltInsideOne: 'und ist {degrees} Grad nach innen gekippt',
      captionNoTilt: 'und liegt flach',
      sideOutside: 'außen',
      sideInside: 'innen',
    },
  },
  parameters: { initialState: { tracking: 'lateral-moderate', flexionDeg: 10 } },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(/^Knie 10 Grad gebeugt: die Kniescheibe liegt \d+ mm weiter außen/),
    ).toBeVisible()
  },
}

/** The caption as a figure's `<figcaption>`, following the controls. */
export const WithControls: Story = {
  args: { as: 'figcaption' },
  parameters: { initialState: { tracking: 'normal', flexionDeg: 20 } },
  render: (args) => (
    <figure style={{ margin: 0 }}>
      <ExplainerControls show={['flexion', 'tracking']} />
      <ExplainerCaption {...args} />
    </figure>
  ),
  play: async ({ canvas, canvasElement }) => {
    const caption = canvasElement.querySelector('figcaption')!
    await expect(caption).toHaveTextContent(/^Knee bent 20 degrees: .*[1-3] mm toward the outside/)
    await userEvent.selectOptions(
      canvas.getByRole('combobox', { name: 'Kneecap tracking' }),
      'lateral-moderate',
    )
    fireEvent.change(canvas.getByRole('slider', { name: 'Knee bend' }), {
      target: { value: '10' },
    })
    await expect(caption).toHaveTextContent(
      /^Knee bent 10 degrees: .*([5-9]|\d\d) mm toward the outside/,
    )
    fireEvent.change(canvas.getByRole('slider', { name: 'Knee bend' }), {
      target: { value: '0' },
    })
    await expect(caption).toHaveTextContent(/^Knee straight: /)
  },
}
