// The script-tag build on real pages in headless Chromium: the example article, lazy loading,
// the page's own scrolling, and bad input. Builds dist/embed first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { resolve } from 'node:path'
import { launchChromium, openSite, root, type Server } from './site'

let browser: Browser
let server: Server

beforeAll(async () => {
  ;({ browser, server } = await openSite())
}, 120_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(path: string, viewport = { width: 1000, height: 800 }) {
  const page = await browser.newPage({ viewport })
  const requests: string[] = []
  const consoleErrors: string[] = []
  const consoleWarnings: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text())
    if (m.type() === 'warning') consoleWarnings.push(m.text())
  })
  page.on('pageerror', (e) => consoleErrors.push(e.message))
  await page.goto(server.url + path)
  return { page, requests, consoleErrors, consoleWarnings }
}

const state = (page: Page, selector: string) => page.locator(selector).getAttribute('data-state')

/** The words a failed figure shows its reader (they load with the figure's code: wait for them). */
async function shownMessage(page: Page, selector: string) {
  const message = (s: string) =>
    document.querySelector(s)?.shadowRoot?.querySelector('.message')?.textContent ?? ''
  await page.waitForFunction(message, selector, { timeout: 60_000 })
  return page.evaluate(message, selector)
}

type ErrorDetail = { reason: string; message: string }
/** Collects the page's figures' error events from the start (window.kneeErrors). */
const collectErrors = () => {
  const errors: unknown[] = ((window as unknown as { kneeErrors: unknown[] }).kneeErrors = [])
  document.addEventListener(
    'error',
    (e: Event) => {
      const detail = (e as CustomEvent).detail
      if (detail) errors.push(detail)
    },
    true,
  )
}
const errorsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { kneeErrors: ErrorDetail[] }).kneeErrors)

describe('the plain HTML example article', { timeout: 120_000 }, () => {
  it('renders every figure from the built script with no console errors and no request outside its origin', async () => {
    const { page, requests, consoleErrors, consoleWarnings } = await open('/examples/article.html')
    const figures = page.locator('knee-explainer')
    expect(await figures.count()).toBe(4)
    for (let i = 0; i < 4; i++) {
      await figures.nth(i).scrollIntoViewIfNeeded()
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('knee-explainer')[n]?.getAttribute('data-state') === 'ready',
        i,
        {
          timeout: 60_000,
        },
      )
    }
    expect(consoleErrors).toEqual([])
    // nor warnings: three.js's Clock deprecation notice, once per figure, is kept out too
    expect(consoleWarnings).toEqual([])
    const origin = new URL(server.url).origin
    const foreign = requests.filter(
      (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
    )
    expect(foreign).toEqual([])
    // the model and the figure's code came from this origin
    expect(requests.some((u) => u.endsWith('/dist/embed/knee.glb'))).toBe(true)
    // host CSS does not reach inside: the figure's canvas has no red 10px border from article.css
    const border = await page.evaluate(() => {
      // the figure in view (figures far off-screen give their canvas back)
      const el = document.querySelectorAll('knee-explainer')[2]!
      const canvas = el.shadowRoot!.querySelector('canvas')!
      return getComputedStyle(canvas).borderTopWidth
    })
    expect(border).toBe('0px')
    // accessibility: axe-core finds no violations on the article with its figures loaded
    await page.addScriptTag({ path: resolve(root, 'node_modules/axe-core/axe.min.js') })
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (c?: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }>
          }
        }
      ).axe
      const result = await axe.run(document)
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
    })
    expect(violations).toEqual([])
    await page.close()
  })

  it('leaves the page scrolling to the page: the wheel over a figure scrolls', async () => {
    const { page } = await open('/examples/article.html')
    const figure = page.locator('knee-explainer').first()
    await page.waitForFunction(
      () => document.querySelector('knee-explainer')?.getAttribute('data-state') === 'ready',
      null,
      {
        timeout: 60_000,
      },
    )
    const box = (await figure.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 3)
    const before = await page.evaluate(() => scrollY)
    await page.mouse.wheel(0, 500)
    // the scroll lands when the page gets to it (later on a loaded machine): wait for it, then
    // check; a figure that swallowed the wheel leaves scrollY where it was and this fails
    await page
      .waitForFunction((from) => scrollY > from + 200, before, { timeout: 20_000 })
      .catch(() => undefined)
    const after = await page.evaluate(() => scrollY)
    expect(after).toBeGreaterThan(before + 200)
    await page.close()
  })
})

