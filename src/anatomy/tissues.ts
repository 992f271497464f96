/**
 * Tissues and their look, once for the whole project: the renderer's materials and the model
 * generator's glTF materials both read this table. Colours follow the atlas convention (see
 * DESIGN.md, "The look"): warm ivory bone, pale blue-grey glossy cartilage, muted red-brown
 * muscle, silvery white tendon and fascia, off-white ligament, translucent pale-blue bursae.
 * Pure data: no React, no three.js.
 */

export const TISSUES = [
  'bone',
  'cartilage',
  'meniscus',
  'bursa',
  'muscle',
  'tendon',
  'ligament',
  'fascia',
] as const

export type Tissue = (typeof TISSUES)[number]

/** Base colour of each tissue (sRGB hex). */
export const TISSUE_COLOURS: Readonly<Record<Tissue, string>> = {
  bone: '#ebdfc6',
  cartilage: '#b7cad8',
  meniscus: '#dfe4e6',
  bursa: '#9cc6e8',
  muscle: '#a44a40',
  tendon: '#f3f3ef',
  ligament: '#efe9dc',
  fascia: '#eef0ee',
}

/** Surface of each tissue: roughness 0-1 and opacity 0-1 (bursae are see-through fluid sacs). */
export const TISSUE_SURFACE: Readonly<Record<Tissue, { roughness: number; opacity: number }>> = {
  bone: { roughness: 0.72, opacity: 1 },
  cartilage: { roughness: 0.38, opacity: 1 },
  meniscus: { roughness: 0.5, opacity: 1 },
  bursa: { roughness: 0.3, opacity: 0.4 },
  muscle: { roughness: 0.62, opacity: 1 },
  tendon: { roughness: 0.3, opacity: 1 },
  ligament: { roughness: 0.5, opacity: 1 },
  fascia: { roughness: 0.34, opacity: 1 },
}

export function isTissue(name: string): name is Tissue {
  return (TISSUES as readonly string[]).includes(name)
}
