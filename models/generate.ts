// `npm run model`: builds models/knee.glb from code (deterministic: same code, same bytes).
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildKnee } from './generator/knee'

const out = resolve(import.meta.dirname, 'knee.glb')
const started = Date.now()
const bytes = await buildKnee((message) => console.log(message))
writeFileSync(out, bytes)
console.log(
  `wrote models/knee.glb: ${(bytes.byteLength / 1024).toFixed(1)} KB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
