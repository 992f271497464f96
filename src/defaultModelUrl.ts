/**
 * URL of the knee model that ships with the package (models/knee.glb), resolved next to the built
 * module so the host serves it from its own origin. The literal stays in the built file, so an
 * app's bundler (Vite, webpack 5) can pick the file up as an asset. The file sits at the root of
 * src/ so the relative path is the same from the sources (dev server) and from dist/index.js.
 */
export function defaultModelUrl(): string {
  return new URL(/* @vite-ignore */ '../models/knee.glb', import.meta.url).href
}
