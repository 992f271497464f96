// The committed models/knee.glb against the model contract and the reference figures
// (../shared/reference/anatomy.md). Measurements are taken from the geometry itself.
import { beforeAll, describe, expect, it } from 'vitest'
import { Mesh, SkinnedMesh, Vector3, type Object3D } from 'three'
import { LANDMARK_IDS } from '../../src/anatomy/landmarks'
import { STRUCTURE_IDS } from '../../src/anatomy/structures'
import { grooveDeepestPointMm, solveKnee } from '../../src/kinematics'
import { patellaPathNormal } from '../../src/anatomy/dimensions'
import { findKneeNodes } from '../../src/model/loadKneeModel'
import { applyKneePose, applyTrochlearShape } from '../../src/model/pose'
import { getTrackingPreset } from '../../src/kinematics/presets'
import {
  TROCHLEA_GROOVE,
  TROCHLEA_MORPH_SULCUS_DEG,
} from '../../src/anatomy/patellofemoral.generated'
import { boxMm, castMm, loadScene, positionMm } from './model-utils'

let scene: Object3D
beforeAll(async () => {
  scene = await loadScene()
})

describe('structures and landmarks', () => {
  it('has a node with a mesh for every StructureId', () => {
    for (const id of STRUCTURE_IDS) {
      const node = scene.getObjectByName(id)
      expect(node, id).toBeDefined()
      let meshes = 0
      node!.traverse((o) => void ((o as Mesh).isMesh && meshes++))
      expect(meshes, `${id} has geometry`).toBeGreaterThan(0)
    }
  })

  it('has an empty node for every landmark', () => {
    for (const id of LANDMARK_IDS) {
      const node = scene.getObjectByName(id)
      expect(node, id).toBeDefined()
      expect((node as Mesh).isMesh ?? false, `${id} is empty`).toBe(false)
    }
  })

  it('is in metres and in the right-knee frame (+X medial, +Y up, +Z anterior)', () => {
    const hip = positionMm(scene, 'landmark-femoral-head-centre')
    const knee = positionMm(scene, 'landmark-knee-centre')
    expect(knee.length()).toBeLessThan(0.5)
    expect(hip.y).toBeGreaterThan(350)
    expect(positionMm(scene, 'landmark-patella-centre').z).toBeGreaterThan(30)
    expect(positionMm(scene, 'landmark-medial-epicondyle').x).toBeGreaterThan(30)
    expect(positionMm(scene, 'landmark-lateral-epicondyle').x).toBeLessThan(-30)
    expect(positionMm(scene, 'landmark-fibular-head').x).toBeLessThan(-30)
  })
})

