/**
 * Browser measurements for `npm run bench`: the custom element beside Google's <model-viewer>
 * (the yardstick most sites already use), same .glb, same 800 x 600 figure, same headless Chromium
 * with software WebGL, in the same run. Frames are counted by wrapping WebGL's clear() (one per
 * rendered frame for both); CPU is the user+system time of every Chromium process, from /proc.
 */
import { chromium, type Browser, type Page } from 'playwright'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { serveStatic } from '../scripts/serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const TICKS_PER_SECOND = 100 // Linux USER_HZ

export type Subject = 'ours' | 'model-viewer'
const PAGE: Record<Subject, string> = {
  ours: '/bench/pages/ours.html',
  'model-viewer': '/bench/pages/model-viewer.html',
}
const DRAWN: Record<Subject, string> = {
  ours: `document.getElementById('figure')?.getAttribute('data-state') === 'ready'`,
  // the element's own word that the model is on screen: ours sets data-state="ready" two frames
  // after the first frame with the model; <model-viewer>'s modelIsVisible turns true when it
  // reveals the model, two frames after its load (its `loaded` turns true before any frame is
  // drawn, so it would time a parsed model against our drawn one)
  'model-viewer': `document.getElementById('figure')?.modelIsVisible === true`,
}

const COUNT_FRAMES = () => {
  const w = window as unknown as { __frames: number }
  w.__frames = 0
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const clear = proto.clear
    proto.clear = function (this: WebGLRenderingContext, mask: number) {
      if (mask & 0x4000) w.__frames++ // COLOR_BUFFER_BIT: one per frame
      return clear.call(this, mask)
    }
  }
}

/** CPU seconds used so far by the browser and all its child processes. */
function cpuSeconds(rootPid: number): number {
  const parent = new Map<number, number>()
  const ticks = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parent.set(Number(entry), Number(fields[1]))
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]))
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0
  for (const [pid, t] of ticks) {
    for (let p: number | undefined = pid; p; p = parent.get(p)) {
      if (p === rootPid) {
        total += t
        break
      }
      if (p === 1) break
    }
  }
  return total / TICKS_PER_SECOND
}

// an ignored flag that lets us find this run's browser process among the machine's processes
const MARKER = '--knee-bench-marker'

function browserPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')
      if (cmdline.includes(MARKER) && !cmdline.some((a) => a.startsWith('--type=')))
        return Number(entry)
    } catch {
      // gone
    }
  }
  throw new Error('benchmark browser process not found')
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

export type BrowserFigures = {
  timeToFirstFrameMs: Record<Subject, number>
  fps: Record<Subject, { animating: number; paused: number; offscreen: number }>
  cpuPerSecond: Record<Subject, { animating: number; paused: number; offscreen: number }>
  heapMb: Record<Subject, number>
  /** Canvas pixels over CSS pixels at the end of the animating window (both scale while slow). */
  renderScaleAnimating: Record<Subject, number>
  manyFigures: Record<
    Subject,
    { total: number; drawn: number; failed: number; seconds: number; heapMb: number }
  >
  /** Animating figures in view (double: the knee twice in each), and what one frame costs. */
  scaling: Record<
    Subject,
    Array<{ figures: number; double: boolean; fpsPerFigure: number; frameMs: number }>
  >
}

const MANY_DRAWN: Record<Subject, string> = {
  ours: `(i) => ['ready', 'error'].includes(document.querySelectorAll('knee-explainer')[i]?.getAttribute('data-state') ?? '')`,
  'model-viewer': `(i) => document.querySelectorAll('model-viewer')[i]?.modelIsVisible === true`,
}

/**
 * bench/pages/many.html, or its twin with each figure a <model-viewer> of the same .glb (written
 * to bench/.out): scroll through, wait for each to draw, then read how many did and the heap.
 */
async function measureMany(browser: Browser, url: string, subject: Subject) {
  let path = '/bench/pages/many.html'
  if (subject === 'model-viewer') {
    const twin = readFileSync(resolve(root, 'bench/pages/many.html'), 'utf8')
      .replace(
        '<script type="module" src="/dist/embed/knee-explainer.js"></script>',
        `<script>self.ModelViewerElement = { meshoptDecoderLocation: '/node_modules/meshoptimizer/meshopt_decoder.cjs' }</script>
    <script type="module" src="/node_modules/@google/model-viewer/dist/model-viewer.min.js"></script>`,
      )
      .replace(
        /<knee-explainer[^>]*><\/knee-explainer>/g,
        '<model-viewer src="/models/knee.glb" camera-controls style="display: block; width: 480px; height: 360px"></model-viewer>',
      )
    mkdirSync(resolve(root, 'bench/.out'), { recursive: true })
    writeFileSync(resolve(root, 'bench/.out/many-model-viewer.html'), twin)
    path = '/bench/.out/many-model-viewer.html'
  }
  const tag = subject === 'ours' ? 'knee-explainer' : 'model-viewer'
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.goto(url + path)
  const start = Date.now()
  const total = await page.locator(tag).count()
  // counted while each is in view: <model-viewer>'s modelIsVisible turns false again off-screen
  let drawn = 0
  for (let i = 0; i < total; i++) {
    await page.locator(tag).nth(i).scrollIntoViewIfNeeded()
    const done = await page
      .waitForFunction(`(${MANY_DRAWN[subject]})(${i})`, null, { timeout: 30_000 })
      .then(() => true)
      .catch(() => false)
    if (
      done &&
      (subject !== 'ours' ||
        (await page.locator(tag).nth(i).getAttribute('data-state')) === 'ready')
    )
      drawn++
  }
  const seconds = (Date.now() - start) / 1000
  const heap = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  )
  await context.close()
  return { total, drawn, failed: total - drawn, seconds, heapMb: heap / 1048576 }
}

