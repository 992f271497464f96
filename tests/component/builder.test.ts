// The figure builder's own language: `?ui=`, else the browser's language, else English; the
// buttons at the top switch it in place, keeping the settings and the preview.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { builderLanguage, mountBuilder } from '../../src/embed/builder'
import { builderMessagesDe, builderMessagesEs } from '../../src/i18n/builderMessages'
import { DE } from '../../src/locales/de'
import { ES } from '../../src/locales/es'

let unmount: (() => void) | undefined
afterEach(() => {
  unmount?.()
  document.body.innerHTML = ''
})

function mount(options: { query: string; uiLang?: string }) {
  const root = document.body.appendChild(document.createElement('div'))
  const onUiLangChange = vi.fn()
  const builder = mountBuilder(root, {
    scriptUrl: 'https://example.org/knee-explainer.js',
    pageUrl: 'https://example.org/builder.html',
    onUiLangChange,
    ...options,
  })
  unmount = builder.unmount
  const form = () => root.querySelector('form')!
  const selected = (name: string) => {
    const select = form().querySelector<HTMLSelectElement>(`select[name=${name}]`)!
    return select.options[select.selectedIndex]!
  }
  return { root, builder, form, selected, onUiLangChange }
}

describe('the builder’s language', () => {
  it('is ?ui= first, then the browser’s first language it speaks, then English', () => {
    expect(builderLanguage('ui=de', ['es-ES'])).toBe('de')
    expect(builderLanguage('ui=fr', ['fr-FR', 'es-MX', 'de'])).toBe('es')
    expect(builderLanguage('', ['de-AT', 'en'])).toBe('de')
    expect(builderLanguage('', ['fr', 'it'])).toBe('en')
  })

  it('speaks German from ?ui=de; names come from the German bundle; the figure keeps its own language', () => {
    const { form, selected, root } = mount({ query: 'ui=de&tracking=lateral-severe&lang=es' })
    expect(form().getAttribute('aria-label')).toBe(builderMessagesDe.formLabel)
    expect(root.querySelector('.kb')!.getAttribute('lang')).toBe('de')
    expect(selected('tracking').textContent).toBe(DE.presets['lateral-severe'].label)
    expect(selected('lang').value).toBe('es')
    expect(root.querySelector('[aria-pressed=true][data-ui]')!.textContent).toBe('Deutsch')
  })

  it('switches in place: same settings, same preview element, new words', () => {
    const { builder, form, selected, root, onUiLangChange } = mount({
      query: 'tracking=weak-vmo&labels=patella&exercise=mini-squat',
      uiLang: 'en',
    })
    const preview = builder.preview
    const before = builder.read()
    root.querySelector<HTMLButtonElement>('[data-ui=es]')!.click()
    expect(form().getAttribute('aria-label')).toBe(builderMessagesEs.formLabel)
    expect(builder.read()).toEqual(before)
    expect(selected('exercise').textContent).toBe(ES.exercises['mini-squat'].name)
    expect(selected('labels').textContent).toBe(ES.structures.patella.name)
    expect(root.querySelector('[data-builder-preview]')).toBe(preview)
    expect(root.querySelector('[data-kind=link]')!.textContent).toBe(builderMessagesEs.outputLink)
    expect(root.querySelector('textarea')!.getAttribute('aria-label')).toBe(
      builderMessagesEs.output,
    )
    expect(onUiLangChange).toHaveBeenCalledWith('es', builderMessagesEs)
    expect(builder.ui().lang).toBe('es')
    // the form made afresh still drives the preview
    const tracking = form().querySelector<HTMLSelectElement>('select[name=tracking]')!
    tracking.value = 'lateral-mild'
    tracking.dispatchEvent(new Event('change', { bubbles: true }))
    expect(preview.getAttribute('tracking')).toBe('lateral-mild')
  })
})
