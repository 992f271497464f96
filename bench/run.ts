// `npm run bench`: measures what the budgets in the issues name and writes bench/report.md and
// bench/report.json. Times are measured here, never asserted in tests.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { cpus } from 'node:os'
import { checkModelBudgets } from '../models/budgets'
import { createKneeSolution, solveKnee, solveKneeInto, TRACKING_PRESETS } from '../src/kinematics'

type Row = {
  measure: string
  value: number
  unit: string
  budget?: number
  pass?: boolean
  note?: string
}

/** Median per-call time in microseconds over several batches (warm). */
function microsecondsPerCall(fn: (i: number) => void, calls = 200_000, batches = 7): number {
  for (let i = 0; i < calls; i++) fn(i) // warm-up: let the JIT settle
  const results: number[] = []
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < calls; i++) fn(i)
    results.push(Number(process.hrtime.bigint() - start) / 1000 / calls)
  }
  results.sort((a, b) => a - b)
  return results[Math.floor(results.length / 2)]!
}

const rows: Row[] = []
const out = createKneeSolution()
const moderate = { ...TRACKING_PRESETS.lateralMaltracking.moderate, flexionDeg: 0 }
const intoUs = microsecondsPerCall((i) => {
  moderate.flexionDeg = (i * 0.7) % 120
  solveKneeInto(moderate, out)
})
rows.push({
  measure: 'solveKneeInto per call (moderate maltracking, 0-120 deg)',
  value: round(intoUs, 3),
  unit: 'µs',
  budget: 20,
  pass: intoUs <= 20,
})
const plainUs = microsecondsPerCall((i) => void solveKnee({ flexionDeg: (i * 0.7) % 120 }))
rows.push({
  measure: 'solveKnee per call (allocates its result)',
  value: round(plainUs, 3),
  unit: 'µs',
  budget: 20,
  pass: plainUs <= 20,
})

for (const r of await checkModelBudgets()) {
  rows.push({
    measure: `model: ${r.name}`,
    value: r.value,
    unit: r.unit,
    budget: r.limit,
    pass: r.pass,
  })
}

function round(v: number, digits: number) {
  const k = 10 ** digits
  return Math.round(v * k) / k
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`
const table = [
  '| measure | value | budget | result |',
  '|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.measure} | ${r.value}${r.unit ? ' ' + r.unit : ''} | ${r.budget === undefined ? '' : `≤ ${r.budget}${r.unit ? ' ' + r.unit : ''}`} | ${r.pass === undefined ? '' : r.pass ? 'pass' : '**fail**'} |`,
  ),
].join('\n')
const report = `# knee-explainer benchmark

Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}).
Times are medians of 7 warm batches; sizes are read from the committed files.

${table}

Browser figures (time to first frame, frame rate, CPU while paused, script sizes, comparison with
\`<model-viewer>\`) arrive with the embedding and performance work.
`
const dir = import.meta.dirname
writeFileSync(resolve(dir, 'report.md'), report)
writeFileSync(
  resolve(dir, 'report.json'),
  JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2) + '\n',
)
console.log(report)
