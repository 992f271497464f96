// Mounting and unmounting the full explainer leaves no trace. Each cycle is checked on its own:
// live WebGL contexts and objects, listeners on window, document, body and media queries, and DOM
// elements return to where they started, and the figure's renderer, scene and store are garbage
// collected (a WeakRef to each must clear). A leak of one figure per mount fails the cycle it
// happens in, so a dozen cycles after one warm-up (which fills page-wide caches such as the parsed
// model) prove what a hundred used to, in a fraction of the time.
import { describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import type { RootState } from '@react-three/fiber'
import { createRef } from 'react'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { mountFigure, waitUntil } from './test-utils'

const CYCLES = 12
// Heap margin over all cycles: a figure left alive weighs about 250 KB, and the WeakRef checks
// catch that directly; this only bounds slow growth from anything else.
const HEAP_MARGIN_BYTES = 3 * 1048576

// ---- live WebGL objects and contexts ----

const GL_KINDS = {
  buffer: ['createBuffer', 'deleteBuffer'],
  texture: ['createTexture', 'deleteTexture'],
  program: ['createProgram', 'deleteProgram'],
  vertexArray: ['createVertexArray', 'deleteVertexArray'],
} as const
type GlKind = keyof typeof GL_KINDS
type GlContext = WebGLRenderingContext | WebGL2RenderingContext
type GlCounts = Record<GlKind, number>

// Weak on both sides, so counting never keeps a figure's context or canvas alive. A context is
// known from its first object (three.js makes its blank textures as it starts).
const glObjects = new WeakMap<GlContext, Record<GlKind, Set<object>>>()
const contexts = new Set<WeakRef<GlContext>>()

function objectsOf(context: GlContext) {
  let sets = glObjects.get(context)
  if (!sets) {
    sets = { buffer: new Set(), texture: new Set(), program: new Set(), vertexArray: new Set() }
    glObjects.set(context, sets)
    contexts.add(new WeakRef(context))
  }
  return sets
}

for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
  for (const [kind, [create, remove]] of Object.entries(GL_KINDS) as Array<
    [GlKind, readonly [string, string]]
  >) {
    const methods = proto as unknown as Record<string, (...args: unknown[]) => unknown>
    const originalCreate = methods[create]
    const originalDelete = methods[remove]
    if (!originalCreate || !originalDelete) continue // WebGL1 has no createVertexArray
    methods[create] = function (this: GlContext, ...args: unknown[]) {
      const object = originalCreate.apply(this, args)
      if (object) objectsOf(this)[kind].add(object)
      return object
    }
    methods[remove] = function (this: GlContext, object: unknown, ...args: unknown[]) {
      if (object) objectsOf(this)[kind].delete(object)
      return originalDelete.call(this, object, ...args)
    }
  }
}

/** Contexts not yet lost, and the objects they still hold (a lost context holds nothing). */
function liveGl(): { contexts: number } & GlCounts {
  const out = { contexts: 0, buffer: 0, texture: 0, program: 0, vertexArray: 0 }
  for (const ref of contexts) {
    const context = ref.deref()
    if (!context) {
      contexts.delete(ref)
      continue
    }
    if (context.isContextLost()) continue
    out.contexts++
    const sets = objectsOf(context)
    for (const kind of Object.keys(GL_KINDS) as GlKind[]) out[kind] += sets[kind].size
  }
  return out
}

// Objects a figure never deleted, counted when its context was lost (the loss releases them)
const leftToContextLoss: GlCounts = { buffer: 0, texture: 0, program: 0, vertexArray: 0 }

function countLeftToContextLoss(context: GlContext) {
  const sets = objectsOf(context)
  for (const kind of Object.keys(GL_KINDS) as GlKind[]) leftToContextLoss[kind] += sets[kind].size
}

// ---- listeners on page-lifetime targets: window, document, body and media queries ----

// A listener left on one of these outlives the figure and keeps its closure (and so the figure)
// alive. Media queries count too: a MediaQueryList with a 'change' listener is kept alive by the
// browser for the page's lifetime.
const PAGE_TARGETS: ReadonlyMap<EventTarget, string> = new Map<EventTarget, string>([
  [window, 'window'],
  [document, 'document'],
  [document.body, 'body'],
])
const ids = new WeakMap<object, number>()
let nextId = 1
const idOf = (object: object) => ids.get(object) ?? (ids.set(object, nextId), nextId++)
const registered = new Set<string>()

// The browser keys a listener by target, type, callback and capture: registering it twice is one
function listenerKey(
  target: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options: boolean | EventListenerOptions | undefined,
): string | undefined {
  const name =
    PAGE_TARGETS.get(target) ??
    (target instanceof MediaQueryList ? `mediaQuery#${idOf(target)}` : undefined)
  if (!name || !listener) return undefined
  const capture = typeof options === 'boolean' ? options : !!options?.capture
  return `${name} ${type} ${idOf(listener)} ${capture}`
}

{
  const add = EventTarget.prototype.addEventListener
  const remove = EventTarget.prototype.removeEventListener
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const key = listenerKey(this, type, listener, options)
    if (key) {
      registered.add(key)
      // listeners that remove themselves: once, or with an abort signal
      const opts = typeof options === 'object' ? options : undefined
      if (opts?.once)
        add.call(this, type, () => registered.delete(key), { once: true, capture: opts.capture })
      opts?.signal?.addEventListener('abort', () => registered.delete(key), { once: true })
    }
    return add.call(this, type, listener, options)
  }
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const key = listenerKey(this, type, listener, options)
    if (key) registered.delete(key)
    return remove.call(this, type, listener, options)
  }
}

