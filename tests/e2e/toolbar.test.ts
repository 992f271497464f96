// The compact toolbar on a phone and a tablet, in the built script-tag element on an article
// page: no horizontal overflow, at most two rows, no taller than a quarter of the figure, the
// "Show" menu by keyboard, and touch (a vertical swipe scrolls the page, a sideways drag turns
// the knee). Saves the screenshots under tests/screenshots/ that the README and the issue ask for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { openSite, root, type Server } from './site'

const shots = resolve(root, 'tests/screenshots')
let browser: Browser
let server: Server

beforeAll(async () => {
  ;({ browser, server } = await openSite())
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** A picture once two in a row agree: a camera flight or a scroll has ended (6 s at most). */
async function untilStill(page: Page, shot: () => Promise<Buffer>): Promise<Buffer> {
  let previous = await shot()
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150)
    const next = await shot()
    if (next.equals(previous)) return next
    previous = next
  }
  return previous
}

async function open(width: number, height: number, touch = false): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    ...(touch ? { hasTouch: true, isMobile: true, deviceScaleFactor: 1 } : {}),
  })
  const page = await context.newPage()
  await page.goto(server.url + '/tests/e2e/fixtures/phone.html')
  await page.waitForFunction(
    () => document.getElementById('knee')?.getAttribute('data-state') === 'ready',
    undefined,
    { timeout: 90_000 },
  )
  return page
}

/** Sizes of the figure, its canvas and toolbar, and the rows the toolbar's controls sit on. */
const measure = (page: Page) =>
  page.evaluate(() => {
    const shadow = document.getElementById('knee')!.shadowRoot!
    const rect = (el: Element) => el.getBoundingClientRect()
    const figure = rect(shadow.querySelector('figure')!)
    const canvas = rect(shadow.querySelector('[data-knee-canvas]')!)
    const toolbar = shadow.querySelector('.knee-explainer-toolbar')!
    const controls = [...toolbar.querySelectorAll('button, select, input')]
      .filter((el) => !el.closest('[hidden]'))
      .map(rect)
    return {
      viewportWidth: innerWidth,
      pageWidth: document.documentElement.scrollWidth,
      figureHeight: figure.height,
      canvasHeight: canvas.height,
      toolbarHeight: rect(toolbar).height,
      rows: new Set(controls.map((r) => Math.round(r.top + r.height / 2) >> 3)).size,
      leftmost: Math.min(...controls.map((r) => r.left)),
      rightmost: Math.max(...controls.map((r) => r.right)),
      controls: controls.length,
    }
  })

