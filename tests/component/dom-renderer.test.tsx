// The custom element's own DOM renderer (src/embed/domRenderer.ts) against react-dom: the figure's
// controls, toolbar, charts and cards come out the same (elements, attributes, SVG names, styles,
// form values), clicks and slider steps reach the same store, and the React features the figure
// leans on (state, Suspense with use(), sheets with precedence, errors, unmount) behave as
// react-dom's do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, Suspense, use, useEffect, useState, type CSSProperties, type ReactNode } from 'react'
import { createRoot as createReactDomRoot } from 'react-dom/client'
import { createRoot, type DomRoot } from '../../src/embed/domRenderer'
import {
  createExplainerStore,
  ExplainerProvider,
  ExerciseCard,
  TrackingChart,
  TRACKING_PRESETS,
  type ExplainerState,
} from '../../src'
import { ExplainerToolbar } from '../../src/explainer/ExplainerToolbar'
import { ExplainerControls } from '../../src/explainer/ExplainerControls'

// act() from React drives both renderers' work to completion, as in the other component tests
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) act(cleanup)
  document.body.innerHTML = ''
  document.head.querySelectorAll('style').forEach((s) => s.remove())
})

/** Renders into a fresh container with one renderer or the other. */
function mount(renderer: 'react-dom' | 'own', node: ReactNode) {
  const container = document.createElement('div')
  document.body.append(container)
  const root: DomRoot = renderer === 'own' ? createRoot(container) : createReactDomRoot(container)
  act(() => root.render(node))
  cleanups.push(() => root.unmount())
  return { container, root }
}

/**
 * The DOM as a reader's browser has it: elements with their attributes in name order, text, the
 * live value of form fields. Ids are numbered in order (each renderer counts its own useId), and
 * comments are left out (the own renderer marks where a hoisted sheet was declared).
 */
function snapshot(root: Node): string {
  const ids = new Map<string, string>()
  const id = (value: string) => {
    if (!ids.has(value)) ids.set(value, `id${ids.size}`)
    return ids.get(value)!
  }
  // ids first, in document order, so references before their target still match
  for (const element of (root as Element).querySelectorAll('[id]')) id(element.id)
  const idRefs = new Set(['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls'])
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? ''
    if (node.nodeType !== Node.ELEMENT_NODE) return ''
    const element = node as Element
    const attributes = [...element.attributes]
      .map(({ name, value }) => {
        const shown = idRefs.has(name)
          ? value
              .split(' ')
              .map((v) => (ids.has(v) ? ids.get(v) : v))
              .join(' ')
          : value
        return `${name}="${shown}"`
      })
      .sort()
    const live =
      element instanceof HTMLInputElement
        ? ` value=${element.value} checked=${element.checked}`
        : element instanceof HTMLSelectElement
          ? ` value=${element.value}`
          : ''
    const ns = element.namespaceURI === 'http://www.w3.org/2000/svg' ? 'svg:' : ''
    return `<${ns}${element.localName} ${attributes.join(' ')}${live}>${[...element.childNodes]
      .map(walk)
      .join('')}</${element.localName}>`
  }
  return walk(root)
}

function both(node: () => ReactNode) {
  const theirs = mount('react-dom', node())
  const ours = mount('own', node())
  return { theirs, ours }
}

/** What a reader's typing or dragging does: the browser's own setter, under react-dom's tracker. */
function setValue(field: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = Object.getPrototypeOf(field) as object
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value)
}

/** Long enough for React's scheduler on a 2-core machine under another heavy process. */
const LOADED = { timeout: 15_000 }

function withStore(node: ReactNode, initial: Partial<ExplainerState> = {}) {
  const store = createExplainerStore(initial)
  return { store, node: <ExplainerProvider store={store}>{node}</ExplainerProvider> }
}

const normal = { label: 'Normal', params: TRACKING_PRESETS.normal }
const moderate = {
  label: 'Drifts outward (moderate)',
  params: TRACKING_PRESETS.lateralMaltracking.moderate,
}

