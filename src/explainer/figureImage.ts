/**
 * A still picture of the figure for a newsletter, a printed handout or an RSS reader: the scene
 * as it is now, drawn once at the requested size by the figure's own renderer (same light, colour
 * and tone as on screen), with the structure labels the figure shows laid out again at that size,
 * and the caption and the model's credit line written below it.
 */
import type { RootState } from '@react-three/fiber'
import {
  LINE_HEIGHT,
  createLabelSlots,
  layoutLabels,
  type LabelPicture,
  type LabelSlot,
} from './labelLayout'

export type ToImageOptions = {
  /** Width of the picture in pixels (16-4096). @defaultValue 1200 */
  width?: number
  /** Height of the whole picture in pixels, text included (16-4096). @defaultValue 3/4 of the width plus the text */
  height?: number
  /** Write the caption sentence below the picture. @defaultValue true */
  caption?: boolean
  /** Write the model's source credit (CC BY 4.0 asks for it) below the picture. @defaultValue true */
  credits?: boolean
}

export type ImageText = {
  caption: string
  credit: string
  /** Colour behind the model (the figure's background). */
  background: string
  /** The labels and name tags the figure shows now (its label layer), drawn over the scene. */
  labels?: LabelPicture | null
}

const MAX_SIDE = 4096
const side = (value: number | undefined, fallback: number) =>
  Math.round(Math.min(Math.max(Number.isFinite(value) ? value! : fallback, 16), MAX_SIDE))

/** Breaks text into lines no wider than `width` on the context's current font. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && context.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** Label box padding left and right, and corner radius, CSS pixels (as LabelLayer's). */
const LABEL_PADDING = 8
const LABEL_RADIUS = 4
const LABEL_OUTLINE = 'rgba(29, 33, 37, 0.18)'

/**
 * The labels as the figure shows them, laid out again for a picture of `width` x `height`. The
 * layout runs in the figure's own pixels scaled by the picture's height (the camera keeps its
 * vertical field of view, so the knee scales with the height): text, gaps and leader lines keep
 * their proportions to the knee. With a perspective camera a wider picture shows more to either
 * side, so anchors keep their distance from the centre; otherwise the picture stretches.
 */
function drawLabels(
  context: CanvasRenderingContext2D,
  labels: LabelPicture,
  width: number,
  height: number,
  perspective: boolean,
): void {
  const { size, look } = labels
  if (!size.width || !size.height) return
  const scale = height / size.height
  const room = { width: width / scale, height: size.height }
  const toX = perspective
    ? (x: number) => x - size.width / 2 + room.width / 2
    : (x: number) => (x / size.width) * room.width
  const anchors = labels.anchors.map((a) => ({ ...a, x: toX(a.x) }))
  const avoid = labels.avoid ? { ...labels.avoid, x: toX(labels.avoid.x) } : null
  const slots = createLabelSlots(anchors.length)
  const column: LabelSlot[] = []

  context.save()
  context.scale(scale, scale)
  context.font = `${look.fontWeight} ${look.fontSizePx}px ${look.fontFamily}`
  context.textBaseline = 'middle'
  const boxWidth = (text: string) => Math.ceil(context.measureText(text).width) + 2 * LABEL_PADDING
  const count = layoutLabels(anchors, (_, text) => boxWidth(text), avoid, room, slots, column)
  const box = (x: number, y: number, w: number) => {
    context.beginPath()
    if (context.roundRect) context.roundRect(x, y, w, LINE_HEIGHT, LABEL_RADIUS)
    else context.rect(x, y, w, LINE_HEIGHT)
  }
  const placed = slots.slice(0, count).filter((slot) => slot.shown)
  // leader lines under the boxes, each with a dot on its structure (on paper the line's end is
  // easy to lose against the knee)
  context.strokeStyle = look.line
  context.fillStyle = look.line
  context.lineWidth = 1.25
  for (const slot of placed) {
    context.beginPath()
    context.moveTo(slot.ax, slot.ay)
    context.lineTo(slot.left ? slot.x + slot.w : slot.x, slot.y + LINE_HEIGHT / 2)
    context.stroke()
    context.beginPath()
    context.arc(slot.ax, slot.ay, 2.25, 0, 2 * Math.PI)
    context.fill()
  }
  context.lineWidth = 1
  context.strokeStyle = LABEL_OUTLINE
  for (const slot of placed) {
    box(slot.x, slot.y, slot.w)
    context.fillStyle = look.background
    context.fill()
    context.stroke()
    context.fillStyle = look.text
    context.fillText(anchors[slot.index]!.text, slot.x + LABEL_PADDING, slot.y + LINE_HEIGHT / 2)
  }
  // name tags over side-by-side knees
  for (const tag of labels.tags) {
    if (!tag.text) continue
    const w = boxWidth(tag.text)
    const x = toX(tag.x) - w / 2
    box(x, tag.y, w)
    context.fillStyle = look.tagBackground
    context.fill()
    context.fillStyle = look.tagText
    context.fillText(tag.text, x + LABEL_PADDING, tag.y + LINE_HEIGHT / 2)
  }
  context.restore()
}