describe('lazy loading', { timeout: 120_000 }, () => {
  it('fetches nothing heavy until the figure nears the viewport, then loads it', async () => {
    const { page, requests } = await open('/tests/e2e/fixtures/lazy.html')
    await page.waitForTimeout(1500)
    const heavy = (list: string[]) => list.filter((u) => /\/chunks\/mount-|knee\.glb/.test(u))
    expect(heavy(requests)).toEqual([])
    // the poster shows meanwhile, as a real image with alt text
    const alt = await page.evaluate(
      () => document.querySelector('#far')!.shadowRoot!.querySelector('img')!.alt,
    )
    expect(alt).toBe('A knee far down the page')
    await page.locator('#far').scrollIntoViewIfNeeded()
    await page.waitForFunction(
      () => document.querySelector('#far')?.getAttribute('data-state') === 'ready',
      null,
      { timeout: 60_000 },
    )
    expect(heavy(requests).length).toBeGreaterThanOrEqual(2)
    // the model was preloaded alongside the code and that one download was used: no second fetch
    expect(requests.filter((u) => u.endsWith('/knee.glb'))).toHaveLength(1)
    expect(
      await page.evaluate(
        () => document.querySelectorAll('link[rel="preload"][as="fetch"]').length,
      ),
    ).toBe(1)
    await page.close()
  })
})

