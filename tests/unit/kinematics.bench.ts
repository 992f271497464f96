// Benchmark of the solver (the render loop calls it every frame, twice in comparison views).
// Budget: at most 20 microseconds per call on the reference machine. Reported, never asserted:
//   npx vitest bench --project unit --run tests/unit/kinematics.bench.ts
import { bench, describe } from 'vitest'
import {
  createKneeSolution,
  solveKnee,
  solveKneeInto,
  TRACKING_PRESETS,
} from '../../src/kinematics'

const out = createKneeSolution()
const moderate = { ...TRACKING_PRESETS.lateralMaltracking.moderate, flexionDeg: 0 }
let flexion = 0
const nextFlexion = () => (flexion = (flexion + 0.7) % 120)

describe('solveKnee (one call per iteration; the budget is 20 us = 50,000 hz)', () => {
  bench('solveKneeInto, moderate maltracking, sweeping 0-120 deg', () => {
    moderate.flexionDeg = nextFlexion()
    solveKneeInto(moderate, out)
  })
  bench('solveKnee (allocates its result), normal', () => {
    solveKnee({ flexionDeg: nextFlexion() })
  })
})
