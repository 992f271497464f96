// Server rendering: the root entry imports and renders to a string in plain Node, no window.
import { describe, expect, it } from 'vitest'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'

describe('server rendering', () => {
  it('imports the root entry and renders KneeCanvas without a window', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined')
    const { KneeCanvas } = await import('../../src')
    const html = renderToString(createElement(KneeCanvas, { label: 'Knee figure' }))
    expect(html).toContain('role="img"')
    expect(html).toContain('aria-label="Knee figure"')
    expect(html).toContain('aspect-ratio:4 / 3')
  })

  it('renders the whole explainer and a structure link inside a shared provider to a string', async () => {
    const lib = await import('../../src')
    const html = renderToString(
      createElement(lib.ExplainerProvider, null, [
        createElement(lib.KneeExplainer, {
          key: 'figure',
          defaultTracking: 'lateral-moderate',
          defaultFlexionDeg: 10,
        }),
        createElement(lib.StructureLink, { key: 'link', id: 'vastus-medialis-oblique' }, 'VMO'),
      ]),
    )
    expect(html).toContain('Knee bent 10 degrees')
    expect(html).toContain('data-structure="vastus-medialis-oblique"')
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined')
  })
})