/** Draws the scene and the text into a PNG of the requested size. */
export async function renderFigureImage(
  three: RootState,
  text: ImageText,
  options: ToImageOptions = {},
): Promise<Blob> {
  const width = side(options.width, 1200)
  const fontPx = Math.max(12, Math.round(width / 48))
  const lineHeight = Math.round(fontPx * 1.35)
  const pad = Math.round(fontPx * 0.8)
  const picture = document.createElement('canvas')
  const context = picture.getContext('2d')
  if (!context) throw new Error('This browser cannot draw images (no 2D canvas).')

  // the text first, to know how much room it needs below the scene
  const blocks: Array<{ lines: string[]; font: string; colour: string }> = []
  const font = (size: number) => `${size}px system-ui, -apple-system, "Segoe UI", sans-serif`
  if (options.caption !== false && text.caption) {
    context.font = font(fontPx)
    blocks.push({
      lines: wrap(context, text.caption, width - 2 * pad),
      font: font(fontPx),
      colour: '#1d2125',
    })
  }
  if (options.credits !== false && text.credit) {
    const small = Math.max(11, Math.round(fontPx * 0.8))
    context.font = font(small)
    blocks.push({
      lines: wrap(context, text.credit, width - 2 * pad),
      font: font(small),
      colour: '#4a5056',
    })
  }
  const lineCount = blocks.reduce((n, b) => n + b.lines.length, 0)
  const band = lineCount ? 2 * pad + lineCount * lineHeight : 0
  const height = side(options.height, Math.round((width * 3) / 4) + band)
  const sceneHeight = height - band
  if (sceneHeight < 16) throw new Error('The picture is too small for its text.')
  picture.width = width
  picture.height = height

  // the scene, rendered once at the picture's size, copied in the same task (the drawing buffer
  // is cleared after it is shown), then the figure goes back to its own size
  const { gl, scene, camera, size } = three
  const pixelRatio = gl.getPixelRatio()
  const perspective = 'aspect' in camera ? camera : null
  const aspect = perspective?.aspect
  try {
    gl.setPixelRatio(1)
    gl.setSize(width, sceneHeight, false)
    if (perspective) {
      perspective.aspect = width / sceneHeight
      perspective.updateProjectionMatrix()
    }
    gl.render(scene, camera)
    context.fillStyle = text.background
    context.fillRect(0, 0, width, sceneHeight)
    context.drawImage(gl.domElement, 0, 0, width, sceneHeight)
  } finally {
    gl.setPixelRatio(pixelRatio)
    gl.setSize(size.width, size.height, false)
    if (perspective && aspect !== undefined) {
      perspective.aspect = aspect
      perspective.updateProjectionMatrix()
    }
    gl.render(scene, camera)
    three.invalidate()
  }

  if (text.labels) drawLabels(context, text.labels, width, sceneHeight, perspective !== null)

  // the text band
  context.fillStyle = '#ffffff'
  context.fillRect(0, sceneHeight, width, band)
  context.textBaseline = 'top'
  let y = sceneHeight + pad
  for (const block of blocks) {
    context.font = block.font
    context.fillStyle = block.colour
    for (const line of block.lines) {
      context.fillText(line, pad, y + (lineHeight - fontPx) / 2)
      y += lineHeight
    }
  }

  return new Promise((resolve, reject) =>
    picture.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be encoded.'))),
      'image/png',
    ),
  )
}

/** Saves a blob as a file through a temporary download link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