describe('the compact toolbar', { timeout: 120_000 }, () => {
  for (const [width, height] of [
    [360, 740],
    [768, 1024],
    [1280, 900],
  ] as const) {
    it(`fits ${width}x${height}: no overflow, two rows at most, a quarter of the figure at most`, async () => {
      const page = await open(width, height)
      const m = await measure(page)
      expect(m.controls).toBeGreaterThanOrEqual(6)
      expect(m.pageWidth).toBeLessThanOrEqual(m.viewportWidth)
      expect(m.leftmost).toBeGreaterThanOrEqual(0)
      expect(m.rightmost).toBeLessThanOrEqual(m.viewportWidth)
      expect(m.rows).toBeLessThanOrEqual(2)
      expect(m.toolbarHeight).toBeLessThanOrEqual(m.figureHeight / 4)
      // the knee keeps a usable size: at least 300 px tall on a phone
      expect(m.canvasHeight).toBeGreaterThanOrEqual(300)
      await page.waitForTimeout(800) // the opening camera flight, for the picture only
      await page.screenshot({ path: resolve(shots, `toolbar-${width}x${height}.png`) })
      await page.context().close()
    })
  }

  it('the "Show" menu opens by keyboard, its check boxes work, Escape closes it and returns focus', async () => {
    const page = await open(360, 740)
    const knee = page.locator('#knee')
    const show = knee.getByRole('button', { name: 'Show', exact: true })
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('false')
    await expect(
      knee.getByRole('checkbox', { name: 'See-through muscles' }).isVisible(),
    ).resolves.toBe(false)
    await show.focus()
    await page.keyboard.press('Enter')
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('true')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Space')
    await page.waitForFunction(
      () => (document.getElementById('knee') as unknown as { state: { xray: boolean } }).state.xray,
    )
    await page.screenshot({ path: resolve(shots, 'toolbar-360x740-menu.png') })
    await page.keyboard.press('Escape')
    await expect(show.getAttribute('aria-expanded')).resolves.toBe('false')
    const focused = await page.evaluate(
      () => document.getElementById('knee')!.shadowRoot!.activeElement?.textContent,
    )
    expect(focused).toBe('Show')
    await knee.getByRole('button', { name: 'About this figure' }).click()
    await page.screenshot({ path: resolve(shots, 'toolbar-360x740-info.png') })
    await page.context().close()
  })

  it('touch: a vertical swipe on the knee scrolls the page, a sideways drag turns the knee, a pinch zooms it', async () => {
    const page = await open(360, 740, true)
    const cdp = await page.context().newCDPSession(page)
    const canvas = page.locator('#knee [data-knee-canvas]')
    /** One finger from the canvas's middle, moved (dx, dy) in ten steps. */
    const swipe = async (dx: number, dy: number) => {
      const box = (await canvas.boundingBox())!
      const x = box.x + box.width / 2
      const y = box.y + box.height / 2
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] })
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }],
        })
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    const shot = () => canvas.screenshot()
    // a picture once two in a row agree (the opening flight or a scroll has ended)
    const stillShot = () => untilStill(page, shot)
    const before = await stillShot()
    const top = await page.evaluate(() => scrollY)
    await swipe(0, -150)
    await page.waitForFunction((start) => scrollY > start + 50, top)
    const afterSwipe = await stillShot()
    if (process.env.DEBUG_SHOTS) {
      const { writeFileSync } = await import('node:fs')
      writeFileSync('/tmp/touch-before.png', before)
      writeFileSync('/tmp/touch-still.png', afterSwipe)
    }
    // the page scrolled and the knee did not turn
    expect(afterSwipe.equals(before)).toBe(true)
    const scrolled = await page.evaluate(() => scrollY)
    await swipe(120, 0)
    let turned = false
    for (let i = 0; i < 40 && !turned; i++) {
      await page.waitForTimeout(100)
      turned = !(await shot()).equals(before)
    }
    expect(turned).toBe(true)
    expect(await page.evaluate(() => scrollY)).toBe(scrolled)

    // two fingers spread apart: the knee comes closer (more of the canvas is knee), the page
    // neither scrolls nor zooms
    const kneeShare = async () => {
      const png = await stillShot()
      return page.evaluate(async (b64) => {
        const image = new Image()
        image.src = `data:image/png;base64,${b64}`
        await image.decode()
        const c = document.createElement('canvas')
        c.width = image.width
        c.height = image.height
        const g = c.getContext('2d')!
        g.drawImage(image, 0, 0)
        const { data } = g.getImageData(0, 0, c.width, c.height)
        // the background: the commonest colour (to 8 levels a channel)
        const counts = new Map<number, number>()
        const key = (i: number) =>
          (data[i]! >> 5) * 64 + (data[i + 1]! >> 5) * 8 + (data[i + 2]! >> 5)
        for (let i = 0; i < data.length; i += 16) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1)
        const background = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
        let knee = 0
        for (let i = 0; i < data.length; i += 16) if (key(i) !== background) knee++
        return knee / (data.length / 16)
      }, png.toString('base64'))
    }
    const before2 = await kneeShare()
    const box = (await canvas.boundingBox())!
    const cx = box.x + box.width / 2
    const cy = box.y + box.height / 2
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [
        { x: cx - 20, y: cy, id: 1 },
        { x: cx + 20, y: cy, id: 2 },
      ],
    })
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: [
          { x: cx - 20 - 8 * i, y: cy, id: 1 },
          { x: cx + 20 + 8 * i, y: cy, id: 2 },
        ],
      })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    const after2 = await kneeShare()
    expect(after2).toBeGreaterThan(before2 * 1.2)
    expect(await page.evaluate(() => scrollY)).toBe(scrolled)
    expect(await page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1)
    await page.context().close()
  })

  it("the element's toImage() gives a PNG with the caption and credit (saved for the README)", async () => {
    const page = await open(768, 1024)
    const bytes = await page.evaluate(async () => {
      const knee = document.getElementById('knee') as unknown as {
        toImage(o: object): Promise<Blob>
      }
      const blob = await knee.toImage({ width: 800, height: 700 })
      return { type: blob.type, data: [...new Uint8Array(await blob.arrayBuffer())] }
    })
    expect(bytes.type).toBe('image/png')
    const png = Buffer.from(bytes.data)
    // PNG signature, then the IHDR chunk's width and height
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([800, 700])
    const { writeFileSync } = await import('node:fs')
    writeFileSync(resolve(shots, 'still-image.png'), png)
    await page.context().close()
  })

  it('full screen without the API (iPhone Safari): the element fills the window; Escape leaves', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    // a browser with no element full screen
    await context.addInitScript(() => {
      delete (Element.prototype as { requestFullscreen?: unknown }).requestFullscreen
    })
    const page = await context.newPage()
    await page.goto(server.url + '/tests/e2e/fixtures/phone.html')
    await page.waitForFunction(
      () => document.getElementById('knee')?.getAttribute('data-state') === 'ready',
      undefined,
      { timeout: 90_000 },
    )
    await page.evaluate(() => scrollTo(0, 200))
    const knee = page.locator('#knee')
    await knee.getByRole('button', { name: 'Full screen' }).click()
    await page.waitForFunction(() =>
      document.getElementById('knee')!.hasAttribute('data-knee-fullscreen'),
    )
    const box = await page.evaluate(() => {
      const r = document.getElementById('knee')!.getBoundingClientRect()
      return [r.left, r.top, r.width, r.height]
    })
    expect(box).toEqual([0, 0, 360, 740])
    // the picture for the README once the canvas has taken its new shape (its drawing buffer has
    // the shape it shows at) and drawn in it: a shot taken sooner shows the old frame stretched
    await page.waitForFunction(() => {
      const canvas = document.getElementById('knee')!.shadowRoot!.querySelector('canvas')!
      const [w, h] = [canvas.clientWidth, canvas.clientHeight]
      return h > 0 && Math.abs(canvas.width / canvas.height - w / h) < 0.02
    })
    // and once the camera has refitted the knee to it (a flight: slower on a loaded machine)
    writeFileSync(
      resolve(shots, 'toolbar-360x740-fullscreen.png'),
      await untilStill(page, () => page.screenshot()),
    )
    await page.keyboard.press('Escape')
    await page.waitForFunction(
      () => !document.getElementById('knee')!.hasAttribute('data-knee-fullscreen'),
    )
    await context.close()
  })
})
