// Encodes a PNG as WebP in headless Chromium (no image library needed): the poster ships as WebP,
// a fifth of the PNG's bytes. `node scripts/webp.mjs in.png out.webp [quality 0-1]`.
import { chromium } from 'playwright'
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs'

/** WebP bytes of a PNG, encoded by the browser's canvas at `quality` (0-1). */
export async function pngToWebp(browser, png, quality = 0.82) {
  const page = await browser.newPage()
  try {
    const dataUrl = await page.evaluate(
      async ({ base64, quality }) => {
        const image = new Image()
        image.src = `data:image/png;base64,${base64}`
        await image.decode()
        const canvas = document.createElement('canvas')
        canvas.width = image.naturalWidth
        canvas.height = image.naturalHeight
        canvas.getContext('2d').drawImage(image, 0, 0)
        return canvas.toDataURL('image/webp', quality)
      },
      { base64: png.toString('base64'), quality },
    )
    if (!dataUrl.startsWith('data:image/webp')) throw new Error('this browser cannot encode WebP')
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
  } finally {
    await page.close()
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [input, output, quality] = process.argv.slice(2)
  if (!input || !output) {
    console.error('usage: node scripts/webp.mjs in.png out.webp [quality 0-1]')
    process.exit(1)
  }
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  })
  try {
    const webp = await pngToWebp(
      browser,
      readFileSync(input),
      quality ? Number(quality) : undefined,
    )
    writeFileSync(output, webp)
    console.log(`saved ${output} (${(webp.length / 1024).toFixed(1)} KB)`)
  } finally {
    await browser.close()
  }
}
