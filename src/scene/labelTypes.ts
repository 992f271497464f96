/**
 * What the stage hands to whatever draws labels over the canvas (the explainer's LabelLayer):
 * the scene owns this interface, the DOM layer above implements it.
 */
export type LabelAnchor = {
  id: string
  text: string
  /** Anchor in CSS pixels from the figure's top-left; null when behind the camera. */
  x: number
  y: number
  visible: boolean
}

export type LabelLayerApi = {
  /** Places labels for these anchors, keeping clear of a circle (the kneecap). */
  update(
    anchors: readonly LabelAnchor[],
    avoid: { x: number; y: number; r: number } | null,
    size: { width: number; height: number },
  ): void
  /** Shows the hover name near the pointer, or hides it with null. */
  tooltip(text: string | null, x?: number, y?: number): void
  /** Name tags centred at points (side-by-side knees); an empty list hides them. */
  tags(list: ReadonlyArray<{ text: string; x: number; y: number }>): void
}
