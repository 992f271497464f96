// Preview page for the model pipeline (dev tool, not shipped): loads a .glb, colours it by tissue,
// poses it with the library's solver and shows one view. Driven by scripts in models/preview.
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { findKneeNodes } from '../../src/model/loadKneeModel'
import { applyKneePose, applyTrochlearShape } from '../../src/model/pose'
import { solveKnee } from '../../src/kinematics/solveKnee'
import { TRACKING_PRESETS } from '../../src/kinematics/presets'
import { createTissueMaterial } from '../../src/scene/tissueMaterials'
import { isTissue, type Tissue } from '../../src/anatomy/tissues'

type Shot = {
  url: string
  flexionDeg: number
  preset: string
  camera: { position: number[]; target: number[]; up: number[]; fov: number }
  width: number
  height: number
  hide?: string[]
  only?: string[]
  background?: string
}

async function render(shot: Shot) {
  const renderer = new THREE.WebGLRenderer({ antialias: true, preserveDrawingBuffer: true })
  renderer.setSize(shot.width, shot.height)
  renderer.setPixelRatio(1)
  // as @react-three/fiber's <Canvas> sets it up for the figure (src/scene/KneeCanvas.tsx)
  renderer.toneMapping = THREE.ACESFilmicToneMapping
  renderer.outputColorSpace = THREE.SRGBColorSpace
  document.body.appendChild(renderer.domElement)
  const scene = new THREE.Scene()
  scene.background = new THREE.Color(shot.background ?? '#f4f1ea')
  // the figure's own light rig, value for value (src/scene/LightRig.tsx)
  scene.add(new THREE.HemisphereLight('#f4f1ea', '#8a8178', 1.0))
  for (const [position, intensity, colour] of [
    [[1.2, 2.4, 2.6], 2.1, '#ffffff'], // key
    [[-2.4, 0.6, 1.4], 0.7, '#dfe8f2'], // fill
    [[0.3, -0.6, 2.4], 0.55, '#ffffff'], // front fill
    [[0.4, 1.2, -3], 1.1, '#ffffff'], // rim
  ] as const) {
    const light = new THREE.DirectionalLight(colour, intensity)
    light.position.set(position[0], position[1], position[2])
    scene.add(light)
  }
  const loader = new GLTFLoader()
  loader.setMeshoptDecoder(MeshoptDecoder)
  const gltf = await loader.loadAsync(shot.url)
  const root = gltf.scene
  const isSources = root.getObjectByName('bone-femur') !== undefined
  if (isSources) root.scale.setScalar(0.001)
  root.traverse((o) => {
    const mesh = o as THREE.Mesh
    if (!mesh.isMesh) return
    const name = isSources
      ? mesh.name.split('-')[0]!
      : ((mesh.material as THREE.Material).name ?? 'bone')
    const hidden = shot.hide?.some(
      (h) => mesh.name.startsWith(h) || mesh.parent?.name.startsWith(h),
    )
    const shown =
      !shot.only ||
      shot.only.some((h) => mesh.name.startsWith(h) || mesh.parent?.name.startsWith(h))
    mesh.visible = !hidden && shown
    if (!mesh.geometry.attributes.normal) mesh.geometry.computeVertexNormals()
    // the library's own tissue materials, with the baked occlusion the model carries
    const material = createTissueMaterial(
      (isTissue(name) ? name : 'bone') as Tissue,
    ) as THREE.MeshStandardMaterial
    if (mesh.geometry.attributes.color) material.vertexColors = true
    mesh.material = material
    if (name === 'bursa') mesh.visible = mesh.visible && Boolean(shot.only)
  })
  scene.add(root)
  if (!isSources) {
    const nodes = findKneeNodes(root)
    const preset = (TRACKING_PRESETS as Record<string, object>)[shot.preset] ?? {}
    const pose = solveKnee({ flexionDeg: shot.flexionDeg, ...preset } as never)
    applyKneePose(nodes.joints, pose)
    applyTrochlearShape(nodes.structures['trochlear-groove'], pose.input.sulcusAngleDeg)
  }
  const c = shot.camera
  const camera = new THREE.PerspectiveCamera(c.fov, shot.width / shot.height, 0.01, 10)
  camera.position.fromArray(c.position)
  camera.up.fromArray(c.up)
  camera.lookAt(new THREE.Vector3().fromArray(c.target))
  renderer.render(scene, camera)
  ;(window as unknown as { done: boolean }).done = true
}

const shot = JSON.parse(decodeURIComponent(location.hash.slice(1))) as Shot
render(shot).catch((e) => {
  document.title = 'error: ' + (e as Error).message
  ;(window as unknown as { done: boolean }).done = true
})
