/** The figure's styles: focus ring, the pause button over the canvas, the shortcuts note, the
 * high-contrast theme. */
import type { CSSProperties } from 'react'

export const FIGURE_CSS = `
.knee-explainer-figure:focus { outline: none; }
.knee-explainer-figure:focus-visible { outline: 3px solid var(--knee-accent, #1f5fbf); outline-offset: 2px; }
@media (forced-colors: active) { .knee-explainer-figure:focus-visible { outline-color: Highlight; } }
@media (max-width: 480px) { .knee-explainer-figure { --knee-aspect: 1 / 1; } }
[data-knee-explainer]:fullscreen, [data-knee-explainer][data-knee-fullscreen='layer'] {
  box-sizing: border-box; display: flex; flex-direction: column; overflow: auto; padding: 8px;
  background: var(--knee-page, #ffffff);
}
[data-knee-explainer][data-knee-fullscreen='layer'] { position: fixed; inset: 0; z-index: 2147483000; }
[data-knee-explainer]:is(:fullscreen, [data-knee-fullscreen='layer']) > .knee-explainer-figure {
  --knee-aspect: auto; flex: 1 1 auto;
}
`

export const PAUSE_BUTTON: CSSProperties = {
  position: 'absolute',
  insetInlineStart: 8,
  insetBlockEnd: 8,
  minHeight: 32,
  padding: '0 12px',
  font: '600 14px/32px system-ui, sans-serif',
  color: '#ffffff',
  background: '#1d2125',
  border: 0,
  borderRadius: 6,
  cursor: 'pointer',
}

export const SHORTCUTS: CSSProperties = {
  position: 'absolute',
  // the start corner: the end corner holds the info and full-screen buttons
  insetInlineStart: 8,
  insetBlockStart: 8,
  maxWidth: '70%',
  padding: '0.6em 0.8em',
  font: '14px/1.4 system-ui, sans-serif',
  color: '#ffffff',
  background: 'rgba(29, 33, 37, 0.94)',
  borderRadius: 6,
}

/** The high-contrast theme, as CSS custom properties every part of the figure reads. */
export const HIGH_CONTRAST = {
  '--knee-text': '#000000',
  '--knee-accent': '#0036b3',
  '--knee-border': '#000000',
  '--knee-surface': '#ffffff',
  '--knee-control-surface': '#ffffff',
  '--knee-label-text': '#000000',
  '--knee-label-bg': '#ffffff',
  '--knee-label-line': '#000000',
} as CSSProperties