function listenersByTarget() {
  const out: Record<string, number> = { window: 0, document: 0, body: 0, mediaQuery: 0 }
  for (const key of registered) out[key.split(/[ #]/)[0]!]!++
  return out
}

// ---- heap ----

// Through the DevTools protocol: a full collection, and exact sizes (performance.memory is
// bucketed and refreshed only every 20 minutes without --enable-precise-memory-info).
async function usedHeapAfterGc(): Promise<number> {
  const session = cdp()
  for (let i = 0; i < 3; i++) {
    await session.send('HeapProfiler.collectGarbage')
    // lets FinalizationRegistry callbacks and WeakRef clearing run between collections
    await new Promise((r) => setTimeout(r, 50))
  }
  const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number }
  return usage.usedSize
}

// ---- one cycle ----

type Snapshot = {
  gl: ReturnType<typeof liveGl>
  listeners: ReturnType<typeof listenersByTarget>
  domNodes: number
}

const snapshot = (): Snapshot => ({
  gl: liveGl(),
  listeners: listenersByTarget(),
  domNodes: document.getElementsByTagName('*').length,
})

/** Mounts the whole explainer, waits until the model is on screen, unmounts and waits for teardown. */
async function mountDrawUnmount(onDrawn?: (state: RootState) => void) {
  let state: RootState | undefined
  let ready = false
  const api = createRef<KneeExplainerApi>()
  const figure = await mountFigure(
    <KneeExplainer
      ref={api}
      src={kneeUrl}
      canvasProps={{ onCreated: (s) => (state = s) }}
      onReady={() => (ready = true)}
    />,
  )
  // drawn: the model is loaded and dressed, its geometry is on the GPU and a frame went out since
  // generous limits: on a loaded machine a figure can take many seconds to load and draw
  const drawnFrom = await waitUntil(() => ready && state && state.gl.info.render.frame, 90_000)
  // the figure draws on demand: once still it draws nothing more, so ask for the frame (whether
  // anything else asked for one after the first was a race the loaded machine could lose)
  state!.invalidate()
  await waitUntil(
    () => state!.gl.info.memory.geometries > 10 && state!.gl.info.render.frame > drawnFrom,
    90_000,
  )
  onDrawn?.(state!)
  const context = state!.gl.getContext()
  const refs = {
    renderer: new WeakRef(state!.gl),
    scene: new WeakRef(state!.scene),
    store: new WeakRef(api.current!.store),
  }
  state = undefined
  figure.unmount()
  // r3f disposes the renderer and forces the context loss after React's cleanups have run
  await waitUntil(() => context.isContextLost(), 90_000)
  countLeftToContextLoss(context)
  return refs
}

/** Which of a figure's objects are still alive after a full collection. */
async function survivors(refs: Record<string, WeakRef<object>>): Promise<string[]> {
  await usedHeapAfterGc()
  return Object.entries(refs)
    .filter(([, ref]) => ref.deref() !== undefined)
    .map(([name]) => name)
}

const mb = (bytes: number) => +(bytes / 1048576).toFixed(2)

describe('mounting and unmounting <KneeExplainer>', () => {
  it(`${CYCLES} times: each cycle leaves GL objects, listeners, DOM where they were and the figure collected`, async () => {
    let rendererInfo = {}
    await mountDrawUnmount((state) => {
      rendererInfo = {
        geometries: state.gl.info.memory.geometries,
        textures: state.gl.info.memory.textures,
        programs: state.gl.info.programs?.length ?? 0,
      }
    })
    const before = snapshot()
    const listenersLeftByWarmUp = [...registered]
    const heapBefore = await usedHeapAfterGc()
    const leftBefore = { ...leftToContextLoss }

    const start = performance.now()
    let previous: Record<string, WeakRef<object>> | null = null
    for (let i = 1; i <= CYCLES; i++) {
      const refs = await mountDrawUnmount()
      const now = snapshot()
      // soft: a failing cycle reports every figure that moved, not just the first
      expect.soft(now.gl, `cycle ${i}: live WebGL contexts and objects`).toEqual(before.gl)
      expect.soft(now.listeners, `cycle ${i}: listeners`).toEqual(before.listeners)
      expect.soft(now.domNodes, `cycle ${i}: elements in the document`).toBe(before.domNodes)
      // React keeps the last unmounted tree until the next commit replaces it, so the figure
      // before this one must be gone: a figure that outlives one more mount is a leak
      if (previous)
        expect.soft(await survivors(previous), `cycle ${i - 1}: figure still alive`).toEqual([])
      previous = refs
    }
    const seconds = (performance.now() - start) / 1000
    const heapAfter = await usedHeapAfterGc()
    const leftPerMount = Object.fromEntries(
      (Object.keys(GL_KINDS) as GlKind[]).map((k) => [
        k,
        (leftToContextLoss[k] - leftBefore[k]) / CYCLES,
      ]),
    )
    console.info(
      JSON.stringify({
        cycles: CYCLES,
        seconds: Math.round(seconds),
        rendererInfo,
        listenersLeftByWarmUp,
        leftPerMount,
        heapMb: [mb(heapBefore), mb(heapAfter)],
      }),
    )
    // with each figure disposing its materials, three.js deletes every buffer, program and
    // vertex array before the context goes; only its 4 blank state textures (WebGLState) are
    // left for the context loss to release (without the disposal, about 7 programs a figure)
    expect
      .soft(leftPerMount, 'GL objects per mount not deleted before the context loss')
      .toEqual({ buffer: 0, texture: 4, program: 0, vertexArray: 0 })
    expect.soft(heapAfter - heapBefore, 'heap growth (bytes)').toBeLessThan(HEAP_MARGIN_BYTES)
  }, 600_000)
})
