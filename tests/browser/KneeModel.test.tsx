// The knee model in a real browser: it loads, draws tissue colours where they belong, and a bad
// model shows a plain message instead of a blank canvas.
import { afterEach, describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import kneeUrl from '../../models/knee.glb?url'
import brokenUrl from '../fixtures/broken-contract.gltf?url'
import corruptUrl from '../fixtures/corrupt.glb?url'
import { CameraView, KneeCanvas, KneeModel, loadLocale } from '../../src'
import {
  captureRootState,
  mountFigure,
  renderAndRead,
  settled,
  type MountedFigure,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

async function waitFor<T>(read: () => T | null | undefined, timeoutMs = 15000): Promise<T> {
  const start = performance.now()
  for (;;) {
    const value = read()
    if (value) return value
    if (performance.now() - start > timeoutMs) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('<KneeModel> in a real browser', () => {
  it('draws muscle red above the knee and ivory bone on the shin in the anterior view', async () => {
    const created = captureRootState()
    let ready = false
    mounted = await mountFigure(
      <KneeCanvas onCreated={created.onCreated} adaptiveResolution={false}>
        <CameraView view="anterior" />
        <KneeModel src={kneeUrl} onReady={() => (ready = true)} />
      </KneeCanvas>,
    )
    const state = await settled(await created.ready)
    await waitFor(() => ready)
    // the front of the thigh (rectus femoris) and the front of the shin (tibia), projected
    const onScreen = (x: number, y: number, z: number): [number, number] => {
      const p = new Vector3(x, y, z).project(state.camera)
      return [p.x * 0.5 + 0.5, 0.5 - p.y * 0.5]
    }
    const [thigh, shin] = renderAndRead(state, [
      onScreen(-0.012, 0.13, 0.07),
      onScreen(0.004, -0.11, 0.03),
    ])
    expect(thigh!.r).toBeGreaterThan(thigh!.g * 1.5)
    expect(thigh!.r).toBeGreaterThan(thigh!.b * 1.5)
    expect(shin!.r).toBeGreaterThan(150)
    expect(shin!.g).toBeGreaterThan(130)
    expect(shin!.r - shin!.b).toBeGreaterThan(5)
    expect(shin!.r - shin!.b).toBeLessThan(60)
    expect(mounted.container.querySelector('[role="alert"]')).toBeNull()
  })

  it.each([
    [
      'a 404',
      '/no-such-model.glb',
      /could not be downloaded \(404/,
      /could not be downloaded\. Check/,
    ],
    ['a corrupt file', corruptUrl, /could not be read as glTF/, /damaged or is not a 3D model/],
    [
      'a model that breaks the contract',
      brokenUrl,
      /cannot be shown: .*No node named "tibia"/,
      /not a knee model that the figure can show/,
    ],
    ['a javascript: URL', 'javascript:alert(1)', /only over http\(s\)/, /not allowed to load/],
  ])(
    'shows a plain message for %s and leaves the page working',
    async (_label, src, detail, sentence) => {
      let reported = ''
      const warned: string[] = []
      const warn = console.warn
      console.warn = (...args: unknown[]) => warned.push(args.join(' '))
      try {
        mounted = await mountFigure(
          <KneeCanvas>
            <KneeModel src={src} onModelError={(e) => (reported = e.message)} />
          </KneeCanvas>,
        )
        const alert = await waitFor(() => mounted!.container.querySelector('[role="alert"]'))
        // the reader gets a plain sentence; the developer gets the detail, once
        expect(alert.textContent).toMatch(sentence)
        expect(reported).toMatch(detail)
        expect(warned.filter((w) => detail.test(w))).toHaveLength(1)
      } finally {
        console.warn = warn
      }
      // the host page is untouched and still interactive
      const button = document.createElement('button')
      document.body.append(button)
      button.focus()
      expect(document.activeElement).toBe(button)
      button.remove()
    },
  )

  it("says why in the figure's language", async () => {
    await loadLocale('es')
    const warn = console.warn
    console.warn = () => {}
    try {
      mounted = await mountFigure(
        <KneeCanvas lang="es">
          <KneeModel src="/no-such-model.glb" />
        </KneeCanvas>,
      )
      const alert = await waitFor(() => mounted!.container.querySelector('[role="alert"]'))
      expect(alert.textContent).toMatch(/No se ha podido descargar el modelo de la rodilla/)
    } finally {
      console.warn = warn
    }
  })
})
