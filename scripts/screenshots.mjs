// `npm run screenshots`: renders the key stories from the built Storybook in headless Chromium
// and saves PNGs under tests/screenshots/ (the README picture and the reference views).
// Run `npm run build-storybook` first.
import { chromium } from 'playwright'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs'
import { serveStatic } from './serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const staticDir = resolve(root, 'storybook-static')
const outDir = resolve(root, 'tests/screenshots')

/** Story id -> file name; `only` filters by a substring given on the command line. */
export const SHOTS = [
  { id: 'scene-kneecanvas--default', file: 'knee-canvas.png' },
  // the model's own views (model-*.png) come from models/preview/sheet.sh, at fixed cameras
  {
    id: 'explainer-kneeexplainer--anatomy-overview',
    file: 'explainer-anatomy.png',
    fullPage: true,
  },
  { id: 'explainer-kneeexplainer--normal-tracking', file: 'explainer-normal.png', fullPage: true },
  {
    id: 'explainer-kneeexplainer--lateral-maltracking',
    file: 'explainer-lateral.png',
    fullPage: true,
  },
  { id: 'explainer-kneeexplainer--vmo-highlighted', file: 'explainer-vmo.png', fullPage: true },
  { id: 'explainer-kneeexplainer--swelling', file: 'explainer-swelling.png', fullPage: true },
  { id: 'explainer-kneeexplainer--dysplasia', file: 'explainer-dysplasia.png', fullPage: true },
  {
    id: 'explainer-kneeexplainer--side-by-side',
    file: 'explainer-side-by-side.png',
    fullPage: true,
  },
  { id: 'explainer-kneeexplainer--skyline', file: 'explainer-skyline.png', fullPage: true },
  { id: 'explainer-kneeexplainer--german', file: 'explainer-german.png', fullPage: true },
  {
    id: 'explainer-kneeexplainer--high-contrast',
    file: 'explainer-high-contrast.png',
    fullPage: true,
  },
  ...[
    'quad-set',
    'quad-set-with-swelling',
    'straight-leg-raise',
    'terminal-knee-extension',
    'wall-sit',
    'mini-squat',
    'clamshell',
    'side-lying-hip-abduction',
    'adductor-squeeze',
  ].map((name) => ({
    id: `exercises-exerciseexplainer--${name}`,
    file: `exercise-${name}.png`,
    fullPage: true,
    // mid-repetition: while the muscles work
    waitForText: { selector: '[data-exercise-status]', text: /Hold|Tighten/ },
  })),
]

if (!existsSync(staticDir)) {
  console.error('No storybook-static/: run `npm run build-storybook` first.')
  process.exit(1)
}
const executablePath = await findChromium()
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM)
  process.exit(1)
}
mkdirSync(outDir, { recursive: true })
const only = process.argv[2]
const server = await serveStatic(staticDir)
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } })
  for (const shot of SHOTS.filter((s) => !only || s.file.includes(only) || s.id.includes(only))) {
    await page.goto(`${server.url}/iframe.html?id=${shot.id}&viewMode=story`)
    page.removeAllListeners('console')
    page.on(
      'console',
      (m) => m.type() === 'error' && console.log('  console error:', m.text().slice(0, 300)),
    )
    const figure = page.locator('[data-knee-canvas]').first()
    await figure.waitFor({ state: 'visible', timeout: 30000 })
    // wait for a drawn frame, and for any model to load and the camera to settle
    await page.waitForFunction(() => document.querySelector('[data-knee-canvas] canvas')?.width > 0)
    await page.waitForTimeout(shot.waitMs ?? 1500)
    if (shot.waitForText) {
      const { selector, text } = shot.waitForText
      await page.waitForFunction(
        ([sel, source]) => new RegExp(source).test(document.querySelector(sel)?.textContent ?? ''),
        [selector, text.source],
        { timeout: 20000 },
      )
      await page.waitForTimeout(600)
    }
    await (shot.fullPage ? page.locator('#storybook-root') : figure).screenshot({
      path: resolve(outDir, shot.file),
    })
    console.log(`saved tests/screenshots/${shot.file}`)
  }
} finally {
  await browser.close()
  await server.close()
}
