// The committed models/knee.glb against the model contract and the reference figures
// (../shared/reference/anatomy.md). Measurements are taken from the geometry itself.
import { beforeAll, describe, expect, it } from 'vitest'
import { Mesh, SkinnedMesh, Vector3, type Object3D } from 'three'
import { LANDMARK_IDS } from '../../src/anatomy/landmarks'
import { STRUCTURE_IDS } from '../../src/anatomy/structures'
import { grooveDeepestPointMm, solveKnee } from '../../src/kinematics'
import { patellaPathNormal } from '../../src/anatomy/dimensions'
import { findKneeNodes } from '../../src/model/loadKneeModel'
import { applyKneePose } from '../../src/model/pose'
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

  it('patella about 34-43 tall, 41-45 wide, 19-23 thick (Iranpour 2022, table 10)', () => {
    const box = boxMm(scene, 'patella').union(boxMm(scene, 'patellar-cartilage'))
    const size = box.max.clone().sub(box.min)
    expect(size.y).toBeGreaterThanOrEqual(34)
    expect(size.y).toBeLessThanOrEqual(43)
    expect(size.x).toBeGreaterThanOrEqual(41)
    expect(size.x).toBeLessThanOrEqual(45)
    expect(size.z).toBeGreaterThanOrEqual(19)
    expect(size.z).toBeLessThanOrEqual(23)
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
    for (let x = -32; x <= 28; x += 0.5) {
      const origin = new Vector3(x, floor.superiorMm, floor.anteriorMm).addScaledVector(normal, 30)
      const d = castMm(scene, ['trochlear-groove', 'femur'], origin, normal.clone().negate())
      if (d !== undefined) profile.push([x, 30 - d])
    }
    const [x0, h0] = profile
      .filter(([x]) => Math.abs(x) < 10)
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

  it.each([30, 45, 60])(
    'sulcus angle 135 +/- 10 deg at %i deg (Radiopaedia; PMC5134791)',
    (flexion) => {
      const { sulcusAngleDeg } = grooveProfile(flexion)
      expect(sulcusAngleDeg).toBeGreaterThanOrEqual(125)
      expect(sulcusAngleDeg).toBeLessThanOrEqual(145)
    },
  )

  it('trochlear depth at least 3 mm, controls about 6 (Korean J Radiol 2022;23:674)', () => {
    const { depthMm } = grooveProfile(45)
    expect(depthMm).toBeGreaterThanOrEqual(3)
    expect(depthMm).toBeLessThanOrEqual(9)
  })

  it('lateral facet higher and wider than the medial (Farahmand 1998)', () => {
    const { lateral, medial } = grooveProfile(30)
    expect(lateral.heightMm).toBeGreaterThan(medial.heightMm)
    expect(lateral.widthMm).toBeGreaterThan(medial.widthMm)
  })
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

  it('every skinned structure stretches less than 3 times and keeps 97% of its triangles unsquashed, 0-120 deg', () => {
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
        expect(maxStretch, `${mesh.name} at ${flexionDeg} deg`).toBeLessThan(3)
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
