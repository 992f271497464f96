// `npm run model:import [-- --from DIR]`: the real-anatomy source meshes (default
// ../shared/reference/meshes) -> one frame -> mirrored to the right knee -> cleaned and decimated
// -> models/sources/knee-sources.glb, the compact intermediate that `npm run model` builds from.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { importSources } from './importer/pipeline'

const flag = process.argv.indexOf('--from')
const from = resolve(
  flag > 0 && process.argv[flag + 1]
    ? process.argv[flag + 1]!
    : resolve(import.meta.dirname, '../../shared/reference/meshes'),
)
if (!existsSync(resolve(from, 'hubmap-to-denver.json'))) {
  console.error(
    `No source meshes at ${from}: pass the folder that holds hubmap-to-denver.json with --from DIR.`,
  )
  process.exit(1)
}
const started = Date.now()
const { glb, report } = await importSources(from, (m) => console.log(m))
mkdirSync(resolve(import.meta.dirname, 'sources'), { recursive: true })
const out = resolve(import.meta.dirname, 'sources/knee-sources.glb')
writeFileSync(out, glb)
writeFileSync(resolve(import.meta.dirname, 'sources/import-report.json'), report + '\n')
console.log(
  `wrote models/sources/knee-sources.glb: ${(glb.byteLength / 1024).toFixed(0)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
