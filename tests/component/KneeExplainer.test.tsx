// The explainer without WebGL: the stage poses and styles the real model from the store (scene
// graph via @react-three/test-renderer), and the props work controlled and uncontrolled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createRef } from 'react'
import { Color, Euler, type Mesh, type MeshStandardMaterial } from 'three'
import {
  HIGHLIGHT_COLOUR,
  KneeExplainer,
  clearKneeModelCache,
  createExplainerStore,
  solveKnee,
  type KneeExplainerApi,
} from '../../src'
import { KneeStage } from '../../src/scene/KneeStage'
import { resetExplainerWarnings } from '../../src/explainer/store'
import { untilReady } from './untilReady'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  resetExplainerWarnings()
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(glb, { status: 200, headers: { 'content-type': 'model/gltf-binary' } }),
    ),
  )
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

async function stage(initial: Parameters<typeof createExplainerStore>[0] = {}) {
  const store = createExplainerStore(initial)
  const onReady = vi.fn()
  const renderer = await ReactThreeTestRenderer.create(
    <KneeStage store={store} src="http://localhost/knee.glb" onReady={onReady} />,
  )
  await untilReady(renderer, onReady)
  await renderer.advanceFrames(2, 1 / 60)
  return { store, renderer, scene: renderer.scene.instance }
}

const colourOf = (scene: import('three').Object3D, name: string) =>
  ((scene.getObjectByName(name) as Mesh).material as MeshStandardMaterial).color

describe('<KneeStage> scene graph', () => {
  it('poses the knee from the store every frame', async () => {
    const { store, renderer, scene } = await stage({ flexionDeg: 30 })
    const tibia = scene.getObjectByName('joint-tibia')!
    expect((new Euler().setFromQuaternion(tibia.quaternion).x * 180) / Math.PI).toBeCloseTo(30, 0)
    await act(async () => store.setState({ flexionDeg: 75 }))
    await renderer.advanceFrames(1, 1 / 60)
    expect((new Euler().setFromQuaternion(tibia.quaternion).x * 180) / Math.PI).toBeCloseTo(75, 0)
    await renderer.unmount()
  })

  it('blends toward a new tracking preset instead of jumping, and settles on the solver', async () => {
    const { store, renderer, scene } = await stage({ flexionDeg: 10 })
    const patella = scene.getObjectByName('joint-patella')!
    const normalX = patella.position.x
    await act(async () => store.setState({ tracking: 'lateral-moderate' }))
    await renderer.advanceFrames(1, 1 / 60)
    const target = solveKnee({
      flexionDeg: 10,
      vmoActivation: 0.6,
      lateralTightness: 0.6,
      qAngleDeg: 18,
      sulcusAngleDeg: 145,
    })
    const firstStep = patella.position.x
    // one frame in, the kneecap has moved toward the outside (-X) but not all the way
    expect(firstStep).toBeLessThan(normalX)
    expect(firstStep).toBeGreaterThan(target.patella.position[0])
    await renderer.advanceFrames(120, 1 / 60)
    expect(patella.position.x).toBeCloseTo(target.patella.position[0], 4)
    await renderer.unmount()
  })

  it('highlights a group in the highlight colour with outlines, and dims the rest', async () => {
    const { store, renderer, scene } = await stage()
    const restingMuscle = colourOf(scene, 'vastus-lateralis').clone()
    await act(async () => store.setState({ highlight: ['vastus-medialis-oblique'] }))
    const vmo = colourOf(scene, 'vastus-medialis-oblique')
    const blue = new Color(HIGHLIGHT_COLOUR)
    expect(vmo.b).toBeGreaterThan(vmo.r)
    expect(Math.abs(vmo.b - blue.b)).toBeLessThan(0.35)
    expect(scene.getObjectByName('vastus-medialis-oblique-outline')).toBeDefined()
    // everything else steps back: paler, and soft tissue see-through
    const vl = (scene.getObjectByName('vastus-lateralis') as Mesh).material as MeshStandardMaterial
    expect(vl.color.getHSL({ h: 0, s: 0, l: 0 }).s).toBeLessThan(
      restingMuscle.getHSL({ h: 0, s: 0, l: 0 }).s,
    )
    expect(vl.transparent).toBe(true)
    await act(async () => store.setState({ highlight: [] }))
    expect(scene.getObjectByName('vastus-medialis-oblique-outline')).toBeUndefined()
    expect(colourOf(scene, 'vastus-lateralis').equals(restingMuscle)).toBe(true)
    await renderer.unmount()
  })

  it('x-ray makes soft tissue see-through and keeps bone solid', async () => {
    const { store, renderer, scene } = await stage()
    await act(async () => store.setState({ xray: true }))
    const muscle = (scene.getObjectByName('rectus-femoris') as Mesh)
      .material as MeshStandardMaterial
    const bone = (scene.getObjectByName('femur') as Mesh).material as MeshStandardMaterial
    expect(muscle.opacity).toBeLessThan(0.3)
    expect(bone.opacity).toBe(1)
    expect(bone.transparent).toBe(false)
    await renderer.unmount()
  })

  it('reports a picked structure and stores it as selected', async () => {
    const store = createExplainerStore()
    const onSelect = vi.fn()
    const onReady = vi.fn()
    const renderer = await ReactThreeTestRenderer.create(
      <KneeStage
        store={store}
        src="http://localhost/knee.glb"
        onReady={onReady}
        onSelect={onSelect}
      />,
    )
    await untilReady(renderer, onReady)
    const patellaNode = renderer.scene.findAll(
      (n) => n.instance.name === 'knee' || n.instance.name === 'Scene',
    )[0]
    await renderer.fireEvent(patellaNode ?? renderer.scene.children[1]!, 'click', {
      object: renderer.scene.instance.getObjectByName('patella'),
      stopPropagation: () => {},
    })
    expect(onSelect).toHaveBeenCalledWith('patella')
    expect(store.getState().selected).toBe('patella')
    await renderer.unmount()
  })
})

