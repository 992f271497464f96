import { useCallback, useMemo } from 'react'
import { Vector3 } from 'three'
import type { StageKnee } from './useHighlightLook'

/**
 * How far the hip has carried the knee (world metres): the femur's frame, whose origin is the
 * knee, against the pelvis it hangs from, which the hip does not move. Zero with the hip at rest,
 * or before the model loads. The camera's knee views follow it (CameraRig's `kneeDrift`).
 */
export function useKneeDrift(knee: StageKnee | null): (out: Vector3) => Vector3 {
  const pelvis = useMemo(() => new Vector3(), [])
  return useCallback(
    (out: Vector3) => {
      if (!knee) return out.set(0, 0, 0)
      const { joints } = knee.nodes
      return joints['joint-femur']
        .getWorldPosition(out)
        .sub(joints['joint-pelvis'].getWorldPosition(pelvis))
    },
    [knee, pelvis],
  )
}
