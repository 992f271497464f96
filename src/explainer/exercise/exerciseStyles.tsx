/** The exercise components' shared stylesheet. */

export const EXERCISE_CARD_CLASS = 'knee-exercise'
export const ROOT = EXERCISE_CARD_CLASS

// One stylesheet for every card, list and row (React 19 hoists and dedupes it by href). Theming
// goes through custom properties with fallbacks; buttons and the evidence toggle are at least
// 32 CSS px tall (WCAG 2.2 asks 24); logical properties keep right-to-left pages right.
// Fallback colours: text #1d2125 on #f6f7f8 is 15:1, white on the accent #1f5fbf 6.1:1, the
// alert's text on #fdf1f0 14:1 and its border #b3261e on that 5.9:1.
export const CSS = `
.${ROOT} {
  box-sizing: border-box;
  padding-block: 12px 16px;
  padding-inline: 16px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.5;
}
.${ROOT} :is(h1, h2, h3, h4, h5, h6) {
  margin-block: 1em 0.25em;
  font-size: 1em;
  line-height: 1.3;
}
.${ROOT} .${ROOT}__title {
  margin-block-start: 0;
  font-size: 1.25em;
}
.${ROOT} p {
  margin-block: 0.25em;
}
.${ROOT} :is(ol, ul) {
  margin-block: 0.25em;
  padding-inline-start: 1.5em;
}
.${ROOT} li + li {
  margin-block-start: 0.25em;
}
.${ROOT} .${ROOT}__facts {
  list-style: none;
  padding-inline-start: 0;
}
.${ROOT}__main {
  font-weight: 600;
}
.${ROOT}__note {
  font-size: 0.9375em;
}
.${ROOT}__send {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 4px 12px;
  margin-block: 8px;
}
.${ROOT}__send button {
  box-sizing: border-box;
  min-block-size: 32px;
  min-inline-size: 32px;
  padding-block: 4px;
  padding-inline: 12px;
  font: inherit;
  color: var(--knee-on-accent, #ffffff);
  background: var(--knee-accent, #1f5fbf);
  border: 1px solid var(--knee-accent, #1f5fbf);
  border-radius: calc(var(--knee-radius, 8px) / 2);
  cursor: pointer;
}
.${ROOT}__send button:hover {
  text-decoration: underline;
}
.${ROOT} details {
  margin-block-start: 12px;
}
.${ROOT} summary {
  box-sizing: border-box;
  min-block-size: 32px;
  padding-block: 4px;
  cursor: pointer;
  font-weight: 600;
}
.${ROOT} :focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${ROOT}-alert {
  box-sizing: border-box;
  padding-block: 8px;
  padding-inline: 12px;
  color: var(--knee-text, #1d2125);
  background: var(--knee-alert-surface, #fdf1f0);
  border: 1px solid var(--knee-alert-border, #b3261e);
  border-inline-start-width: 4px;
  border-radius: var(--knee-radius, 8px);
  font-family: var(--knee-font, inherit);
  line-height: 1.5;
  overflow-wrap: anywhere;
}
.${ROOT}-alert p {
  margin-block: 0.25em;
}
.${ROOT}-alert ul {
  margin-block: 0.25em;
  padding-inline-start: 1.5em;
}
@media (forced-colors: active) {
  .${ROOT}__send button {
    border-color: ButtonText;
  }
}
`

/** The shared stylesheet of the exercise components (rendered once per page by React). */
export function ExerciseStyles() {
  return (
    <style href={ROOT} precedence="default">
      {CSS}
    </style>
  )
}
