/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_ARGS } from './scripts/chromium.mjs'
import { cssTemplates } from './scripts/css-templates.mjs'

const root = fileURLToPath(new URL('.', import.meta.url))

// Peers stay out of the library bundle: the host app brings them.
const external = [/^react($|\/)/, /^react-dom($|\/)/, /^three($|\/)/, /^@react-three\//]

// Set by scripts/test.mjs, which finds a browser or stops with one clear line.
const executablePath = process.env.KNEE_EXPLAINER_CHROMIUM || '/usr/bin/chromium'

function chromium() {
  return playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } })
}

export default defineConfig({
  plugins: [react(), cssTemplates()],
  // Pre-bundle what the browser tiers import, so a first run never reloads mid-test when Vite
  // discovers a dependency late.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-dev-runtime',
      'three',
      '@react-three/fiber',
      'three/examples/jsm/loaders/GLTFLoader.js',
      'three/examples/jsm/libs/meshopt_decoder.module.js',
      'three/examples/jsm/utils/SkeletonUtils.js',
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        kinematics: 'src/kinematics/index.ts',
        'locales/es': 'src/locales/es.ts',
        'locales/de': 'src/locales/de.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // one file per source module: a site's bundler drops every module its page does not
      // import ("sideEffects": false), which it cannot do inside a merged chunk (a figure-only
      // page was 8 KB gzip bigger from merged chunks than from the modules)
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          // real pages in headless Chromium driven by Playwright: the script-tag build
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // builds the embed once for every file (tests/e2e/site.ts serves it)
          globalSetup: ['tests/e2e/build-embed.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
          // limits, not measurements: a loaded 2-core machine needs far more than the 5 s default
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 800, height: 600 },
          },
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: 'stories',
          // a story that loads the model and plays an exercise can take long on a loaded machine
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