describe('dimensions against the reference figures', () => {
  it('femur length 413 +/- 28 mm (Yazar 2012; JCDR 2013: 435 mm)', () => {
    const femur = boxMm(scene, 'femur')
    const length = femur.max.y - femur.min.y
    expect(length).toBeGreaterThanOrEqual(385)
    expect(length).toBeLessThanOrEqual(441)
  })

  it('bicondylar width between female 78.5 +/- 3.0 and male 88.6 +/- 4.2 mm (Anat Res Int 2012)', () => {
    // widest extent of the femur across the epicondyles, measured by rays from each side
    let widest = 0
    for (let y = -10; y <= 15; y += 2.5) {
      for (let z = -15; z <= 15; z += 2.5) {
        const fromLateral = castMm(scene, ['femur'], new Vector3(-150, y, z), new Vector3(1, 0, 0))
        const fromMedial = castMm(scene, ['femur'], new Vector3(150, y, z), new Vector3(-1, 0, 0))
        if (fromLateral !== undefined && fromMedial !== undefined) {
          widest = Math.max(widest, 300 - fromLateral - fromMedial)
        }
      }
    }
    expect(widest).toBeGreaterThanOrEqual(75.5)
    expect(widest).toBeLessThanOrEqual(92.8)
  })

  // Iranpour 2022 (table 10) gives about 34-43 x 41-45 x 19-23 mm for the bone; with its cartilage
  // a patella is 20-25 mm thick. The Visible Human Female's own (the model is her scan) measures
  // 47 x 43 x 26 mm as a box around bone and cartilage in the rest pose (slightly tilted).
  it('patella 34-48 tall, 41-45 wide, 19-26 thick with cartilage (Iranpour 2022; the donor 47 x 43 x 26)', () => {
    const box = boxMm(scene, 'patella').union(boxMm(scene, 'patellar-cartilage'))
    const size = box.max.clone().sub(box.min)
    expect(size.y).toBeGreaterThanOrEqual(34)
    expect(size.y).toBeLessThanOrEqual(48)
    expect(size.x).toBeGreaterThanOrEqual(41)
    expect(size.x).toBeLessThanOrEqual(45)
    expect(size.z).toBeGreaterThanOrEqual(19)
    expect(size.z).toBeLessThanOrEqual(26)
  })

  it('patellar height: Insall-Salvati ratio 0.8-1.2 (Wheeless; Aglietti)', () => {
    const superior = positionMm(scene, 'landmark-patella-superior-pole')
    const inferior = positionMm(scene, 'landmark-patella-inferior-pole')
    const tuberosity = positionMm(scene, 'landmark-tibial-tuberosity')
    const ratio = inferior.distanceTo(tuberosity) / superior.distanceTo(inferior)
    expect(ratio).toBeGreaterThanOrEqual(0.8)
    expect(ratio).toBeLessThanOrEqual(1.2)
  })

  // The groove's cross-section at mid-trochlea, measured on the cartilage surface along the
  // direction the patella presses (the skyline view at 45 degrees).
  function grooveProfile(flexionDeg: number) {
    const floor = grooveDeepestPointMm(flexionDeg)
    const n = patellaPathNormal(flexionDeg)
    const normal = new Vector3(0, n.superior, n.anterior)
    const profile: Array<[number, number]> = []
    // across the groove around the seat's line (the groove lies lateral of the epicondyles' midpoint)
    for (let x = floor.x - 30; x <= floor.x + 30; x += 0.5) {
      const origin = new Vector3(x, floor.superiorMm, floor.anteriorMm).addScaledVector(normal, 30)
      const d = castMm(scene, ['trochlear-groove', 'femur'], origin, normal.clone().negate())
      if (d !== undefined) profile.push([x, 30 - d])
    }
    const [x0, h0] = profile
      .filter(([x]) => Math.abs(x - floor.x) < 12)
      .reduce((a, b) => (b[1] < a[1] ? b : a))
    const lateral = profile.filter(([x]) => x < x0).reduce((a, b) => (b[1] > a[1] ? b : a))
    const medial = profile.filter(([x]) => x > x0).reduce((a, b) => (b[1] > a[1] ? b : a))
    const rise = (p: [number, number]) =>
      (Math.atan2(p[1] - h0, Math.abs(p[0] - x0)) * 180) / Math.PI
    return {
      sulcusAngleDeg: 180 - rise(lateral) - rise(medial),
      depthMm: (lateral[1] + medial[1]) / 2 - h0,
      lateral: { widthMm: x0 - lateral[0], heightMm: lateral[1] - h0 },
      medial: { widthMm: medial[0] - x0, heightMm: medial[1] - h0 },
    }
  }

  // The donor's real trochlea is shallow: 146-148 deg at 30-45 deg, at the upper end of normal
  // (135 +/- 10, controls 132.5) and below the 150 deg that anatomy.md gives as clearly dysplastic.
  it.each([30, 45, 60])(
    'sulcus angle within normal to borderline, 125-150 deg, at %i deg (Radiopaedia; PMC5134791)',
    (flexion) => {
      const { sulcusAngleDeg } = grooveProfile(flexion)
      expect(sulcusAngleDeg).toBeGreaterThanOrEqual(125)
      expect(sulcusAngleDeg).toBeLessThanOrEqual(150)
    },
  )

  // The groove table the solver and the overlays read is generated from the model; here it is
  // checked against the model measured independently (by ray casting, above), where the sulcus
  // angle is defined: on the trochlea. From about 55 deg the section runs onto the condyles, and
  // the two methods pick different 'facet peaks' there (154 vs 132 deg at 60 deg).
  it.each([30, 40, 45, 50])(
    'the generated groove table matches the model at %i deg: sulcus angle within 3 deg, depth within 1 mm',
    (flexion) => {
      const row = TROCHLEA_GROOVE.find(([f]) => f === flexion)!
      const measured = grooveProfile(flexion)
      expect(Math.abs(row[1] - measured.sulcusAngleDeg)).toBeLessThanOrEqual(3)
      expect(Math.abs(row[2] - measured.depthMm)).toBeLessThanOrEqual(1)
    },
  )

  // Trochlear dysplasia is a real shape: the model's morph, blended by the sulcus angle the
  // solver is given, measured on the morphed mesh at 45 deg (Merchant's view).
  it.each([
    ['normal', getTrackingPreset('normal')!.params.sulcusAngleDeg],
    ['lateral-severe', getTrackingPreset('lateral-severe')!.params.sulcusAngleDeg],
    ['trochlear-dysplasia', getTrackingPreset('trochlear-dysplasia')!.params.sulcusAngleDeg],
    ['165 deg', 165],
  ] as const)(
    'the dysplasia morph gives the %s groove the sulcus angle the solver uses, within 3 deg',
    (_, sulcusAngleDeg) => {
      const used = solveKnee({ flexionDeg: 45, sulcusAngleDeg }).input.sulcusAngleDeg
      const groove = scene.getObjectByName('trochlear-groove')!
      try {
        applyTrochlearShape(groove, used)
        expect(Math.abs(grooveProfile(45).sulcusAngleDeg - used)).toBeLessThanOrEqual(3)
      } finally {
        applyTrochlearShape(groove, TROCHLEA_MORPH_SULCUS_DEG.model)
      }
    },
  )

  it('trochlear depth at least 3 mm, controls about 6 (Korean J Radiol 2022;23:674)', () => {
    const { depthMm } = grooveProfile(45)
    expect(depthMm).toBeGreaterThanOrEqual(3)
    expect(depthMm).toBeLessThanOrEqual(9)
  })

  // Farahmand 1998 finds the lateral facet higher on average. This donor's is not: seen up the
  // shaft (as ../shared/reference/images/real-distal-femur-axial.png), her medial facet stands
  // about 1 mm higher than the lateral over a 3 mm deep groove. The model keeps her shape (the
  // solver's seat is measured on it); the test records it, so a change to the import shows.
  it('the donor trochlea seen up the shaft: facets within 2 mm in height, groove at least 2 mm deep', () => {
    const front: Array<[number, number]> = []
    for (let x = -36; x <= 36; x += 1) {
      let z = -Infinity
      for (let y = -10; y <= 25; y += 1) {
        const d = castMm(
          scene,
          ['trochlear-groove', 'femur'],
          new Vector3(x, y, 100),
          new Vector3(0, 0, -1),
        )
        if (d !== undefined) z = Math.max(z, 100 - d)
      }
      front.push([x, z])
    }
    const groove = front
      .filter(([x]) => Math.abs(x + 5) < 10)
      .reduce((a, b) => (b[1] < a[1] ? b : a))
    const lateral = Math.max(...front.filter(([x]) => x < groove[0]).map(([, z]) => z))
    const medial = Math.max(...front.filter(([x]) => x > groove[0]).map(([, z]) => z))
    expect(Math.abs(lateral - medial)).toBeLessThan(2)
    expect(Math.min(lateral, medial) - groove[1]).toBeGreaterThanOrEqual(2)
  }, 60_000)
})

