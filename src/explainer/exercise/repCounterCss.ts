/** The rep counter's stylesheet. */

export const ROOT = 'knee-rep-counter'

// Same look as the figure's controls: custom properties with fallbacks, 32 px targets, a focus
// ring, logical properties. No animation, so nothing to turn off for reduced motion.
// Fallback colours: text #1d2125 on #f6f7f8 is 15:1, white on the accent #1f5fbf 6.1:1, the
// button border #6b7178 on white 4.9:1 and on the surface 4.6:1.
export const CSS = `
.${ROOT} {
  box-sizing: border-box;
  display: grid;
  gap: 4px;
  margin-block: 12px 0;
  padding-block: 8px;
  padding-inline: 12px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.4;
}
.${ROOT} p {
  margin: 0;
}
.${ROOT}__rep {
  font-size: 1.125em;
  font-weight: 600;
  font-variant-numeric: tabular-nums;
}
.${ROOT}__phase {
  font-variant-numeric: tabular-nums;
}
.${ROOT}__buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 8px;
  margin-block-start: 4px;
}
.${ROOT} button {
  box-sizing: border-box;
  min-block-size: 32px;
  min-inline-size: 32px;
  padding-block: 4px;
  padding-inline: 12px;
  font: inherit;
  color: var(--knee-text, #1d2125);
  background: var(--knee-control-surface, #ffffff);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: calc(var(--knee-radius, 8px) / 2);
  cursor: pointer;
}
.${ROOT} button.${ROOT}__start {
  min-inline-size: 6.5em;
  color: var(--knee-on-accent, #ffffff);
  background: var(--knee-accent, #1f5fbf);
  border-color: var(--knee-accent, #1f5fbf);
}
.${ROOT} button:hover {
  text-decoration: underline;
}
.${ROOT} :focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${ROOT}__live {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
@media (forced-colors: active) {
  .${ROOT} button.${ROOT}__start {
    border-color: ButtonText;
  }
}
`
