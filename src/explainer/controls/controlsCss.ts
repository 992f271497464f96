/** The controls' one stylesheet (React 19 hoists and dedupes it by href). */

export const ROOT = 'knee-explainer-controls'

// One stylesheet for every instance (React 19 hoists and dedupes it by href). Theming goes
// through custom properties with fallbacks; sizes keep every target at least 32 x 32 CSS px
// (WCAG 2.2 asks 24); logical properties keep the layout right in right-to-left pages.
// Fallback colours: text #1d2125 on #f6f7f8 is 15:1, white on the accent #1f5fbf 6.1:1, the
// control border #6b7178 on the surface 4.6:1.
export const CONTROLS_CSS = `
.${ROOT} {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  padding-block: 8px;
  padding-inline: 12px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.4;
}
.${ROOT} :is(button, select) {
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
.${ROOT} button {
  display: inline-flex;
  align-items: center;
  gap: 6px;
}
.${ROOT} :is(button, select):hover {
  border-color: var(--knee-accent, #1f5fbf);
}
.${ROOT} button[aria-pressed='true'] {
  color: var(--knee-on-accent, #ffffff);
  background: var(--knee-accent, #1f5fbf);
  border-color: var(--knee-accent, #1f5fbf);
}
.${ROOT} :focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${ROOT}__field {
  display: inline-flex;
  align-items: center;
  gap: 8px;
}
.${ROOT}__flexion {
  flex: 1 1 16rem;
}
.${ROOT}__range {
  flex: 1 1 auto;
  min-inline-size: 8rem;
  min-block-size: 32px;
  margin: 0;
  accent-color: var(--knee-accent, #1f5fbf);
  cursor: pointer;
}
.${ROOT}__value {
  min-inline-size: 4ch;
  text-align: end;
  font-variant-numeric: tabular-nums;
}
.${ROOT}__play {
  min-inline-size: 6.5em;
  justify-content: center;
}
.${ROOT}__group {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 8px;
  min-inline-size: 0;
  margin: 0;
  padding: 0;
  border: 0;
}
.${ROOT}__group > legend {
  float: left;
  float: inline-start;
  padding: 0;
  margin-inline-end: 4px;
}
.${ROOT}__check {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  min-block-size: 32px;
  padding-inline-end: 4px;
  cursor: pointer;
}
.${ROOT}__check input {
  inline-size: 24px;
  block-size: 24px;
  margin: 0;
  accent-color: var(--knee-accent, #1f5fbf);
  cursor: pointer;
}
@media (forced-colors: active) {
  .${ROOT} button[aria-pressed='true'] {
    forced-color-adjust: none;
    color: SelectedItemText;
    background: SelectedItem;
    border-color: SelectedItem;
  }
}
`
