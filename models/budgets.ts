// `npm run model:budgets`: checks models/knee.glb against its budgets (the real-anatomy model issue:
// file at most 700 KB, at most 120k triangles, at most 48 draw calls, 0 errors from the Khronos glTF validator) and
// prints a table. Exits non-zero when a budget is broken.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { NodeIO } from '@gltf-transform/core'
import { ALL_EXTENSIONS } from '@gltf-transform/extensions'
import { MeshoptDecoder } from 'meshoptimizer'
// @ts-expect-error: gltf-validator ships no types
import validator from 'gltf-validator'

export const MODEL_BUDGETS = {
  maxKilobytes: 700,
  maxTriangles: 120_000,
  maxDrawCalls: 48,
  maxValidatorErrors: 0,
}

export type BudgetRow = { name: string; value: number; limit: number; unit: string; pass: boolean }

export async function checkModelBudgets(
  path = resolve(import.meta.dirname, 'knee.glb'),
): Promise<BudgetRow[]> {
  const bytes = readFileSync(path)
  await MeshoptDecoder.ready
  const io = new NodeIO()
    .registerExtensions(ALL_EXTENSIONS)
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder })
  const document = await io.readBinary(new Uint8Array(bytes))
  let triangles = 0
  let drawCalls = 0
  for (const mesh of document.getRoot().listMeshes()) {
    for (const primitive of mesh.listPrimitives()) {
      drawCalls++
      triangles +=
        (primitive.getIndices()?.getCount() ??
          primitive.getAttribute('POSITION')?.getCount() ??
          0) / 3
    }
  }
  const report = await validator.validateBytes(new Uint8Array(bytes), { maxIssues: 100 })
  const errors: number = report.issues.numErrors
  const row = (name: string, value: number, limit: number, unit: string): BudgetRow => ({
    name,
    value,
    limit,
    unit,
    pass: value <= limit,
  })
  return [
    row(
      'file size',
      Math.round((bytes.byteLength / 1024) * 10) / 10,
      MODEL_BUDGETS.maxKilobytes,
      'KB',
    ),
    row('triangles', triangles, MODEL_BUDGETS.maxTriangles, ''),
    row('draw calls (mesh primitives)', drawCalls, MODEL_BUDGETS.maxDrawCalls, ''),
    row('glTF validator errors', errors, MODEL_BUDGETS.maxValidatorErrors, ''),
  ]
}

if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) {
  const rows = await checkModelBudgets()
  for (const r of rows) {
    console.log(
      `${r.pass ? 'pass' : 'FAIL'}  ${r.name}: ${r.value}${r.unit ? ' ' + r.unit : ''} (budget ${r.limit}${r.unit ? ' ' + r.unit : ''})`,
    )
  }
  process.exit(rows.every((r) => r.pass) ? 0 : 1)
}
