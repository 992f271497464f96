/**
 * The animated state: what moves on screen (the loop's flexion, an exercise's phase and effort).
 * It lives here, outside React and outside the requested-state store: the stage writes it every
 * frame, readers take it with `get()`, and subscribers hear it at a modest rate (and once when the
 * motion stops). Nothing here is ever written back into the requests.
 */
import type { StructureId } from '../anatomy/structures'
import type { HipAngles } from '../kinematics/hip'
import type { ActivityId } from '../kinematics/activities'
import { exerciseActivation, type ExerciseFrame } from '../exercises/motion'
import type { Exercise, ExercisePhaseName } from '../exercises/types'

/** How often subscribers hear a moving figure, milliseconds (about ten times a second). */
export const MOTION_PUBLISH_MS = 100

/** An exercise as it plays now. */
export type ExerciseMotion = {
  id: string
  phase: ExercisePhaseName
  repetition: number
  /** 0-1: how hard the working muscles pull now. */
  effort: number
  /** Muscle activation by structure id (glow and a slight bulge). */
  activation: Readonly<Partial<Record<StructureId, number>>>
  /** The exercise's main muscles while they work (contract and hold), else empty. */
  working: readonly StructureId[]
  /** The hip's position the exercise puts the leg in now. */
  hip: Readonly<HipAngles>
}

/** A daily activity as it plays now: which, and where in its cycle (0-1). */
export type ActivityMotion = {
  id: ActivityId
  cycle: number
}

export type AnimatedState = {
  /** Knee flexion on screen, degrees (one decimal). */
  flexionDeg: number
  /** Whether the loop or an exercise is moving the knee. */
  moving: boolean
  /** The exercise playing, or null. */
  exercise: ExerciseMotion | null
  /** The daily activity driving the knee, or null (absent: none). */
  activity?: ActivityMotion | null
}

export type MotionListener = (state: AnimatedState) => void

export type MotionChannel = {
  /** The last published animated state (a new object per publish; safe to keep). */
  get(): AnimatedState
  /** Hears each publish; returns the unsubscribe. */
  subscribe(listener: MotionListener): () => void
  /**
   * The stage's per-frame write. Publishes at most every MOTION_PUBLISH_MS while moving, and at
   * once when the motion starts or stops, the flexion at rest changes, or the exercise's phase or
   * repetition changes, or a daily activity starts, stops or changes. Allocates only when it
   * publishes.
   */
  write(
    flexionDeg: number,
    moving: boolean,
    exercise: { exercise: Exercise; frame: ExerciseFrame } | null,
    nowMs: number,
    activity?: Readonly<ActivityMotion> | null,
  ): void
}

const round1 = (v: number) => Math.round(v * 10) / 10

export function createMotionChannel(initialFlexionDeg = 0): MotionChannel {
  let state: AnimatedState = {
    flexionDeg: round1(initialFlexionDeg),
    moving: false,
    exercise: null,
  }
  let lastPublish = -Infinity
  const listeners = new Set<MotionListener>()

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    write(flexionDeg, moving, playing, nowMs, activity = null) {
      const flexion = round1(flexionDeg)
      const before = state.exercise
      const phase = playing?.frame.phase.name
      const due =
        moving !== state.moving ||
        (!moving && flexion !== state.flexionDeg) ||
        (playing === null) !== (before === null) ||
        (playing !== null &&
          (playing.exercise.id !== before?.id ||
            phase !== before.phase ||
            playing.frame.repetition !== before.repetition)) ||
        (activity?.id ?? null) !== (state.activity?.id ?? null) ||
        (!moving && activity !== null && activity.cycle !== state.activity?.cycle) ||
        (moving && nowMs - lastPublish >= MOTION_PUBLISH_MS)
      if (!due) return
      lastPublish = nowMs
      let exercise: ExerciseMotion | null = null
      if (playing) {
        const { exercise: e, frame } = playing
        const contracting = phase === 'contract' || phase === 'hold'
        exercise = {
          id: e.id,
          phase: frame.phase.name,
          repetition: frame.repetition,
          effort: frame.activationScale,
          activation: exerciseActivation(e, frame.activationScale),
          working:
            contracting && before?.working.length && before.id === e.id
              ? before.working
              : contracting
                ? e.muscles.filter((m) => m.main).map((m) => m.id)
                : [],
          hip: { ...frame.hip },
        }
      }
      state = {
        flexionDeg: flexion,
        moving,
        exercise,
        activity: activity ? { id: activity.id, cycle: activity.cycle } : null,
      }
      for (const listener of [...listeners]) listener(state)
    },
  }
}
