import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useRef } from 'react'
import { expect, fireEvent, waitFor } from 'storybook/test'
import posterUrl from '../models/knee-poster.webp?url'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'
import { mountBuilder } from '../src/embed/builder'
import { defineKneeExplainer } from '../src/embed/element'

/**
 * The figure builder for writers who do not code (also shipped as `dist/embed/builder.html`):
 * pick what the figure shows, watch the live preview, then copy the HTML for WordPress or any
 * page, the JSX for React and MDX, or a link that reopens the builder with the same settings.
 */
function FigureBuilder() {
  const root = useRef<HTMLDivElement | null>(null)
  useEffect(() => {
    defineKneeExplainer({
      loadMount: () => import('../src/embed/mount'),
      model: KNEE_MODEL_URL,
      poster: posterUrl,
    })
    const builder = mountBuilder(root.current!, {
      scriptUrl: 'https://your-site.example/knee-explainer/knee-explainer.js',
      query: '',
      pageUrl: 'https://your-site.example/knee-explainer/builder.html',
    })
    return () => builder.unmount()
  }, [])
  return <div ref={root} style={{ padding: 16 }} />
}

const meta = {
  title: 'Embedding/Figure builder',
  component: FigureBuilder,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof FigureBuilder>

export default meta
type Story = StoryObj<typeof meta>

/** Picking a tracking changes the preview and the snippet to copy. */
export const Builder: Story = {
  play: async ({ canvasElement }) => {
    const preview = await waitFor(
      () => {
        const el = canvasElement.querySelector('[data-builder-preview]')
        expect(el?.getAttribute('data-state')).toBe('ready')
        return el!
      },
      { timeout: 45_000 },
    )
    const tracking = canvasElement.querySelector<HTMLSelectElement>('select[name=tracking]')!
    tracking.value = 'lateral-moderate'
    fireEvent.change(tracking)
    await expect(preview.getAttribute('tracking')).toBe('lateral-moderate')
    const output = canvasElement.querySelector('textarea')!
    await expect(output.value).toContain('tracking="lateral-moderate"')
    await expect(output.value).toContain(
      'https://your-site.example/knee-explainer/knee-explainer.js',
    )
  },
}
