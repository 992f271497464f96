// The figure's info button: the model's CC BY credit lines, what the figure shows and the
// library's version, in a panel a keyboard and a screen reader can open and leave.
import { afterEach, describe, expect, it } from 'vitest'
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createRef } from 'react'
import { KneeExplainer, type KneeExplainerApi } from '../../src'
import { MODEL_CREDITS, MODEL_LICENCE } from '../../src/anatomy/credits'
import { loadLocale } from '../../src/i18n/locales'

afterEach(cleanup)

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'))

async function figure(lang?: string) {
  const api = createRef<KneeExplainerApi>()
  await act(async () => {
    render(<KneeExplainer ref={api} lang={lang} src="http://localhost/none.glb" />)
  })
  return api
}

describe('the info button', () => {
  it('opens a named panel with every credit line, the licence, a description and the version', async () => {
    await figure()
    const button = screen.getByRole('button', { name: 'About this figure' })
    expect(button.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('dialog')).toBeNull()
    await act(async () => fireEvent.click(button))
    expect(button.getAttribute('aria-expanded')).toBe('true')
    const panel = screen.getByRole('dialog', { name: 'About this figure' })
    expect(button.getAttribute('aria-controls')).toBe(panel.id)
    expect(document.activeElement).toBe(panel)
    const text = panel.textContent ?? ''
    for (const credit of MODEL_CREDITS) {
      expect(text).toContain(credit.title)
      if (credit.doi) expect(text).toContain(credit.doi)
    }
    expect(within(panel).getByRole('link', { name: MODEL_LICENCE.name }).getAttribute('href')).toBe(
      MODEL_LICENCE.url,
    )
    expect(text).toMatch(/kneecap glides/)
    expect(text).toContain(`version ${pkg.version}`)
  })

  it('Escape closes it and gives focus back to the button; Close does the same', async () => {
    await figure()
    const button = screen.getByRole('button', { name: 'About this figure' })
    await act(async () => fireEvent.click(button))
    await act(async () => fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(button)
    await act(async () => fireEvent.click(button))
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Close' })))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(button)
  })

  it("keys inside the panel never reach the figure's shortcuts", async () => {
    const api = await figure()
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'About this figure' })),
    )
    await act(async () => fireEvent.keyDown(screen.getByRole('dialog'), { key: ' ' }))
    await act(async () => fireEvent.keyDown(screen.getByRole('dialog'), { key: '7' }))
    expect(api.current!.store.getState().playing).toBe(false)
    expect(api.current!.store.getState().view).toBe('anterior')
  })

  it('speaks the figure’s language; the citations are marked as English', async () => {
    await loadLocale('de')
    await figure('de')
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Über diese Abbildung' })),
    )
    const panel = screen.getByRole('dialog', { name: 'Über diese Abbildung' })
    expect(panel.textContent).toContain('Woher das 3D-Modell stammt')
    expect(panel.querySelector('ul')!.getAttribute('lang')).toBe('en')
    expect(within(panel).getByRole('button', { name: 'Schließen' })).toBeTruthy()
  })
})
