/**
 * A small React DOM renderer for the standalone script, in place of react-dom (66 KB gzip).
 *
 * The figure already ships React's reconciler inside @react-three/fiber; this drives a second
 * instance of that same code with a host config for the DOM. It renders what the figure's own
 * components use: elements, SVG, text, styles, event props, controlled inputs, `<style href
 * precedence>` sheets (placed once in the shadow root, as React DOM does). It is not a general
 * react-dom: no hydration, no form actions, no document metadata. Pages that use the React
 * components bring their own react-dom; only the custom element mounts through this file.
 */
import { createContext, type ReactNode } from 'react'
import { unstable_createReconciler } from '@react-three/fiber'

declare module '@react-three/fiber' {
  /**
   * React's reconciler factory as @react-three/fiber inlines it, exported by this repository's
   * patch (patches/@react-three+fiber+9.8.2.patch). Not part of r3f's API.
   */
  export function unstable_createReconciler(config: object): HostReconciler
}

type RootHandle = object
type ErrorHandler = (error: unknown, info: { componentStack?: string }) => void
type HostReconciler = {
  createContainer(
    container: Element,
    tag: number,
    hydrationCallbacks: null,
    isStrictMode: boolean,
    concurrentUpdatesByDefaultOverride: null,
    identifierPrefix: string,
    onUncaughtError: ErrorHandler,
    onCaughtError: ErrorHandler,
    onRecoverableError: ErrorHandler,
    transitionCallbacks: null,
  ): RootHandle
  updateContainer(children: ReactNode, root: RootHandle, parent: null, callback: null): void
  updateContainerSync(children: ReactNode, root: RootHandle, parent: null, callback: null): void
  flushSyncWork(): void
  defaultOnUncaughtError: ErrorHandler
  defaultOnCaughtError: ErrorHandler
  defaultOnRecoverableError: ErrorHandler
}

const SVG = 'http://www.w3.org/2000/svg'
// the namespace new elements go in (the reconciler wants a value, never null)
type Namespace = typeof SVG | 'html'
type Props = Record<string, unknown>
type Styled = HTMLElement | SVGElement

// React's event priorities (react-reconciler/constants): a click's update renders at once, a
// pointer move's may wait for the next task
const DISCRETE = 2
const CONTINUOUS = 8
const DEFAULT = 32
const CONTINUOUS_EVENTS =
  /^((pointer|mouse)(move|over|out|enter|leave)|touchmove|wheel|scroll|drag(over)?)$/
const DISCRETE_EVENTS =
  /^((dbl)?click|contextmenu|input|change|key(down|up|press)|(pointer|mouse)(down|up)|pointercancel|touch(start|end|cancel)|focus(in|out)|submit|toggle)$/

// attributes that are there or not (React DOM's list, trimmed to HTML's)
const BOOLEAN =
  /^(allowFullScreen|async|autoPlay|controls|default|defer|disabled|formNoValidate|hidden|inert|loop|multiple|muted|noValidate|open|playsInline|readOnly|required|reversed)$/
const RENAMED: Record<string, string> = {
  className: 'class',
  htmlFor: 'for',
  tabIndex: 'tabindex',
  acceptCharset: 'accept-charset',
  httpEquiv: 'http-equiv',
}
// SVG attributes whose names keep their capitals; the rest go from strokeWidth to stroke-width
const SVG_CAMEL =
  /^(viewBox|preserveAspectRatio|gradient(Transform|Units)|pattern(ContentUnits|Transform|Units)|marker(Height|Units|Width)|ref[XY]|pathLength|textLength|lengthAdjust|clipPathUnits|mask(ContentUnits|Units)|filterUnits|primitiveUnits|stdDeviation|baseFrequency|numOctaves|spreadMethod|startOffset|attribute(Name|Type)|calcMode|repeat(Count|Dur)|key(Points|Splines|Times)|tableValues|surfaceScale|specular(Constant|Exponent)|diffuseConstant|kernel(Matrix|UnitLength)|[xy]ChannelSelector|edgeMode|systemLanguage)$/
