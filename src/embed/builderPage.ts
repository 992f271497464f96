// dist/embed/builder.html's script: the builder, with the element from the script beside it. The
// page's title, heading and introduction speak the builder's language and follow its switch.
import type { BuilderMessages } from '../index'
import { mountBuilder, type BuilderLanguage } from './builder'

const retitle = (lang: BuilderLanguage, words: BuilderMessages) => {
  document.documentElement.lang = lang
  document.title = words.pageTitle
  document.querySelector('h1')!.textContent = words.pageTitle
  document.querySelector('.intro')!.textContent = words.intro
}

/** A language picked by hand: a reload or a bookmark keeps it (the share link does not). */
const switched = (lang: BuilderLanguage, words: BuilderMessages) => {
  retitle(lang, words)
  const url = new URL(location.href)
  url.searchParams.set('ui', lang)
  history.replaceState(history.state, '', url)
}

const builder = mountBuilder(document.getElementById('builder')!, {
  scriptUrl: new URL(/* @vite-ignore */ './knee-explainer.js', import.meta.url).href,
  onUiLangChange: switched,
})
const { lang, words } = builder.ui()
retitle(lang, words)
