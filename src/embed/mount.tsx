/**
 * The heavy half of the custom element, loaded only when the figure nears the viewport:
 * React, three.js and the explainer, rendered into the element's shadow root (by domRenderer.ts,
 * not react-dom).
 */
import { StrictMode } from 'react'
import { createRoot, type DomRoot } from './domRenderer'
import {
  DEFAULT_EXPLAINER_STATE,
  KneeExplainer,
  MODEL_PROBLEM_MESSAGE,
  VideoSync,
  format,
  loadLocale,
  figureWordsFor,
  type ExplainerState,
  type KneeExplainerApi,
  type MessageKey,
  type StructureId,
  type TrackingPresetId,
  type ViewId,
} from '../index'
import type { ElementOptions } from './attributes'

/** A sentence for the reader: one of the language system's messages and the values it fills in. */
export type ReaderSentence = { key: MessageKey; values?: Record<string, string> }

export type MountCallbacks = {
  onReady: () => void
  onSelect: (id: StructureId) => void
  onStateChange: (state: ExplainerState) => void
  /**
   * The figure stopped: `message` is the English detail for the site's developer (already in the
   * console once), `sentence` what the reader sees instead.
   */
  onError: (message: string, sentence: ReaderSentence) => void
}

export type MountedExplainer = {
  update(options: ElementOptions): void
  api(): KneeExplainerApi | null
  unmount(): void
}

/**
 * A reader's sentence in the figure's language (`lang` as the figure gets it): a shipped language
 * loads first; a language the library does not ship speaks English, as the figure does.
 */
export async function readerText(lang: string | undefined, sentence: ReaderSentence) {
  await loadLocale(lang)
  // the figure's own words: the whole English bundle would bring every text the figure never shows
  return format(figureWordsFor(lang).messages[sentence.key], sentence.values)
}

export function sceneFrom(options: ElementOptions): Partial<ExplainerState> {
  const scene: Partial<ExplainerState> = {}
  if (options.tracking) scene.tracking = options.tracking as TrackingPresetId
  if (options.flexionDeg !== undefined) scene.flexionDeg = options.flexionDeg
  if (options.playing !== undefined) scene.playing = options.playing
  if (options.highlight) scene.highlight = options.highlight
  if (options.view) scene.view = options.view as ViewId
  if (options.labels) scene.labels = options.labels as StructureId[]
  if (options.side) scene.side = options.side
  if (options.compare) scene.compare = options.compare as ExplainerState['compare']
  if (options.overlays) for (const overlay of options.overlays) scene[overlay] = true
  if (options.exercise) scene.exercise = options.exercise
  if (options.activity) scene.activity = options.activity as ExplainerState['activity']
  if (options.skylineBeam) scene.skylineBeam = options.skylineBeam
  if (options.radiograph !== undefined) scene.radiograph = options.radiograph
  if (options.measurements !== undefined) scene.measurements = options.measurements
  return scene
}

export function mountKneeExplainer(
  container: HTMLElement,
  options: ElementOptions,
  defaultModelSrc: string,
  callbacks: MountCallbacks,
): MountedExplainer {
  const root: DomRoot = createRoot(container, {
    onUncaughtError: (error) => {
      const message = (error as Error)?.message ?? String(error)
      // with this handler React reports nothing itself: one line for the site's developer
      console.warn(`knee-explainer: the figure stopped: ${message}`)
      callbacks.onError(`The figure stopped: ${message}`, {
        key: 'figureStopped',
        values: { message },
      })
    },
  })
  // the figure's handle; null while it mounts or waits for its language. Attribute changes made
  // meanwhile wait here and apply when the handle comes (they were lost before: a builder preview
  // under load kept an old highlight)
  let handle: KneeExplainerApi | null = null
  let pending: Partial<ExplainerState> = {}
  const ref = (api: KneeExplainerApi | null) => {
    handle = api
    if (api && Object.keys(pending).length) {
      const patch = pending
      pending = {}
      api.store.setState(patch)
    }
  }
  let current = options
  // one channel each way: the attributes at mount seed the figure (uncontrolled `default...`
  // props); later attribute changes go through the public handle
  const defaults = Object.fromEntries(
    Object.entries(sceneFrom(options)).map(([k, v]) => [
      `default${k[0]!.toUpperCase()}${k.slice(1)}`,
      v,
    ]),
  )
  // video="#id": a video in the page around the element (outside its shadow root)
  const video = () => {
    if (!current.video) return null
    const host = (container.getRootNode() as ShadowRoot).host ?? container
    try {
      return host.ownerDocument.querySelector<HTMLVideoElement>(current.video)
    } catch {
      return null // not a selector: nothing to follow
    }
  }
  const render = () => {
    root.render(
      <StrictMode>
        <KneeExplainer
          ref={ref}
          {...defaults}
          src={current.modelSrc ?? defaultModelSrc}
          label={current.alt}
          controls={current.controls}
          caption={current.caption}
          lang={current.lang}
          onReady={callbacks.onReady}
          onSelect={callbacks.onSelect}
          onStateChange={callbacks.onStateChange}
          // the figure has written the detail to the console once already
          onModelError={(error) =>
            callbacks.onError(error.message, { key: MODEL_PROBLEM_MESSAGE[error.kind] })
          }
        >
          {video() ? <VideoSync video={video()!} /> : null}
        </KneeExplainer>
      </StrictMode>,
    )
  }
  render()
  return {
    update(options) {
      const before = sceneFrom(current)
      current = options
      const after = sceneFrom(options)
      // attribute changes after load apply to the live figure; a removed attribute goes back to
      // the figure's default
      const patch: Record<string, unknown> = {}
      for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        const was = (before as Record<string, unknown>)[key]
        const now = (after as Record<string, unknown>)[key]
        if (JSON.stringify(now) !== JSON.stringify(was))
          patch[key] = now ?? DEFAULT_EXPLAINER_STATE[key as keyof ExplainerState]
      }
      if (Object.keys(patch).length) {
        if (handle) handle.store.setState(patch as Partial<ExplainerState>)
        else pending = { ...pending, ...(patch as Partial<ExplainerState>) }
      }
      render()
    },
    api: () => handle,
    unmount: () => root.unmount(),
  }
}
