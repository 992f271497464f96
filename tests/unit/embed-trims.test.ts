// The standalone build's three.js trims (scripts/embed-trims.mjs): they swap exactly what they
// name in the installed three.js, keep what the figure needs, and stop with one clear line when a
// three.js update moves a line they look for (never a half-trimmed renderer).
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { trimThree } from '../../scripts/embed-trims.mjs'

const three = resolve(import.meta.dirname, '../../node_modules/three')
const rendererPath = resolve(three, 'build/three.module.js')
const loaderPath = resolve(three, 'examples/jsm/loaders/GLTFLoader.js')
const renderer = readFileSync(rendererPath, 'utf8')
const loader = readFileSync(loaderPath, 'utf8')

describe('the embed build’s three.js trims', () => {
  it('give the renderer stand-ins for WebXR, environment maps and shadow maps', () => {
    const trimmed = trimThree(renderer, rendererPath)!
    expect(trimmed).toContain('const xr = new NoWebXR();')
    expect(trimmed).toContain('shadowMap = new NoShadowMap();')
    expect(trimmed).not.toContain('new WebXRManager(')
    expect(trimmed).not.toContain('new PMREMGenerator(')
    expect(trimmed).not.toContain('new WebGLShadowMap(')
  })

  it('leave GLTFLoader its meshopt plugins and drop the material, texture and light ones', () => {
    const trimmed = trimThree(loader, loaderPath)!
    expect(trimmed).toContain('new GLTFMeshoptCompression( parser')
    for (const gone of [
      'GLTFMaterialsSheenExtension',
      'GLTFTextureWebPExtension',
      'GLTFLightsExtension',
    ])
      expect(trimmed).not.toContain(`return new ${gone}( parser );`)
  })

  it('stop with a line naming what moved when three.js changes', () => {
    const moved = renderer.replace('new WebXRManager( _this, _gl )', 'new WebXRManager( this, gl )')
    expect(() => trimThree(moved, rendererPath)).toThrow(
      /expected 1 of "const xr = new WebXRManager/,
    )
    const renamed = loader.replace('GLTFMaterialsSheenExtension( parser )', 'GLTFSheen( parser )')
    expect(() => trimThree(renamed, loaderPath)).toThrow(
      /expected to leave out 17 GLTFLoader plugins, found 16/,
    )
  })

  it('leave every other module alone', () => {
    expect(trimThree('export const x = 1', '/src/scene/KneeModel.tsx')).toBeNull()
  })
})
