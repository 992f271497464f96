/**
 * How each structure looks for the current scene state: highlighted (a saturated blue no tissue
 * uses, a glow and a dark outline, so it never depends on hue alone), dimmed, see-through
 * (x-ray), or contracting (glow and a slight swelling). Works on the per-structure materials of
 * a loaded model; no React.
 */
import {
  BackSide,
  Color,
  Mesh,
  MeshBasicMaterial,
  SkinnedMesh,
  Vector3,
  type Material,
  type MeshStandardMaterial,
  type Object3D,
} from 'three'
import { STRUCTURE_BASICS, type StructureId } from '../anatomy/structures'

/** Okabe-Ito blue family, saturated: stays distinct from muscle red for every colour-vision type. */
export const HIGHLIGHT_COLOUR = '#1261ff'
export const OUTLINE_COLOUR = '#0b1f4d'
const DIM_COLOUR = new Color('#d6d9dc')
const highlight = new Color(HIGHLIGHT_COLOUR)
const activeGlow = new Color('#ff5a36')

type Base = {
  color: Color
  emissive: Color
  opacity: number
  transparent: boolean
  depthWrite: boolean
}
type Styled = MeshStandardMaterial & {
  userData: { base?: Base; uniforms?: { uBulge: { value: number } } }
}

export type StructureLook = {
  highlighted: ReadonlySet<StructureId>
  dimOthers: boolean
  xray: boolean
  activation: Readonly<Partial<Record<StructureId, number>>>
}

const SOFT = new Set(['muscle', 'tendon', 'ligament', 'fascia', 'bursa', 'meniscus'])

function base(material: Styled): Base {
  return (material.userData.base ??= {
    color: material.color.clone(),
    emissive: material.emissive.clone(),
    opacity: material.opacity,
    transparent: material.transparent,
    depthWrite: material.depthWrite,
  })
}

/** Applies the look to every structure's material; returns true if anything changed. */
export function applyStructureLook(
  materials: Record<StructureId, Material>,
  look: StructureLook,
): void {
  const anyHighlight = look.highlighted.size > 0
  for (const [id, raw] of Object.entries(materials) as Array<[StructureId, Material]>) {
    const material = raw as Styled
    if (!material.color) continue
    const b = base(material)
    const soft = SOFT.has(STRUCTURE_BASICS[id].tissue)
    const isHighlighted = look.highlighted.has(id)
    material.color.copy(b.color)
    material.emissive.copy(b.emissive)
    let opacity = b.opacity
    let transparent = b.transparent
    let depthWrite = b.depthWrite
    if (isHighlighted) {
      material.color.lerp(highlight, 0.7)
      material.emissive.copy(highlight).multiplyScalar(0.35)
      opacity = 1
      transparent = false
      depthWrite = true
    } else {
      if (anyHighlight && look.dimOthers) {
        material.color.lerp(DIM_COLOUR, 0.55)
        if (soft) {
          opacity = Math.min(opacity, 0.55)
          transparent = true
          depthWrite = false
        }
      }
      if (look.xray && soft) {
        opacity = Math.min(opacity, 0.16)
        transparent = true
        depthWrite = false
      }
    }
    const activation = look.activation[id] ?? 0
    if (activation > 0 && !isHighlighted)
      material.emissive.copy(activeGlow).multiplyScalar(0.45 * activation)
    if (material.userData.uniforms) material.userData.uniforms.uBulge.value = 0.0016 * activation
    if (material.transparent !== transparent) material.needsUpdate = true
    material.opacity = opacity
    material.transparent = transparent
    material.depthWrite = depthWrite
  }
}

