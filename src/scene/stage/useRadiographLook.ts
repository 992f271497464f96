import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import {
  AdditiveBlending,
  Color,
  DataTexture,
  MeshMatcapMaterial,
  SRGBColorSpace,
  type Material,
  type Mesh,
} from 'three'
import { STRUCTURE_IDS, STRUCTURE_BASICS } from '../../anatomy/structures'
import type { StageStore } from '../stageState'
import { meshesOf } from '../structureLook'
import type { StageKnee } from './useHighlightLook'

/** A radiograph's ground: nearly black, as film where no tissue stops the beam. */
export const RADIOGRAPH_BACKGROUND = '#0c0d0f'

/**
 * A grey matcap that reads like a radiograph: faint where the beam crosses a surface square on,
 * bright at the outline where it runs along the cortex. Grey from `centre` to `rim` (0-1).
 */
function xrayMatcap(centre: number, rim: number): DataTexture {
  const size = 64
  const data = new Uint8Array(size * size * 4)
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const r = Math.min(Math.hypot(x - size / 2 + 0.5, y - size / 2 + 0.5) / (size / 2), 1)
      const v = Math.round(255 * (centre + (rim - centre) * r ** 3))
      const i = (y * size + x) * 4
      data[i] = data[i + 1] = data[i + 2] = v
      data[i + 3] = 255
    }
  const texture = new DataTexture(data, size, size)
  texture.colorSpace = SRGBColorSpace
  texture.needsUpdate = true
  return texture
}

/**
 * The radiograph look (`radiograph` in the stage state): bone grey, brighter at its outline and
 * where bones overlap (they add, as densities do on film); cartilage (which an X-ray does not
 * show, but where the groove's shape lives) faint; on a dark ground. The meshes take the look's own two materials; their own come back when it is switched
 * off. Soft tissue is hidden by `useViewHiding`.
 */
export function useRadiographLook(knee: StageKnee | null, store: StageStore): void {
  const invalidate = useThree((s) => s.invalidate)
  const scene = useThree((s) => s.scene)
  useEffect(() => {
    if (!knee) return
    const boneShade = xrayMatcap(0.3, 0.72)
    const cartilageShade = xrayMatcap(0.06, 0.24)
    const bone = new MeshMatcapMaterial({
      matcap: boneShade,
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
    })
    const cartilage = new MeshMatcapMaterial({
      matcap: cartilageShade,
      transparent: true,
      blending: AdditiveBlending,
      depthWrite: false,
    })
    const ground = new Color(RADIOGRAPH_BACKGROUND)
    const own = new Map<Mesh, Material | Material[]>()
    let previousBackground: typeof scene.background = null
    const on = () => {
      if (own.size) return
      previousBackground = scene.background
      scene.background = ground
      for (const id of STRUCTURE_IDS) {
        const tissue = STRUCTURE_BASICS[id].tissue
        if (tissue !== 'bone' && tissue !== 'cartilage') continue
        for (const mesh of meshesOf(knee.nodes.structures[id])) {
          own.set(mesh, mesh.material)
          mesh.material = tissue === 'bone' ? bone : cartilage
        }
      }
    }
    const off = () => {
      if (!own.size) return
      for (const [mesh, material] of own) mesh.material = material
      own.clear()
      scene.background = previousBackground
    }
    const apply = (radiograph: boolean | undefined) => {
      if (radiograph) on()
      else off()
      invalidate()
    }
    apply(store.getState().radiograph)
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.radiograph !== previous.radiograph) apply(state.radiograph)
    })
    return () => {
      unsubscribe()
      off()
      bone.dispose()
      cartilage.dispose()
      boneShade.dispose()
      cartilageShade.dispose()
      invalidate()
    }
  }, [knee, store, scene, invalidate])
}
