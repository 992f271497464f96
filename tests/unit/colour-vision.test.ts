// The highlight and the load colours stay distinguishable from the tissue colours under the
// common colour-vision deficiencies (simulated with the Machado, Oliveira & Fernandes 2009
// matrices at full severity), and the library never relies on hue alone (outline, hatching).
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLOUR } from '../../src/scene/structureLook'
import { TISSUE_COLOURS } from '../../src/anatomy/tissues'

type RGB = [number, number, number]
const hex = (h: string): RGB => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as RGB
const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055)

// Machado 2009, severity 1.0, applied in linear RGB
const MATRICES: Record<string, number[]> = {
  protanopia: [
    0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998,
  ],
  deuteranopia: [
    0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881,
  ],
  tritanopia: [
    1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039,
  ],
}

function simulate(rgb: RGB, m: number[]): RGB {
  const [r, g, b] = rgb.map(toLinear) as RGB
  const out = [
    m[0]! * r + m[1]! * g + m[2]! * b,
    m[3]! * r + m[4]! * g + m[5]! * b,
    m[6]! * r + m[7]! * g + m[8]! * b,
  ]
  return out.map((c) => toSrgb(Math.min(Math.max(c, 0), 1))) as RGB
}

/** CIE76 colour difference in CIELAB (D65). */
function deltaE(a: RGB, b: RGB): number {
  const lab = (rgb: RGB) => {
    const [r, g, bl] = rgb.map(toLinear) as RGB
    const x = (0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047
    const y = 0.2126 * r + 0.7152 * g + 0.0722 * bl
    const z = (0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883
    const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (841 / 108) * t + 4 / 29)
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
  }
  const [l1, a1, b1] = lab(a)
  const [l2, a2, b2] = lab(b)
  return Math.hypot(l1! - l2!, a1! - a2!, b1! - b2!)
}

const LOAD_LOW = '#e69f00' // Okabe-Ito orange
const LOAD_HIGH = '#d55e00' // Okabe-Ito vermilion
const tissues = Object.entries(TISSUE_COLOURS)

describe('colour-vision deficiencies (Machado 2009 simulation)', () => {
  for (const [kind, matrix] of Object.entries(MATRICES)) {
    it(`${kind}: the highlight stays clearly apart from every tissue colour (delta E > 20)`, () => {
      const highlight = simulate(hex(HIGHLIGHT_COLOUR), matrix)
      for (const [name, colour] of tissues) {
        expect(deltaE(highlight, simulate(hex(colour), matrix)), name).toBeGreaterThan(20)
      }
    })

    it(`${kind}: loaded cartilage stays apart from unloaded cartilage (delta E > 20)`, () => {
      const cartilage = simulate(hex(TISSUE_COLOURS.cartilage), matrix)
      for (const load of [LOAD_LOW, LOAD_HIGH])
        expect(deltaE(simulate(hex(load), matrix), cartilage)).toBeGreaterThan(20)
    })
  }

  it('the highlight is also far from muscle in lightness, so it reads even in greyscale', () => {
    const lightness = (h: string) => {
      const [r, g, b] = hex(h).map(toLinear) as RGB
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    expect(Math.abs(lightness(HIGHLIGHT_COLOUR) - lightness(TISSUE_COLOURS.bone))).toBeGreaterThan(
      0.3,
    )
  })
})
