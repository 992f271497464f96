import { createPortal, useThree } from '@react-three/fiber'
import { useEffect, useLayoutEffect, type RefObject } from 'react'
import type { Object3D } from 'three'
import type { Messages } from '../../i18n'
import type { KneeSolution } from '../../kinematics/types'
import type { FollowView } from '../CameraRig'
import type { SkylineBeam } from '../skylineCamera'
import type { ExplainerState, StageStore } from '../stageState'
import type { StageKnee } from './useHighlightLook'
import { useSkylineRadiograph } from './useSkylineRadiograph'

/** What the stage calls after each pose while the radiograph is on screen. */
export type SkylineUpdate = (state: ExplainerState, shown: KneeSolution) => void

export type SkylineRadiographProps = {
  knee: StageKnee | null
  store: StageStore
  beam: SkylineBeam
  messages?: Messages
  /** The femur's frame, where the measurement lines are drawn. */
  femur: Object3D | undefined
  /** The view the camera follows as the knee bends (null once the radiograph goes). */
  onFollow: (follow: FollowView | null) => void
  /** Filled in with the update the stage calls after each pose. */
  update: RefObject<SkylineUpdate | null>
}

/**
 * The skyline view as a radiograph with its measurements, a part of its own: KneeStage loads it
 * (a chunk of its own in the standalone script) only when a figure shows the skyline beam.
 */
export default function SkylineRadiograph({
  knee,
  store,
  beam,
  messages,
  femur,
  onFollow,
  update,
}: SkylineRadiographProps) {
  const skyline = useSkylineRadiograph(knee, store, beam, messages)
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    update.current = skyline.update
  })
  useEffect(() => () => void (update.current = null), [update])
  useEffect(() => {
    onFollow(skyline.follow)
    // a frame now: the stage poses the knee and this draws the radiograph's words and lines
    invalidate()
    return () => onFollow(null)
  }, [skyline.follow, onFollow, invalidate])
  return femur ? createPortal(<primitive object={skyline.lines} />, femur) : null
}
