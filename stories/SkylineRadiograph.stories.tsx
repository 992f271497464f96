import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useMemo } from 'react'
import { expect, waitFor } from 'storybook/test'
import { KneeCanvas } from '../src'
import { createExplainerStore } from '../src/explainer/store'
import type { TrackingPresetId } from '../src/kinematics/presets'
import { KneeStage } from '../src/scene/KneeStage'
import type { SkylineBeam } from '../src/scene/skylineCamera'
import { withFigureFrame } from '../.storybook/decorators'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'

type Args = {
  /** The kneecap's tracking. */
  tracking: TrackingPresetId
  /** Knee flexion, degrees (Merchant's set-up has 45). */
  flexionDeg: number
  /** 'groove' looks along the groove at this flexion; 'merchant' holds the 30 deg beam. */
  skylineBeam: SkylineBeam
  /** Grey bone on a dark ground. */
  radiograph: boolean
  /** The clinicians' measurements with values and normal ranges. */
  measurements: boolean
  /** Bend and straighten (the beam follows along the groove). */
  playing: boolean
}

/**
 * The stage's skyline view as an axial radiograph: `view: 'skyline'` with `skylineBeam`,
 * `radiograph` and `measurements` in the stage state. The explainer will take the same three
 * through its props; here the stage is driven by a store directly.
 */
function SkylineRadiograph({
  tracking,
  flexionDeg,
  skylineBeam,
  radiograph,
  measurements,
  playing,
}: Args) {
  const store = useMemo(() => createExplainerStore({ view: 'skyline', motionRange: [20, 70] }), [])
  useEffect(
    () => store.setState({ tracking, flexionDeg, skylineBeam, radiograph, measurements, playing }),
    [store, tracking, flexionDeg, skylineBeam, radiograph, measurements, playing],
  )
  return (
    <KneeCanvas label={`Skyline radiograph of the knee, ${tracking}`}>
      <KneeStage store={store} src={KNEE_MODEL_URL} />
    </KneeCanvas>
  )
}

const meta = {
  title: 'Scene/SkylineRadiograph',
  component: SkylineRadiograph,
  decorators: [withFigureFrame],
  args: {
    tracking: 'normal',
    flexionDeg: 45,
    skylineBeam: 'groove',
    radiograph: true,
    measurements: true,
    playing: false,
  },
  argTypes: {
    tracking: {
      control: 'select',
      options: [
        'normal',
        'lateral-mild',
        'lateral-moderate',
        'lateral-severe',
        'trochlear-dysplasia',
      ],
    },
    flexionDeg: { control: { type: 'range', min: 0, max: 120, step: 1 } },
    skylineBeam: { control: 'inline-radio', options: ['groove', 'merchant'] },
  },
  play: async ({ canvasElement }) => {
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-measure="sulcus"]')?.textContent ?? '').toMatch(
          /\d/,
        ),
      { timeout: 30000 },
    )
  },
} satisfies Meta<typeof SkylineRadiograph>

export default meta
type Story = StoryObj<typeof meta>

/** A normal knee at 45 degrees, looking along its groove. */
export const Normal: Story = {}

/** Moderate lateral maltracking: the kneecap sits and tips outward. */
export const LateralModerate: Story = { args: { tracking: 'lateral-moderate' } }

/** Severe lateral maltracking. */
export const LateralSevere: Story = { args: { tracking: 'lateral-severe' } }

/** A flat groove (trochlear dysplasia): the sulcus angle opens past 145-150 degrees. */
export const TrochlearDysplasia: Story = { args: { tracking: 'trochlear-dysplasia' } }

/** Merchant's set-up: the knee at 45 degrees, the beam 30 degrees from the femoral shaft. */
export const Merchant: Story = { args: { skylineBeam: 'merchant' } }

/** The knee bends and straightens; the beam follows the groove and the numbers follow the knee. */
export const FollowingTheKnee: Story = { args: { playing: true, tracking: 'lateral-moderate' } }

/** The same view in the tissue colours, without the radiograph look. */
export const TissueColours: Story = { args: { radiograph: false } }