describe('the element’s DOM renderer draws what react-dom draws', () => {
  it.each([
    ['the full control panel', () => withStore(<ExplainerControls />, { flexionDeg: 110 }).node],
    ['the toolbar', () => withStore(<ExplainerToolbar />, { tracking: 'lateral-moderate' }).node],
    ['a tracking chart (SVG)', () => <TrackingChart series={[normal, moderate]} flexionDeg={45} />],
    ['an exercise card', () => <ExerciseCard exercise="straight-leg-raise" />],
  ])('%s', (_name, node) => {
    const { theirs, ours } = both(node)
    expect(theirs.container.children.length).toBeGreaterThan(0)
    expect(snapshot(ours.container)).toBe(snapshot(theirs.container))
  })

  it('puts each <style precedence> sheet once at the top of its root, as react-dom does', () => {
    const host = document.createElement('div')
    document.body.append(host)
    const shadow = host.attachShadow({ mode: 'open' })
    const container = document.createElement('div')
    shadow.append(container)
    const root = createRoot(container)
    cleanups.push(() => root.unmount())
    act(() =>
      root.render(
        withStore(
          <>
            <ExplainerControls />
            <ExplainerToolbar />
          </>,
        ).node,
      ),
    )
    const sheets = [...shadow.querySelectorAll('style')]
    // the panel and the toolbar share the controls' sheet: it is there once
    const hrefs = sheets.map((s) => s.dataset.href)
    expect(new Set(hrefs).size).toBe(hrefs.length)
    expect(hrefs.length).toBeGreaterThanOrEqual(2)
    expect(sheets.every((s) => s.parentNode === shadow && s.dataset.precedence)).toBe(true)
    expect(shadow.firstChild).toBe(sheets[0])
    // none is left inside the figure, where :first-child rules would see it
    expect(container.querySelector('style')).toBeNull()
  })
})

