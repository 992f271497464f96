import { useMemo } from 'react'
import { Vector3 } from 'three'
import type { KneeSolution } from '../../kinematics/types'
import { enableContactShading } from '../structureLook'
import type { StageKnee } from './useHighlightLook'

/**
 * The cartilage load map: the kneecap's and the groove's cartilage coloured by the share of load
 * on the lateral and medial facets. Returns the per-frame update (allocation-free).
 */
export function useLoadMap(knee: StageKnee | null) {
  // the model installed the shading with its materials (no recompile here): this reads its uniforms
  const uniforms = useMemo(
    () =>
      knee && {
        patella: enableContactShading(knee.materials['patellar-cartilage']),
        groove: enableContactShading(knee.materials['trochlear-groove']),
      },
    [knee],
  )
  const origin = useMemo(() => new Vector3(), [])

  return function updateLoadMap(solution: KneeSolution, shown: boolean) {
    if (!knee || !uniforms) return
    const on = shown ? 1 : 0
    const patellaNode = knee.nodes.joints['joint-patella']
    const femurNode = knee.nodes.joints['joint-femur']
    const { patella, groove } = uniforms
    patella.uContactOn.value = groove.uContactOn.value = on
    patella.uLoadLateral.value = groove.uLoadLateral.value = solution.patella.lateralFacetShare
    patella.uLoadMedial.value = groove.uLoadMedial.value = solution.patella.medialFacetShare
    patellaNode.getWorldPosition(patella.uCentre.value)
    const [, y, z] = solution.patella.position
    femurNode.localToWorld(groove.uCentre.value.set(0, y, z))
    // lateral is -X in the knee's own frame; the world direction follows the mirror of a left knee
    const worldOrigin = femurNode.localToWorld(origin.set(0, 0, 0))
    femurNode
      .localToWorld(patella.uLateral.value.set(-1, 0, 0))
      .sub(worldOrigin)
      .normalize()
    groove.uLateral.value.copy(patella.uLateral.value)
  }
}
