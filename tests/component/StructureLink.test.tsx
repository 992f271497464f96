import { afterEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { ExplainerProvider, StructureLink, createExplainerStore } from '../../src'
import { resetExplainerWarnings } from '../../src/explainer/store'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

describe('<StructureLink>', () => {
  it('highlights on hover and focus, restores after, and selects on click', () => {
    const store = createExplainerStore({ highlight: ['quadriceps'] })
    render(
      <ExplainerProvider store={store}>
        <p>
          The <StructureLink id="vastus-medialis-oblique">VMO</StructureLink> pulls inward.
        </p>
      </ExplainerProvider>,
    )
    const link = screen.getByRole('button', { name: 'VMO' })
    fireEvent.mouseEnter(link)
    expect(store.getState().highlight).toEqual(['vastus-medialis-oblique'])
    fireEvent.mouseLeave(link)
    expect(store.getState().highlight).toEqual(['quadriceps'])
    fireEvent.focus(link)
    expect(store.getState().highlight).toEqual(['vastus-medialis-oblique'])
    fireEvent.blur(link)
    expect(store.getState().highlight).toEqual(['quadriceps'])
    fireEvent.click(link)
    expect(store.getState()).toMatchObject({
      highlight: ['vastus-medialis-oblique'],
      selected: 'vastus-medialis-oblique',
      labels: ['vastus-medialis-oblique'],
    })
  })

  it('an unknown id is disabled and warns once', () => {
    resetExplainerWarnings()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    render(
      <ExplainerProvider>
        <StructureLink id="not-a-muscle">oops</StructureLink>
        <StructureLink id="not-a-muscle">oops again</StructureLink>
      </ExplainerProvider>,
    )
    expect((screen.getByRole('button', { name: 'oops' }) as HTMLButtonElement).disabled).toBe(true)
    expect(warn.mock.calls.filter(([m]) => String(m).includes('not-a-muscle'))).toHaveLength(1)
  })
})
