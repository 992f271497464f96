/** The stylesheet of the figure's corner buttons (info, full screen) and the info panel. */

export const TOOLS = 'knee-explainer-tools'

// Corner buttons sit over the canvas, top end; 32 px targets (WCAG 2.2 asks 24). The panel covers
// the canvas and scrolls, so it fits a 360 px phone and a full screen alike. Colours: white on
// #1d2125 is 16:1; the panel's text #1d2125 on #ffffff 16:1, links #1f5fbf 6.1:1.
export const TOOLS_CSS = `
.${TOOLS}__info { display: contents; }
.${TOOLS}__corner {
  position: absolute;
  inset-block-start: 8px;
  inset-inline-end: 8px;
  z-index: 2;
  box-sizing: border-box;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  inline-size: 32px;
  block-size: 32px;
  padding: 0;
  color: #ffffff;
  background: rgba(29, 33, 37, 0.82);
  border: 1px solid rgba(255, 255, 255, 0.6);
  border-radius: 50%;
  cursor: pointer;
}
.${TOOLS}__corner--second { inset-inline-end: 46px; }
.${TOOLS}__corner:hover { background: #1d2125; }
.${TOOLS}__corner[aria-expanded='true'] { background: var(--knee-accent, #1f5fbf); }
.${TOOLS} :focus-visible, .${TOOLS}__corner:focus-visible, .${TOOLS}__panel:focus-visible {
  outline: 2px solid var(--knee-accent, #1f5fbf);
  outline-offset: 2px;
}
.${TOOLS}__panel {
  position: absolute;
  inset: 8px;
  z-index: 3;
  overflow: auto;
  box-sizing: border-box;
  padding: 12px 14px;
  font: 14px/1.45 var(--knee-font, system-ui, sans-serif);
  color: var(--knee-text, #1d2125);
  background: var(--knee-control-surface, #ffffff);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: var(--knee-radius, 8px);
  box-shadow: 0 2px 12px rgba(0, 0, 0, 0.18);
}
.${TOOLS}__panel p { margin: 0 0 0.6em; }
.${TOOLS}__panel a { color: var(--knee-accent, #1f5fbf); }
.${TOOLS}__title { font-weight: 700; font-size: 1.05em; }
.${TOOLS}__subtitle { font-weight: 600; }
.${TOOLS}__credits { margin: 0 0 0.6em; padding-inline-start: 1.2em; font-size: 0.92em; }
.${TOOLS}__credits li { margin-block-end: 0.3em; overflow-wrap: anywhere; }
.${TOOLS}__close {
  min-block-size: 32px;
  padding: 4px 14px;
  font: inherit;
  color: var(--knee-text, #1d2125);
  background: var(--knee-surface, #f6f7f8);
  border: 1px solid var(--knee-border, #6b7178);
  border-radius: calc(var(--knee-radius, 8px) / 2);
  cursor: pointer;
}
@media (forced-colors: active) {
  .${TOOLS}__corner { forced-color-adjust: auto; border-color: ButtonText; }
}
`