describe('bad input', { timeout: 120_000 }, () => {
  it('shows the poster with a short message and fires error; the host page keeps working', async () => {
    const { page, consoleErrors } = await open('/tests/e2e/fixtures/bad.html')
    // each figure meets its fault when it comes near the viewport (a model loads only then)
    for (const id of ['tracking', 'highlight', 'missing', 'notgltf', 'script']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded()
      await page.waitForFunction(
        (i) => document.getElementById(i)?.getAttribute('data-state') === 'error',
        id,
        {
          timeout: 60_000,
        },
      )
    }
    const errors = await errorsOf(page)
    // the reader gets plain words (the page is in English)...
    const setting = /has a setting it does not understand, so it shows a picture instead/
    expect(await shownMessage(page, '#tracking')).toMatch(setting)
    expect(await shownMessage(page, '#highlight')).toMatch(setting)
    expect(await shownMessage(page, '#script')).toMatch(setting)
    expect(await shownMessage(page, '#missing')).toMatch(
      /^The knee model could not be downloaded\. Check your connection/,
    )
    expect(await shownMessage(page, '#notgltf')).toMatch(/damaged or is not a 3D model/)
    for (const id of ['tracking', 'highlight', 'missing', 'notgltf', 'script'])
      expect(await shownMessage(page, `#${id}`)).not.toMatch(/sideways|not-a-muscle|404|glTF|http/)
    // ...and the site's developer the detail, in the event
    const details = errors.map((e) => e.message)
    for (const detail of [
      /tracking="sideways" is not a known tracking/,
      /unknown structure ids: not-a-muscle/,
      /could not be downloaded \(404/,
      /not a glTF/,
      /model-src must be an http\(s\)/,
    ])
      expect(details.filter((d) => detail.test(d))).toHaveLength(1)
    expect(errors.map((e) => e.reason).sort()).toEqual([
      'invalid-attribute',
      'invalid-attribute',
      'invalid-attribute',
      'model',
      'model',
    ])
    for (const id of ['tracking', 'highlight', 'missing', 'notgltf', 'script']) {
      expect(await state(page, `#${id}`)).toBe('error')
      const posterShown = await page.evaluate((i) => {
        const img = document.getElementById(i)!.shadowRoot!.querySelector('img')!
        return img.getBoundingClientRect().height > 100
      }, id)
      expect(posterShown).toBe(true)
    }
    await page.click('#host-button')
    expect(consoleErrors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([])
    await page.close()
  })
})

describe('a figure in another language', { timeout: 120_000 }, () => {
  it("tells the reader in its language and the site's developer in English, once per problem", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
    const consoleWarnings: string[] = []
    page.on('console', (m) => m.type() === 'warning' && consoleWarnings.push(m.text()))
    await page.addInitScript(collectErrors)
    // an English page: the figure's lang attribute picks its language
    await page.route(server.url + '/spanish-figure.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8" />
          <link rel="icon" href="data:," />
          <script type="module" src="/dist/embed/knee-explainer.js"></script></head>
          <body><knee-explainer id="es" lang="es" flexion="abc"></knee-explainer></body></html>`,
      }),
    )
    await page.goto(server.url + '/spanish-figure.html')
    const message = await shownMessage(page, '#es')
    expect(message).toBe(
      'Esta figura tiene un ajuste que no entiende, así que muestra una imagen en su lugar. Quien ha creado la página puede ver los detalles en la consola del navegador.',
    )
    const errors = await errorsOf(page)
    expect(errors).toEqual([
      { reason: 'invalid-attribute', message: 'flexion="abc" is not a number of degrees.' },
    ])
    expect(consoleWarnings.filter((w) => w.includes('flexion="abc"'))).toHaveLength(1)
    // the same problem again (another attribute changes) is not reported again
    await page.evaluate(() => document.getElementById('es')!.setAttribute('alt', 'Una rodilla'))
    await page.waitForTimeout(300)
    expect(await errorsOf(page)).toHaveLength(1)
    expect(consoleWarnings.filter((w) => w.includes('flexion="abc"'))).toHaveLength(1)
    expect(await state(page, '#es')).toBe('error')
    expect(
      await page.evaluate(
        () =>
          document.getElementById('es')!.shadowRoot!.querySelector('img')!.getBoundingClientRect()
            .height,
      ),
    ).toBeGreaterThan(100)
    await page.close()
  })
})

describe('no WebGL at all', { timeout: 120_000 }, () => {
  it('keeps the poster, says why, and fires error with reason no-webgl', async () => {
    const noGl = await launchChromium(['--disable-3d-apis'])
    try {
      const page = await noGl.newPage()
      await page.addInitScript(collectErrors)
      await page.goto(server.url + '/examples/article.html')
      await page.waitForFunction(
        () => document.querySelector('knee-explainer')?.getAttribute('data-state') === 'error',
        null,
        {
          timeout: 30_000,
        },
      )
      const message = await shownMessage(page, 'knee-explainer')
      const figure = await page.evaluate(() => {
        const root = document.querySelector('knee-explainer')!.shadowRoot!
        return {
          posterAlt: root.querySelector('img')!.alt,
          posterHeight: root.querySelector('img')!.getBoundingClientRect().height,
        }
      })
      // plain words for the reader; the technical term is for the site's developer
      expect(message).toMatch(/^This browser cannot show 3D figures/)
      expect(message).not.toMatch(/WebGL/)
      const first = (await errorsOf(page))[0]!
      expect(first.reason).toBe('no-webgl')
      expect(first.message).toMatch(/no WebGL/)
      expect(figure.posterAlt).toMatch(/knee/i)
      expect(figure.posterHeight).toBeGreaterThan(100)
      // the article's text still teaches
      expect(await page.locator('h2').count()).toBeGreaterThan(2)
    } finally {
      await noGl.close()
    }
  })
})

describe('strict Content Security Policy', { timeout: 120_000 }, () => {
  // What README promises: scripts from the site only, no eval or inline script. The meshopt
  // geometry decoder is WebAssembly, which needs 'wasm-unsafe-eval'; the figure's styles are
  // <style> elements inside its shadow root, which need style-src 'unsafe-inline'.
  const policy = [
    "default-src 'none'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ')

  it('the example article works under it and reports no violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
    const problems: string[] = []
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    page.on('pageerror', (e) => problems.push(e.message))
    await page.route('**/examples/article.html', async (route) => {
      const response = await route.fetch()
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      })
    })
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = [])
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await page.goto(server.url + '/examples/article.html')
    const figures = page.locator('knee-explainer')
    for (let i = 0; i < (await figures.count()); i++) {
      await figures.nth(i).scrollIntoViewIfNeeded()
      await page.waitForFunction(
        (n) =>
          document.querySelectorAll('knee-explainer')[n]?.getAttribute('data-state') === 'ready',
        i,
        { timeout: 60_000 },
      )
    }
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    )
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    // the policy really applied: an inline script on this page is refused
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.inlineRan = true'
      document.head.append(script)
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true
    })
    expect(inlineRan).toBe(false)
    await page.close()
  })
  it("without 'wasm-unsafe-eval' the figure keeps its poster, tells the reader in plain words and the site what it must allow", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } })
    const warnings: string[] = []
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()))
    await page.addInitScript(collectErrors)
    await page.route('**/examples/article.html', async (route) => {
      const response = await route.fetch()
      const strict = policy.replace(" 'wasm-unsafe-eval'", '')
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': strict },
      })
    })
    await page.goto(server.url + '/examples/article.html')
    await page.waitForFunction(
      () => document.querySelector('knee-explainer')?.getAttribute('data-state') === 'error',
      null,
      { timeout: 60_000 },
    )
    const message = await shownMessage(page, 'knee-explainer')
    const poster = await page.evaluate(
      () =>
        document
          .querySelector('knee-explainer')!
          .shadowRoot!.querySelector('img')
          ?.getBoundingClientRect().height ?? 0,
    )
    expect(message).toBe("This site's security settings block the 3D model.")
    expect(poster).toBeGreaterThan(100)
    // what the site must allow: in the event and once per failed figure in the console
    const blocked = /security policy blocks WebAssembly.*'wasm-unsafe-eval'/
    const errors = (await errorsOf(page)).filter((e) => blocked.test(e.message))
    expect(errors.length).toBeGreaterThanOrEqual(1)
    expect(errors.every((e) => e.reason === 'model')).toBe(true)
    const failed = await page.evaluate(
      () => document.querySelectorAll('knee-explainer[data-state="error"]').length,
    )
    expect(warnings.filter((w) => blocked.test(w))).toHaveLength(failed)
    await page.close()
  })
})

describe('built files', () => {
  it('ship a licence list of everything bundled into the standalone script', async () => {
    const { readFileSync } = await import('node:fs')
    const list = readFileSync(resolve(root, 'dist/embed/LICENSES.txt'), 'utf8')
    for (const name of ['react', 'three', '@react-three/fiber', 'scheduler']) {
      expect(list).toMatch(new RegExp(`^${name.replace('/', '\\/')}@[\\d.]+ \\(MIT\\)$`, 'm'))
    }
    // the element renders its DOM with src/embed/domRenderer.ts, not react-dom
    expect(list).not.toMatch(/^react-dom@/m)
    expect(list).not.toMatch(/\(UNKNOWN\)/)
    // every package says something under its name (r3f ships no licence file)
    expect(list).not.toMatch(/\)\n\s*\n-{72}/)
  })

  it('contain no eval or new Function (strict Content-Security-Policy friendly)', async () => {
    const { readdirSync, readFileSync, statSync } = await import('node:fs')
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = resolve(dir, f)
        return statSync(path).isDirectory() ? files(path) : f.endsWith('.js') ? [path] : []
      })
    const offenders = files(resolve(root, 'dist/embed')).filter((f) =>
      /\beval\(|new Function\(/.test(readFileSync(f, 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('leave out react-dom and the renderer parts the figure never uses (WebXR, environment and shadow maps)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const chunks = resolve(root, 'dist/embed/chunks')
    const figure = readdirSync(chunks)
      .filter((f) => f.startsWith('mount-'))
      .map((f) => readFileSync(resolve(chunks, f), 'utf8'))
      .join('\n')
    expect(figure.length).toBeGreaterThan(100_000)
    // a line of each, as three.js and react-dom write them (see vite.embed.config.ts)
    for (const [part, text] of [
      ['the WebXR manager', 'Cannot change framebuffer scale while presenting'],
      ['the PMREM generator', 'PMREMGenerator'],
      ['the shadow map', 'shadow_pass'],
      ['react-dom', '"react-dom"'],
    ] as const)
      expect(figure.includes(text), part).toBe(false)
    // the stand-in says where shadows went if a later change turns them on
    expect(figure).toContain('the standalone figure has no shadow maps')
  })

  it('load the exercise catalogue and the structures’ descriptions only when a figure asks', async () => {
    const { readdirSync, readFileSync } = await import('node:fs')
    const chunks = resolve(root, 'dist/embed/chunks')
    const text = (prefix: string) =>
      readdirSync(chunks)
        .filter((f) => f.startsWith(prefix))
        .map((f) => readFileSync(resolve(chunks, f), 'utf8'))
        .join('\n')
    // a step of an exercise and a structure's description, as the catalogues write them
    const step = 'Slide your back down the wall until your knees are bent'
    const description = 'The ring of bone at the base of the spine'
    expect(text('mount-')).not.toContain(step)
    expect(text('mount-')).not.toContain(description)
    expect(text('exerciseData-')).toContain(step)
    expect(text('structureDescriptions-')).toContain(description)
  })
})
