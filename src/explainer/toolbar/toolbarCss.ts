/** The compact toolbar's stylesheet, on top of the control panel's (same controls, less room). */
import { ROOT } from '../controls/controlsCss'

export const TOOLBAR = 'knee-explainer-toolbar'

// Two rows at most on a 360 px phone: play and the bend slider, then the menus and the icon
// buttons; one row where there is room. The menus' labels stay for screen readers and show
// from 600 px; the icon buttons' words show from 720 px. 32 px targets (WCAG 2.2 asks 24).
const HIDDEN = `position: absolute; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;`

const SHOWN = `position: static; inline-size: auto; block-size: auto; margin: 0; overflow: visible;
  clip: auto; white-space: nowrap;`

export const TOOLBAR_CSS = `
.${ROOT}.${TOOLBAR} {
  container: knee-toolbar / inline-size;
  position: relative;
  gap: 6px 12px;
  padding-block: 6px;
  padding-inline: 8px;
}
.${TOOLBAR}__row {
  display: flex;
  align-items: center;
  gap: 6px;
  min-inline-size: 0;
}
.${TOOLBAR}__row--main { flex: 1 1 16rem; }
.${TOOLBAR}__row--main .${ROOT}__flexion { flex: 1 1 auto; min-inline-size: 0; gap: 6px; }
.${TOOLBAR}__row--main .${ROOT}__range { min-inline-size: 4rem; }
.${TOOLBAR} .${ROOT}__play { min-inline-size: 5.5em; padding-inline: 8px; }
.${TOOLBAR}__row--menus { flex: 1 1 auto; }
.${TOOLBAR}__row--menus > .${ROOT}__field { flex: 1 1 0; min-inline-size: 0; gap: 6px; }
.${TOOLBAR}__row--menus select {
  inline-size: 100%;
  min-inline-size: 3.5rem;
  padding-inline: 6px;
  text-overflow: ellipsis;
}
.${TOOLBAR}__row--menus > .${ROOT}__field > label,
.${TOOLBAR}__row--main .${ROOT}__flexion > label,
.${TOOLBAR}__text { ${HIDDEN} }
.${TOOLBAR} .${TOOLBAR}__icon { flex: none; padding-inline: 7px; justify-content: center; }
.${TOOLBAR} :is(label, button) { white-space: nowrap; }
.${TOOLBAR} .${ROOT}__menu > button { padding-inline: 8px; }
.${ROOT}__popover {
  position: absolute;
  z-index: 4;
  inset-block-end: calc(100% + 4px);
  inset-inline-end: 8px;
  inline-size: min(20rem, calc(100% - 16px));
  max-block-size: 70vh;
  overflow: auto;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  align-items: stretch;
  gap: 6px;
  padding: 10px 12px;
  background: var(--knee-surface, #f6f7f8);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: var(--knee-radius, 8px);
  box-shadow: 0 2px 12px rgba(0, 0, 0, 0.18);
}
.${ROOT}__popover[hidden] { display: none; }
.${ROOT}__popover > .${ROOT}__field { justify-content: space-between; }
@container knee-toolbar (min-width: 600px) {
  .${TOOLBAR}__row--menus > .${ROOT}__field > label,
  .${TOOLBAR}__row--main .${ROOT}__flexion > label { ${SHOWN} }
  .${TOOLBAR}__row--menus > .${ROOT}__field { flex: 0 1 auto; }
  .${TOOLBAR}__row--menus select { inline-size: auto; max-inline-size: 16rem; }
}
@container knee-toolbar (min-width: 720px) {
  .${TOOLBAR}__text { ${SHOWN} }
}
`
