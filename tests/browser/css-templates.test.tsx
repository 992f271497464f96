// The builds minify the components' stylesheets in their source text (scripts/css-templates.mjs),
// around ${...} parts they cannot see into. Chromium must read the same rules from each minified
// template as from the source, with every ${...} standing in as a word of its own.
import { describe, expect, it } from 'vitest'
import { minifyCss, minifyCssTemplates } from '../../scripts/css-templates.mjs'
import controls from '../../src/explainer/controls/controlsCss.ts?raw'
import exerciseList from '../../src/explainer/ExerciseList.tsx?raw'
import figure from '../../src/explainer/figureStyles.ts?raw'
import steps from '../../src/explainer/ScrollSteps.tsx?raw'
import toolbar from '../../src/explainer/toolbar/toolbarCss.ts?raw'
import tools from '../../src/explainer/toolbar/toolsCss.ts?raw'

/** The NAME_CSS templates of a module's source, each ${...} made a word (i0, i1...). */
const templates = (source: string) =>
  [...source.matchAll(/\b[A-Z][A-Z0-9_]*_CSS\s*=\s*`([^`]*)`/g)].map((m) => {
    let n = 0
    return m[1]!.replace(/\$\{[^}]*\}/g, () => `i${n++}`)
  })

const rules = (css: string) => {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  return [...sheet.cssRules].map((rule) => rule.cssText)
}

describe.each([
  ['controls', controls],
  ['figure', figure],
  ['toolbar', toolbar],
  ['tools', tools],
  ['exercise list', exerciseList],
  ['scroll steps', steps],
])('the %s stylesheet, minified as the build does', (_, source) => {
  it('is shorter and gives the browser the same rules', () => {
    const before = templates(source)
    const after = templates(minifyCssTemplates(source)!)
    expect(before).toHaveLength(1)
    expect(after[0]!.length).toBeLessThan(before[0]!.length)
    expect(rules(before[0]!).length).toBeGreaterThan(1)
    expect(rules(after[0]!)).toEqual(rules(before[0]!))
  })
})

describe('minifyCss', () => {
  it('keeps the spaces that mean something', () => {
    expect(minifyCss('.a :is(b, c) {\n  gap: 8px 16px;\n}')).toBe('.a :is(b, c){gap:8px 16px}')
    expect(minifyCss('@media (min-width: 30em) and (hover: hover) { .a > .b { x: y } }')).toBe(
      '@media (min-width:30em) and (hover:hover){.a>.b{x:y}}',
    )
  })

  it('keeps the space between two ${...} parts of a selector', () => {
    expect(minifyCssTemplates('const A_CSS = `\n.${X} .${Y} {\n  a: b;\n}\n`')).toBe(
      'const A_CSS = `.${X} .${Y}{a:b}`',
    )
  })
})
