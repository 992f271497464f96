// `npm run poster`: renders the figure's default view from the real model in headless Chromium
// (the built Storybook's Poster story) and saves models/knee-poster.png, the image the custom
// element shows before it loads and wherever WebGL is missing. Run `npm run build-storybook` first.
import { chromium } from 'playwright'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs'
import { serveStatic } from './serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const staticDir = resolve(root, 'storybook-static')
if (!existsSync(staticDir)) {
  console.error('No storybook-static/: run `npm run build-storybook` first.')
  process.exit(1)
}
const executablePath = await findChromium()
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM)
  process.exit(1)
}
const server = await serveStatic(staticDir)
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    viewport: { width: 760, height: 620 },
    deviceScaleFactor: 1,
  })
  await page.goto(`${server.url}/iframe.html?id=explainer-kneeexplainer--poster&viewMode=story`)
  const figure = page.locator('[data-knee-canvas]').first()
  await figure.waitFor({ state: 'visible', timeout: 30000 })
  await page.waitForTimeout(2500)
  await figure.screenshot({ path: resolve(root, 'models/knee-poster.png') })
  console.log('saved models/knee-poster.png')
} finally {
  await browser.close()
  await server.close()
}
