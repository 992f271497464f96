// The generator is deterministic and the committed model meets its budgets.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { buildKnee } from '../../models/generator/knee'
import { checkModelBudgets } from '../../models/budgets'
import { MODEL_PATH } from './model-utils'

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('model generator', () => {
  it('regenerates models/knee.glb byte for byte (deterministic; run `npm run model` after changing it)', async () => {
    const built = await buildKnee()
    expect(sha(built)).toBe(sha(readFileSync(MODEL_PATH)))
  }, 180_000)

  it('meets the budgets: at most 400 KB, 150k triangles, 40 draw calls, 0 validator errors', async () => {
    const rows = await checkModelBudgets(MODEL_PATH)
    for (const row of rows)
      expect(row.pass, `${row.name}: ${row.value} (budget ${row.limit})`).toBe(true)
  }, 60_000)
})
