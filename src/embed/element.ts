/**
 * <knee-explainer>: the figure for any page, no bundler. The element is tiny; React, three.js and
 * the model load only when it nears the viewport (loading="lazy", the default) or at once
 * (loading="eager"). A poster image shows until then, and stays, with a short message in the
 * figure's language, where WebGL is missing or something goes wrong (the detail goes to the
 * `error` event and the console). Shadow DOM keeps the host's CSS out and ours in.
 */
import { OBSERVED_ATTRIBUTES, parseAttributes, type ElementOptions } from './attributes'
import type { MountedExplainer, ReaderSentence } from './mount'

export type KneeExplainerElementUrls = {
  /** The module with React and the figure (a dynamic import). */
  loadMount: () => Promise<typeof import('./mount')>
  model: string
  poster: string
}

// One box from the first paint to the ready figure, so the page never moves (Lighthouse counted
// the poster's 4:3 box growing by the toolbar and caption as layout shift: CLS 0.036). The
// poster and the figure share one grid cell; the poster's side reserves what the figure takes:
// its canvas (4:3, square on a phone, at least 240 px: KneeCanvas and figureStyles), two lines of
// caption, the toolbar's two rows of 32 px controls and the structure list's summary. The caption
// keeps its two lines when it says less, so a playing figure does not change height either.
const CSS = `
:host { display: block; position: relative; contain: layout paint style; width: 100%; max-width: 100%;
  min-height: 240px; font: inherit; color: var(--knee-text, #1d2125); }
:host([hidden]) { display: none; }
:host([data-knee-fullscreen]) { position: fixed; inset: 0; z-index: 2147483000; contain: none;
  max-width: none; overflow: auto; background: #fff; }
.frame { position: relative; display: grid; grid-template-columns: minmax(0, 1fr); }
.poster-wrap, .mount { grid-area: 1 / 1; min-width: 0; }
.picture { position: relative; z-index: 1; }
.poster { display: block; width: 100%; aspect-ratio: 4 / 3; min-height: 240px; object-fit: cover;
  background: #eef0f2; }
@media (max-width: 480px) { .poster { aspect-ratio: 1 / 1; } }
.reserve { font-family: var(--knee-font, inherit); }
.reserve-caption { height: 3em; height: 2lh; }
.reserve-toolbar { height: calc(2 * max(32px, 1.4em + 10px) + 18px);
  border-radius: var(--knee-radius, 8px); background: var(--knee-surface, #f6f7f8); }
.reserve-list { height: calc(32px + 1em); }
:host([caption="false"]) .reserve-caption, :host([controls="false"]) .reserve-toolbar { display: none; }
.knee-explainer-caption { min-height: 3em; min-height: 2lh; }
.message { position: absolute; inset-inline: 0; inset-block-end: 0; margin: 0; padding: 0.6em 1em;
  background: rgba(29, 33, 37, 0.88); color: #fff; font: 14px/1.4 system-ui, sans-serif; }
.message:empty { display: none; }
.mount { display: none; }
:host([data-state="ready"]) .mount, :host([data-state="loading"]) .mount { display: block; }
:host([data-state="ready"]) .poster-wrap { visibility: hidden; }
:host([data-state="loading"]) .picture { pointer-events: none; }
:host([data-state="error"]) .reserve, :host([data-knee-fullscreen]) .poster-wrap { display: none; }
`

/**
 * Resolves once the page has painted its first content (or after a second, or at once if it
 * did long ago): the figure's code then starts in a task of its own, after that paint.
 */
function afterFirstContentfulPaint(): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined
    const done = () => {
      clearTimeout(timer)
      observer?.disconnect()
      setTimeout(resolve, 0)
    }
    const timer = setTimeout(done, 1000)
    try {
      if (performance.getEntriesByName('first-contentful-paint').length) return done()
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length) done()
      })
      observer.observe({ type: 'paint', buffered: true })
    } catch {
      requestAnimationFrame(done) // no paint timing here: after the next frame
    }
  })
}

