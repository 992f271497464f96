import { describe, expect, it } from 'vitest'
import { Quaternion, Vector3 } from 'three'
import { hipQuaternion, qAngleFromFemoralRotation } from '../../src/kinematics/hip'

// The knee sits below the hip; the front of the knee faces +Z. Turn both by the hip quaternion.
const turn = (angles: Parameters<typeof hipQuaternion>[0], v: Vector3) =>
  v.clone().applyQuaternion(new Quaternion(...hipQuaternion(angles)))
const knee = new Vector3(0, -1, 0)
const front = new Vector3(0, 0, 1)
const none = { flexionDeg: 0, abductionDeg: 0, externalRotationDeg: 0 }

describe('hipQuaternion (right leg: +X medial, +Y up, +Z forward)', () => {
  it('is the identity when standing', () => {
    expect(hipQuaternion(none).map((v) => v + 0)).toEqual([0, 0, 0, 1])
  })
  it('flexion lifts the knee forward (a straight leg raise)', () => {
    const k = turn({ ...none, flexionDeg: 45 }, knee)
    expect(k.z).toBeCloseTo(Math.sin(Math.PI / 4), 5)
    expect(k.y).toBeCloseTo(-Math.cos(Math.PI / 4), 5)
  })
  it('abduction moves the knee out to the side (lateral is -X)', () => {
    const k = turn({ ...none, abductionDeg: 30 }, knee)
    expect(k.x).toBeCloseTo(-0.5, 5)
  })
  it('external rotation turns the front of the knee outward; internal rotation inward', () => {
    expect(turn({ ...none, externalRotationDeg: 30 }, front).x).toBeCloseTo(-0.5, 5)
    expect(turn({ ...none, externalRotationDeg: -30 }, front).x).toBeCloseTo(0.5, 5)
  })
  it('clamshell: hip bent 45 degrees and turned out opens the knee outward', () => {
    const k = turn({ flexionDeg: 45, abductionDeg: 0, externalRotationDeg: 30 }, front)
    expect(k.x).toBeLessThan(0)
  })
  it('never returns NaN for hostile input', () => {
    const q = hipQuaternion({
      flexionDeg: Number.NaN,
      abductionDeg: Infinity,
      externalRotationDeg: -1e9,
    })
    expect(q.every(Number.isFinite)).toBe(true)
  })
})

describe('femoral internal rotation adds lateral pull (direction: Powers 2003)', () => {
  it('adds Q-angle only for internal rotation', () => {
    expect(qAngleFromFemoralRotation(-20)).toBeGreaterThan(0)
    expect(qAngleFromFemoralRotation(20)).toBe(0)
    expect(qAngleFromFemoralRotation(0)).toBe(0)
  })
})