describe('the element’s DOM renderer handles the reader’s input as react-dom does', () => {
  it('a click on Play and a step of the knee-bend slider reach the store', async () => {
    for (const renderer of ['react-dom', 'own'] as const) {
      const { store, node } = withStore(<ExplainerToolbar />)
      const { container } = mount(renderer, node)
      const play = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Play')!
      act(() => play.click())
      expect(store.getState().playing, renderer).toBe(true)
      const slider = container.querySelector<HTMLInputElement>('input[type="range"]')!
      act(() => {
        setValue(slider, '110')
        slider.dispatchEvent(new Event('input', { bubbles: true }))
      })
      expect(store.getState(), renderer).toMatchObject({ flexionDeg: 110, playing: false })
      // the slider goes past 100 (its max is set before its value)
      expect(slider.value, renderer).toBe('110')
    }
  })

  it('a choice in a select and a tick in a check box reach the store', () => {
    for (const renderer of ['react-dom', 'own'] as const) {
      const { store, node } = withStore(<ExplainerControls />)
      const { container } = mount(renderer, node)
      const select = container.querySelector('select')!
      const option = [...select.options].find((o) => o.value !== select.value)!
      act(() => {
        setValue(select, option.value)
        select.dispatchEvent(new Event('change', { bubbles: true }))
      })
      expect(snapshot(container), renderer).toContain(`value=${option.value}`)
      const box = container.querySelector<HTMLInputElement>('input[type="checkbox"]')!
      const before = JSON.stringify(store.getState())
      act(() => box.click())
      expect(box.checked, renderer).toBe(true)
      expect(JSON.stringify(store.getState()), renderer).not.toBe(before)
    }
  })

  it('an input’s value is set after its limits, whatever the order of its props', () => {
    const { container } = mount(
      'own',
      <input value={110} type="range" max={120} min={0} onChange={() => {}} />,
    )
    expect(container.querySelector('input')!.value).toBe('110')
  })

  it('a controlled input the app does not follow goes back to the app’s value', async () => {
    function Stubborn() {
      return <input type="range" min={0} max={10} value={3} onChange={() => {}} />
    }
    const { container } = mount('own', <Stubborn />)
    const input = container.querySelector('input')!
    await act(async () => {
      setValue(input, '7')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    expect(input.value).toBe('3')
  })

  it('onFocus and onBlur bubble from the element that takes focus, as React’s do', () => {
    const seen: string[] = []
    const { container } = mount(
      'own',
      <div onFocus={() => seen.push('focus')} onBlur={() => seen.push('blur')}>
        <button>inside</button>
      </div>,
    )
    act(() => container.querySelector('button')!.focus())
    act(() => container.querySelector('button')!.blur())
    expect(seen).toEqual(['focus', 'blur'])
  })
})

describe('the element’s DOM renderer updates what it drew', () => {
  it('state updates re-render in place: style keys that go away are removed', () => {
    let setWide!: (wide: boolean) => void
    function Box() {
      const [wide, set] = useState(true)
      setWide = set
      return (
        <div
          className={wide ? 'wide' : undefined}
          aria-pressed={wide}
          hidden={!wide}
          style={
            wide
              ? ({ width: 10, opacity: 0.5, '--knee-aspect': '4 / 3' } as CSSProperties)
              : { opacity: 1 }
          }
        />
      )
    }
    const { container } = mount('own', <Box />)
    const box = container.firstChild as HTMLElement
    expect(box.getAttribute('class')).toBe('wide')
    expect(box.getAttribute('aria-pressed')).toBe('true')
    expect(box.hidden).toBe(false)
    expect(box.style.width).toBe('10px')
    expect(box.style.opacity).toBe('0.5')
    expect(box.style.getPropertyValue('--knee-aspect')).toBe('4 / 3')
    act(() => setWide(false))
    expect(box.hasAttribute('class')).toBe(false)
    expect(box.getAttribute('aria-pressed')).toBe('false')
    expect(box.hidden).toBe(true)
    expect(box.style.width).toBe('')
    expect(box.style.getPropertyValue('--knee-aspect')).toBe('')
    expect(box.style.opacity).toBe('1')
  })
})

describe('the element’s DOM renderer keeps React’s lifecycle', () => {
  // real scheduling here, as in a page: React's work runs on its own, not inside act()
  const act_ = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }
  beforeEach(() => void (act_.IS_REACT_ACT_ENVIRONMENT = false))
  afterEach(() => void (act_.IS_REACT_ACT_ENVIRONMENT = true))

  it('Suspense shows the fallback while use() waits, then the content, hidden nodes restored', async () => {
    let resolve!: (word: string) => void
    const words = new Promise<string>((r) => (resolve = r))
    function Word() {
      return <span>{use(words)}</span>
    }
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    cleanups.push(() => root.unmount())
    root.render(
      <div style={{ display: 'grid' }}>
        <Suspense fallback={<p>loading</p>}>
          <Word />
        </Suspense>
      </div>,
    )
    await vi.waitFor(() => expect(container.textContent).toBe('loading'), LOADED)
    resolve('kneecap')
    await vi.waitFor(() => expect(container.textContent).toBe('kneecap'), LOADED)
    expect((container.firstChild as HTMLElement).style.display).toBe('grid')
  })

  it('a click inside a shadow root updates the page before the next task, as react-dom’s do', async () => {
    function Toggle() {
      const [open, setOpen] = useState(false)
      return (
        <button aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          Show
        </button>
      )
    }
    const host = document.createElement('div')
    document.body.append(host)
    const container = document.createElement('div')
    host.attachShadow({ mode: 'open' }).append(container)
    const root = createRoot(container)
    cleanups.push(() => root.unmount())
    root.render(<Toggle />)
    await vi.waitFor(() => expect(container.querySelector('button')).not.toBeNull(), LOADED)
    const button = container.querySelector('button')!
    button.click()
    // microtasks only: a keyboard user's next key may come in the next task
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(button.getAttribute('aria-expanded')).toBe('true')
  })

  it('unmount runs the effects’ cleanup at once (the canvas lets go of its context then)', async () => {
    const cleanup = vi.fn()
    const mounted = vi.fn()
    function Effect() {
      useEffect(() => {
        mounted()
        return cleanup
      }, [])
      return null
    }
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    root.render(<Effect />)
    await vi.waitFor(() => expect(mounted).toHaveBeenCalled(), LOADED)
    expect(cleanup).not.toHaveBeenCalled()
    root.unmount()
    expect(cleanup).toHaveBeenCalledTimes(1)
  })

  it('an error no boundary catches goes to onUncaughtError, with nothing left on screen', async () => {
    const container = document.createElement('div')
    document.body.append(container)
    const onUncaughtError = vi.fn()
    const root = createRoot(container, { onUncaughtError })
    cleanups.push(() => root.unmount())
    function Broken(): ReactNode {
      throw new Error('no knee')
    }
    root.render(<Broken />)
    await vi.waitFor(() => expect(onUncaughtError).toHaveBeenCalledTimes(1), LOADED)
    expect((onUncaughtError.mock.calls[0]![0] as Error).message).toBe('no knee')
    expect(container.innerHTML).toBe('')
  })
})
