// Scroll-synced steps in a real browser: each step puts the figure in its stated state as it
// scrolls into place, scrolling back restores the earlier step, and a fast jump never leaves a mix.
import { afterEach, describe, expect, it } from 'vitest'
import { ExplainerProvider, ScrollSteps, Step, createExplainerStore } from '../../src'
import { mountFigure, waitUntil, type MountedFigure } from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => {
  mounted?.unmount()
  window.scrollTo(0, 0)
})

const scenes = [
  { view: 'anterior', highlight: ['patella'] },
  { view: 'lateral', flexionDeg: 60 },
  { view: 'skyline', tracking: 'lateral-moderate', flexionDeg: 10, compare: 'ghost' },
] as const

describe('<ScrollSteps>', () => {
  it('applies each step as it reaches the middle of the viewport, and restores on the way back', async () => {
    const store = createExplainerStore()
    mounted = await mountFigure(
      <ExplainerProvider store={store}>
        <div style={{ height: '120vh' }}>Intro</div>
        <ScrollSteps
          baseScene={{
            view: 'anterior',
            flexionDeg: 0,
            tracking: 'normal',
            highlight: [],
            compare: 'none',
          }}
          figure={<div style={{ height: 200, background: '#ddd' }}>figure</div>}
        >
          {scenes.map((scene, i) => (
            <Step key={i} scene={scene as never}>
              <p>Step {i + 1}</p>
            </Step>
          ))}
        </ScrollSteps>
        <div style={{ height: '150vh' }}>Outro</div>
      </ExplainerProvider>,
    )
    const steps = [...mounted.container.querySelectorAll<HTMLElement>('[data-knee-step]')]
    expect(steps).toHaveLength(3)
    const scrollToStep = (i: number) => {
      const box = steps[i]!.getBoundingClientRect()
      window.scrollTo(0, window.scrollY + box.top + box.height / 2 - window.innerHeight / 2)
    }
    for (const i of [0, 1, 2]) {
      scrollToStep(i)
      await waitUntil(() => steps[i]!.hasAttribute('data-active'))
      expect(store.getState()).toMatchObject({ ...scenes[i] })
    }
    // back up to the first step: the later steps' changes are gone
    scrollToStep(0)
    await waitUntil(() => steps[0]!.hasAttribute('data-active'))
    expect(store.getState()).toMatchObject({
      view: 'anterior',
      highlight: ['patella'],
      flexionDeg: 0,
      tracking: 'normal',
      compare: 'none',
    })
    // a fast jump from the top straight past step 2 to step 3: step 3 exactly, nothing of step 2
    window.scrollTo(0, 0)
    await waitUntil(() => !steps.some((s) => s.hasAttribute('data-active')))
    expect(store.getState()).toMatchObject({ view: 'anterior', flexionDeg: 0, highlight: [] })
    scrollToStep(2)
    await waitUntil(() => steps[2]!.hasAttribute('data-active'))
    expect(store.getState()).toMatchObject({ ...scenes[2], highlight: [] })
  })
})
