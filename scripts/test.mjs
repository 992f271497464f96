// `npm test`: every tier (unit, component, browser, stories) in one Vitest run.
// Finds a Chromium first, so a missing browser is one clear line rather than a stack trace.
import { spawnSync } from 'node:child_process'
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs'

const chromium = await findChromium()
if (!chromium) {
  console.error(HOW_TO_GET_CHROMIUM)
  process.exit(1)
}
const args = ['vitest', 'run', ...process.argv.slice(2)]
const result = spawnSync('npx', args, {
  stdio: 'inherit',
  env: { ...process.env, KNEE_EXPLAINER_CHROMIUM: chromium },
})
process.exit(result.status ?? 1)
