// Part of the README's test command: makes sure a Chromium exists for the browser tests.
// On Debian as root it installs Debian's chromium (no browser downloads); elsewhere it says how.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium, HOW_TO_GET_CHROMIUM } from './chromium.mjs'

if (await findChromium()) process.exit(0)
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the browser tests (apt-get)...')
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  })
  if (await findChromium()) process.exit(0)
}
console.error(HOW_TO_GET_CHROMIUM)
process.exit(1)
