// The standalone script for any page: `npm run build:embed` writes dist/embed/ (the element's
// small entry, a lazily loaded chunk with React, three.js and the figure, the model and the poster).
import { build, defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { minify } from 'terser'
import { trimThree } from './scripts/embed-trims.mjs'
import { cssTemplates } from './scripts/css-templates.mjs'
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { modelCreditText } from './src/anatomy/credits'

const root = import.meta.dirname
const threeSubset = resolve(root, 'src/embed/three-subset.ts')

export default defineConfig({
  // production JSX and React even when built from a test run (where NODE_ENV is 'test')
  mode: 'production',
  plugins: [
    react(),
    cssTemplates(),
    {
      // terser over each chunk before rolldown's own minifier: 1 % smaller after gzip (2 KB of the
      // figure's chunk), for a few seconds of build time. In renderChunk, so the chunks' hashed
      // names follow what is in them. No unsafe options: unsafe_arrows turned a function three.js
      // calls with `new` into an arrow, and the renderer failed to start.
      name: 'knee-embed-terser',
      apply: 'build',
      async renderChunk(code, chunk) {
        const result = await minify(code, {
          module: true,
          toplevel: true,
          ecma: 2020,
          compress: { passes: 2 },
          mangle: true,
          format: { comments: false },
        })
        if (result.code === undefined)
          throw new Error(`terser gave nothing back for ${chunk.fileName}`)
        return { code: result.code, map: null }
      },
    },
    {
      // LICENSES.txt: every npm package whose code ends up in the standalone files, with its licence
      name: 'knee-embed-licences',
      generateBundle(_options, bundle) {
        const packages = new Map<string, { version: string; license: string; text: string }>()
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue
          for (const id of Object.keys(file.modules)) {
            const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'))
            if (!match || packages.has(match[1]!)) continue
            const dir = resolve(root, 'node_modules', match[1]!)
            const pkg = JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8')) as {
              version: string
              license?: string
              author?: string | { name: string }
              repository?: string | { url: string }
            }
            const licenceFile = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'LICENCE']
              .map((f) => resolve(dir, f))
              .find(existsSync)
            packages.set(match[1]!, {
              version: pkg.version,
              license: pkg.license ?? 'UNKNOWN',
              // @react-three/fiber ships none: say what its package.json says, and where its text is
              text: licenceFile
                ? readFileSync(licenceFile, 'utf8').trim()
                : `No licence file in the package. Its package.json gives the licence as ${pkg.license ?? 'UNKNOWN'}, by ${typeof pkg.author === 'object' ? pkg.author.name : (pkg.author ?? 'its authors')}; the text is in its repository, ${typeof pkg.repository === 'object' ? pkg.repository.url : (pkg.repository ?? 'on npm')}.`,
            })
          }
        }
        const own = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
          version: string
          license: string
        }
        const sections = [...packages.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, p]) => `${name}@${p.version} (${p.license})\n\n${p.text}`)
        this.emitFile({
          type: 'asset',
          fileName: 'LICENSES.txt',
          // the knee model is CC BY 4.0 (modified): its credit lines travel with every copy
          source: `knee-explainer@${own.version} (${own.license}) and the packages bundled into these files:\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n\n${'-'.repeat(72)}\n\nThe knee model (knee.glb), CC BY 4.0, modified. Credit lines (the figure's info button shows the same):\n\n${modelCreditText()}\n\n${readFileSync(resolve(root, 'models/sources/ATTRIBUTION.md'), 'utf8').trim()}\n`,
        })
      },
    },
    {
      // GLTFLoader without the plugins for what the figure replaces or ignores, and WebGLRenderer
      // without WebXR, environment maps and shadow maps: see scripts/embed-trims.mjs
      name: 'knee-embed-three-trims',
      enforce: 'pre',
      transform(code, id) {
        const trimmed = trimThree(code, id)
        return trimmed === null ? null : { code: trimmed, map: null }
      },
    },
    {
      // three.js trimmed to what the figure uses: see src/embed/three-subset.ts
      name: 'knee-embed-three-subset',
      enforce: 'pre',
      resolveId(source, importer) {
        if (source === 'three' && importer !== threeSubset) return threeSubset
        return null
      },
    },
    {
      // the figure builder (dist/embed/builder.html and builder.js): a static page that uses the
      // standalone script beside it; built on its own so the element's entry shares no chunk
      // with it and stays small
      name: 'knee-embed-builder',
      apply: 'build',
      async closeBundle() {
        if (process.env.KNEE_BUILDER_BUILD) return
        process.env.KNEE_BUILDER_BUILD = '1'
        try {
          await build({
            configFile: false,
            logLevel: 'warn',
            mode: 'production',
            define: { 'process.env.NODE_ENV': JSON.stringify('production') },
            build: {
              outDir: resolve(root, 'dist/embed'),
              emptyOutDir: false,
              minify: true,
              lib: {
                entry: resolve(root, 'src/embed/builderPage.ts'),
                formats: ['es'],
                fileName: () => 'builder.js',
              },
            },
          })
        } finally {
          delete process.env.KNEE_BUILDER_BUILD
        }
      },
    },
    {
      name: 'knee-embed-assets',
      writeBundle() {
        const out = resolve(root, 'dist/embed')
        mkdirSync(out, { recursive: true })
        copyFileSync(resolve(root, 'models/knee.glb'), resolve(out, 'knee.glb'))
        copyFileSync(resolve(root, 'models/knee-poster.webp'), resolve(out, 'knee-poster.webp'))
        copyFileSync(resolve(root, 'src/embed/builder.html'), resolve(out, 'builder.html'))
      },
    },
  ],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    lib: {
      entry: resolve(root, 'src/embed/standalone.ts'),
      formats: ['es'],
      fileName: () => 'knee-explainer.js',
    },
    // lib mode keeps whitespace in ES output (for consumers' tree-shaking); this is a final
    // script, so minify fully
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
  },
})
