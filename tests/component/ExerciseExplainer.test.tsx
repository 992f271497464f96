// Exercises in the scene graph (no WebGL): in each exercise's contraction phase its main muscles
// are highlighted, and the kneecap responds through the solver.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act, cleanup, render, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  ExerciseExplainer,
  EXERCISE_LIST,
  clearKneeModelCache,
  createExplainerStore,
  exerciseCycleSeconds,
  type Exercise,
} from '../../src'
import { KneeStage } from '../../src/scene/KneeStage'
import { createMotionChannel } from '../../src/scene/motionChannel'
import { untilReady } from './untilReady'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(glb, { status: 200 })),
  )
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** Plays the exercise in the stage until its contraction phase and returns the store and scene. */
async function contract(
  exercise: Exercise,
  tracking: 'normal' | 'post-surgery-swelling' | 'weak-vmo' = 'weak-vmo',
) {
  const store = createExplainerStore({ exercise: exercise.id, playing: true, tracking })
  const motion = createMotionChannel()
  const onReady = vi.fn()
  const frames: string[] = []
  const renderer = await ReactThreeTestRenderer.create(
    <KneeStage
      store={store}
      src="http://localhost/knee.glb"
      onReady={onReady}
      onExerciseFrame={(f) => frames.push(f.phase.name)}
      motion={motion}
    />,
  )
  await untilReady(renderer, onReady)
  // step through one repetition in 1/20 s frames until the hold (or contraction) is under way
  const cycle = exerciseCycleSeconds(exercise)
  const phases = exercise.phases.map((p) => p.name)
  const target = phases.includes('hold') ? 'hold' : 'contract'
  // each new phase is reported at once, so no wall-clock pacing is needed
  for (let t = 0; t < cycle * 2 && frames.at(-1) !== target; t += 0.05)
    await renderer.advanceFrames(1, 0.05)
  expect(frames.at(-1)).toBe(target)
  await renderer.advanceFrames(3, 0.02)
  return { store, motion, renderer, scene: renderer.scene.instance }
}

describe('exercises in the scene graph', () => {
  it.each(EXERCISE_LIST.map((e) => [e.id, e] as const))(
    '%s: its main muscles are highlighted while they work',
    async (_id, exercise) => {
      const { store, motion, renderer, scene } = await contract(exercise)
      const main = exercise.muscles.filter((m) => m.main).map((m) => m.id)
      // animated state: the channel says which muscles work; the picture shows them highlighted
      expect(motion.get().exercise?.working).toEqual(expect.arrayContaining(main))
      for (const id of main) {
        expect(scene.getObjectByName(`${id}-outline`), id).toBeDefined()
      }
      // the activation follows the effort, published about ten times a second: wait for one
      await vi.waitFor(async () => {
        await renderer.advanceFrames(1, 0.01)
        for (const id of main) expect(motion.get().exercise?.activation[id] ?? 0).toBeGreaterThan(0)
      })
      // the requests are untouched: the loop never writes its output back into the store
      expect(store.getState().highlight).toEqual([])
      expect(store.getState().activation).toEqual({})
      await renderer.unmount()
    },
    30000,
  )

  it('quad set: the kneecap sits more toward the inside with the VMO working than with swelling switching it off', async () => {
    const quadSet = EXERCISE_LIST.find((e) => e.id === 'quad-set')!
    const working = await contract(quadSet, 'weak-vmo')
    const xWorking = working.scene.getObjectByName('joint-patella')!.position.x
    await working.renderer.unmount()
    const swollen = await contract(quadSet, 'post-surgery-swelling')
    const xSwollen = swollen.scene.getObjectByName('joint-patella')!.position.x
    await swollen.renderer.unmount()
    // lateral is -X: the swollen knee's kneecap sits further out
    expect(xSwollen).toBeLessThan(xWorking)
  }, 60000)
})

describe('<ExerciseExplainer>', () => {
  it('an unknown exercise id shows a clear message listing the known ones', () => {
    render(<ExerciseExplainer exercise="knee-yoga" />)
    const alert = screen.getByRole('alert')
    for (const e of EXERCISE_LIST) expect(alert.textContent).toContain(e.id)
  })

  it('a custom exercise object is validated with messages that name the field', () => {
    const broken = {
      ...EXERCISE_LIST[0]!,
      id: 'my-exercise',
      steps: 'just do it',
      kneeRangeDeg: [90, 10],
    }
    render(<ExerciseExplainer exercise={broken as unknown as Exercise} />)
    const text = screen.getByRole('alert').textContent ?? ''
    expect(text).toMatch(/steps/)
    expect(text).toMatch(/kneeRangeDeg/)
  })

  it('renders the figure with the exercise and its status line', async () => {
    render(<ExerciseExplainer exercise="clamshell" controls={false} />)
    expect(screen.getByRole('application', { name: /Clamshell/i })).toBeTruthy()
    await act(async () => {})
    expect(document.querySelector('[data-exercise-status]')?.textContent).toMatch(/Gluteus medius/)
  })
})
