import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import {
  CameraView,
  KneeCanvas,
  KneeModel,
  STRUCTURES,
  STRUCTURE_IDS,
  type StructureId,
} from '../src'
import { withFigureFrame } from '../.storybook/decorators'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'
import { VIEW_IDS, type ViewId } from '../src/scene/views'

type Args = React.ComponentProps<typeof KneeModel> & { view: ViewId }

const meta = {
  title: 'Scene/KneeModel',
  component: KneeModel,
  decorators: [withFigureFrame],
  args: {
    src: KNEE_MODEL_URL,
    flexionDeg: 0,
    side: 'right',
    showLandmarks: false,
    view: 'anterior',
  },
  argTypes: {
    flexionDeg: { control: { type: 'range', min: 0, max: 120, step: 1 } },
    side: { control: 'inline-radio', options: ['right', 'left'] },
    view: {
      control: 'select',
      options: [...VIEW_IDS],
    },
  },
  render: ({ view, ...args }) => (
    <KneeCanvas label={`Knee model, ${view} view`}>
      <CameraView view={view} side={args.side} />
      <KneeModel {...args} />
    </KneeCanvas>
  ),
} satisfies Meta<Args>

export default meta
type Story = StoryObj<typeof meta>

const modelLoads: Story['play'] = async ({ canvasElement }) => {
  // the figure draws; no problem message replaces it
  await waitFor(() => expect(canvasElement.querySelector('canvas')).not.toBeNull(), {
    timeout: 15000,
  })
  await expect(canvasElement.querySelector('[data-knee-problem]')).toBeNull()
}

/** The knee from the front: quadriceps converging on the kneecap, patellar tendon below. */
export const Anterior: Story = { play: modelLoads }
export const Lateral: Story = { args: { view: 'lateral' } }
export const Medial: Story = { args: { view: 'medial' } }
export const Posterior: Story = { args: { view: 'posterior' } }
/** Hip to knee: the muscles that reach the kneecap start above the hip. */
export const WholeThigh: Story = { args: { view: 'thigh' } }
/** Looking up the femur at the kneecap in its groove (bones and cartilage only). */
export const Skyline: Story = {
  args: {
    view: 'skyline',
    visibleStructures: ['femur', 'trochlear-groove', 'patella', 'patellar-cartilage'],
  },
}
/** The knee bent to 60 degrees: the kneecap has slid down into the groove. */
export const Bent60: Story = { args: { flexionDeg: 60, view: 'lateral' } }
/** A left knee is the mirror image of the right. */
export const LeftKnee: Story = { args: { side: 'left' } }
/** Every landmark the library uses for labels, cameras and measurements. */
export const Landmarks: Story = {
  args: {
    showLandmarks: true,
    visibleStructures: ['pelvis', 'femur', 'patella', 'tibia', 'fibula'],
    view: 'thigh',
  },
}

/** Every structure in the model: pick one in the list or click it in 3D to isolate it. */
export const StructureExplorer: Story = {
  render: function Explorer({ view, ...args }) {
    const [selected, setSelected] = useState<StructureId | null>(null)
    return (
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 200px', gap: 12 }}>
        <KneeCanvas
          label={selected ? `Knee model showing the ${STRUCTURES[selected].name}` : 'Knee model'}
        >
          <CameraView view={view} side={args.side} />
          <KneeModel
            {...args}
            visibleStructures={selected ? [selected] : undefined}
            onStructureClick={setSelected}
          />
        </KneeCanvas>
        <ul
          aria-label="Structures"
          style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflow: 'auto' }}
        >
          <li>
            <button
              type="button"
              onClick={() => setSelected(null)}
              aria-pressed={selected === null}
              style={TARGET}
            >
              Show everything
            </button>
          </li>
          {STRUCTURE_IDS.map((id) => (
            <li key={id}>
              <button
                type="button"
                onClick={() => setSelected(id)}
                aria-pressed={selected === id}
                style={TARGET}
              >
                {STRUCTURES[id].name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    )
  },
}

/** WCAG 2.2 target size: every button at least 24 by 24 CSS pixels (here 28 high, padded). */
const TARGET = { minHeight: 28, minWidth: 28, padding: '2px 8px', margin: '1px 0' } as const
