/**
 * Materials by tissue, in the colours readers know from anatomy atlases: warm ivory bone,
 * pale blue-grey glossy cartilage, muted red-brown muscle with a fine striation along its fibres,
 * silvery tendon and fascia, off-white ligament, translucent pale-blue bursae. One shared
 * material per tissue keeps draw-state changes low.
 */
import { Color, DoubleSide, MeshPhysicalMaterial, MeshStandardMaterial, type Material } from 'three'
import { TISSUE_COLOURS, TISSUE_SURFACE, type Tissue } from '../anatomy/tissues'

/** Fibre UV units (see models/generator/loft.ts): one UV unit is 1024 mm. */
const FIBRE_UV_SCALE_MM = 1024
/** Striation spacing across the fibres, mm: fine enough to read as texture, not stripes. */
const STRIATION_MM = 2.2

function striated(material: MeshStandardMaterial): MeshStandardMaterial {
  // USE_UV makes three pass the model's uv (fibre coordinates) to the fragment shader as vUv
  material.defines = { ...material.defines, USE_UV: '' }
  // per-material uniforms: the explainer swells a contracting muscle slightly (uBulge, metres)
  const uniforms = {
    uStriation: { value: (FIBRE_UV_SCALE_MM / STRIATION_MM) * Math.PI * 2 },
    uBulge: { value: 0 },
  }
  material.userData.uniforms = uniforms
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float uBulge;')
      .replace(
        '#include <skinning_vertex>',
        '#include <skinning_vertex>\ntransformed += normalize(objectNormal) * uBulge;',
      )
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform float uStriation;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        // fibres run along v; a soft ridge every few millimetres across them
        float ridge = 0.5 + 0.5 * sin(vUv.x * uStriation + 1.7 * sin(vUv.y * uStriation * 0.07));
        diffuseColor.rgb *= mix(0.86, 1.04, ridge);`,
      )
  }
  material.customProgramCacheKey = () => 'knee-muscle-striated'
  return material
}

/** A fresh material for a tissue (callers own it and dispose it). */
export function createTissueMaterial(tissue: Tissue): Material {
  const color = new Color(TISSUE_COLOURS[tissue])
  const { roughness, opacity } = TISSUE_SURFACE[tissue]
  switch (tissue) {
    case 'bone':
      return new MeshStandardMaterial({ name: tissue, color, roughness, metalness: 0 })
    case 'cartilage':
      return new MeshPhysicalMaterial({
        name: tissue,
        color,
        roughness,
        metalness: 0,
        clearcoat: 0.35,
        clearcoatRoughness: 0.4,
      })
    case 'meniscus':
      return new MeshStandardMaterial({ name: tissue, color, roughness, metalness: 0 })
    case 'bursa':
      return new MeshStandardMaterial({
        name: tissue,
        color,
        roughness,
        metalness: 0,
        transparent: true,
        opacity,
        depthWrite: false,
      })
    case 'muscle':
      return striated(new MeshStandardMaterial({ name: tissue, color, roughness, metalness: 0 }))
    case 'tendon':
    case 'fascia':
      return new MeshStandardMaterial({
        name: tissue,
        color,
        roughness,
        metalness: 0.05,
        side: DoubleSide,
      })
    case 'ligament':
      // two-sided like tendon: the same shader program, one compile fewer before the first frame
      return new MeshStandardMaterial({
        name: tissue,
        color,
        roughness,
        metalness: 0,
        side: DoubleSide,
      })
  }
}
