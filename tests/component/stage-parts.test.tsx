// The stage's parts keep the frame-loop rules: replaced materials are disposed, and what the
// loop hands out each frame is reused rather than made anew.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import { act } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createRef } from 'react'
import type { Material, Mesh } from 'three'
import { clearKneeModelCache, createExplainerStore } from '../../src'
import { KneeStage } from '../../src/scene/KneeStage'
import type { LabelAnchor, LabelLayerApi } from '../../src/scene/labelTypes'
import { untilReady } from './untilReady'

const glb = readFileSync(resolve(import.meta.dirname, '../../models/knee.glb'))

beforeEach(() => {
  clearKneeModelCache()
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(glb, { status: 200 })),
  )
})
afterEach(() => vi.unstubAllGlobals())

async function stage(
  initial: Parameters<typeof createExplainerStore>[0],
  labelLayer?: React.RefObject<LabelLayerApi | null>,
) {
  const store = createExplainerStore(initial)
  const onReady = vi.fn()
  const renderer = await ReactThreeTestRenderer.create(
    <KneeStage
      store={store}
      src="http://localhost/knee.glb"
      onReady={onReady}
      labelLayer={labelLayer}
    />,
  )
  await untilReady(renderer, onReady)
  await renderer.advanceFrames(2, 1 / 60)
  return { store, renderer, scene: renderer.scene.instance }
}

describe('stage parts', () => {
  it('disposes the outline materials a new highlight replaces', async () => {
    const { store, renderer, scene } = await stage({ highlight: ['patella'] })
    const outline = scene.getObjectByName('patella-outline') as Mesh
    expect(outline).toBeDefined()
    const dispose = vi.spyOn(outline.material as Material, 'dispose')
    await act(async () => store.setState({ highlight: ['vastus-lateralis'] }))
    expect(scene.getObjectByName('patella-outline')).toBeUndefined()
    expect(dispose).toHaveBeenCalledTimes(1)
    await renderer.unmount()
  })

  it('hands the label layer the same objects every frame (the loop allocates nothing)', async () => {
    const calls: Array<{ anchors: readonly LabelAnchor[]; avoid: object | null }> = []
    const tags: unknown[] = []
    const layer = createRef<LabelLayerApi>() as React.RefObject<LabelLayerApi | null>
    layer.current = {
      update: (anchors, avoid) => calls.push({ anchors, avoid }),
      tooltip: () => {},
      tags: (list) => tags.push(list),
    }
    const { renderer } = await stage(
      { labels: ['patella', 'vastus-lateralis'], playing: true },
      layer,
    )
    await renderer.advanceFrames(5, 1 / 60)
    expect(calls.length).toBeGreaterThan(3)
    const [first, ...rest] = calls
    expect(first!.anchors).toHaveLength(2)
    for (const call of rest) {
      expect(call.anchors).toBe(first!.anchors)
      expect(call.avoid).toBe(first!.avoid)
    }
    const anchorObjects = [...first!.anchors]
    for (const call of rest) call.anchors.forEach((a, i) => expect(a).toBe(anchorObjects[i]))
    expect(new Set(tags).size).toBe(1)
    await renderer.unmount()
  })
})
