// `npm run soak`: one autoplaying figure (the standalone embed, dist/embed) bends the knee with
// lateral tracking for --minutes N (default 10) in headless Chromium with software WebGL. Every
// --interval seconds (default 15) it records the JS heap after a forced collection, the frames
// drawn since the last sample, DOM nodes, JS listeners and live WebGL objects; then it writes
// bench/soak.md (table and verdict) and bench/soak.json.
import { chromium } from 'playwright'
import { existsSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './chromium.mjs'
import { serveStatic } from './serve-static.mjs'

const root = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    interval: { type: 'string', default: '15' },
  },
})
const minutes = Number(values.minutes)
const intervalSeconds = Number(values.interval)
if (!(minutes > 0) || !(intervalSeconds > 0)) {
  console.error('Usage: node scripts/soak.mjs [--minutes 10] [--interval 15]')
  process.exit(1)
}
// A flat heap: after the warm-up (the first fifth of the run, while the page's code is optimised
// and caches fill: about 1 MB in the first two minutes), it grows by less than this to the last
// sample, and the second half's slope carried over that stretch stays under it too. The render
// loop creates nothing per frame, so a leak would show as steady growth: 1 MB over 8 minutes is
// 128 KB a minute, at the 5 to 9 frames a second SwiftShader draws here a few hundred bytes a
// frame (a few leaked small objects). Between collections the heap wanders by about 200 KB.
const FLAT_MARGIN_KB = 1024

if (!existsSync(resolve(root, 'dist/embed/knee-explainer.js'))) {
  console.error(
    'No dist/embed/knee-explainer.js: run `npm run build:embed` first (or `npm run soak`).',
  )
  process.exit(1)
}
const executablePath = await findChromium()
if (!executablePath) {
  console.error(HOW_TO_GET_CHROMIUM)
  process.exit(1)
}

// The figure under test: controls and caption on (the slider and caption re-render ten times a
// second while it plays), a highlighted muscle with its outline, a label that follows the kneecap.
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Soak: knee-explainer</title>
    <script type="module" src="/dist/embed/knee-explainer.js"></script>
  </head>
  <body style="margin: 0">
    <knee-explainer
      id="figure"
      loading="eager"
      autoplay
      tracking="lateral"
      highlight="vastus-medialis-oblique"
      labels="patella"
      style="width: 800px"
    ></knee-explainer>
  </body>
