import { useThree } from '@react-three/fiber'
import { useSafeFrame } from './useSafeFrame'
import { useEffect, useMemo, useRef } from 'react'
import { PerspectiveCamera, Vector3 } from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { VIEWS, WHOLE_LEG_VIEWS, viewForSide, type CameraView, type ViewId } from './views'

/** A view that moves with the knee (the skyline radiograph's beam); bump `version` when it moves. */
export type FollowView = { view: CameraView; version: number }

export type CameraRigProps = {
  view: ViewId
  side: 'right' | 'left'
  /** Shift the framing sideways (metres), e.g. to frame two knees side by side. */
  offsetX?: number
  /** Move the camera back by this factor (frames more). @defaultValue 1 */
  distanceScale?: number
  /** Jump instead of flying between views (reduced motion). @defaultValue false */
  instant?: boolean
  /** Called when the reader rotates or zooms the view themselves. */
  onUserMove?: () => void
  /** Filled in by the rig: turn and zoom from the keyboard or buttons. */
  commands?: { current: CameraCommands | null }
  /**
   * Instead of the named view, a view that moves with the knee: the rig flies to it, then
   * follows it each time its version changes (the reader's own turn holds until then).
   */
  follow?: FollowView | null
  /**
   * How far the hip has carried the knee from its place (world metres, written into `out`). The
   * knee's views follow it, so a squat or a leg raise keeps the knee in frame; the whole-thigh
   * and whole-leg views stay where they are.
   */
  kneeDrift?: (out: Vector3) => Vector3
}

/** Keyboard and button control of the camera. */
export type CameraCommands = {
  /** Turn around the target: degrees sideways (+ = to the right) and up (+ = from above). */
  rotate(sidewaysDeg: number, upDeg: number): void
  /** Move closer (factor < 1) or further away (factor > 1). */
  zoom(factor: number): void
}

const FLIGHT_SECONDS = 0.9
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2)

/**
 * Orbit controls with damping and limits, smooth flights between named views, and a wheel
 * policy that leaves page scrolling alone: the wheel zooms only with Ctrl or Cmd held.
 */
