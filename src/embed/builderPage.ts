// dist/embed/builder.html's script: the builder, with the element from the script beside it.
import { mountBuilder } from './builder'

mountBuilder(document.getElementById('builder')!, {
  scriptUrl: new URL(/* @vite-ignore */ './knee-explainer.js', import.meta.url).href,
})
