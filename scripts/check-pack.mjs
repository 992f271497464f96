// `npm run check:pack`: packs the library as npm would publish it, then checks that the tarball's
// root entry (1) imports and server-renders in plain Node without a window and (2) bundles for the
// browser with Vite. Peers come from this checkout's node_modules.
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
  rmSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'knee-pack-'))
try {
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
    cwd: root,
  })
    .toString()
    .trim()
    .split('\n')
    .pop()
  const modules = join(work, 'node_modules')
  mkdirSync(join(modules, 'knee-explainer'), { recursive: true })
  execFileSync('tar', [
    '-xzf',
    join(work, tarball),
    '-C',
    join(modules, 'knee-explainer'),
    '--strip-components=1',
  ])
  // the knee model is CC BY 4.0 (modified): its credits ship with it (models/sources/ATTRIBUTION.md)
  const attribution = readFileSync(
    join(modules, 'knee-explainer', 'models/sources/ATTRIBUTION.md'),
    'utf8',
  )
  for (const credit of [
    'CC BY 4.0',
    'Modified',
    '10.1038/s41597-022-01905-2',
    '10.48539/HBM445.ZKHR.632',
  ])
    if (!attribution.includes(credit)) throw new Error(`the packed model credits lack "${credit}"`)
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === 'knee-explainer' || name.startsWith('.')) continue
    symlinkSync(join(root, 'node_modules', name), join(modules, name))
  }
  writeFileSync(join(work, 'package.json'), JSON.stringify({ type: 'module', private: true }))

  // 1. plain Node: import and server-render, with no window defined
  writeFileSync(
    join(work, 'ssr.mjs'),
    `import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import * as lib from 'knee-explainer'
if (typeof window !== 'undefined') throw new Error('window exists in Node?')
const html = renderToString(createElement(lib.KneeCanvas, { label: 'Packed knee' }))
if (!html.includes('aria-label="Packed knee"')) throw new Error('unexpected SSR output: ' + html)
console.log('node import + SSR: ok (' + Object.keys(lib).length + ' exports)')
// the model's credit lines, written once in the library (the info button shows them), travel in
// the packed ATTRIBUTION.md and in the script-tag build's LICENSES.txt
const { readFileSync } = await import('node:fs')
const packed = (p) => readFileSync(new URL('./node_modules/knee-explainer/' + p, import.meta.url), 'utf8')
const attribution = packed('models/sources/ATTRIBUTION.md').replace(/\\s+/g, ' ')
const licences = packed('dist/embed/LICENSES.txt')
if (lib.MODEL_CREDITS.length < 4) throw new Error('the library lost its model credits')
for (const credit of lib.MODEL_CREDITS) {
  if (credit.doi && !attribution.includes('doi:' + credit.doi))
    throw new Error('ATTRIBUTION.md lacks ' + credit.doi)
  if (!licences.includes(lib.creditLine(credit)))
    throw new Error('dist/embed/LICENSES.txt lacks the credit line of ' + credit.title)
}
console.log('model credits in the package and the embed licences: ok')
// the figure builder for writers ships with the script-tag build
const builder = packed('dist/embed/builder.html')
if (!builder.includes('./builder.js') || !builder.includes('./knee-explainer.js'))
  throw new Error('dist/embed/builder.html does not load the builder and the element')
packed('dist/embed/builder.js')
console.log('figure builder in the package: ok')
`,
  )
  execFileSync('node', ['ssr.mjs'], { cwd: work, stdio: 'inherit' })

  // 2. a browser bundle built by Vite from the tarball
  writeFileSync(
    join(work, 'index.html'),
    '<!doctype html><div id="app"></div><script type="module" src="./main.js"></script>',
  )
  writeFileSync(
    join(work, 'main.js'),
    `import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { KneeCanvas } from 'knee-explainer'
createRoot(document.getElementById('app')).render(createElement(KneeCanvas))
`,
  )
  const { build } = await import('vite')
  await build({
    root: work,
    logLevel: 'warn',
    configFile: false,
    build: { outDir: join(work, 'out') },
  })
  console.log('vite browser bundle: ok')
  console.log(`packed ${tarball}: root entry imports in Node and bundles with Vite`)
} finally {
  rmSync(work, { recursive: true, force: true })
}
