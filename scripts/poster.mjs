// `npm run poster`: renders the figure's default view from the real model in headless Chromium
// (the built Storybook's Poster story) and saves models/knee-poster.webp, the image the custom
// element shows before it loads and wherever WebGL is missing (WebP: a fifth of the PNG's bytes,
// and it is the first image a phone downloads). Run `npm run build-storybook` first.
import { chromium } from 'playwright'
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs'
import { serveStatic } from './serve-static.mjs'
import { pngToWebp } from './webp.mjs'

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
  const webp = await pngToWebp(browser, await figure.screenshot())
  writeFileSync(resolve(root, 'models/knee-poster.webp'), webp)
  console.log(`saved models/knee-poster.webp (${(webp.length / 1024).toFixed(1)} KB)`)
} finally {
  await browser.close()
  await server.close()
}
