// The stylesheets the components carry as template literals (`const CONTROLS_CSS = \`...\``),
// minified at build time: comments and indentation out, no space around braces, semicolons
// and child combinators, none after a colon. Spaces that mean something stay: the
// descendant combinator, `and` in media queries, values such as `8px 16px`. ${...} parts are
// kept as written. Used by the library's and the embed's builds (vite.config.ts,
// vite.embed.config.ts); tests/browser/css-templates.test.tsx checks Chromium reads the same rules.

const TEMPLATE = /(\b[A-Z][A-Z0-9_]*_CSS\s*=\s*`)([^`]*)(`)/g

/** Minifies one stylesheet's text (interpolations such as ${ROOT} pass through untouched). */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim()
}

/**
 * The module's code with every `NAME_CSS = \`...\`` stylesheet minified, or null if it has none.
 * Each ${...} stands in as a plain word while the text around it is minified, so the space in
 * `.${ROOT} .${TOOLBAR}` (a descendant) stays.
 */
export function minifyCssTemplates(code) {
  let changed = false
  const out = code.replace(TEMPLATE, (_, open, css, close) => {
    changed = true
    const parts = []
    const words = css.replace(/\$\{[^}]*\}/g, (part) => `\u0000${parts.push(part) - 1}\u0000`)
    const minified = minifyCss(words).replace(/\u0000(\d+)\u0000/g, (_, i) => parts[Number(i)])
    return open + minified + close
  })
  return changed ? out : null
}

/** The Vite plugin: minifies the stylesheets of the library's own modules while building. */
export function cssTemplates() {
  return {
    name: 'knee-css-templates',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.tsx?$/.test(id) || !code.includes('_CSS')) return null
      const out = minifyCssTemplates(code)
      return out === null ? null : { code: out, map: null }
    },
  }
}