// CSS properties that take a bare number (React DOM's list, trimmed)
const UNITLESS =
  /^(animationIterationCount|aspectRatio|columnCount|columns|flex|flexGrow|flexShrink|fontWeight|gridArea|gridColumn|gridColumnEnd|gridColumnStart|gridRow|gridRowEnd|gridRowStart|lineClamp|lineHeight|opacity|order|orphans|scale|tabSize|widows|zIndex|zoom|fillOpacity|floodOpacity|stopOpacity|strokeDasharray|strokeDashoffset|strokeMiterlimit|strokeOpacity|strokeWidth)$/

/** The handlers an element's event props hold now, read by one listener per event type. */
const HANDLERS = Symbol('knee-explainer handlers')
type Listening = Element & { [HANDLERS]?: Record<string, ((event: Event) => void) | undefined> }

function isTextInput(element: Element) {
  if (element instanceof HTMLTextAreaElement) return true
  return (
    element instanceof HTMLInputElement && !['checkbox', 'radio', 'file'].includes(element.type)
  )
}

/** onClick -> click; React's onFocus and onBlur bubble (focusin, focusout). */
function eventType(prop: string): [type: string, capture: boolean] {
  const capture = prop.endsWith('Capture')
  const name = (capture ? prop.slice(2, -7) : prop.slice(2)).toLowerCase()
  const type =
    name === 'doubleclick'
      ? 'dblclick'
      : name === 'focus'
        ? 'focusin'
        : name === 'blur'
          ? 'focusout'
          : name
  return [type, capture]
}

/** The value a text or range input's onChange last reported (or the figure last set). */
const TRACKED = Symbol('knee-explainer value')
/** The value a controlled input's props hold now. */
const CONTROLLED = Symbol('knee-explainer controlled')
type Tracked = HTMLInputElement & { [TRACKED]?: string; [CONTROLLED]?: string }

const priorityOf = (type: string | undefined) =>
  type === undefined
    ? DEFAULT
    : DISCRETE_EVENTS.test(type)
      ? DISCRETE
      : CONTINUOUS_EVENTS.test(type)
        ? CONTINUOUS
        : DEFAULT

let updatePriority = 0

function listen(element: Listening, prop: string, handler: unknown) {
  const handlers = (element[HANDLERS] ??= {})
  if (!(prop in handlers)) {
    // the event's priority for the updates its handler makes, as react-dom sets it: window.event,
    // which the reconciler would read, is undefined for events inside a shadow root
    const call = (event: Event) => {
      const previous = updatePriority
      updatePriority = priorityOf(event.type)
      try {
        handlers[prop]?.(event)
      } finally {
        updatePriority = previous
      }
    }
    if (prop === 'onChange' && isTextInput(element)) {
      // React's onChange on a text or range input follows each keystroke or step ('input') and
      // reports each new value once (the 'change' at the end of a drag repeats the last one)
      const input = element as Tracked
      const changed = (event: Event) => {
        if (input.value === input[TRACKED]) return
        input[TRACKED] = input.value
        call(event)
        // controlled: once the update is in, the input shows the figure's value, not the reader's
        // if the figure did not take it (react-dom restores it the same way)
        queueMicrotask(() => {
          const value = input[CONTROLLED]
          if (value !== undefined && input.value !== value) input.value = input[TRACKED] = value
        })
      }
      input.addEventListener('input', changed)
      input.addEventListener('change', changed)
    } else {
      const [type, capture] = eventType(prop)
      element.addEventListener(type, call, capture)
    }
  }
  handlers[prop] = typeof handler === 'function' ? (handler as (event: Event) => void) : undefined
}

function setStyle(element: Styled, next: unknown, previous: unknown) {
  const style = element.style
  if (typeof next === 'string' || next == null) {
    style.cssText = (next as string | undefined) ?? ''
    return
  }
  const was = (typeof previous === 'object' && previous) || {}
  const now = next as Record<string, unknown>
  for (const name in was) if (!(name in now)) setStyleValue(style, name, null)
  for (const name in now)
    if (now[name] !== (was as Record<string, unknown>)[name]) setStyleValue(style, name, now[name])
}

