// The script-tag build: <script type="module" src=".../knee-explainer.js"></script> defines
// <knee-explainer>. The model and the poster sit next to this file and load from the host's origin.
import { defineKneeExplainer } from './element'

defineKneeExplainer({
  loadMount: () => import('./mount'),
  model: new URL(/* @vite-ignore */ './knee.glb', import.meta.url).href,
  poster: new URL(/* @vite-ignore */ './knee-poster.webp', import.meta.url).href,
})
