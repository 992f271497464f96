// three.js as the standalone script bundles it: the parts the figure never uses swapped out at
// build time (vite.embed.config.ts), and the same swaps for the bench's count of what the script
// is made of (bench/run.ts). Not applied to the npm package: apps bring their own three.js.
//
// Each swap is an exact piece of three r187. A three.js update that changes one stops the build
// with a line naming it, so nothing is silently left in or, worse, half taken out.

/**
 * GLTFLoader without the plugins for what the figure replaces or ignores. The figure dresses
 * every mesh in its own tissue materials (src/scene/KneeModel.tsx), so a model's material
 * extensions and textures never show; it lights itself, so a model's lights are not part of the
 * model contract, nor is GPU instancing. A model that uses them still loads without those parts.
 */
const GLTF_PLUGIN =
  /this\.register\( function \( parser \) \{\s*return new (GLTF\w+)\( parser \);\s*\} \);/g
const GLTF_PLUGINS_LEFT_OUT =
  /^GLTF(Materials\w+Extension|Texture(BasisU|WebP|AVIF)Extension|LightsExtension|MeshGpuInstancing)$/
// three r187: 12 material and 3 texture plugins, lights and GPU instancing
const GLTF_PLUGINS_DROPPED = 17

/**
 * What the figure's WebGLRenderer goes without, 9 KB gzip together:
 * - WebXR: the figure never enters a VR or AR session. renderer.xr is never presenting, which is
 *   all WebGLRenderer, WebGLBackground and r3f's loop read of it then.
 * - Environment maps (PMREM): the figure lights itself with lights only (src/scene/LightRig.tsx)
 *   and its tissue materials have no envMap.
 * - Shadow maps: nothing in the figure casts a shadow; turning them on says where they went.
 */
const RENDERER_TRIMS = [
  {
    line: 'const xr = new WebXRManager( _this, _gl );',
    with: 'const xr = new NoWebXR();',
    times: 1,
  },
  {
    line: 'if ( pmremGenerator === null ) pmremGenerator = new PMREMGenerator( renderer );',
    with: 'noEnvironmentMaps();',
    times: 2,
  },
  {
    line: 'shadowMap = new WebGLShadowMap( _this, objects, capabilities );',
    with: 'shadowMap = new NoShadowMap();',
    times: 1,
  },
]
const RENDERER_STAND_INS = `
class NoWebXR extends EventDispatcher {
  constructor() { super(); this.enabled = false; this.isPresenting = false; this.cameraAutoUpdate = true; }
  getCamera() { return null; }
  updateCamera() {}
  setAnimationLoop() {}
  getEnvironmentBlendMode() { return undefined; }
  hasDepthSensing() { return false; }
  getDepthSensingMesh() { return null; }
  getSession() { return null; }
  setSession() { return Promise.reject(new Error('knee-explainer: the standalone figure has no WebXR')); }
  dispose() {}
}
function noEnvironmentMaps() {
  throw new Error('knee-explainer: the standalone figure has no environment maps (scripts/embed-trims.mjs)');
}
class NoShadowMap {
  constructor() { this.autoUpdate = true; this.needsUpdate = false; this.type = PCFShadowMap; }
  get enabled() { return false; }
  set enabled(on) {
    if (on) throw new Error('knee-explainer: the standalone figure has no shadow maps (scripts/embed-trims.mjs)');
  }
  render() {}
}
`

const endsWith = (id, path) => id.replaceAll('\\', '/').split('?')[0].endsWith(path)

function trimGltfLoader(code) {
  const dropped = new Set()
  const trimmed = code.replace(GLTF_PLUGIN, (whole, name) =>
    GLTF_PLUGINS_LEFT_OUT.test(name) ? (dropped.add(name), '') : whole,
  )
  if (dropped.size !== GLTF_PLUGINS_DROPPED)
    throw new Error(
      `embed-trims: expected to leave out ${GLTF_PLUGINS_DROPPED} GLTFLoader plugins, found ${dropped.size} (${[...dropped].join(', ')}): check three.js's GLTFLoader`,
    )
  return trimmed
}

function trimRenderer(code) {
  for (const trim of RENDERER_TRIMS) {
    const found = code.split(trim.line).length - 1
    if (found !== trim.times)
      throw new Error(
        `embed-trims: expected ${trim.times} of "${trim.line}" in three.js, found ${found}`,
      )
    code = code.replaceAll(trim.line, trim.with)
  }
  return code + RENDERER_STAND_INS
}

/** The module's code with the swaps made, or null if `id` is not a module they touch. */
export function trimThree(code, id) {
  if (endsWith(id, 'three/examples/jsm/loaders/GLTFLoader.js')) return trimGltfLoader(code)
  if (endsWith(id, 'three/build/three.module.js')) return trimRenderer(code)
  return null
}