describe('posing: soft tissue follows the bones without tearing or collapse', () => {
  // Skinned vertex positions for the current pose.
  function skinnedPositions(mesh: SkinnedMesh): Float32Array {
    const count = mesh.geometry.attributes.position!.count
    const out = new Float32Array(count * 3)
    const v = new Vector3()
    mesh.skeleton.update()
    for (let i = 0; i < count; i++) {
      v.fromBufferAttribute(mesh.geometry.attributes.position!, i)
      mesh.applyBoneTransform(i, v)
      v.applyMatrix4(mesh.matrixWorld)
      out.set([v.x, v.y, v.z], i * 3)
    }
    return out
  }

  // Tearing shows as edges pulled far longer than at rest; collapse as triangles squashed flat.
  function deformation(mesh: SkinnedMesh, rest: Float32Array, posed: Float32Array) {
    const index = mesh.geometry.index!
    let maxStretch = 0
    let squashed = 0
    let triangles = 0
    const edge = (p: Float32Array, a: number, b: number) =>
      new Vector3(
        p[b * 3]! - p[a * 3]!,
        p[b * 3 + 1]! - p[a * 3 + 1]!,
        p[b * 3 + 2]! - p[a * 3 + 2]!,
      )
    for (let i = 0; i < index.count; i += 3) {
      const [a, b, c] = [index.getX(i), index.getX(i + 1), index.getX(i + 2)]
      for (const [u, v] of [
        [a, b],
        [b, c],
        [c, a],
      ] as const) {
        const before = edge(rest, u, v).length()
        if (before > 1e-5) maxStretch = Math.max(maxStretch, edge(posed, u, v).length() / before)
      }
      const areaBefore = edge(rest, a, b)
        .cross(edge(rest, a, c))
        .length()
      if (areaBefore < 1e-10) continue
      triangles++
      if (
        edge(posed, a, b)
          .cross(edge(posed, a, c))
          .length() <
        0.1 * areaBefore
      )
        squashed++
    }
    return { maxStretch, squashedShare: squashed / triangles }
  }

  it('every skinned structure stretches less than 3 times (the excursion-carrying tendons 4) and keeps 97% of its triangles unsquashed, 0-120 deg', () => {
    const nodes = findKneeNodes(scene)
    const skinned: SkinnedMesh[] = []
    scene.traverse((o) => void ((o as SkinnedMesh).isSkinnedMesh && skinned.push(o as SkinnedMesh)))
    expect(skinned.length).toBeGreaterThan(15)
    applyKneePose(nodes.joints, solveKnee({ flexionDeg: 0 }))
    scene.updateMatrixWorld(true)
    const rest = new Map(skinned.map((m) => [m, skinnedPositions(m)]))
    for (const flexionDeg of [30, 60, 90, 120]) {
      applyKneePose(nodes.joints, solveKnee({ flexionDeg }))
      scene.updateMatrixWorld(true)
      for (const mesh of skinned) {
        const { maxStretch, squashedShare } = deformation(
          mesh,
          rest.get(mesh)!,
          skinnedPositions(mesh),
        )
        // Known and open: the quadriceps tendon and the short attachment tendons carry their bellies'
        // whole excursion (a real belly lengthens instead); they stay under 4 until that is modelled.
        const limit = mesh.name === 'quadriceps-tendon' || mesh.name === 'muscle-tendons' ? 4 : 3
        expect(maxStretch, `${mesh.name} at ${flexionDeg} deg`).toBeLessThan(limit)
        expect(squashedShare, `${mesh.name} at ${flexionDeg} deg`).toBeLessThan(0.03)
      }
    }
    applyKneePose(nodes.joints, solveKnee({ flexionDeg: 0 }))
  })

  it('the patellar tendon stays attached to both the patella and the tibial tuberosity at 90 deg', () => {
    const nodes = findKneeNodes(scene)
    applyKneePose(nodes.joints, solveKnee({ flexionDeg: 90 }))
    scene.updateMatrixWorld(true)
    const tendon = scene.getObjectByName('patellar-tendon') as SkinnedMesh
    const posed = skinnedPositions(tendon)
    const inferiorPole = positionMm(scene, 'landmark-patella-inferior-pole').multiplyScalar(0.001)
    const tuberosity = positionMm(scene, 'landmark-tibial-tuberosity').multiplyScalar(0.001)
    let nearPole = Infinity
    let nearTuberosity = Infinity
    for (let i = 0; i < posed.length; i += 3) {
      const p = new Vector3(posed[i], posed[i + 1], posed[i + 2])
      nearPole = Math.min(nearPole, p.distanceTo(inferiorPole))
      nearTuberosity = Math.min(nearTuberosity, p.distanceTo(tuberosity))
    }
    expect(nearPole * 1000).toBeLessThan(8)
    expect(nearTuberosity * 1000).toBeLessThan(8)
    applyKneePose(nodes.joints, solveKnee({ flexionDeg: 0 }))
  })
})
