// The scene graph of <KneeModel> (no WebGL): the real model is parsed, dressed and posed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Euler, Quaternion, type Mesh, type Object3D } from 'three'
import { KneeModel, clearKneeModelCache, solveKnee } from '../../src'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  // the network layer only: serve the committed model for any URL
  vi.stubGlobal(
    'fetch',
    vi.fn(
      async () =>
        new Response(glb, { status: 200, headers: { 'content-type': 'model/gltf-binary' } }),
    ),
  )
})
afterEach(() => vi.unstubAllGlobals())

async function renderModel(props: Parameters<typeof KneeModel>[0]) {
  let root: Object3D | undefined
  const renderer = await ReactThreeTestRenderer.create(
    <KneeModel src="http://localhost/knee.glb" {...props} />,
  )
  await vi.waitFor(
    () => {
      root = renderer.scene.instance.getObjectByName('joint-tibia')
      if (!root) throw new Error('model not loaded yet')
    },
    { timeout: 15000 },
  )
  return renderer
}

describe('<KneeModel> scene graph', () => {
  it('poses the tibia and patella from solveKnee, and re-poses when flexion changes', async () => {
    const renderer = await renderModel({ flexionDeg: 40 })
    const scene = renderer.scene.instance
    const tibia = scene.getObjectByName('joint-tibia')!
    const patella = scene.getObjectByName('joint-patella')!
    // the tibia is flexed 40 degrees about +X (plus a little screw-home rotation)
    const flexion = new Euler().setFromQuaternion(tibia.quaternion, 'XYZ').x
    expect((flexion * 180) / Math.PI).toBeCloseTo(40, 0)
    const expected = solveKnee({ flexionDeg: 40 })
    expect(patella.position.toArray().map((v) => v * 1000)).toEqual(
      expected.patella.position.map((v) => expect.closeTo(v * 1000, 3)),
    )

    await renderer.update(<KneeModel src="http://localhost/knee.glb" flexionDeg={90} />)
    const q90 = new Quaternion(...solveKnee({ flexionDeg: 90 }).tibia.quaternion)
    expect(tibia.quaternion.angleTo(q90)).toBeLessThan(1e-6)
    await renderer.unmount()
  })

  it('dresses meshes in tissue materials and isolates structures on request', async () => {
    const renderer = await renderModel({ visibleStructures: ['patella', 'femur'] })
    const scene = renderer.scene.instance
    expect(
      ((scene.getObjectByName('vastus-medialis-oblique') as Mesh).material as { name: string })
        .name,
    ).toBe('muscle')
    expect(((scene.getObjectByName('patella') as Mesh).material as { name: string }).name).toBe(
      'bone',
    )
    expect(scene.getObjectByName('patella')!.visible).toBe(true)
    expect(scene.getObjectByName('vastus-medialis-oblique')!.visible).toBe(false)
    await renderer.unmount()
  })

  it('mirrors a left knee', async () => {
    const renderer = await renderModel({ side: 'left' })
    const mirror = renderer.scene.instance.getObjectByName('joint-pelvis')!.parent!.parent!
    expect(mirror.scale.x).toBe(-1)
    await renderer.unmount()
  })
})
