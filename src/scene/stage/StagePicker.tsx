import type { ThreeEvent } from '@react-three/fiber'
import type { ReactNode, RefObject } from 'react'
import type { Object3D } from 'three'
import { isStructureId, STRUCTURE_BASICS, type StructureId } from '../../anatomy/structures'
import type { LabelLayerApi } from '../labelTypes'

/** The structure an event hit: the nearest ancestor named by a structure id. */
export function structureOfEvent(event: ThreeEvent<PointerEvent>): StructureId | undefined {
  for (let node: Object3D | null = event.object; node; node = node.parent) {
    if (isStructureId(node.name)) return node.name
  }
  return undefined
}

export type StagePickerProps = {
  labelLayer?: RefObject<LabelLayerApi | null>
  structureName?: (id: StructureId) => string
  children?: ReactNode
}

/** Hovering names the structure under the pointer (clicks are handled by KneeModel's picking). */
export function StagePicker({ labelLayer, structureName, children }: StagePickerProps) {
  return (
    <group
      onPointerMove={(event: ThreeEvent<PointerEvent>) => {
        const layer = labelLayer?.current
        if (!layer) return
        const id = structureOfEvent(event)
        if (!id) return layer.tooltip(null)
        const name = structureName ? structureName(id) : STRUCTURE_BASICS[id].name
        layer.tooltip(name, event.nativeEvent.offsetX, event.nativeEvent.offsetY)
      }}
      onPointerOut={() => labelLayer?.current?.tooltip(null)}
    >
      {children}
    </group>
  )
}
