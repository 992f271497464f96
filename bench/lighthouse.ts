// Lighthouse on a phone profile, side by side: the seed article with its <knee-explainer> figures
// and a twin of it with each figure replaced by a <model-viewer> of the same .glb. Lighthouse's
// default (mobile) configuration and throttling; the same Chromium with software WebGL as the
// rest of the bench, started here with a DevTools port.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs'
import { serveStatic } from '../scripts/serve-static.mjs'

const root = resolve(import.meta.dirname, '..')

export type LighthouseFigures = {
  performance: number
  accessibility: number
  bestPractices: number
  tbtMs: number
  lcpMs: number
  fcpMs: number
  cls: number
}

/**
 * The article's twin: every <knee-explainer> becomes a <model-viewer> of models/knee.glb with the
 * same description, and the embed's script tag becomes model-viewer's (meshopt decoded from this
 * origin, as in bench/pages/model-viewer.html). A <base> keeps the article's own links working.
 */
function writeModelViewerTwin(): string {
  const article = readFileSync(resolve(root, 'examples/article.html'), 'utf8')
  let figures = 0
  const twin = article
    .replace(
      /<script type="module" src="\.\.\/dist\/embed\/knee-explainer\.js"[^>]*><\/script>/,
      `<base href="/examples/" />
    <script>
      self.ModelViewerElement = {
        meshoptDecoderLocation: '/node_modules/meshoptimizer/meshopt_decoder.cjs',
      }
    </script>
    <script type="module" src="/node_modules/@google/model-viewer/dist/model-viewer.min.js"></script>`,
    )
    .replace(/<knee-explainer([^>]*)><\/knee-explainer>/g, (_all, attributes: string) => {
      figures++
      const alt = /\balt="([^"]*)"/.exec(attributes)?.[1] ?? 'A 3D model of the knee'
      return `<model-viewer src="/models/knee.glb" alt="${alt}" camera-controls style="display: block; width: 100%; aspect-ratio: 4 / 3"></model-viewer>`
    })
  if (!figures || !twin.includes('model-viewer.min.js'))
    throw new Error('examples/article.html changed shape: the model-viewer twin could not be made')
  const dir = resolve(root, 'bench/.out')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'article-model-viewer.html'), twin)
  return '/bench/.out/article-model-viewer.html'
}

async function startChromium(): Promise<{
  port: number
  process: ChildProcess
  close(): Promise<void>
}> {
  const profile = mkdtempSync(join(tmpdir(), 'knee-lighthouse-'))
  const child = spawn(
    (await findChromium())!,
    [
      ...CHROMIUM_ARGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // Chromium prints "DevTools listening on ws://127.0.0.1:PORT/..." once it is up
  const port = await new Promise<number>((resolvePort, reject) => {
    let text = ''
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 30_000)
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text)
      if (match) {
        clearTimeout(timer)
        resolvePort(Number(match[1]))
      }
    })
    child.on('exit', () => reject(new Error('Chromium exited before it was ready')))
  })
  return {
    port,
    process: child,
    async close() {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill()
      await exited
      rmSync(profile, { recursive: true, force: true, maxRetries: 5 })
    },
  }
}

async function audit(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  })
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
  const { categories, audits, runtimeError } = result.lhr
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.message}`)
  const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100)
  const value = (id: string) => audits[id]?.numericValue ?? NaN
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    tbtMs: value('total-blocking-time'),
    lcpMs: value('largest-contentful-paint'),
    fcpMs: value('first-contentful-paint'),
    cls: value('cumulative-layout-shift'),
  }
}

/** The run with the median performance score of `runs`, for the article and its twin. */
export async function measureLighthouse(
  runs = 3,
): Promise<Record<'ours' | 'model-viewer', LighthouseFigures>> {
  const twin = writeModelViewerTwin()
  const server = await serveStatic(root)
  const chromium = await startChromium()
  try {
    const pages = { ours: '/examples/article.html', 'model-viewer': twin } as const
    const out = {} as Record<'ours' | 'model-viewer', LighthouseFigures>
    for (const [subject, path] of Object.entries(pages) as Array<[keyof typeof pages, string]>) {
      const results: LighthouseFigures[] = []
      for (let i = 0; i < runs; i++) results.push(await audit(server.url + path, chromium.port))
      results.sort((a, b) => a.performance - b.performance || a.tbtMs - b.tbtMs)
      out[subject] = results[Math.floor(results.length / 2)]!
    }
    return out
  } finally {
    await chromium.close()
    await server.close()
  }
}
