// Where to find a Chromium for the browser tests, and how to start it here.
import { existsSync } from 'node:fs'

/** Flags for headless Chromium with software WebGL and no background traffic (see TOOLCHAIN). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]

export const HOW_TO_GET_CHROMIUM =
  'No Chromium found for the browser tests: install one (Debian/Ubuntu: sudo apt-get install chromium) or set KNEE_EXPLAINER_CHROMIUM=/path/to/chromium.'

/** First of: $KNEE_EXPLAINER_CHROMIUM, $CHROME_PATH, /usr/bin/chromium, a Playwright-managed Chromium. */
export async function findChromium() {
  const candidates = [
    process.env.KNEE_EXPLAINER_CHROMIUM,
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  for (const path of candidates) if (path && existsSync(path)) return path
  try {
    const { chromium } = await import('playwright')
    const path = chromium.executablePath()
    if (path && existsSync(path)) return path
  } catch {
    // playwright not installed or no managed browser: fall through
  }
  return undefined
}
