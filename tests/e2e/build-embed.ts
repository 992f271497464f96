// Global setup of the e2e project: builds the script-tag embed once, as `npm run build:embed`
// does (production React; the test runner sets NODE_ENV=test), before the files that serve it.
import { resolve } from 'node:path'
import { build } from 'vite'

export default async function buildEmbed(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..')
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: resolve(root, 'vite.embed.config.ts'), logLevel: 'warn' })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
}
