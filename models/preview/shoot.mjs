// Dev tool: `node models/preview/shoot.mjs OUT.png '{"url":"/models/knee.glb",...}' [...more]`
// bundles page.ts, serves the repository and saves one PNG per shot (headless Chromium).
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'
import { serveStatic } from '../../scripts/serve-static.mjs'

const root = resolve(import.meta.dirname, '../..')
const outDir = resolve(root, 'node_modules/.cache/model-preview')
mkdirSync(outDir, { recursive: true })
await build({
  entryPoints: [resolve(import.meta.dirname, 'page.ts')],
  bundle: true,
  format: 'esm',
  outfile: resolve(outDir, 'page.js'),
  logLevel: 'error',
})
writeFileSync(
  resolve(outDir, 'index.html'),
  '<!doctype html><body style="margin:0"><script type="module" src="page.js"></script>',
)
const server = await serveStatic(root)
const browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS })
const args = process.argv.slice(2)
for (let i = 0; i < args.length; i += 2) {
  const out = args[i]
  const shot = JSON.parse(args[i + 1])
  const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
  page.on('console', (m) => m.type() === 'error' && console.error(m.text()))
  await page.goto(
    `${server.url}/node_modules/.cache/model-preview/index.html#${encodeURIComponent(JSON.stringify(shot))}`,
  )
  await page.waitForFunction(() => window.done === true, null, { timeout: 120000 })
  const title = await page.title()
  if (title.startsWith('error')) console.error(out, title)
  await page.locator('canvas').screenshot({ path: out })
  await page.close()
  console.log('saved', out)
}
await browser.close()
await server.close()
