// The standalone script for any page: `npm run build:embed` writes dist/embed/ (the element's
// small entry, a lazily loaded chunk with React, three.js and the figure, the model and the poster).
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { copyFileSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'

const root = import.meta.dirname

export default defineConfig({
  // production JSX and React even when built from a test run (where NODE_ENV is 'test')
  mode: 'production',
  plugins: [
    react(),
    {
      name: 'knee-embed-assets',
      writeBundle() {
        const out = resolve(root, 'dist/embed')
        mkdirSync(out, { recursive: true })
        copyFileSync(resolve(root, 'models/knee.glb'), resolve(out, 'knee.glb'))
        copyFileSync(resolve(root, 'models/knee-poster.png'), resolve(out, 'knee-poster.png'))
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
    rolldownOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
})