/**
 * The figure's language as HTML gives an element its language: its own `lang`, else the nearest
 * ancestor's (through shadow roots to their hosts), so `<html lang="de">` makes a German figure.
 * `lang=""` (language unknown) gives none: the figure speaks English.
 */
function inheritedLang(element: Element): string | null {
  for (let node: Element | null = element; node;) {
    const found = node.closest('[lang]')
    if (found) return found.getAttribute('lang') || null
    const root = node.getRootNode()
    node = root instanceof ShadowRoot ? root.host : null
  }
  return null
}

function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') || canvas.getContext('webgl')
    // give the probe's context back now, not at the next garbage collection (about 16 allowed)
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
    return !!gl
  } catch {
    return false
  }
}

/**
 * Starts the model's download alongside the figure's code instead of after it (on a slow network
 * the two are about the same size). The loader's later fetch() takes this response: same URL,
 * mode and credentials. Only http(s); one link per model, however many figures show it.
 */
function preloadModel(src: string) {
  let url: URL
  try {
    url = new URL(src, document.baseURI)
  } catch {
    return // the loader reports a bad address
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return
  for (const link of document.head.querySelectorAll('link[rel="preload"]')) {
    if ((link as HTMLLinkElement).href === url.href) return
  }
  const link = document.createElement('link')
  link.rel = 'preload'
  link.as = 'fetch'
  link.crossOrigin = 'anonymous'
  link.href = url.href
  document.head.append(link)
}

export function defineKneeExplainer(
  urls: KneeExplainerElementUrls,
  tagName = 'knee-explainer',
): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return
  /** Whether the figure's code (and with it every language's words) has loaded on this page. */
  let codeIn = false

  class KneeExplainerElement extends HTMLElement {
    static observedAttributes = [...OBSERVED_ATTRIBUTES]
    #shadow: ShadowRoot
    #poster: HTMLImageElement
    #message: HTMLParagraphElement
    #mountPoint: HTMLDivElement
    #mounted: MountedExplainer | null = null
    #observer: IntersectionObserver | null = null
    #loading = false
    /** Counts disconnections: a load begun before one never mounts (a reconnection loads anew). */
    #connection = 0
    /** Counts requests for the poster's words: only the latest may write its alt. */
    #described = 0
    #options: ElementOptions | null = null
    /** The problem shown now (its developer's detail), and a count that retires older sentences. */
    #problem: string | null = null
    #said = 0

    constructor() {
      super()
      this.#shadow = this.attachShadow({ mode: 'open' })
      const style = document.createElement('style')
      style.textContent = CSS
      const frame = document.createElement('div')
      frame.className = 'frame'
      frame.setAttribute('part', 'frame')
      const posterWrap = document.createElement('div')
      posterWrap.className = 'poster-wrap'
      this.#poster = document.createElement('img')
      this.#poster.className = 'poster'
      this.#poster.setAttribute('part', 'poster')
      this.#poster.decoding = 'async'
      // no words until the figure's language arrives (#describePoster); an empty alt meanwhile,
      // never a missing one (a screen reader would read out the file's name)
      this.#poster.alt = ''
      this.#message = document.createElement('p')
      this.#message.className = 'message'
      this.#message.setAttribute('role', 'status')
      const picture = document.createElement('div')
      picture.className = 'picture'
      picture.append(this.#poster, this.#message)
      // the room the figure's caption, toolbar and structure list will take (see CSS)
      const reserve = document.createElement('div')
      reserve.className = 'reserve'
      reserve.setAttribute('aria-hidden', 'true')
      for (const part of ['caption', 'toolbar', 'list']) {
        const slot = document.createElement('div')
        slot.className = `reserve-${part}`
        reserve.append(slot)
      }
      posterWrap.append(picture, reserve)
      this.#mountPoint = document.createElement('div')
      this.#mountPoint.className = 'mount'
      frame.append(posterWrap, this.#mountPoint)
      this.#shadow.append(style, frame)
    }

    /** An attribute as the figure reads it: `lang` is inherited from the page. */
    #attribute = (name: string) => (name === 'lang' ? inheritedLang(this) : this.getAttribute(name))

    connectedCallback() {
      const { options, problems } = parseAttributes(this.#attribute)
      this.#options = options
      this.#poster.src = options.poster ?? urls.poster
      this.#describePoster()
      if (problems.length) return this.#failSetting(problems)
      this.#whenNear(() => void this.#load())
    }

    /** Runs `run` once the element nears the viewport (at once for loading="eager"). */
    #whenNear(run: () => void) {
      this.#observer?.disconnect()
      this.#observer = null
      if (this.#options?.loading === 'eager' || typeof IntersectionObserver === 'undefined')
        return run()
      this.#observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((e) => e.isIntersecting)) {
            this.#observer?.disconnect()
            this.#observer = null
            run()
          }
        },
        { rootMargin: '300px 0px' },
      )
      this.#observer.observe(this)
    }

    disconnectedCallback() {
      this.#connection++
      this.#options = null
      this.#said++
      this.#observer?.disconnect()
      this.#observer = null
      this.#mounted?.unmount()
      this.#mounted = null
      this.#loading = false
      this.removeAttribute('data-state')
    }

    attributeChangedCallback(name: string, previous: string | null, value: string | null) {
      // during upgrade every attribute reports a change before connectedCallback: ignore those
      if (previous === value || !this.isConnected || !this.#options) return
      const { options, problems } = parseAttributes(this.#attribute)
      this.#options = options
      if (name === 'alt' || name === 'lang') this.#describePoster()
      if (name === 'poster') this.#poster.src = options.poster ?? urls.poster
      if (problems.length) return this.#failSetting(problems)
      this.#mounted?.update(options)
    }

    /** Start the bend-and-straighten loop. */
    play() {
      this.#mounted?.api()?.play()
    }
    /** Stop the loop. */
    pause() {
      this.#mounted?.api()?.pause()
    }
    /** Fly to a named view (anterior, lateral, medial, posterior, thigh, skyline). */
    setView(view: string) {
      this.#mounted?.api()?.setView(view as never)
    }
    /**
     * A PNG Blob of the scene as it is now: `{ width, height, caption, credits }` (caption and
     * the model's credit line are written below the picture unless set to false).
     */
    toImage(options?: {
      width?: number
      height?: number
      caption?: boolean
      credits?: boolean
    }): Promise<Blob> {
      const api = this.#mounted?.api()
      return api
        ? api.toImage(options)
        : Promise.reject(new Error('The figure has not loaded yet (wait for its ready event).'))
    }
    /** The current scene state, once the figure has loaded. */
    get state() {
      return this.#mounted?.api()?.getState() ?? null
    }

    /**
     * The poster's alt text: the author's `alt`, else the figure's own sentence in its language.
     * The words come with the figure's code (the loader carries no text), so before that code is
     * in only `load` may fetch it: when the figure loads or has a problem to tell, near the viewport.
     */
    #describePoster(load = false) {
      const asked = ++this.#described
      const own = this.getAttribute('alt')
      if (own !== null) return void (this.#poster.alt = own)
      if (!load && !codeIn) return void (this.#poster.alt = '')
      const lang = this.#options?.lang
      urls
        .loadMount()
        .then(({ readerText }) => readerText(lang, { key: 'posterAlt' }))
        .then(
          (text) => {
            if (asked === this.#described) this.#poster.alt = text
          },
          () => undefined, // no code, no words: the empty alt stays
        )
    }

    async #load() {
      if (this.#loading || !this.#options) return
      this.#loading = true
      const connection = this.#connection
      // disconnected meanwhile: that disconnection reset the state, and a reconnection loads anew
      const stale = () => connection !== this.#connection || !this.#options
      this.setAttribute('data-state', 'loading')
      // The page paints first: the figure's code is a megabyte to download and a long task to
      // start, and the article's text waited for it (on a phone, its largest paint came seconds
      // late: Lighthouse's LCP, 11.4 s against <model-viewer>'s 6.2 s).
      await afterFirstContentfulPaint()
      if (stale()) return
      preloadModel(this.#options!.modelSrc ?? urls.model)
      try {
        const { mountKneeExplainer } = await urls.loadMount()
        if (stale()) return
        codeIn = true
        this.#describePoster(true)
        // The probe makes a WebGL context: on a cold start that is the graphics stack's start-up
        // (about a second with software rendering). Here, once the figure's code is in, the
        // figure's own context follows at once and shares that start-up; earlier, it held back the
        // first paint and the downloads. Only figures near the viewport probe.
        if (!hasWebGL()) {
          this.#loading = false
          return this.#fail(
            'This browser cannot show 3D figures (no WebGL): the picture shows the knee instead.',
            'no-webgl',
            { key: 'noWebgl' },
          )
        }
        this.#mounted = mountKneeExplainer(this.#mountPoint, this.#options!, urls.model, {
          onReady: () => {
            // after the first frame with the model in it
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                this.setAttribute('data-state', 'ready')
                this.dispatchEvent(new CustomEvent('ready', { bubbles: true, composed: true }))
              }),
            )
          },
          onSelect: (id) =>
            this.dispatchEvent(
              new CustomEvent('structureselect', { detail: { id }, bubbles: true, composed: true }),
            ),
          onStateChange: (state) =>
            this.dispatchEvent(
              new CustomEvent('statechange', { detail: { state }, bubbles: true, composed: true }),
            ),
          // the figure has already written the detail to the console
          onError: (message, sentence) => this.#fail(message, 'model', sentence, false),
        })
      } catch (error) {
        if (stale()) return
        const message = (error as Error).message
        this.#fail(`The 3D figure could not be loaded (${message}).`, 'load', {
          key: 'figureStopped',
          values: { message },
        })
      }
    }

    #failSetting(problems: string[]) {
      this.#fail(problems.join(' '), 'invalid-attribute', { key: 'figureSettingProblem' })
    }

    /**
     * Stops the figure and keeps the poster. The reader sees `sentence` in the figure's language;
     * the site's developer gets `message` (English, with the detail) in the `error` event and,
     * unless the figure wrote it already, once in the console.
     */
    #fail(message: string, reason: string, sentence: ReaderSentence, warn = true) {
      // one event per distinct problem: no floods when the same fault repeats
      if (this.getAttribute('data-state') === 'error' && this.#problem === message) return
      this.#problem = message
      this.#mounted?.unmount()
      this.#mounted = null
      this.#loading = false
      this.setAttribute('data-state', 'error')
      this.#message.textContent = ''
      if (warn) console.warn(`knee-explainer: ${message}`)
      this.dispatchEvent(
        new CustomEvent('error', { detail: { reason, message }, bubbles: true, composed: true }),
      )
      const said = ++this.#said
      const lang = this.#options?.lang
      // the words come with the figure's code, so they load when it would: near the viewport
      this.#whenNear(() => void this.#say(said, lang, sentence, message))
    }

    async #say(said: number, lang: string | undefined, sentence: ReaderSentence, detail: string) {
      let text: string
      try {
        const { readerText } = await urls.loadMount()
        codeIn = true
        this.#describePoster(true)
        text = await readerText(lang, sentence)
      } catch {
        text = detail // the figure's code did not load: the English detail is all there is
      }
      // text only: never parsed as HTML
      if (said === this.#said && this.getAttribute('data-state') === 'error')
        this.#message.textContent = text
    }
  }

  customElements.define(tagName, KneeExplainerElement)
}