function setStyleValue(style: CSSStyleDeclaration, name: string, value: unknown) {
  const css =
    value == null || typeof value === 'boolean'
      ? ''
      : typeof value === 'number' && value !== 0 && !name.startsWith('--') && !UNITLESS.test(name)
        ? `${value}px`
        : String(value)
  if (name.startsWith('--')) style.setProperty(name, css)
  else (style as unknown as Record<string, string>)[name === 'float' ? 'cssFloat' : name] = css
}

const isText = (value: unknown) => typeof value === 'string' || typeof value === 'number'

function setProp(element: Element, name: string, next: unknown, previous: unknown) {
  switch (name) {
    case 'children':
      if (isText(next) && !(element instanceof Comment)) element.textContent = String(next)
      return
    case 'key':
    case 'ref':
    case 'autoFocus':
    case 'defaultValue':
    case 'defaultChecked':
    case 'suppressHydrationWarning':
    case 'suppressContentEditableWarning':
      return
    case 'style':
      setStyle(element as Styled, next, previous)
      return
    case 'dangerouslySetInnerHTML':
      element.innerHTML = (next as { __html?: string } | null)?.__html ?? ''
      return
    case 'value':
    case 'checked':
    case 'selected':
      if (name in element) {
        const live = element as unknown as Record<string, unknown>
        const value = name === 'value' ? String(next ?? '') : Boolean(next)
        if (live[name] !== value) live[name] = value
        // an input's value attribute follows too, as react-dom keeps it (a form reset, a copy)
        if (name === 'value' && element instanceof HTMLInputElement)
          if (next == null) element.removeAttribute('value')
          else element.setAttribute('value', value as string)
        if (name === 'value')
          (element as Tracked)[TRACKED] = (element as Tracked)[CONTROLLED] =
            next == null ? undefined : (value as string)
        return
      }
  }
  if (/^on[A-Z]/.test(name)) return listen(element, name, next)
  const attribute =
    RENAMED[name] ??
    (element.namespaceURI === SVG && !SVG_CAMEL.test(name)
      ? name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      : name)
  if (next == null || typeof next === 'function' || (next === false && BOOLEAN.test(name)))
    element.removeAttribute(attribute)
  else element.setAttribute(attribute, next === true && BOOLEAN.test(name) ? '' : String(next))
}

/** Sets what changed; `value` and `checked` last, after `type`, `min`, `max` and `step`. */
function updateProps(element: Element, previous: Props, next: Props) {
  for (const name in previous)
    if (!(name in next) && previous[name] != null) setProp(element, name, null, previous[name])
  let late = false
  for (const name in next) {
    if (name === 'value' || name === 'checked') late = true
    else if (next[name] !== previous[name]) setProp(element, name, next[name], previous[name])
  }
  if (late)
    for (const name of ['value', 'checked'])
      if (name in next && next[name] !== previous[name])
        setProp(element, name, next[name], previous[name])
}

/**
 * `<style href precedence>`: React DOM puts one copy of each such sheet at the top of the root the
 * figure renders in (its shadow root) and leaves it there. The component's own place in the tree
 * holds an empty comment, so no sibling selector sees it.
 */
const SHEET = Symbol('knee-explainer sheet')
type SheetMark = Comment & { [SHEET]?: { href: string; css: string } }

function placeSheet(mark: SheetMark) {
  const { href, css } = mark[SHEET]!
  const root = mark.getRootNode() as Document | ShadowRoot
  const host = root instanceof Document ? root.head : root
  const sheets = host.querySelectorAll<HTMLStyleElement>('style[data-precedence]')
  for (const sheet of sheets) if (sheet.dataset.href === href) return
  const sheet = mark.ownerDocument.createElement('style')
  sheet.dataset.precedence = 'default'
  sheet.dataset.href = href
  sheet.textContent = css
  const last = sheets[sheets.length - 1]
  host.insertBefore(sheet, last ? last.nextSibling : host.firstChild)
}

