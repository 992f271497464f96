/**
 * Landmarks measured on the real surfaces (mm, knee frame: +X medial, +Y superior, +Z anterior).
 * Each is the most prominent point of a bone in a direction, inside a window where that landmark
 * lies; the windows are generous and were checked against the renders (tests/screenshots).
 */
import type { RawMesh } from '../importer/stl'
import type { Vec3 } from './sdf'
import type { Sources } from './sources'

type Window = { y?: [number, number]; x?: [number, number]; z?: [number, number] }

/** The vertex inside `window` that lies farthest along `direction`. */
export function extreme(mesh: RawMesh, direction: Vec3, window: Window = {}): Vec3 {
  const p = mesh.positions
  let best: Vec3 | null = null
  let bestValue = -Infinity
  for (let i = 0; i < p.length; i += 3) {
    const x = p[i]!
    const y = p[i + 1]!
    const z = p[i + 2]!
    if (window.x && (x < window.x[0] || x > window.x[1])) continue
    if (window.y && (y < window.y[0] || y > window.y[1])) continue
    if (window.z && (z < window.z[0] || z > window.z[1])) continue
    const value = x * direction[0] + y * direction[1] + z * direction[2]
    if (value > bestValue) {
      bestValue = value
      best = [x, y, z]
    }
  }
  if (!best) throw new Error('no vertex inside the landmark window')
  return best
}

export function centroidOf(mesh: RawMesh): Vec3 {
  const s = [0, 0, 0]
  const n = mesh.positions.length / 3
  for (let i = 0; i < mesh.positions.length; i++) s[i % 3]! += mesh.positions[i]!
  return [s[0]! / n, s[1]! / n, s[2]! / n]
}

export type Landmarks = Record<
  | 'kneeCentre'
  | 'femoralHeadCentre'
  | 'greaterTrochanter'
  | 'asis'
  | 'aiis'
  | 'ischialTuberosity'
  | 'pubicTubercle'
  | 'medialEpicondyle'
  | 'lateralEpicondyle'
  | 'adductorTubercle'
  | 'patellaCentre'
  | 'patellaSuperiorPole'
  | 'patellaInferiorPole'
  | 'tibialTuberosity'
  | 'gerdysTubercle'
  | 'pesAnserinus'
  | 'fibularHead',
  Vec3
>

export function measureLandmarks(sources: Sources): Landmarks {
  const femur = sources.get('bone-femur')
  const tibia = sources.get('bone-tibia')
  const fibula = sources.get('bone-fibula')
  const patella = sources.get('bone-patella')
  const pelvis = sources.get('bone-pelvis')
  const hip = sources.hipCentreMm
  const medialEpicondyle = extreme(femur, [1, 0, 0], { y: [-15, 25] })
  const lateralEpicondyle = extreme(femur, [-1, 0, 0], { y: [-15, 25] })
  // the femur has no sacrum side: the hip bone is the part of the pelvis lateral to the midline
  const hipBone = { x: [-200, hip[0] + 80] as [number, number] }
  const asis = extreme(pelvis, [0, 0.5, 1], { ...hipBone, y: [hip[1] + 40, hip[1] + 200] })
  return {
    kneeCentre: [0, 0, 0],
    femoralHeadCentre: hip,
    greaterTrochanter: extreme(femur, [-1, 0.3, 0], { y: [hip[1] - 60, hip[1] + 40] }),
    asis,
    // the lower anterior spine, a few centimetres below the upper one
    aiis: extreme(pelvis, [0, -0.2, 1], { ...hipBone, y: [hip[1] + 15, asis[1] - 25] }),
    ischialTuberosity: extreme(pelvis, [0, -1, -0.4], { ...hipBone, z: [-80, hip[2] + 5] }),
    pubicTubercle: extreme(pelvis, [0.4, -0.2, 1], {
      x: [hip[0], hip[0] + 90],
      y: [hip[1] - 60, hip[1] + 10],
    }),
    medialEpicondyle,
    lateralEpicondyle,
    // just above and behind the medial epicondyle, where adductor magnus's tendon ends
    adductorTubercle: extreme(femur, [1, 0, -0.2], {
      y: [medialEpicondyle[1] + 12, medialEpicondyle[1] + 30],
    }),
    patellaCentre: centroidOf(patella),
    patellaSuperiorPole: extreme(patella, [0, 1, 0.2]),
    patellaInferiorPole: extreme(patella, [0, -1, 0.2]),
    tibialTuberosity: extreme(tibia, [0, 0, 1], { y: [-75, -40] }),
    gerdysTubercle: extreme(tibia, [-1, 0, 0.8], { y: [-40, -22] }),
    pesAnserinus: extreme(tibia, [1, 0, 0.6], { y: [-90, -60] }),
    fibularHead: extreme(fibula, [0, 1, 0]),
  }
}
