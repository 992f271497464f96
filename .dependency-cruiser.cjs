/**
 * The library's layers, bottom to top. A file may import from its own layer and the layers below
 * it, never from a layer above, and no import may close a cycle. `npm run check:layers` (and CI)
 * fails on either.
 *
 *   anatomy -> kinematics -> model -> exercises (data) -> i18n (+ locales) -> charts -> scene
 *   -> explainer -> embed
 *
 * The public entry (src/index.ts) sits above all of them and imports nothing from embed.
 */
const LAYERS = [
  ['anatomy'],
  ['kinematics'],
  ['model', 'defaultModelUrl.ts'],
  ['exercises'],
  ['i18n', 'locales'],
  ['charts'],
  ['scene'],
  ['explainer'],
  ['embed'],
]

const pathOf = (names) => `^src/(${names.map((n) => n.replace('.', '\\.')).join('|')})($|/)`

const upward = LAYERS.slice(0, -1).map((layer, index) => ({
  name: `no-upward-from-${layer[0]}`,
  comment: `${layer.join('/')} sits below ${LAYERS.slice(index + 1)
    .map((l) => l.join('/'))
    .join(', ')}; imports point down only.`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: pathOf(LAYERS.slice(index + 1).flat()) },
}))

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'A cycle ties modules together so that none can change alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'pure-data-has-no-react-or-three',
      comment: 'Anatomy, kinematics and the exercise catalogue are pure TypeScript.',
      severity: 'error',
      from: { path: '^src/(anatomy|kinematics|exercises)/' },
      to: { path: '^node_modules/(react|react-dom|three|@react-three)/' },
    },
    {
      name: 'embed-uses-the-public-api',
      comment:
        'The custom element drives the figure through the public props and handle (src/index.ts), not explainer or scene internals.',
      severity: 'error',
      from: { path: '^src/embed/' },
      to: { path: '^src/(explainer|scene|charts|i18n|exercises|model)/' },
    },
    {
      name: 'index-does-not-ship-the-embed',
      comment: 'The custom element is its own build; the library entry never pulls it in.',
      severity: 'error',
      from: { path: '^src/index\\.ts$' },
      to: { path: '^src/embed/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^(src|node_modules)/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