/** A dark inverted-hull outline around a mesh (skinned meshes keep their skeleton). */
export function createOutline(mesh: Mesh, thicknessM = 0.0011): Mesh {
  const material = new MeshBasicMaterial({ color: OUTLINE_COLOUR, side: BackSide })
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader.replace(
      '#include <skinning_vertex>',
      `#include <skinning_vertex>
      #ifdef USE_SKINNING
        transformed += normalize(objectNormal) * ${thicknessM.toFixed(5)};
      #else
        transformed += normalize(normal) * ${thicknessM.toFixed(5)};
      #endif`,
    )
  }
  material.customProgramCacheKey = () => `knee-outline-${thicknessM}`
  let outline: Mesh
  if ((mesh as SkinnedMesh).isSkinnedMesh) {
    const skinned = mesh as SkinnedMesh
    const copy = new SkinnedMesh(skinned.geometry, material)
    copy.bind(skinned.skeleton, skinned.bindMatrix)
    outline = copy
  } else {
    outline = new Mesh(mesh.geometry, material)
  }
  outline.name = `${mesh.name}-outline`
  outline.raycast = () => {}
  outline.renderOrder = -1
  return outline
}

/** The meshes that make up a structure. */
export function meshesOf(node: Object3D): Mesh[] {
  const meshes: Mesh[] = []
  node.traverse((o) => {
    if ((o as Mesh).isMesh && !o.name.endsWith('-outline')) meshes.push(o as Mesh)
  })
  return meshes
}

export type ContactUniforms = {
  uLoadLateral: { value: number }
  uLoadMedial: { value: number }
  uCentre: { value: Vector3 }
  uLateral: { value: Vector3 }
  uContactOn: { value: number }
}

const contactUniforms = new WeakMap<Material, ContactUniforms>()

/**
 * Load colouring for a cartilage surface: the side carrying more of the kneecap's load turns
 * orange to vermilion (Okabe-Ito) with a fine hatching, so the difference is not carried by hue
 * alone. Which side is lateral comes from world-space uniforms the stage updates each frame
 * (returned here; `uContactOn` 0 leaves the surface as it is). Once per material: the model
 * installs it when it makes its materials, before their first compile, so turning the load map
 * on later costs no shader recompile; a later call returns the same uniforms.
 */
export function enableContactShading(material: Material): ContactUniforms {
  const existing = contactUniforms.get(material)
  if (existing) return existing
  const uniforms: ContactUniforms = {
    uLoadLateral: { value: 0 },
    uLoadMedial: { value: 0 },
    uCentre: { value: new Vector3() },
    uLateral: { value: new Vector3(-1, 0, 0) },
    uContactOn: { value: 0 },
  }
  contactUniforms.set(material, uniforms)
  const previous = material.onBeforeCompile
  material.onBeforeCompile = (shader, renderer) => {
    previous?.call(material, shader, renderer)
    Object.assign(shader.uniforms, contactUniforms.get(material))
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vContactWorld;')
      .replace(
        '#include <worldpos_vertex>',
        '#include <worldpos_vertex>\nvContactWorld = (modelMatrix * vec4(transformed, 1.0)).xyz;',
      )
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
        varying vec3 vContactWorld;
        uniform float uLoadLateral; uniform float uLoadMedial; uniform float uContactOn;
        uniform vec3 uCentre; uniform vec3 uLateral;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        if (uContactOn > 0.5) {
          float side = dot(vContactWorld - uCentre, uLateral);
          float load = side > 0.0 ? uLoadLateral : uLoadMedial;
          vec3 heat = mix(vec3(0.902, 0.624, 0.0), vec3(0.835, 0.369, 0.0), smoothstep(0.5, 1.0, load));
          float hatch = step(0.5, fract((vContactWorld.x + vContactWorld.y + vContactWorld.z) * 700.0));
          float amount = smoothstep(0.25, 0.9, load);
          diffuseColor.rgb = mix(diffuseColor.rgb, heat * mix(0.82, 1.0, hatch), amount);
        }`,
      )
  }
  material.customProgramCacheKey = () => `knee-contact-${material.type}`
  material.needsUpdate = true
  return uniforms
}
