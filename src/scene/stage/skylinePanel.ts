/**
 * The skyline radiograph's words over the canvas: which side is lateral and which medial, the
 * view's title, and the measurements' values beside their normal ranges. Plain DOM made once and
 * placed in the canvas's box; updates write only the text that changed.
 */
import { format, type Messages } from '../../i18n'
import type { SkylineMeasures } from '../skylineMeasure'

/** Okabe-Ito colours (colour-blind safe), one per measurement; the lines use the same. */
export const MEASURE_COLOURS = {
  sulcus: '#f0e442',
  congruence: '#e69f00',
  lateralPatellofemoral: '#56b4e9',
  tilt: '#cc79a7',
  bisectOffset: '#ffffff',
} as const

type Row = keyof typeof MEASURE_COLOURS

export type SkylinePanel = {
  /** Shows the side labels (any beam) and the measurements (when asked for). */
  show(sides: boolean, measurements: boolean): void
  /** Which knee: puts the lateral label on its side of the picture. */
  side(side: 'right' | 'left'): void
  /** The title for the beam and the flexion on screen (rewritten only when its text changes). */
  title(beam: 'groove' | 'merchant', flexionDeg: number): void
  values(measures: SkylineMeasures): void
  dispose(): void
}

const SIDE_STYLE =
  'position:absolute;top:50%;transform:translateY(-50%);padding:2px 6px;font:600 12px/1.3 system-ui,sans-serif;letter-spacing:.06em;text-transform:uppercase;color:#e8e8e8;background:rgba(0,0,0,.55);border-radius:3px;pointer-events:none'

const signed = (deg: number) => `${deg > 0 ? '+' : deg < 0 ? '−' : ''}${Math.abs(deg).toFixed(0)}°`

export function createSkylinePanel(host: HTMLElement, messages: Messages): SkylinePanel {
  const doc = host.ownerDocument
  const el = (tag: string, style: string, text = '') => {
    const node = doc.createElement(tag)
    node.style.cssText = style
    node.textContent = text
    return node
  }
  // the camera looks down the groove with the front of the knee up: a right knee's lateral side
  // is on the right of the picture, a left knee's (its mirror image) on the left; see `side`
  const lateral = el('div', SIDE_STYLE)
  const medial = el('div', SIDE_STYLE)
  lateral.dataset.skyline = 'lateral'
  medial.dataset.skyline = 'medial'
  const panel = el(
    'div',
    'position:absolute;left:8px;right:8px;bottom:8px;padding:6px 8px;font:12px/1.4 system-ui,sans-serif;color:#e8e8e8;background:rgba(0,0,0,.62);border-radius:4px;pointer-events:none',
  )
  panel.dataset.skyline = 'measurements'
  const heading = el('div', 'font-weight:600;margin-bottom:2px')
  panel.append(heading)
  const rows = {} as Record<Row, HTMLElement>
  const row = (key: Row, label: string, normal: string) => {
    const line = el('div', 'display:flex;gap:6px;align-items:baseline')
    const swatch = el(
      'span',
      `display:inline-block;width:10px;height:3px;flex:none;background:${MEASURE_COLOURS[key]};align-self:center`,
    )
    const value = el('span', 'font-weight:600;min-width:3.2em;text-align:right', '–')
    value.dataset.measure = key
    line.append(swatch, el('span', '', label), value, el('span', 'opacity:.75', `(${normal})`))
    panel.append(line)
    rows[key] = value
  }
  row('sulcus', messages.measureSulcus, messages.measureSulcusNormal)
  row('congruence', messages.measureCongruence, messages.measureCongruenceNormal)
  row(
    'lateralPatellofemoral',
    messages.measureLateralPatellofemoral,
    messages.measureLateralPatellofemoralNormal,
  )
  row('tilt', messages.measureTilt, messages.measureTiltNormal)
  row('bisectOffset', messages.measureBisectOffset, messages.measureBisectOffsetNormal)
  panel.append(el('div', 'opacity:.7;font-size:11px;margin-top:2px', messages.measureNote))
  host.append(lateral, medial, panel)

  const lastTitle = { beam: '', degrees: NaN }
  let onSide = ''
  const shown = { sides: true, measurements: true }
  const last = {
    sulcus: NaN,
    congruence: NaN,
    lateralPatellofemoral: NaN,
    tilt: NaN,
    bisectOffset: NaN,
  }
  const write = (key: Row, rounded: number, text: () => string) => {
    if (rounded === last[key]) return
    last[key] = rounded
    rows[key].textContent = text()
  }
  const api: SkylinePanel = {
    show(sides, measurements) {
      if (sides === shown.sides && measurements === shown.measurements) return
      shown.sides = sides
      shown.measurements = measurements
      lateral.style.display = medial.style.display = sides ? '' : 'none'
      panel.style.display = measurements ? '' : 'none'
    },
    side(side) {
      if (side === onSide) return
      onSide = side
      const right = side === 'right'
      lateral.textContent = right ? `${messages.skylineLateral} →` : `← ${messages.skylineLateral}`
      medial.textContent = right ? `← ${messages.skylineMedial}` : `${messages.skylineMedial} →`
      lateral.style.left = medial.style.right = right ? '' : '8px'
      lateral.style.right = medial.style.left = right ? '8px' : ''
    },
    title(beam, flexionDeg) {
      // called every frame while measuring: writes (and allocates) only when the words change
      const degrees = Math.round(flexionDeg)
      if (beam === lastTitle.beam && degrees === lastTitle.degrees) return
      lastTitle.beam = beam
      lastTitle.degrees = degrees
      const template =
        beam === 'merchant' ? messages.skylineMerchantTitle : messages.skylineGrooveTitle
      heading.textContent = format(template, { degrees })
    },
    values(m) {
      if (!m.ok) {
        for (const key of Object.keys(rows) as Row[])
          ((rows[key].textContent = '–'), (last[key] = NaN))
        return
      }
      const sulcus = Math.round(m.sulcusAngleDeg)
      write('sulcus', sulcus, () => `${sulcus}°`)
      const congruence = Math.round(m.congruenceAngleDeg)
      write('congruence', congruence, () => signed(congruence))
      const lpfa = Math.round(m.lateralPatellofemoralAngleDeg)
      write('lateralPatellofemoral', lpfa, () => signed(lpfa))
      const tilt = Math.round(m.patellarTiltDeg)
      write('tilt', tilt, () => signed(tilt))
      const offset = Math.round(m.bisectOffset * 100)
      write('bisectOffset', offset, () => `${offset} %`)
    },
    dispose() {
      lateral.remove()
      medial.remove()
      panel.remove()
    },
  }
  api.side('right')
  return api
}
