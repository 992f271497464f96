// The figure's list of parts: its buttons' tooltips are the structures' descriptions. In English
// they load when the list may open (a pointer on it, focus, opening), not with the figure.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import { ExplainerProvider } from '../../src/explainer'
import { StructureList } from '../../src/explainer/StructureList'
import { STRUCTURE_DESCRIPTIONS } from '../../src/anatomy/structureDescriptions'
import { EN } from '../../src/i18n/bundle'
import { figureWordsFor } from '../../src/i18n/figureWords'

afterEach(cleanup)

// the descriptions' chunk arrives by import(): allow a loaded 2-core machine its time (the
// waits end as soon as it is in; Testing Library's 1 s default is a timing a busy machine misses)
const LOADED_WITHIN_MS = 15_000

const vmoButton = (container: HTMLElement) =>
  [...container.querySelectorAll('button')].find(
    (b) => b.textContent === EN.structures['vastus-medialis-oblique'].name,
  )!

describe('the list of parts', () => {
  it('has no English tooltips until it is opened, then every part has its description', async () => {
    const { container } = render(
      <ExplainerProvider>
        <StructureList bundle={figureWordsFor('en')} />
      </ExplainerProvider>,
    )
    const details = container.querySelector('details')!
    expect(vmoButton(container).title).toBe('')
    details.open = true
    fireEvent(details, new Event('toggle'))
    await waitFor(
      () =>
        expect(vmoButton(container).title).toBe(
          STRUCTURE_DESCRIPTIONS['vastus-medialis-oblique'].description,
        ),
      { timeout: LOADED_WITHIN_MS },
    )
    const titled = [...container.querySelectorAll<HTMLButtonElement>('li button')].filter(
      (b) => b.title,
    )
    expect(titled).toHaveLength(Object.keys(STRUCTURE_DESCRIPTIONS).length)
  })

  it('starts loading them when a pointer comes onto it', async () => {
    const { container } = render(
      <ExplainerProvider>
        <StructureList bundle={figureWordsFor('en')} />
      </ExplainerProvider>,
    )
    fireEvent.pointerEnter(container.querySelector('details')!)
    await waitFor(() => expect(vmoButton(container).title).not.toBe(''), {
      timeout: LOADED_WITHIN_MS,
    })
  })

  it('uses a bundle’s own descriptions at once', () => {
    const { container } = render(
      <ExplainerProvider>
        <StructureList
          bundle={{
            ...EN,
            structures: {
              ...EN.structures,
              'vastus-medialis-oblique': { name: 'VMO', description: 'Our own words.' },
            },
          }}
        />
      </ExplainerProvider>,
    )
    expect(
      [...container.querySelectorAll('button')].find((b) => b.textContent === 'VMO')!.title,
    ).toBe('Our own words.')
  })
})