</html>`

// Runs in the page before any script: counts frames (one colour clear per frame, as the benchmark
// does) and live WebGL objects (made minus deleted), per kind.
const INSTRUMENT = () => {
  const w = window
  w.__soak = { frames: 0, gl: { buffer: 0, texture: 0, program: 0, vertexArray: 0 } }
  const kinds = {
    buffer: ['createBuffer', 'deleteBuffer'],
    texture: ['createTexture', 'deleteTexture'],
    program: ['createProgram', 'deleteProgram'],
    vertexArray: ['createVertexArray', 'deleteVertexArray'],
  }
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    const clear = proto.clear
    proto.clear = function (mask) {
      if (mask & 0x4000) w.__soak.frames++ // COLOR_BUFFER_BIT
      return clear.call(this, mask)
    }
    for (const [kind, [create, remove]] of Object.entries(kinds)) {
      const make = proto[create]
      const drop = proto[remove]
      if (!make || !drop) continue
      proto[create] = function (...args) {
        const object = make.apply(this, args)
        if (object) w.__soak.gl[kind]++
        return object
      }
      proto[remove] = function (object, ...args) {
        if (object) w.__soak.gl[kind]--
        return drop.call(this, object, ...args)
      }
    }
  }
  // contexts alive now: made and neither lost nor collected (weakly held, so counting keeps none)
  const getContext = HTMLCanvasElement.prototype.getContext
  const contexts = new Set()
  HTMLCanvasElement.prototype.getContext = function (type, ...args) {
    const context = getContext.call(this, type, ...args)
    if (context && /webgl/.test(type) && ![...contexts].some((r) => r.deref() === context))
      contexts.add(new WeakRef(context))
    return context
  }
  w.__liveContexts = () => {
    for (const ref of contexts) if (!ref.deref()) contexts.delete(ref)
    return [...contexts].filter((r) => !r.deref().isContextLost()).length
  }
}

/** Writes a report as `npm run lint` wants it (Prettier aligns the table). */
async function writeFormatted(path, text) {
  const file = resolve(root, path)
  const options = (await prettier.resolveConfig(file)) ?? {}
  writeFileSync(file, await prettier.format(text, { ...options, filepath: file }))
}

const server = await serveStatic(root)
const browser = await chromium.launch({
  executablePath,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
})
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const errors = []
  page.on('pageerror', (error) => errors.push(String(error)))
  await page.addInitScript(INSTRUMENT)
  await page.route(`${server.url}/soak.html`, (route) =>
    route.fulfill({ body: PAGE, contentType: 'text/html; charset=utf-8' }),
  )
  await page.goto(`${server.url}/soak.html`)
  await page.waitForFunction(
    () => document.getElementById('figure')?.getAttribute('data-state') === 'ready',
    null,
    { timeout: 120_000 },
  )
  await page.waitForTimeout(2000) // the first camera flight and shader compiles
  const cdp = await page.context().newCDPSession(page)

  const sample = async () => {
    // gc() is there because of --expose-gc; precise memory info refreshes at most every 50 ms
    const heap = await page.evaluate(async () => {
      gc()
      gc()
      await new Promise((r) => setTimeout(r, 100))
      return performance.memory.usedJSHeapSize
    })
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters')
    const page_ = await page.evaluate(() => ({
      frames: window.__soak.frames,
      contexts: window.__liveContexts(),
      gl: { ...window.__soak.gl },
      state: document.getElementById('figure')?.getAttribute('data-state'),
    }))
    return { heap, nodes, listeners: jsEventListeners, ...page_ }
  }

  const start = Date.now()
  const samples = []
  let previousFrames = 0
  const total = Math.round((minutes * 60) / intervalSeconds)
  for (let i = 0; i <= total; i++) {
    if (i > 0) await page.waitForTimeout(start + i * intervalSeconds * 1000 - Date.now())
    const s = await sample()
    const row = {
      minute: +((Date.now() - start) / 60000).toFixed(2),
      heapKb: Math.round(s.heap / 1024),
      frames: s.frames - previousFrames,
      domNodes: s.nodes,
      jsListeners: s.listeners,
      contexts: s.contexts,
      gl: s.gl,
      state: s.state,
    }
    previousFrames = s.frames
    samples.push(row)
    console.log(
      `${row.minute.toFixed(2)} min  heap ${(row.heapKb / 1024).toFixed(2)} MB  frames +${row.frames}  nodes ${row.domNodes}  listeners ${row.jsListeners}  GL ${JSON.stringify(row.gl)}`,
    )
  }

  // least squares over the second half: the slope of the heap once everything has warmed up
  const half = samples.slice(Math.floor(samples.length / 2))
  const mx = half.reduce((a, s) => a + s.minute, 0) / half.length
  const my = half.reduce((a, s) => a + s.heapKb, 0) / half.length
  const sxx = half.reduce((a, s) => a + (s.minute - mx) ** 2, 0)
  const sxy = half.reduce((a, s) => a + (s.minute - mx) * (s.heapKb - my), 0)
  const slopeKbPerMin = sxx > 0 ? sxy / sxx : 0
  const first = samples[0]
  const last = samples.at(-1)
  const growthKb = last.heapKb - first.heapKb
  const settled = samples[Math.floor((samples.length - 1) / 5)]
  const afterWarmUpKb = last.heapKb - settled.heapKb
  const projectedKb = slopeKbPerMin * (last.minute - settled.minute)
  const framesTotal = samples.slice(1).reduce((a, s) => a + s.frames, 0)
  const fps = framesTotal / ((last.minute - first.minute) * 60)
  // the figure kept drawing in its one context the whole time, with the same GPU objects
  const drewThroughout =
    samples.every((s) => s.state === 'ready' && s.contexts === 1) &&
    samples.slice(1).every((s) => s.frames > 0)
  const glUnchanged = samples.every((s) => JSON.stringify(s.gl) === JSON.stringify(first.gl))
  const flat = afterWarmUpKb < FLAT_MARGIN_KB && projectedKb < FLAT_MARGIN_KB
  const verdict = flat ? 'flat' : 'growing'

  const result = {
    date: new Date().toISOString(),
    browser: `Chromium ${browser.version()} (headless, SwiftShader WebGL)`,
    minutes,
    intervalSeconds,
    flatMarginKb: FLAT_MARGIN_KB,
    verdict,
    heap: {
      firstKb: first.heapKb,
      lastKb: last.heapKb,
      growthKb,
      warmUpEndsAtMinute: settled.minute,
      afterWarmUpKb,
      secondHalfSlopeKbPerMin: +slopeKbPerMin.toFixed(1),
      slopeOverRunAfterWarmUpKb: Math.round(projectedKb),
    },
    fps: +fps.toFixed(1),
    domNodes: { first: first.domNodes, last: last.domNodes },
    jsListeners: { first: first.jsListeners, last: last.jsListeners },
    drewThroughout,
    gl: { first: first.gl, last: last.gl, contexts: last.contexts, unchanged: glUnchanged },
    pageErrors: errors,
    samples,
  }
  await writeFormatted('bench/soak.json', JSON.stringify(result, null, 2))

  // one row a minute keeps the table short; every sample is in soak.json
  const perMinute = Math.max(1, Math.round(60 / intervalSeconds))
  const rows = []
  let framesSinceRow = 0
  samples.forEach((s, i) => {
    framesSinceRow += s.frames
    if (i % perMinute !== 0 && i !== samples.length - 1) return
    rows.push({ ...s, frames: framesSinceRow })
    framesSinceRow = 0
  })
  const signed = (n) => (n >= 0 ? `+${n}` : `${n}`)
  const glText = (gl) => `${gl.buffer} / ${gl.texture} / ${gl.program} / ${gl.vertexArray}`
  const md = `# Soak: one animating figure for ${minutes} minute${minutes === 1 ? '' : 's'}

