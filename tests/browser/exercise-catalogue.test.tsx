// A figure asked for a catalogue exercise loads the catalogue as a chunk of its own (a page whose
// figures show no exercise never downloads it) and draws nothing until it has come: its first
// frame, the one that makes it ready, already shows the exercise. The test holds the chunk back.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Quaternion } from 'three'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer } from '../../src'
import * as lookup from '../../src/exercises/lookup'
import { captureRootState, mountFigure, waitUntil, type MountedFigure } from './test-utils'

// the catalogue is held back until the test lets it through
const gate = vi.hoisted(() => {
  let open!: () => void
  return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() }
})
vi.mock('../../src/exercises/lookup', async (importOriginal) => {
  const real = await importOriginal<typeof lookup>()
  let held = true
  void gate.opened.then(() => (held = false))
  return {
    ...real,
    catalogueSettled: () => !held && real.catalogueSettled(),
    loadCatalogue: () => gate.opened.then(() => real.loadCatalogue()),
    catalogueExercise: (id: string) => (held ? null : real.catalogueExercise(id)),
  }
})

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

describe('a figure that shows a catalogue exercise', () => {
  it('draws nothing until the catalogue has come, then opens on the exercise', async () => {
    const created = captureRootState()
    const reported: { flexionDeg: number; afterReady: boolean }[] = []
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        src={kneeUrl}
        controls={false}
        caption={false}
        // wall sit: rest 1 s, down 1.5 s, then held at 45 degrees (exercises/exerciseData.ts)
        exercise="wall-sit"
        exerciseSeconds={4}
        playing={false}
        defaultView="lateral"
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
        onReady={() => (ready = true)}
        onExerciseFrame={(frame) =>
          reported.push({ flexionDeg: frame.kneeFlexionDeg, afterReady: ready })
        }
      />,
    )
    const state = await created.ready
    // the model is in the scene, and the figure still waits for the catalogue
    await waitUntil(() => state.scene.getObjectByName('joint-tibia'), 60_000)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(ready).toBe(false)
    expect(reported).toEqual([])

    gate.open()
    await waitUntil(() => ready, 60_000)
    // the frame that made the figure ready held the exercise's pose
    expect(reported[0]).toEqual({ flexionDeg: 45, afterReady: false })
    const tibia = state.scene.getObjectByName('joint-tibia')!
    expect(tibia.quaternion.angleTo(new Quaternion()) * (180 / Math.PI)).toBeGreaterThan(40)
  })
})
