/** Pieces of KneeExplainer's figure: its placeholder, stylesheets, shortcuts note and controls. */
import type { RefObject } from 'react'
import { DEFAULT_BACKGROUND } from '../scene/canvasDefaults'
import type { Messages } from '../i18n'
import { ExplainerControls, type ExplainerControlGroup } from './ExplainerControls'
import { ExplainerToolbar } from './ExplainerToolbar'
import { FIGURE_CSS, PAUSE_BUTTON, SHORTCUTS } from './figureStyles'
import type { KneeExplainerProps } from './kneeExplainerApi'
import { TOOLS, TOOLS_CSS } from './toolbar/toolsCss'

/** Keeps the figure's place (4:3, as KneeCanvas) while its language loads, so nothing jumps. */
export function LanguagePending({ className, style, lang }: KneeExplainerProps) {
  return (
    <figure
      className={className}
      lang={lang}
      aria-busy="true"
      style={{ margin: 0, aspectRatio: '4 / 3', minHeight: 240, ...style }}
    />
  )
}

/** The figure's stylesheets (React 19 hoists each once, by href, into the document or shadow root). */
export function FigureStylesheets() {
  return (
    <>
      <style href="knee-explainer-figure" precedence="default">
        {FIGURE_CSS}
      </style>
      <style href={TOOLS} precedence="default">
        {TOOLS_CSS}
      </style>
    </>
  )
}

/** The colour behind the model: the canvas's, white in high contrast, else the library's. */
export function figureBackground({ canvasProps, theme }: KneeExplainerProps): string {
  return canvasProps?.background ?? (theme === 'high-contrast' ? '#ffffff' : DEFAULT_BACKGROUND)
}

/** WCAG 2.2.2: moving content always has a visible way to pause it (when no play control shows). */
export function PauseOverlay({ m, onPause }: { m: Messages; onPause: () => void }) {
  return (
    <button type="button" onClick={onPause} style={PAUSE_BUTTON}>
      {m.pauseMotion}
    </button>
  )
}

/** The list of keyboard shortcuts, shown over the canvas by `?`. */
export function ShortcutsNote({ m }: { m: Messages }) {
  return (
    <div role="note" aria-label={m.shortcutsTitle} style={SHORTCUTS}>
      <strong>{m.shortcutsTitle}</strong>
      <ul style={{ margin: '0.3em 0 0', paddingInlineStart: '1.2em' }}>
        <li>{m.shortcutTurn}</li>
        <li>{m.shortcutZoom}</li>
        <li>{m.shortcutPlay}</li>
        <li>{m.shortcutViews}</li>
        <li>{m.shortcutLeave}</li>
      </ul>
    </div>
  )
}

/** Whether the figure's controls include a group (true and 'panel' show every group). */
export function controlsShow(
  controls: boolean | readonly ExplainerControlGroup[] | 'panel',
  group: ExplainerControlGroup,
): boolean {
  return (
    controls === true ||
    controls === 'panel' ||
    (Array.isArray(controls) && controls.includes(group))
  )
}

/** The compact toolbar (the default), the groups asked for, or the full panel ('panel'). */
export function FigureControls({
  controls,
  messages,
  locale,
  presetLabels,
  figure,
  onSaveImage,
}: {
  controls: boolean | readonly ExplainerControlGroup[] | 'panel'
  messages: Messages
  locale: string
  presetLabels: Record<string, string>
  figure: RefObject<HTMLElement | null>
  onSaveImage?: () => void
}) {
  if (!controls) return null
  if (controls === 'panel')
    return <ExplainerControls messages={messages} locale={locale} presetLabels={presetLabels} />
  return (
    <ExplainerToolbar
      messages={messages}
      locale={locale}
      presetLabels={presetLabels}
      fullscreenTarget={figure}
      {...(onSaveImage ? { onSaveImage } : {})}
      {...(Array.isArray(controls) ? { show: controls } : {})}
    />
  )
}
