import { useThree } from '@react-three/fiber'
import { useLayoutEffect } from 'react'
import { PerspectiveCamera } from 'three'
import { VIEWS, viewForSide, type ViewId } from './views'

export type CameraViewProps = {
  /** Named view to show. @defaultValue 'anterior' */
  view?: ViewId
  /** Which knee the figure shows; views mirror for the left. @defaultValue 'right' */
  side?: 'right' | 'left'
}

/** Puts the default camera at a named view (a jump; the explainer adds smooth transitions). */
export function CameraView({ view = 'anterior', side = 'right' }: CameraViewProps) {
  const camera = useThree((s) => s.camera)
  const invalidate = useThree((s) => s.invalidate)
  useLayoutEffect(() => {
    const v = viewForSide(VIEWS[view], side)
    camera.position.set(...v.position)
    camera.up.set(...v.up)
    camera.lookAt(...v.target)
    if (camera instanceof PerspectiveCamera) {
      camera.fov = v.fov
      camera.updateProjectionMatrix()
    }
    invalidate()
  }, [camera, view, side, invalidate])
  return null
}
