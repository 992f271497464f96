// `npm install` / `npm ci` (the `prepare` script): applies patches/*.patch to node_modules, the
// patch-package file format without the dependency. A patch already in place is left alone; one
// that fits neither way (the package was updated) stops the install with one clear line, so a
// stale patch is never silently skipped. `prepare` does not run where knee-explainer is installed
// as a dependency: these patches are for this repository's own dev, test and Storybook runs.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const dir = join(root, 'patches')
const patches = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.patch')) : []

function gitApply(...args) {
  const run = spawnSync('git', ['apply', ...args], { cwd: root, encoding: 'utf8' })
  if (run.error) {
    console.error(`applying patches/ needs git (${run.error.message})`)
    process.exit(1)
  }
  return run.status === 0
}

for (const name of patches.sort()) {
  const patch = join('patches', name)
  if (gitApply('--check', patch)) {
    if (!gitApply(patch)) throw new Error(`${patch}: git apply failed after a clean check`)
    process.stderr.write(`applied ${patch}\n`)
  } else if (gitApply('--reverse', '--check', patch)) {
    process.stderr.write(`already applied: ${patch}\n`)
  } else {
    console.error(
      `${patch} does not fit the installed package (was it updated?). ` +
        'Update the patch or delete it if the new version no longer needs it.',
    )
    process.exit(1)
  }
}