describe('<KneeExplainer> props', () => {
  it('uncontrolled: seeds from default props and reports changes', () => {
    const onFlexionChange = vi.fn()
    const onStateChange = vi.fn()
    render(
      <KneeExplainer
        defaultFlexionDeg={40}
        onFlexionDegChange={onFlexionChange}
        onStateChange={onStateChange}
      />,
    )
    const slider = screen.getByRole('slider', { name: /knee bend/i }) as HTMLInputElement
    expect(slider.value).toBe('40')
    fireEvent.change(slider, { target: { value: '65' } })
    expect(onFlexionChange).toHaveBeenCalledWith(65)
    expect(onStateChange).toHaveBeenLastCalledWith(expect.objectContaining({ flexionDeg: 65 }))
    expect(slider.value).toBe('65')
  })

  it('controlled: the prop wins; a change is reported and reverts unless the parent takes it', async () => {
    const onFlexionChange = vi.fn()
    const { rerender } = render(
      <KneeExplainer flexionDeg={30} onFlexionDegChange={onFlexionChange} />,
    )
    const slider = screen.getByRole('slider', { name: /knee bend/i }) as HTMLInputElement
    fireEvent.change(slider, { target: { value: '80' } })
    expect(onFlexionChange).toHaveBeenCalledWith(80)
    await act(async () => await Promise.resolve())
    expect(slider.value).toBe('30')
    rerender(<KneeExplainer flexionDeg={80} onFlexionDegChange={onFlexionChange} />)
    expect(slider.value).toBe('80')
  })

  it('imperative handle: play, pause, setView, focus, reset', async () => {
    const api = createRef<KneeExplainerApi>()
    render(<KneeExplainer ref={api} defaultView="lateral" />)
    await act(async () => api.current!.play())
    expect(api.current!.store.getState().playing).toBe(true)
    await act(async () => api.current!.pause())
    expect(api.current!.store.getState().playing).toBe(false)
    await act(async () => api.current!.setView('skyline'))
    expect(api.current!.store.getState().view).toBe('skyline')
    await act(async () => api.current!.focus('vastus-medialis-oblique'))
    expect(api.current!.store.getState()).toMatchObject({
      selected: 'vastus-medialis-oblique',
      highlight: ['vastus-medialis-oblique'],
      labels: ['vastus-medialis-oblique'],
    })
    await act(async () => api.current!.reset())
    expect(api.current!.store.getState()).toMatchObject({
      view: 'lateral',
      selected: null,
      highlight: [],
    })
  })

  it('bad input: unknown highlight ids are dropped with one warning listing valid ids; flexion is clamped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const api = createRef<KneeExplainerApi>()
    render(
      <KneeExplainer
        ref={api}
        defaultHighlight={['vmo-typo', 'patella', 'quadriceps']}
        defaultFlexionDeg={400}
      />,
    )
    render(<KneeExplainer defaultHighlight={['vmo-typo']} />)
    const state = api.current!.store.getState()
    expect(state.highlight).toEqual(['patella', 'quadriceps'])
    expect(state.flexionDeg).toBe(120)
    const highlightWarnings = warn.mock.calls.filter(([m]) => String(m).includes('vmo-typo'))
    expect(highlightWarnings).toHaveLength(1)
    expect(String(highlightWarnings[0]![0])).toContain('vastus-medialis-oblique')
  })
})
