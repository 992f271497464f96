// The <knee-explainer> element from its poster to its figure, in headless Chromium with the built
// script: the page does not move when the figure replaces its poster, the poster's words and the
// figure's language follow the page, and a figure moved while its code downloads mounts once.
// Builds dist/embed first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { openSite, root, type Server } from './site'
import { en } from '../../src/i18n/en'
import { DE } from '../../src/i18n/de'
import { ES } from '../../src/i18n/es'

let browser: Browser
let server: Server

beforeAll(async () => {
  ;({ browser, server } = await openSite())
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * Holds back the figure's code (React, three.js and every word) until `release()`, so a test can
 * look at the poster for as long as it likes; `requested` resolves when the element asks for it.
 */
async function holdFigureCode(page: Page) {
  let release!: () => void
  const released = new Promise<void>((r) => (release = r))
  let requested!: () => void
  const asked = new Promise<void>((r) => (requested = r))
  await page.route('**/chunks/mount-*.js', async (route) => {
    requested()
    await released
    await route.continue()
  })
  return { requested: asked, release }
}

/** A page of our own, served from the test server's origin so the script's path resolves. */
async function pageWith(
  html: string,
  viewport = { width: 1000, height: 800 },
  { blockRendering = false } = {},
) {
  const page = await browser.newPage({ viewport })
  const problems: string[] = []
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
  page.on('pageerror', (e) => problems.push(e.message))
  const blocking = blockRendering ? ' blocking="render"' : ''
  const head = `<head><meta charset="utf-8" /><link rel="icon" href="data:," />
    <script type="module" src="/dist/embed/knee-explainer.js"${blocking}></script>`
  await page.route(server.url + '/poster-test.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html>${html.replace('<head>', head)}`,
    }),
  )
  return { page, problems, open: () => page.goto(server.url + '/poster-test.html') }
}

const height = (page: Page, selector = '#knee') =>
  page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().height, selector)
const whenState = (page: Page, state: string, selector = '#knee') =>
  page.waitForFunction(
    ([s, want]) => document.querySelector(s!)?.getAttribute('data-state') === want,
    [selector, state],
    { timeout: 90_000 },
  )
const posterAlt = (page: Page, selector: string) =>
  page.evaluate(
    (s) => document.querySelector(s)!.shadowRoot!.querySelector('img')!.getAttribute('alt'),
    selector,
  )

// An article on a phone: text, the figure, more text. The script blocks rendering (it is 4 KB
// gzip), so the first paint already has the element: what is measured is the element from its
// first paint to ready. Before its script runs no element can hold its place; a page that loads
// the script without blocking="render" reserves the box itself (see the report on issue #18).
const ARTICLE = `<html lang="en"><head>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <style>
    body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; }
    main { max-width: 760px; margin: 0 auto; padding: 0 12px; }
  </style></head>
  <body><main>
    <h1>Why the kneecap drifts</h1>
    <p>The kneecap runs in a groove at the end of the thigh bone.</p>
    <knee-explainer id="knee" loading="eager" tracking="lateral" flexion="20"></knee-explainer>
    <p>In some knees it drifts outward. The text goes on below the figure.</p>
    <p style="height: 1200px">More text.</p>
  </main></body></html>`

describe('the page does not move when the figure replaces its poster', { timeout: 180_000 }, () => {
  for (const viewport of [
    { width: 360, height: 740 },
    { width: 1000, height: 800 },
  ]) {
    it(`at ${viewport.width}x${viewport.height}: no layout shift from first paint to ready, one height`, async () => {
      const { page, open } = await pageWith(ARTICLE, viewport, { blockRendering: true })
      // every layout shift since the page began, as Lighthouse's CLS adds them up
      await page.addInitScript(() => {
        const seen: Array<{ value: number; hadRecentInput: boolean }> = []
        const observer = new PerformanceObserver((list) => {
          seen.push(...(list.getEntries() as unknown as typeof seen))
        })
        observer.observe({ type: 'layout-shift', buffered: true })
        Object.assign(window, { layoutShifts: () => [...seen, ...observer.takeRecords()] })
      })
      const code = await holdFigureCode(page)
      await open()
      await code.requested
      await page.waitForFunction(
        () => document.querySelector('#knee')!.shadowRoot!.querySelector('img')!.complete,
      )
      const atPoster = await height(page)
      code.release()
      await whenState(page, 'ready')
      await page.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      )
      const atReady = await height(page)
      const shifts = await page.evaluate(() =>
        (
          window as unknown as {
            layoutShifts: () => Array<{ value: number; hadRecentInput: boolean }>
          }
        )
          .layoutShifts()
          .filter((s) => !s.hadRecentInput)
          .map((s) => s.value),
      )
      const cls = shifts.reduce((sum, v) => sum + v, 0)
      expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.01)
      expect(
        Math.abs(atReady - atPoster),
        `poster ${atPoster} px, ready ${atReady} px`,
      ).toBeLessThanOrEqual(2)
      // the box holds the whole figure: canvas, caption and toolbar, not just the picture
      const figure = await page.evaluate(
        () =>
          document
            .querySelector('#knee')!
            .shadowRoot!.querySelector('figure')!
            .getBoundingClientRect().height,
      )
      expect(atReady).toBeGreaterThanOrEqual(figure)
      await page.close()
    })
  }
})

