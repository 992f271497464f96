import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen } from '@testing-library/react'
import ReactThreeTestRenderer from '@react-three/test-renderer'
import type { Light, Mesh } from 'three'
import { KneeCanvas, LightRig } from '../../src'
import { TestObject } from '../../src/scene/TestObject'

afterEach(cleanup)

describe('<KneeCanvas> in the DOM', () => {
  it('is a named figure with a size that cannot collapse', () => {
    render(
      <KneeCanvas label="Knee seen from the front" description="The kneecap sits in its groove." />,
    )
    const figure = screen.getByRole('img', { name: 'Knee seen from the front' })
    expect(figure.style.minHeight).toBe('240px')
    expect(figure.style.aspectRatio).toBe('4 / 3')
    expect(figure.style.contain).toBe('layout paint')
    const describedBy = figure.getAttribute('aria-describedby')
    expect(describedBy).toBeTruthy()
    expect(document.getElementById(describedBy!)?.textContent).toBe(
      'The kneecap sits in its groove.',
    )
  })
})

describe('light rig and test object in the scene graph', () => {
  it('has a key, a fill and a rim light and a lit mesh', async () => {
    const renderer = await ReactThreeTestRenderer.create(
      <LightRig>
        <TestObject />
      </LightRig>,
    )
    const scene = renderer.scene
    const names = scene
      .findAll((node) => (node.instance as Light).isLight === true)
      .map((n) => n.instance.name)
    expect(names).toEqual(expect.arrayContaining(['key-light', 'fill-light', 'rim-light']))
    const mesh = scene.find((node) => node.instance.name === 'test-object')
    expect((mesh.instance as Mesh).material).toHaveProperty('type', 'MeshStandardMaterial')
    expect((mesh.instance as Mesh).geometry.attributes.normal).toBeDefined()
    await renderer.unmount()
  })
})
