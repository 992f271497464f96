// toImage(): a PNG of the scene at the requested size, drawn by the figure's own renderer, with
// the caption and the model's credit below; the figure on screen keeps its size afterwards.
import { afterEach, describe, expect, it } from 'vitest'
import { createRef } from 'react'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { captureRootState, mountFigure, settled, waitUntil, type MountedFigure } from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

/** The PNG decoded into pixels. */
async function decode(blob: Blob) {
  const bitmap = await createImageBitmap(blob)
  const canvas = document.createElement('canvas')
  canvas.width = bitmap.width
  canvas.height = bitmap.height
  const context = canvas.getContext('2d')!
  context.drawImage(bitmap, 0, 0)
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height)
  /** Share of the pixels in rows [top, bottom) that pass `test`. */
  const share = (
    top: number,
    bottom: number,
    test: (r: number, g: number, b: number) => boolean,
  ) => {
    let hits = 0
    for (let y = top; y < bottom; y++)
      for (let x = 0; x < bitmap.width; x++) {
        const i = (y * bitmap.width + x) * 4
        if (test(data[i]!, data[i + 1]!, data[i + 2]!)) hits++
      }
    return hits / ((bottom - top) * bitmap.width)
  }
  /** The pixel at (x, y) as [r, g, b]. */
  const at = (x: number, y: number) => {
    const i = (Math.round(y) * bitmap.width + Math.round(x)) * 4
    return [data[i]!, data[i + 1]!, data[i + 2]!] as const
  }
  return { width: bitmap.width, height: bitmap.height, share, at }
}

/** The label boxes the figure shows on screen: top-left and size, CSS pixels. */
function labelBoxesOnScreen(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('[data-knee-label]')]
    .filter((el) => el.style.display === 'block')
    .map((el) => {
      const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(el.style.transform)!
      return {
        x: Number(x),
        y: Number(y),
        w: el.offsetWidth,
        h: el.offsetHeight,
        text: el.textContent,
      }
    })
}

// the figure's background is #eef0f2; the knee (bone, muscle) differs from it clearly
const notBackground = (r: number, g: number, b: number) =>
  Math.abs(r - 0xee) + Math.abs(g - 0xf0) + Math.abs(b - 0xf2) > 40
const darkText = (r: number, g: number, b: number) => r + g + b < 3 * 120

describe('toImage', { timeout: 60_000 }, () => {
  it('returns a PNG of the requested size: the knee above, caption and credit below', async () => {
    const api = createRef<KneeExplainerApi>()
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        defaultFlexionDeg={30}
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
      />,
      600,
    )
    const state = await settled(await created.ready)
    const before = { width: state.gl.domElement.width, height: state.gl.domElement.height }
    // toImage waits for the model itself
    const blob = await api.current!.toImage({ width: 640, height: 560 })
    expect(blob.type).toBe('image/png')
    const png = await decode(blob)
    expect([png.width, png.height]).toEqual([640, 560])
    // the 3D area is not blank: a good part of it is the knee, not the background
    expect(png.share(0, 400, notBackground)).toBeGreaterThan(0.08)
    // the text band at the bottom has dark letters on white
    expect(png.share(500, 560, darkText)).toBeGreaterThan(0.005)
    // the figure on screen is back at its own size
    expect({ width: state.gl.domElement.width, height: state.gl.domElement.height }).toEqual(before)

    // without caption and credit the knee fills the picture, down to the last rows
    const bare = await decode(
      await api.current!.toImage({ width: 320, height: 240, caption: false, credits: false }),
    )
    expect([bare.width, bare.height]).toEqual([320, 240])
    expect(bare.share(200, 240, (r, g, b) => r > 250 && g > 250 && b > 250)).toBeLessThan(0.5)
    expect(bare.share(0, 240, notBackground)).toBeGreaterThan(0.08)
  })

  it('draws the labels the figure shows, where it shows them, scaled to the picture', async () => {
    const api = createRef<KneeExplainerApi>()
    const created = captureRootState()
    mounted = await mountFigure(
      <KneeExplainer
        ref={api}
        src={kneeUrl}
        defaultFlexionDeg={30}
        defaultLabels={['patella', 'vastus-medialis-oblique', 'vastus-lateralis']}
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
      />,
      600,
    )
    const state = await settled(await created.ready)
    await api.current!.toImage({ width: 16, height: 16, caption: false, credits: false })
    const boxes = await waitUntil(() => {
      const shown = labelBoxesOnScreen(mounted!.container)
      return shown.length === 3 && shown
    })
    // twice the figure's size, same shape: the layout is the screen's, doubled
    const k = 2
    const size = { width: state.size.width * k, height: state.size.height * k }
    const bare = { ...size, caption: false, credits: false }
    const labelled = await decode(await api.current!.toImage(bare))
    api.current!.store.setState({ labels: [] })
    await waitUntil(() => labelBoxesOnScreen(mounted!.container).length === 0)
    const plain = await decode(await api.current!.toImage(bare))

    type Rgb = readonly [number, number, number]
    const light = ([r, g, b]: Rgb) => r > 235 && g > 235 && b > 235
    const dark = ([r, g, b]: Rgb) => r + g + b < 3 * 110
    for (const box of boxes) {
      // inside each box, away from its edges (canvas text measures a pixel or two apart from
      // the page's): the picture with labels has a light box with dark letters; without, not
      let changed = 0
      let lightHere = 0
      let darkHere = 0
      let samples = 0
      for (let y = (box.y + 4) * k; y < (box.y + box.h - 4) * k; y += 2)
        for (let x = (box.x + 10) * k; x < (box.x + box.w - 10) * k; x += 2) {
          const a = labelled.at(x, y)
          const b = plain.at(x, y)
          samples++
          if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 30) changed++
          if (light(a)) lightHere++
          if (dark(a)) darkHere++
        }
      expect(
        changed / samples,
        `${box.text}: differs from the picture without labels`,
      ).toBeGreaterThan(0.25)
      expect(lightHere / samples, `${box.text}: the label's light box`).toBeGreaterThan(0.4)
      expect(darkHere / samples, `${box.text}: its letters`).toBeGreaterThan(0.05)
    }
  })

  it('the "Save image" button downloads knee.png', async () => {
    const created = captureRootState()
    let ready = false
    mounted = await mountFigure(
      <KneeExplainer
        src={kneeUrl}
        canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
        onReady={() => (ready = true)}
      />,
      600,
    )
    await settled(await created.ready)
    await waitUntil(() => ready, 30_000)
    const clicked: HTMLAnchorElement[] = []
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this)
    }
    try {
      const save = [...mounted.container.querySelectorAll('button')].find(
        (b) => b.textContent === 'Save image',
      )!
      save.click()
      await waitUntil(() => clicked.length > 0, 30_000)
    } finally {
      HTMLAnchorElement.prototype.click = click
    }
    expect(clicked[0]!.download).toBe('knee.png')
    const png = await decode(await (await fetch(clicked[0]!.href)).blob())
    expect(png.width).toBe(1200)
  })
})