describe("the poster's words and the figure's language", { timeout: 180_000 }, () => {
  it('follow the page: the poster speaks the language once its words arrive, an author alt wins', async () => {
    const { page, problems, open } = await pageWith(`<html lang="de"><head></head><body>
      <knee-explainer id="page" loading="eager"></knee-explainer>
      <section lang="es"><knee-explainer id="section" loading="eager"></knee-explainer></section>
      <knee-explainer id="own" lang="en" loading="eager" alt="A knee, drawn"></knee-explainer>
      </body></html>`)
    const code = await holdFigureCode(page)
    await open()
    await code.requested
    // before the figure's code (which brings every word): no English, just an empty alt
    expect(await posterAlt(page, '#page')).toBe('')
    expect(await posterAlt(page, '#section')).toBe('')
    expect(await posterAlt(page, '#own')).toBe('A knee, drawn')
    code.release()
    const caption = (selector: string) =>
      page
        .waitForFunction(
          (s) =>
            document.querySelector(s)?.shadowRoot?.querySelector('figcaption')?.textContent ?? '',
          selector,
          { timeout: 90_000 },
        )
        .then((handle) => handle.jsonValue())
    // the figure speaks the page's language, or its section's, or its own
    expect(await caption('#page')).toMatch(/^Knie /)
    expect(await caption('#section')).toMatch(/^Rodilla /)
    expect(await caption('#own')).toMatch(/^Knee /)
    await page.waitForFunction(
      () => document.querySelector('#section')!.shadowRoot!.querySelector('img')!.alt !== '',
    )
    expect(await posterAlt(page, '#page')).toBe(DE.messages.posterAlt)
    expect(await posterAlt(page, '#section')).toBe(ES.messages.posterAlt)
    expect(await posterAlt(page, '#own')).toBe('A knee, drawn')
    // its own lang attribute wins over the page's; removing the author's alt gives its words back
    await page.evaluate(() => {
      document.querySelector('#page')!.setAttribute('lang', 'es')
      document.querySelector('#own')!.removeAttribute('alt')
    })
    await page.waitForFunction(
      ([es, english]) =>
        document.querySelector('#page')!.shadowRoot!.querySelector('img')!.alt === es &&
        document.querySelector('#own')!.shadowRoot!.querySelector('img')!.alt === english,
      [ES.messages.posterAlt, en.posterAlt],
      { timeout: 30_000 },
    )
    expect(await caption('#page')).toMatch(/^Rodilla /)
    expect(problems).toEqual([])
    await page.close()
  })
})

describe('a figure moved while its code downloads', { timeout: 180_000 }, () => {
  it('mounts once: one figure ever, one canvas, no console errors', async () => {
    const { page, problems, open } = await pageWith(
      `<html lang="en"><head></head><body style="margin: 0">
        <div id="first"><knee-explainer id="knee" loading="eager"></knee-explainer></div>
        <div id="second"></div></body></html>`,
    )
    // Counts every figure put into the element's shadow root. A second mount does not show as a
    // second figure on screen: the second React root clears the container as it starts, and the
    // first lives on unseen (its store, listeners and handle). It shows as a figure added twice.
    await page.addInitScript(() => {
      const counter = { figuresAdded: 0 }
      Object.assign(window, { counter })
      const attachShadow = Element.prototype.attachShadow
      Element.prototype.attachShadow = function (init) {
        const shadow = attachShadow.call(this, init)
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes)
              if (
                node instanceof Element &&
                (node.matches('figure[data-knee-explainer]') ||
                  node.querySelector('figure[data-knee-explainer]'))
              )
                counter.figuresAdded++
        }).observe(shadow, { childList: true, subtree: true })
        return shadow
      }
    })
    const code = await holdFigureCode(page)
    await open()
    await code.requested
    // disconnected and connected again while its first load waits for the code
    await page.evaluate(async () => {
      const figure = document.querySelector('#knee')!
      figure.remove()
      await new Promise((r) => requestAnimationFrame(r))
      document.querySelector('#second')!.append(figure)
    })
    code.release()
    await whenState(page, 'ready')
    // both loads had the code long before the figure drew: a second mount has happened by now
    const counts = await page.evaluate(() => {
      const shadow = document.querySelector('#knee')!.shadowRoot!
      return {
        figuresAdded: (window as unknown as { counter: { figuresAdded: number } }).counter
          .figuresAdded,
        canvases: shadow.querySelectorAll('canvas').length,
      }
    })
    expect(counts).toEqual({ figuresAdded: 1, canvases: 1 })
    expect(problems).toEqual([])
    await page.close()
  })
})
