// Dev tool: `node models/preview/sheet.mjs OUT.png ROW [ROW...]`, each ROW a comma-separated list
// of PNG paths: lays the images side by side at one height, rows stacked, and saves the sheet
// (headless Chromium, as the model views are rendered; no ImageMagick needed).
import { chromium } from 'playwright'
import { readFileSync } from 'node:fs'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'

const HEIGHT = 420
const [out, ...rows] = process.argv.slice(2)
if (!out || rows.length === 0) {
  console.error('usage: node models/preview/sheet.mjs OUT.png a.png,b.png [c.png,d.png ...]')
  process.exit(1)
}
const img = (path) =>
  `<img style="height:${HEIGHT}px;display:block" src="data:image/png;base64,${readFileSync(path).toString('base64')}">`
const html = `<!doctype html><body style="margin:0;background:#fff">${rows
  .map(
    (row) =>
      `<div style="display:flex;width:max-content">${row.split(',').map(img).join('')}</div>`,
  )
  .join('')}</body>`
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
try {
  const page = await browser.newPage({
    viewport: { width: 800, height: HEIGHT },
    deviceScaleFactor: 1,
  })
  await page.setContent(html)
  await page.evaluate(() => Promise.all([...document.images].map((i) => i.decode())))
  const { width, height } = await page.evaluate(() => ({
    width: Math.max(...[...document.body.children].map((r) => r.scrollWidth)),
    height: document.body.scrollHeight,
  }))
  await page.setViewportSize({ width, height })
  await page.screenshot({ path: out, clip: { x: 0, y: 0, width, height } })
  console.log('saved', out)
} finally {
  await browser.close()
}
