// Figures keep the console quiet: @react-three/fiber 9 makes a THREE.Clock per canvas, and three.js
// r183+ warns each time one is made, so a page of figures filled the console. The project patches
// r3f (patches/@react-three+fiber+9.8.2.patch, applied by scripts/apply-patches.mjs on install);
// this fails if the warning comes back (a new r3f or three, or the patch not applied).
import { afterEach, describe, expect, it } from 'vitest'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer } from '../../src'
import type { RootState } from '@react-three/fiber'
import { mountFigure, settled, waitUntil, type MountedFigure } from './test-utils'

const METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const

let cleanup: Array<() => void> = []
afterEach(() => {
  for (const c of cleanup.splice(0)) c()
})

/** Records every console message from now on (still printing them). */
function recordConsole() {
  const messages: string[] = []
  for (const method of METHODS) {
    const original = console[method]
    console[method] = (...args: unknown[]) => {
      messages.push(args.map(String).join(' '))
      original(...args)
    }
    cleanup.push(() => (console[method] = original))
  }
  return messages
}

describe('console', { timeout: 120_000 }, () => {
  it('two figures on one page log no THREE.Clock deprecation warning', async () => {
    const messages = recordConsole()
    const states: Array<RootState | undefined> = [undefined, undefined]
    const ready = [false, false]
    const figures: MountedFigure[] = []
    for (const i of [0, 1]) {
      const figure = await mountFigure(
        <KneeExplainer
          src={kneeUrl}
          controls={false}
          caption={false}
          canvasProps={{ onCreated: (s) => (states[i] = s), adaptiveResolution: false }}
          onReady={() => (ready[i] = true)}
        />,
        400,
      )
      figures.push(figure)
      cleanup.push(figure.unmount)
    }
    await waitUntil(() => ready[0] && ready[1], 60_000)
    for (const state of states) {
      await settled(state!)
      // r3f's frame clock is still there and running
      expect(state!.clock.running).toBe(true)
    }
    expect(figures).toHaveLength(2)
    expect(messages.filter((m) => /Clock/.test(m))).toEqual([])
  })
})