const isSheet = (type: string, props: Props) =>
  type === 'style' && typeof props.href === 'string' && props.precedence != null

const reconciler = unstable_createReconciler({
  isPrimaryRenderer: true,
  warnsIfNotActing: false,
  supportsMutation: true,
  supportsPersistence: false,
  supportsHydration: false,
  supportsMicrotasks: true,
  scheduleMicrotask: queueMicrotask,
  scheduleTimeout: setTimeout,
  cancelTimeout: clearTimeout,
  noTimeout: -1,
  rendererPackageName: 'knee-explainer-dom',
  rendererVersion: '1',

  getRootHostContext: (container: Element): Namespace =>
    container.namespaceURI === SVG ? SVG : 'html',
  getChildHostContext: (parent: Namespace, type: string): Namespace =>
    type === 'svg' ? SVG : parent === SVG && type === 'foreignObject' ? 'html' : parent,
  getPublicInstance: (instance: Element) => instance,
  shouldSetTextContent: (type: string, props: Props) =>
    isText(props.children) || props.dangerouslySetInnerHTML != null || isSheet(type, props),

  createInstance(type: string, props: Props, container: Element, namespace: Namespace) {
    const document = container.ownerDocument
    if (isSheet(type, props)) {
      const mark: SheetMark = document.createComment('')
      mark[SHEET] = { href: props.href as string, css: String(props.children ?? '') }
      return mark
    }
    const element =
      namespace === SVG || type === 'svg'
        ? document.createElementNS(SVG, type)
        : document.createElement(type)
    // an input's type first: it decides which event its onChange listens to
    if (props.type != null) element.setAttribute('type', String(props.type))
    updateProps(element, {}, props)
    if (props.defaultValue != null) (element as HTMLInputElement).value = String(props.defaultValue)
    if (props.defaultChecked != null) (element as HTMLInputElement).checked = !!props.defaultChecked
    return element
  },
  createTextInstance: (text: string, container: Element) =>
    container.ownerDocument.createTextNode(text),
  appendInitialChild: (parent: Element, child: Node) => parent.appendChild(child),
  // a select's value and autofocus wait until the children are in and the tree is committed
  finalizeInitialChildren: (instance: Element, type: string, props: Props) =>
    instance instanceof Comment || type === 'select' || Boolean(props.autoFocus),
  commitMount(instance: Element | SheetMark, _type: string, props: Props) {
    if (instance instanceof Comment) return placeSheet(instance)
    if (instance instanceof HTMLSelectElement && props.value != null)
      instance.value = String(props.value)
    if (props.autoFocus) (instance as HTMLElement).focus()
  },
  commitUpdate(instance: Element, _type: string, previous: Props, next: Props) {
    if (!(instance instanceof Comment)) updateProps(instance, previous, next)
  },
  commitTextUpdate: (text: Text, _old: string, next: string) => {
    text.nodeValue = next
  },
  resetTextContent: (instance: Element) => {
    instance.textContent = ''
  },

  appendChild: (parent: Element, child: Node) => parent.appendChild(child),
  appendChildToContainer: (container: Element, child: Node) => container.appendChild(child),
  insertBefore: (parent: Element, child: Node, before: Node) => parent.insertBefore(child, before),
  insertInContainerBefore: (container: Element, child: Node, before: Node) =>
    container.insertBefore(child, before),
  removeChild: (parent: Element, child: Node) => parent.removeChild(child),
  removeChildFromContainer: (container: Element, child: Node) => container.removeChild(child),
  clearContainer: (container: Element) => {
    container.textContent = ''
  },

  // Suspense hides what it replaces, and shows it again as it was
  hideInstance(instance: Element) {
    if (!(instance instanceof Comment))
      (instance as Styled).style.setProperty('display', 'none', 'important')
  },
  unhideInstance(instance: Element, props: Props) {
    if (instance instanceof Comment) return
    const display = (props.style as Record<string, unknown> | undefined)?.display
    ;(instance as Styled).style.removeProperty('display')
    if (display != null) setStyleValue((instance as Styled).style, 'display', display)
  },
  hideTextInstance: (text: Text) => {
    text.nodeValue = ''
  },
  unhideTextInstance: (text: Text, value: string) => {
    text.nodeValue = value
  },

  setCurrentUpdatePriority(priority: number) {
    updatePriority = priority
  },
  getCurrentUpdatePriority: () => updatePriority,
  resolveUpdatePriority: () =>
    updatePriority !== 0 ? updatePriority : priorityOf(globalThis.window?.event?.type),
  resolveEventType: () => window.event?.type ?? null,
  resolveEventTimeStamp: () => window.event?.timeStamp ?? -1.1,
  shouldAttemptEagerTransition: () => false,
  trackSchedulerEvent() {},
  NotPendingTransition: null,
  HostTransitionContext: createContext(null),
  resetFormInstance() {},

  // what this renderer has no use for: commits never wait, no view transitions or scopes
  prepareForCommit: () => null,
  resetAfterCommit() {},
  preparePortalMount() {},
  detachDeletedInstance() {},
  getInstanceFromNode: () => null,
  beforeActiveInstanceBlur() {},
  afterActiveInstanceBlur() {},
  prepareScopeUpdate() {},
  getInstanceFromScope: () => null,
  requestPostPaintCallback() {},
  maySuspendCommit: () => false,
  maySuspendCommitOnUpdate: () => false,
  maySuspendCommitInSyncRender: () => false,
  preloadInstance: () => true,
  startSuspendingCommit: () => null,
  suspendInstance() {},
  waitForCommitToBeReady: () => null,
  getSuspendedCommitReason: () => null,
  applyViewTransitionName() {},
  restoreViewTransitionName() {},
  cancelViewTransitionName() {},
  cancelRootViewTransitionName() {},
  restoreRootViewTransitionName() {},
  InstanceMeasurement: null,
  measureInstance: () => null,
  measureClonedInstance: () => null,
  wasInstanceInViewport: () => true,
  hasInstanceChanged: () => false,
  hasInstanceAffectedParent: () => false,
  suspendOnActiveViewTransition() {},
  startViewTransition(
    _state: unknown,
    _root: unknown,
    _types: unknown,
    mutation: () => void,
    layout: () => void,
    _afterMutation: unknown,
    spawnedWork: () => void,
    _passive: unknown,
    _error: unknown,
    _blocked: unknown,
    finished?: () => void,
  ) {
    mutation()
    layout()
    finished?.()
    spawnedWork()
    return null
  },
  stopViewTransition() {},
  addViewTransitionFinishedListener: (_transition: unknown, callback: () => void) => callback(),
  createViewTransitionInstance: () => null,
  cloneMutableInstance: (instance: Element) => instance,
  cloneMutableTextInstance: (text: Text) => text,
  createFragmentInstance: () => null,
  updateFragmentInstanceFiber() {},
  commitNewChildToFragmentInstance() {},
  deleteChildFromFragmentInstance() {},
})

export type DomRoot = { render(children: ReactNode): void; unmount(): void }

/** createRoot as react-dom/client has it, with the one option the element passes. */
export function createRoot(
  container: Element,
  options: { onUncaughtError?: ErrorHandler } = {},
): DomRoot {
  const root = reconciler.createContainer(
    container,
    1, // a concurrent root, as react-dom's createRoot makes
    null,
    false,
    null,
    '',
    options.onUncaughtError ?? reconciler.defaultOnUncaughtError,
    reconciler.defaultOnCaughtError,
    reconciler.defaultOnRecoverableError,
    null,
  )
  return {
    render: (children) => reconciler.updateContainer(children, root, null, null),
    // at once, as react-dom's unmount: the figure's canvas lets go of its WebGL context now
    unmount() {
      reconciler.updateContainerSync(null, root, null, null)
      reconciler.flushSyncWork()
    },
  }
}