\`npm run soak\` (\`node scripts/soak.mjs --minutes ${minutes}\`), ${result.date.slice(0, 10)}, ${result.browser}.
One \`<knee-explainer autoplay tracking="lateral">\` from dist/embed with controls, caption, a
highlighted muscle and a label, bending the knee the whole time. A sample every ${intervalSeconds} s:
the JS heap after a forced collection (\`gc()\`, \`--enable-precise-memory-info\`), frames drawn, DOM
nodes and JS listeners (DevTools' counters) and live WebGL objects (made minus deleted). The table
shows one sample a minute; every sample is in [soak.json](soak.json).

| minute | heap (MB) | frames since previous row | DOM nodes | JS listeners | GL buffers / textures / programs / VAOs |
| -----: | --------: | ------------------------: | --------: | -----------: | --------------------------------------- |
${rows.map((s) => `| ${s.minute.toFixed(2)} | ${(s.heapKb / 1024).toFixed(2)} | ${s.frames} | ${s.domNodes} | ${s.jsListeners} | ${glText(s.gl)} |`).join('\n')}

**Verdict: ${verdict}.** Heap ${(first.heapKb / 1024).toFixed(2)} MB at the start, ${(settled.heapKb / 1024).toFixed(2)} MB after the warm-up (minute ${settled.minute.toFixed(2)}), ${(last.heapKb / 1024).toFixed(2)} MB at the end: ${signed(growthKb)} KB over the whole run, ${signed(afterWarmUpKb)} KB after the warm-up. Least-squares slope over the second half: ${slopeKbPerMin.toFixed(1)} KB/min (${signed(Math.round(projectedKb))} KB carried over the run after the warm-up). Flat means both stay under ${FLAT_MARGIN_KB} KB. ${framesTotal} frames (${fps.toFixed(1)} per second); DOM nodes ${first.domNodes} → ${last.domNodes}, JS listeners ${first.jsListeners} → ${last.jsListeners}; WebGL objects ${glUnchanged ? 'the same in every sample' : `changed: ${glText(first.gl)} → ${glText(last.gl)}`}.${drewThroughout ? '' : ' The figure stopped drawing or lost its context during the run.'}${errors.length ? ` Page errors: ${errors.join('; ')}.` : ''}
`
  await writeFormatted('bench/soak.md', md)
  console.log(md)
  if (!flat || !drewThroughout || !glUnchanged) process.exitCode = 1
} finally {
  await browser.close()
  await server.close()
}
