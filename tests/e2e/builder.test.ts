// The figure builder (dist/embed/builder.html): a writer picks settings from labelled controls,
// the preview follows, and the snippet it gives renders the same scene on a plain page; the
// share link reopens the builder with the same settings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { resolve } from 'node:path'
import { openSite, root, type Server } from './site'

let browser: Browser
let server: Server

beforeAll(async () => {
  ;({ browser, server } = await openSite())
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

type Scene = Record<string, unknown>
const SCENE_KEYS = [
  'view',
  'tracking',
  'flexionDeg',
  'playing',
  'highlight',
  'labels',
  'compare',
  'xray',
  'trail',
  'forces',
  'contact',
  'exercise',
  'activity',
  'skylineBeam',
  'radiograph',
  'measurements',
] as const

/** The scene an element shows, once it is ready, with its language. */
async function sceneOf(page: Page, selector: string): Promise<Scene> {
  await page.waitForFunction(
    // ready, and not waiting for a language to load (the handle is back)
    (s) => {
      const el = document.querySelector(s) as (HTMLElement & { state: unknown }) | null
      return el?.getAttribute('data-state') === 'ready' && el.state !== null
    },
    selector,
    { timeout: 90_000 },
  )
  return page.evaluate(
    ([s, keys]) => {
      const el = document.querySelector(s!) as HTMLElement & { state: Record<string, unknown> }
      const scene: Record<string, unknown> = {}
      for (const key of keys as readonly string[]) scene[key] = el.state[key]
      scene.lang = el.shadowRoot!.querySelector('figure')!.getAttribute('lang')
      scene.width = getComputedStyle(el).maxWidth
      return scene
    },
    [selector, SCENE_KEYS] as const,
  )
}

describe('the figure builder', { timeout: 180_000 }, () => {
  it('the snippet renders the scene the preview shows; the link reopens the same settings', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    await page.goto(server.url + '/dist/embed/builder.html')
    const form = page.getByRole('form', { name: 'Figure settings' })
    await form.getByLabel('View').selectOption('skyline')
    await form.getByLabel('Kneecap tracking').selectOption('lateral-severe')
    await form.getByLabel('Knee bend (degrees)').fill('35')
    await form.getByLabel('Highlight').selectOption(['vastus-medialis-oblique', 'lateral-pull'])
    await form.getByLabel('Labels').selectOption(['patella'])
    await form.getByLabel('Compare with a normal knee').selectOption('ghost')
    await form.getByLabel('Pull arrows').check()
    await form.getByLabel('See-through muscles').check()
    await form.getByLabel('Daily activity').selectOption('squat')
    await form.getByLabel('Kneecap from below, as an X-ray').selectOption('merchant')
    await form.getByLabel('X-ray look').check()
    await form.getByLabel('The angles clinicians measure').check()
    await form.getByLabel('Language').selectOption('es')
    await form.getByLabel('Largest width (pixels)').fill('640')
    // the preview follows the form; on a loaded machine it can still be catching up
    const expected = {
      view: 'skyline',
      tracking: 'lateral-severe',
      flexionDeg: 35,
      // in the list's order: groups first
      highlight: ['lateral-pull', 'vastus-medialis-oblique'],
      labels: ['patella'],
      compare: 'ghost',
      forces: true,
      xray: true,
      activity: 'squat',
      skylineBeam: 'merchant',
      radiograph: true,
      measurements: true,
      lang: 'es',
      width: '640px',
    }
    await expect
      .poll(() => sceneOf(page, '[data-builder-preview]'), { timeout: 90_000, interval: 500 })
      .toMatchObject(expected)
    const preview = await sceneOf(page, '[data-builder-preview]')
    expect(preview).toMatchObject(expected)
    await page.waitForTimeout(1500) // the camera's flight to the view, for the picture only
    await page.screenshot({ path: resolve(root, 'tests/screenshots/builder-1280x1000.png') })

    // the snippet, on a page of its own
    const snippet = await page.getByRole('textbox', { name: 'Copy this' }).inputValue()
    expect(snippet).toContain('<knee-explainer')
    const article = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    await article.route(server.url + '/article.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="es"><body><h1>Rodilla</h1>${snippet}</body></html>`,
      }),
    )
    await article.goto(server.url + '/article.html')
    expect(await sceneOf(article, 'knee-explainer')).toEqual(preview)

    // the JSX names the same settings
    await page.getByRole('button', { name: 'React / MDX' }).click()
    const jsx = await page.getByRole('textbox', { name: 'Copy this' }).inputValue()
    expect(jsx).toContain('defaultTracking="lateral-severe"')
    expect(jsx).toContain('defaultFlexionDeg={35}')

    // the link reopens the builder with the same settings and preview
    await page.getByRole('button', { name: 'Link to these settings' }).click()
    const link = await page.getByRole('textbox', { name: 'Copy this' }).inputValue()
    const again = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    await again.goto(link)
    expect(await again.getByLabel('Kneecap tracking').inputValue()).toBe('lateral-severe')
    expect(await sceneOf(again, '[data-builder-preview]')).toEqual(preview)
    await Promise.all([page.close(), article.close(), again.close()])
  })

  it('speaks the browser’s language (German here) and switches to Spanish in place', async () => {
    const page = await browser.newPage({ locale: 'de-DE', viewport: { width: 1280, height: 1000 } })
    await page.goto(server.url + '/dist/embed/builder.html?tracking=weak-vmo')
    const form = page.getByRole('form', { name: 'Einstellungen der Abbildung' })
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(await page.title()).toBe('Abbildungs-Baukasten für das Knie')
    expect(await page.locator('h1').textContent()).toBe('Abbildungs-Baukasten für das Knie')
    expect(await form.getByLabel('Lauf der Kniescheibe').inputValue()).toBe('weak-vmo')
    // the figure's language is a setting of its own: still English
    expect(await form.getByLabel('Sprache der Abbildung').inputValue()).toBe('en')

    await page.getByRole('button', { name: 'Español' }).click()
    const spanish = page.getByRole('form', { name: 'Ajustes de la figura' })
    expect(await spanish.getByLabel('Recorrido de la rótula').inputValue()).toBe('weak-vmo')
    expect(await page.locator('h1').textContent()).toBe('Creador de figuras de la rodilla')
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es')
    // a reload keeps the language picked by hand
    expect(new URL(page.url()).searchParams.get('ui')).toBe('es')
    await page.close()
  })

  it("the element's script imports nothing up front: the figure's code loads when it nears the screen", async () => {
    const { readFileSync } = await import('node:fs')
    const entry = readFileSync(resolve(root, 'dist/embed/knee-explainer.js'), 'utf8')
    // only the figure's chunk, loaded when the figure nears the screen: import("./chunks/...")
    expect(entry).not.toMatch(/(^|[;}\s])import\s*[{*\w]/)
    expect(entry).not.toMatch(/from\s*[`"']/)
    expect(entry).toMatch(/import\(\s*[`"']\.\/chunks\/mount-/)
  })
})
