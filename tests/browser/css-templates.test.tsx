// The builds minify the components' stylesheets (scripts/css-templates.mjs): Chromium must read
// the same rules from the minified text as from the source.
import { describe, expect, it } from 'vitest'
import { minifyCss } from '../../scripts/css-templates.mjs'
import { CONTROLS_CSS } from '../../src/explainer/controls/controlsCss'
import { FIGURE_CSS } from '../../src/explainer/figureStyles'
import { TOOLBAR_CSS } from '../../src/explainer/toolbar/toolbarCss'
import { TOOLS_CSS } from '../../src/explainer/toolbar/toolsCss'

const rules = (css: string) => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  return [...sheet.cssRules].map((rule) => rule.cssText)
}

describe.each([
  ['controls', CONTROLS_CSS],
  ['figure', FIGURE_CSS],
  ['toolbar', TOOLBAR_CSS],
  ['tools', TOOLS_CSS],
])('the %s stylesheet, minified', (_, css) => {
  it('is shorter and gives the browser the same rules', () => {
    const minified = minifyCss(css)
    expect(minified.length).toBeLessThan(css.length)
    expect(rules(css).length).toBeGreaterThan(3)
    expect(rules(minified)).toEqual(rules(css))
  })
})

describe('minifyCss', () => {
  it('keeps the spaces that mean something', () => {
    expect(minifyCss('.a :is(b, c) {\n  gap: 8px 16px;\n}')).toBe('.a :is(b, c){gap:8px 16px}')
    expect(minifyCss('@media (min-width: 30em) and (hover: hover) { .a > .b { x: y } }')).toBe(
      '@media (min-width:30em) and (hover:hover){.a>.b{x:y}}',
    )
  })
})
