/**
 * The construction lines of the skyline radiograph's measurements, drawn in the femur's frame over
 * everything (no depth test), one colour per measurement as in the panel. Written in place.
 */
import {
  BufferGeometry,
  Color,
  Float32BufferAttribute,
  LineBasicMaterial,
  LineSegments,
} from 'three'
import type { ImagePlane, ImagePoint, SkylineMeasures } from '../skylineMeasure'
import { MEASURE_COLOURS } from './skylinePanel'

// segments: sulcus angle (2), bisector and ridge line, Laurin's two lines, widest axis with its
// horizontal, and the bisect offset's line through the deepest point
const SEGMENTS = 9
const SEGMENT_COLOURS = [
  MEASURE_COLOURS.sulcus,
  MEASURE_COLOURS.sulcus,
  MEASURE_COLOURS.congruence,
  MEASURE_COLOURS.congruence,
  MEASURE_COLOURS.lateralPatellofemoral,
  MEASURE_COLOURS.lateralPatellofemoral,
  MEASURE_COLOURS.tilt,
  MEASURE_COLOURS.tilt,
  MEASURE_COLOURS.bisectOffset,
]

/** The lines' object (hidden until measured). */
export function createSkylineLines(): LineSegments<BufferGeometry, LineBasicMaterial> {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(SEGMENTS * 6), 3))
  const colours = new Float32Array(SEGMENTS * 6)
  const c = new Color()
  SEGMENT_COLOURS.forEach((hex, i) => {
    c.set(hex)
    colours.set([c.r, c.g, c.b, c.r, c.g, c.b], i * 6)
  })
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3))
  const segments = new LineSegments(
    geometry,
    new LineBasicMaterial({ vertexColors: true, depthTest: false, transparent: true }),
  )
  segments.name = 'skyline-measurements'
  segments.renderOrder = 10
  segments.frustumCulled = false
  segments.visible = false
  return segments
}

/** Writes the construction lines (femur frame, metres) from the measures in the image plane. */
export function drawLines(lines: LineSegments, plane: ImagePlane, m: SkylineMeasures): void {
  const attribute = lines.geometry.attributes.position as Float32BufferAttribute
  const a = attribute.array as Float32Array
  lines.visible = m.ok
  if (!m.ok) return
  let i = 0
  const put = (x: number, h: number) => {
    a[i++] = x * 0.001
    a[i++] = (plane.superior + h * plane.upSup) * 0.001
    a[i++] = (plane.anterior + h * plane.upAnt) * 0.001
  }
  const segment = (from: ImagePoint, to: ImagePoint, extend = 0) => {
    const dx = to.x - from.x
    const dh = to.h - from.h
    const length = Math.hypot(dx, dh) || 1
    put(from.x - (dx / length) * extend, from.h - (dh / length) * extend)
    put(to.x + (dx / length) * extend, to.h + (dh / length) * extend)
  }
  const s = m.sulcus
  segment(m.lateralPeak, s)
  segment(s, m.medialPeak)
  // the sulcus angle's bisector, as long as the sulcus-ridge line and a little more
  const lx = m.lateralPeak.x - s.x
  const lh = m.lateralPeak.h - s.h
  const mx = m.medialPeak.x - s.x
  const mh = m.medialPeak.h - s.h
  const ll = Math.hypot(lx, lh)
  const ml = Math.hypot(mx, mh)
  const bx = lx / ll + mx / ml
  const bh = lh / ll + mh / ml
  const bl = Math.hypot(bx, bh) || 1
  const reach = Math.hypot(m.ridge.x - s.x, m.ridge.h - s.h) + 6
  put(s.x, s.h)
  put(s.x + (bx / bl) * reach, s.h + (bh / bl) * reach)
  segment(s, m.ridge, 0)
  segment(m.lateralPeak, m.medialPeak, 8)
  segment(m.lateralFacetFrom, m.lateralFacetTo, 6)
  segment(m.lateralEdge, m.medialEdge, 3)
  // the horizontal the tilt is read against, from the lateral end
  put(m.lateralEdge.x - 3, m.lateralEdge.h)
  put(m.lateralEdge.x + 18, m.lateralEdge.h)
  // the bisect offset's line: square to the medial-lateral axis through the deepest point
  put(s.x, s.h)
  put(s.x, Math.max(m.lateralEdge.h, m.medialEdge.h) + 10)
  attribute.needsUpdate = true
}