/** `n` animating figures in view (bench/pages/grid.html): frames per figure over 5 s. */
async function measureGrid(
  browser: Browser,
  url: string,
  pid: number,
  subject: Subject,
  n: number,
  double: boolean,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(COUNT_FRAMES)
  await page.goto(`${url}/bench/pages/grid.html?subject=${subject}&n=${n}&double=${double ? 1 : 0}`)
  const tag = subject === 'ours' ? 'knee-explainer' : 'model-viewer'
  await page.waitForFunction(
    `(() => { const all = [...document.querySelectorAll('${tag}')]; return all.length === ${n} && all.every((_, i) => (${MANY_DRAWN[subject]})(i)) })()`,
    null,
    { timeout: 120_000 },
  )
  await page.waitForTimeout(1500) // settle: camera flights, first compiles
  const { fps } = await measureWindow(page, pid, 5)
  await context.close()
  const fpsPerFigure = fps / n
  return { figures: n, double, fpsPerFigure, frameMs: fpsPerFigure ? 1000 / fpsPerFigure : NaN }
}

async function withBrowser<T>(fn: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const server = await serveStatic(root)
  const browser = await chromium.launch({
    executablePath: (await findChromium())!,
    args: [...CHROMIUM_ARGS, MARKER],
  })
  try {
    return await fn(browser, server.url)
  } finally {
    await browser.close()
    await server.close()
  }
}

async function openDrawn(
  browser: Browser,
  url: string,
  subject: Subject,
): Promise<{ page: Page; ttff: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  await page.addInitScript(COUNT_FRAMES)
  await page.goto(url + PAGE[subject], { waitUntil: 'commit' })
  await page.waitForFunction(DRAWN[subject], null, { timeout: 120_000, polling: 'raf' })
  const ttff = await page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))),
  )
  return { page, ttff }
}

async function measureWindow(page: Page, pid: number, seconds: number) {
  const frames0 = await page.evaluate(() => (window as unknown as { __frames: number }).__frames)
  const cpu0 = cpuSeconds(pid)
  const t0 = Date.now()
  await page.waitForTimeout(seconds * 1000)
  const elapsed = (Date.now() - t0) / 1000
  const frames1 = await page.evaluate(() => (window as unknown as { __frames: number }).__frames)
  return { fps: (frames1 - frames0) / elapsed, cpu: (cpuSeconds(pid) - cpu0) / elapsed }
}

export async function measureBrowser(runs = 5): Promise<BrowserFigures> {
  return withBrowser(async (browser, url) => {
    const pid = browserPid()
    void browser
    const subjects: Subject[] = ['ours', 'model-viewer']
    const out = {
      timeToFirstFrameMs: {},
      fps: {},
      cpuPerSecond: {},
      heapMb: {},
      renderScaleAnimating: {},
    } as Omit<BrowserFigures, 'manyFigures'>
    for (const subject of subjects) {
      const times: number[] = []
      for (let i = 0; i < runs; i++) {
        const { page, ttff } = await openDrawn(browser, url, subject)
        times.push(ttff)
        await page.context().close()
      }
      out.timeToFirstFrameMs[subject] = Math.round(median(times))
    }
    for (const subject of subjects) {
      const { page } = await openDrawn(browser, url, subject)
      await page.waitForTimeout(1500) // settle: camera flight, first compile
      const animating = await measureWindow(page, pid, 5)
      out.renderScaleAnimating[subject] = await page.evaluate(() => {
        const figure = document.getElementById('figure')!
        const canvas = (figure.shadowRoot ?? figure).querySelector('canvas')
        if (!canvas) return NaN
        const css = canvas.getBoundingClientRect().width * devicePixelRatio
        return css ? Math.round((canvas.width / css) * 100) / 100 : NaN
      })
      if (subject === 'ours')
        await page.evaluate(() =>
          (document.getElementById('figure') as unknown as { pause(): void }).pause(),
        )
      else
        await page.evaluate(() => document.getElementById('figure')!.removeAttribute('auto-rotate'))
      await page.waitForTimeout(1500)
      const paused = await measureWindow(page, pid, 5)
      if (subject === 'ours')
        await page.evaluate(() =>
          (document.getElementById('figure') as unknown as { play(): void }).play(),
        )
      else
        await page.evaluate(() =>
          document.getElementById('figure')!.setAttribute('auto-rotate', ''),
        )
      await page.evaluate(() => scrollTo(0, 2500))
      await page.waitForTimeout(1500)
      const offscreen = await measureWindow(page, pid, 5)
      const heap = await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
            ?.usedJSHeapSize ?? 0,
      )
      out.fps[subject] = { animating: animating.fps, paused: paused.fps, offscreen: offscreen.fps }
      out.cpuPerSecond[subject] = {
        animating: animating.cpu,
        paused: paused.cpu,
        offscreen: offscreen.cpu,
      }
      out.heapMb[subject] = heap / 1048576
      await page.context().close()
    }
    // 24 figures on one long page: scroll through, count how many get drawn, and the heap then
    const manyFigures = {} as BrowserFigures['manyFigures']
    for (const subject of subjects) manyFigures[subject] = await measureMany(browser, url, subject)
    // cost as work grows: 1, 2, 4, 8 animating figures in view, and the knee drawn twice in one
    const scaling = { ours: [], 'model-viewer': [] } as BrowserFigures['scaling']
    for (const subject of subjects) {
      for (const n of [1, 2, 4, 8])
        scaling[subject].push(await measureGrid(browser, url, pid, subject, n, false))
      scaling[subject].push(await measureGrid(browser, url, pid, subject, 1, true))
    }
    return { ...out, manyFigures, scaling }
  })
}
