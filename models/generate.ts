// `npm run model`: builds models/knee.glb from the committed intermediate models/sources (no
// ../shared needed) and writes the patellofemoral seat the solver reads,
// src/anatomy/patellofemoral.generated.ts. Deterministic: same intermediate, same bytes.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildKneeModel } from './generator/knee'
import { seatModule } from './generator/seatModule'

const out = resolve(import.meta.dirname, 'knee.glb')
const started = Date.now()
const { glb, seat, wrap, groove } = await buildKneeModel((message) => console.log(message))
writeFileSync(out, glb)
writeFileSync(
  resolve(import.meta.dirname, '../src/anatomy/patellofemoral.generated.ts'),
  seatModule(seat, wrap, groove),
)
console.log(
  `wrote models/knee.glb: ${(glb.byteLength / 1024).toFixed(1)} KB and src/anatomy/patellofemoral.generated.ts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
