// The generator is deterministic, builds from the committed intermediate alone, and the committed
// model and the seat table the solver reads are what it builds; the model meets its budgets.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createHash } from 'node:crypto'
import { buildKneeModel } from '../../models/generator/knee'
import { seatModule } from '../../models/generator/seatModule'
import { checkModelBudgets } from '../../models/budgets'
import { MODEL_PATH } from './model-utils'

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')
const SEAT_PATH = resolve(import.meta.dirname, '../../src/anatomy/patellofemoral.generated.ts')

describe('model generator', () => {
  it('regenerates models/knee.glb and the solver seat table byte for byte from models/sources (run `npm run model` after changing it)', async () => {
    const built = await buildKneeModel()
    expect(sha(built.glb)).toBe(sha(readFileSync(MODEL_PATH)))
    expect(seatModule(built.seat, built.wrap, built.groove)).toBe(readFileSync(SEAT_PATH, 'utf8'))
  }, 300_000)

  it('meets the budgets: at most 700 KB, 120k triangles, 48 draw calls, 0 validator errors', async () => {
    const rows = await checkModelBudgets(MODEL_PATH)
    for (const row of rows)
      expect(row.pass, `${row.name}: ${row.value} (budget ${row.limit})`).toBe(true)
  }, 60_000)
})
