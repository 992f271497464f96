// The <knee-explainer> element from the built script, feature by feature: each attribute sets what
// `state` reports and changes what the figure shows, `statechange` and `structureselect` fire
// with their documented detail, and the methods work. Removing any attribute's handling from the
// element turns a test here red (checked by hand once per attribute).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { openSite, root, type Server } from './site'

let browser: Browser
let server: Server
let page: Page

type State = Record<string, unknown>
type KneeEvent = { type: string; detail: { state?: State; id?: string } }

beforeAll(async () => {
  ;({ browser, server } = await openSite())
  page = await browser.newPage({ viewport: { width: 800, height: 700 } })
  await page.goto(server.url + '/tests/e2e/fixtures/element.html')
  await page.waitForFunction(
    () => document.getElementById('knee')?.getAttribute('data-state') === 'ready',
    undefined,
    { timeout: 90_000 },
  )
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const state = () =>
  page.evaluate(() => (document.getElementById('knee') as unknown as { state: State }).state)
const events = () =>
  page.evaluate(() => (window as unknown as { kneeEvents: KneeEvent[] }).kneeEvents)
const setAttribute = (name: string, value: string) =>
  page.evaluate(([n, v]) => document.getElementById('knee')!.setAttribute(n!, v!), [name, value])
const call = (method: string, ...args: string[]) =>
  page.evaluate(
    ([m, a]) =>
      (document.getElementById('knee') as unknown as Record<string, (...x: string[]) => void>)[
        m as string
      ]!(...(a as string[])),
    [method, args] as const,
  )

/** Waits until `state` satisfies `check` (polling the element, not the clock). */
async function stateWhere(check: (s: State) => boolean): Promise<State> {
  for (let i = 0; i < 200; i++) {
    const s = await state()
    if (s && check(s)) return s
    await page.waitForTimeout(50)
  }
  throw new Error(`state never matched; last: ${JSON.stringify(await state())}`)
}

/** A screenshot of the element once two in a row agree (the figure has stopped drawing). */
async function stillShot(): Promise<Buffer> {
  let previous = await page.locator('#knee').screenshot()
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(150)
    const shot = await page.locator('#knee').screenshot()
    if (shot.equals(previous)) return shot
    previous = shot
  }
  return previous
}

describe('<knee-explainer> attributes', { timeout: 120_000 }, () => {
  it('every attribute at load sets what state reports', async () => {
    const s = await state()
    expect(s).toMatchObject({
      tracking: 'lateral-moderate',
      flexionDeg: 35,
      highlight: ['vastus-medialis-oblique'],
      view: 'lateral',
      labels: ['patella'],
      side: 'left',
      playing: false,
    })
  })

  // each change: state follows, the figure looks different, and statechange carries the state
  const changes: Array<[string, string, (s: State) => boolean]> = [
    ['flexion', '80', (s) => s.flexionDeg === 80],
    ['tracking', 'normal', (s) => s.tracking === 'normal'],
    ['highlight', 'iliotibial-band', (s) => (s.highlight as string[])[0] === 'iliotibial-band'],
    ['view', 'anterior', (s) => s.view === 'anterior'],
    ['labels', 'patella vastus-lateralis', (s) => (s.labels as string[]).length === 2],
    ['side', 'right', (s) => s.side === 'right'],
  ]
  for (const [name, value, check] of changes) {
    it(`changing ${name} after load updates state, the picture and statechange`, async () => {
      const before = await stillShot()
      const heard = (await events()).length
      await setAttribute(name, value)
      await stateWhere(check)
      const after = await stillShot()
      expect(after.equals(before), `${name}: the figure looks the same`).toBe(false)
      const fired = (await events()).slice(heard).filter((e) => e.type === 'statechange')
      expect(fired.length).toBeGreaterThan(0)
      expect(check(fired.at(-1)!.detail.state!)).toBe(true)
    })
  }

  it('autoplay, play() and pause(): the loop moves the reported flexion, pause holds it', async () => {
    await setAttribute('autoplay', '')
    await stateWhere((s) => s.playing === true)
    const first = (await state()).flexionDeg
    const moved = await stateWhere((s) => s.flexionDeg !== first)
    expect(moved.playing).toBe(true)
    // statechange publishes the animated pose while playing
    const flexions = (await events())
      .filter((e) => e.type === 'statechange')
      .map((e) => e.detail.state!.flexionDeg)
    expect(new Set(flexions.slice(-5)).size).toBeGreaterThan(1)
    await call('pause')
    const paused = await stateWhere((s) => s.playing === false)
    const held = await stillShot()
    expect(await stillShot()).toEqual(held)
    expect((await state()).flexionDeg).toBe(paused.flexionDeg)
    await call('play')
    await stateWhere((s) => s.playing === true)
    await call('pause')
    await stateWhere((s) => s.playing === false)
  })

  it('setView() flies to a view', async () => {
    await call('setView', 'medial')
    await stateWhere((s) => s.view === 'medial')
  })

  it('structureselect fires with the picked id (the structure list, a keyboard path)', async () => {
    const heard = (await events()).length
    await page.evaluate(() => {
      const buttons = [
        ...document
          .getElementById('knee')!
          .shadowRoot!.querySelectorAll('.knee-structure-list button'),
      ] as HTMLButtonElement[]
      buttons.find((b) => /kneecap|patella/i.test(b.textContent ?? ''))!.click()
    })
    const s = await stateWhere((x) => x.selected === 'patella')
    expect(s.highlight).toEqual(['patella'])
    const selects = (await events()).slice(heard).filter((e) => e.type === 'structureselect')
    expect(selects.map((e) => e.detail)).toEqual([{ id: 'patella' }])
  })

  it('an attribute changed while the figure waits for its language still applies', async () => {
    // the German chunk comes late, so the figure is without its handle for a while
    await page.route('**/chunks/de-*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 2000))
      await route.continue()
    })
    try {
      await setAttribute('lang', 'de')
      await page.waitForFunction(
        () => (document.getElementById('knee') as unknown as { state: unknown }).state === null,
        undefined,
        { timeout: 10_000 },
      )
      await setAttribute('highlight', 'patella, patellar-tendon')
      const s = await stateWhere((x) => Array.isArray(x.highlight) && x.highlight.length === 2)
      expect(s.highlight).toEqual(['patella', 'patellar-tendon'])
      // the new language's figure draws on a new canvas; the old canvas giving its context back
      // is no loss to tell the reader of (it once put 'lost its graphics context' over the figure)
      await page.waitForTimeout(3000)
      const problem = await page.evaluate(
        () =>
          document.getElementById('knee')!.shadowRoot!.querySelector('[data-knee-problem]')
            ?.textContent ?? null,
      )
      expect(problem).toBeNull()
    } finally {
      await page.unroute('**/chunks/de-*.js')
    }
  })
})
