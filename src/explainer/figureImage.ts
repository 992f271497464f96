/**
 * A still picture of the figure for a newsletter, a printed handout or an RSS reader: the scene
 * as it is now, drawn once at the requested size by the figure's own renderer (same light, colour
 * and tone as on screen), with the caption and the model's credit line written below it.
 */
import type { RootState } from '@react-three/fiber'

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
