// What every end-to-end test opens: the project root served over HTTP (the built embed in
// dist/embed, the examples and the fixtures) and a headless Chromium. The e2e project's global
// setup (build-embed.ts) builds the embed once per run, before any file starts.
import { chromium, type Browser } from 'playwright'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs'
import { serveStatic } from '../../scripts/serve-static.mjs'

export const root = resolve(import.meta.dirname, '../..')

export type Server = { url: string; close: () => Promise<void> }

/** The machine's Chromium, headless, with the project's flags and any extra ones. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: (await findChromium())!,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  })
}

/** Serves the project root and launches Chromium; close both in afterAll. */
export async function openSite(): Promise<{ browser: Browser; server: Server }> {
  return { server: await serveStatic(root), browser: await launchChromium() }
}