export function CameraRig({
  view,
  side,
  offsetX = 0,
  distanceScale = 1,
  instant = false,
  onUserMove,
  commands,
  follow = null,
  kneeDrift,
}: CameraRigProps) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera
  const gl = useThree((s) => s.gl)
  const invalidate = useThree((s) => s.invalidate)
  const controls = useRef<OrbitControls | null>(null)
  const flight = useRef<{
    t: number
    from: { position: Vector3; target: Vector3; up: Vector3; fov: number }
    to: { position: Vector3; target: Vector3; up: Vector3; fov: number }
  } | null>(null)
  const following = useMemo(
    () => ({ version: -1, position: new Vector3(), target: new Vector3(), up: new Vector3() }),
    [],
  )
  // the hip's carry of the knee that the camera has taken up so far, and this frame's
  const drift = useMemo(() => ({ applied: new Vector3(), now: new Vector3() }), [])
  const followsKnee = follow !== null || !WHOLE_LEG_VIEWS.has(view)
  /** The followed view, mirrored for a left knee and framed like the named views (no allocation). */
  const readFollow = (f: FollowView) => {
    const mirror = side === 'left' ? -1 : 1
    const { position: p, target: t, up: u } = f.view
    following.target.set(t[0] * mirror + offsetX, t[1], t[2]).add(drift.applied)
    following.position
      .set((p[0] - t[0]) * mirror, p[1] - t[1], p[2] - t[2])
      .multiplyScalar(distanceScale)
      .add(following.target)
    following.up.set(u[0] * mirror, u[1], u[2])
    following.version = f.version
    return following
  }

  useEffect(() => {
    // Two fingers pinch to zoom; the wheel zooms only with Ctrl/Cmd (below), so the orbit's own
    // zoom is on only while fingers are down. Registered before the orbit's handlers, so it is on
    // by the time they read it.
    const touches = new Set<number>()
    const onTouchDown = (event: PointerEvent) => {
      if (event.pointerType !== 'touch') return
      touches.add(event.pointerId)
      orbit.enableZoom = true
    }
    const onTouchUp = (event: PointerEvent) => {
      touches.delete(event.pointerId)
      if (touches.size === 0) orbit.enableZoom = false
    }
    gl.domElement.addEventListener('pointerdown', onTouchDown)
    gl.domElement.addEventListener('pointerup', onTouchUp)
    gl.domElement.addEventListener('pointercancel', onTouchUp)
    const orbit = new OrbitControls(camera, gl.domElement)
    orbit.enableDamping = true
    orbit.dampingFactor = 0.12
    orbit.minDistance = 0.12
    orbit.maxDistance = 2.6
    orbit.enableZoom = false // the wheel below zooms only with Ctrl/Cmd, so page scroll stays the page's
    orbit.enablePan = true
    orbit.screenSpacePanning = true
    orbit.touches = { ONE: 0 /* ROTATE */, TWO: 2 /* DOLLY_PAN */ }
    const onChange = () => invalidate()
    const onStart = () => {
      flight.current = null
      onUserMove?.()
    }
    orbit.addEventListener('change', onChange)
    orbit.addEventListener('start', onStart)
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return // let the page scroll
      event.preventDefault()
      const factor = Math.exp(event.deltaY * 0.0015)
      const offset = camera.position.clone().sub(orbit.target)
      const length = Math.min(
        Math.max(offset.length() * factor, orbit.minDistance),
        orbit.maxDistance,
      )
      camera.position.copy(orbit.target).add(offset.setLength(length))
      invalidate()
    }
    gl.domElement.addEventListener('wheel', onWheel, { passive: false })
    // vertical one-finger swipes scroll the page; horizontal ones turn the knee
    gl.domElement.style.touchAction = 'pan-y'
    controls.current = orbit
    if (commands) {
      commands.current = {
        rotate(sidewaysDeg, upDeg) {
          flight.current = null
          const offset = camera.position.clone().sub(orbit.target)
          const up = camera.up.clone().normalize()
          offset.applyAxisAngle(up, (-sidewaysDeg * Math.PI) / 180)
          const right = new Vector3().crossVectors(offset, up).normalize()
          const turned = offset.clone().applyAxisAngle(right, (upDeg * Math.PI) / 180)
          // stop short of looking straight down the up axis
          if (Math.abs(turned.clone().normalize().dot(up)) < 0.97) offset.copy(turned)
          camera.position.copy(orbit.target).add(offset)
          camera.lookAt(orbit.target)
          orbit.update()
          invalidate()
        },
        zoom(factor) {
          const offset = camera.position.clone().sub(orbit.target)
          const length = Math.min(
            Math.max(offset.length() * factor, orbit.minDistance),
            orbit.maxDistance,
          )
          camera.position.copy(orbit.target).add(offset.setLength(length))
          orbit.update()
          invalidate()
        },
      }
    }
    return () => {
      if (commands) commands.current = null
      gl.domElement.removeEventListener('wheel', onWheel)
      gl.domElement.removeEventListener('pointerdown', onTouchDown)
      gl.domElement.removeEventListener('pointerup', onTouchUp)
      gl.domElement.removeEventListener('pointercancel', onTouchUp)
      orbit.removeEventListener('change', onChange)
      orbit.removeEventListener('start', onStart)
      orbit.dispose()
      controls.current = null
    }
  }, [camera, gl, invalidate, onUserMove, commands])

  useEffect(() => {
    const orbit = controls.current
    if (!orbit) return
    const spec = viewForSide(follow?.view ?? VIEWS[view], side)
    const target = new Vector3(...spec.target).add(new Vector3(offsetX, 0, 0))
    const position = new Vector3(...spec.position)
      .sub(new Vector3(...spec.target))
      .multiplyScalar(distanceScale)
      .add(target)
    // a knee view lands where the hip has carried the knee; a whole-leg view where it was drawn
    drift.applied.set(0, 0, 0)
    if (kneeDrift && followsKnee) {
      drift.applied.copy(kneeDrift(drift.now))
      position.add(drift.applied)
      target.add(drift.applied)
    }
    const to = { position, target, up: new Vector3(...spec.up), fov: spec.fov }
    if (instant) {
      camera.position.copy(to.position)
      camera.up.copy(to.up)
      orbit.target.copy(to.target)
      camera.fov = to.fov
      camera.updateProjectionMatrix()
      orbit.update()
      flight.current = null
    } else {
      flight.current = {
        t: 0,
        from: {
          position: camera.position.clone(),
          target: orbit.target.clone(),
          up: camera.up.clone(),
          fov: camera.fov,
        },
        to,
      }
    }
    following.version = follow?.version ?? -1
    invalidate()
  }, [view, side, offsetX, distanceScale, instant, camera, invalidate, follow, followsKnee])

  useSafeFrame((_, delta) => {
    const orbit = controls.current
    if (!orbit) return
    const f = flight.current
    if (kneeDrift && followsKnee) {
      // the hip moved the knee since the last frame: carry the camera (and any flight) with it,
      // keeping the reader's own turn and zoom
      const step = kneeDrift(drift.now).sub(drift.applied)
      if (step.lengthSq() > 1e-12) {
        drift.applied.add(step)
        camera.position.add(step)
        orbit.target.add(step)
        if (f) {
          f.from.position.add(step)
          f.from.target.add(step)
          f.to.position.add(step)
          f.to.target.add(step)
        }
        invalidate()
      }
    }
    if (follow && follow.version !== following.version) {
      const to = readFollow(follow)
      if (f) {
        // still flying in: land where the knee is now
        f.to.position.copy(to.position)
        f.to.target.copy(to.target)
        f.to.up.copy(to.up)
      } else {
        camera.position.copy(to.position)
        orbit.target.copy(to.target)
        camera.up.copy(to.up)
        camera.lookAt(to.target)
        invalidate()
      }
    }
    if (f) {
      f.t = Math.min(f.t + delta / FLIGHT_SECONDS, 1)
      const k = ease(f.t)
      camera.position.lerpVectors(f.from.position, f.to.position, k)
      orbit.target.lerpVectors(f.from.target, f.to.target, k)
      camera.up.lerpVectors(f.from.up, f.to.up, k).normalize()
      camera.fov = f.from.fov + (f.to.fov - f.from.fov) * k
      camera.updateProjectionMatrix()
      if (f.t >= 1) flight.current = null
      invalidate()
    }
    // damping settles over a few frames: keep rendering while it moves
    if (orbit.update()) invalidate()
  })
  return null
}
