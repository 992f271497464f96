// Absurd models are refused with a message before three.js builds them: a million triangles,
// deep or cyclic nesting, too many nodes, and a 50 MB download with no (or a lying) length.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KneeModelError, loadKneeModel, parseKneeModel } from '../../src/model/loadKneeModel'
import { summariseGltf } from '../../src/model/preflight'
import { modelBytes } from './model-utils'

/** Packs a glTF JSON and an optional binary chunk into .glb bytes (glTF 2.0 spec, 4.4). */
function glb(json: object, bin?: Uint8Array): ArrayBuffer {
  const pad = (n: number) => (4 - (n % 4)) % 4
  const jsonBytes = new TextEncoder().encode(JSON.stringify(json))
  const jsonLength = jsonBytes.byteLength + pad(jsonBytes.byteLength)
  const binLength = bin ? bin.byteLength + pad(bin.byteLength) : 0
  const total = 12 + 8 + jsonLength + (bin ? 8 + binLength : 0)
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  view.setUint32(0, 0x46546c67, true)
  view.setUint32(4, 2, true)
  view.setUint32(8, total, true)
  view.setUint32(12, jsonLength, true)
  view.setUint32(16, 0x4e4f534a, true)
  out.set(jsonBytes, 20)
  out.fill(0x20, 20 + jsonBytes.byteLength, 20 + jsonLength)
  if (bin) {
    view.setUint32(20 + jsonLength, binLength, true)
    view.setUint32(24 + jsonLength, 0x004e4942, true)
    out.set(bin, 28 + jsonLength)
  }
  return out.buffer
}

/** A real indexed grid mesh of side x side quads (2 triangles each), all data present. */
function gridGlb(side: number) {
  const vertices = (side + 1) * (side + 1)
  const positions = new Float32Array(vertices * 3)
  for (let i = 0; i < vertices; i++) {
    positions[i * 3] = (i % (side + 1)) / side
    positions[i * 3 + 1] = Math.floor(i / (side + 1)) / side
  }
  const indices = new Uint32Array(side * side * 6)
  for (let y = 0, k = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const a = y * (side + 1) + x
      indices.set([a, a + 1, a + side + 1, a + 1, a + side + 2, a + side + 1], k)
      k += 6
    }
  }
  const bin = new Uint8Array(positions.byteLength + indices.byteLength)
  bin.set(new Uint8Array(positions.buffer), 0)
  bin.set(new Uint8Array(indices.buffer), positions.byteLength)
  const json = {
    asset: { version: '2.0' },
    scene: 0,
    scenes: [{ nodes: [0] }],
    nodes: [{ mesh: 0, name: 'femur' }],
    meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
    accessors: [
      {
        bufferView: 0,
        componentType: 5126,
        count: vertices,
        type: 'VEC3',
        min: [0, 0, 0],
        max: [1, 1, 0],
      },
      { bufferView: 1, componentType: 5125, count: indices.length, type: 'SCALAR' },
    ],
    bufferViews: [
      { buffer: 0, byteOffset: 0, byteLength: positions.byteLength },
      { buffer: 0, byteOffset: positions.byteLength, byteLength: indices.byteLength },
    ],
    buffers: [{ byteLength: bin.byteLength }],
  }
  return glb(json, bin)
}

/** A chain of `depth` nodes, each the only child of the one before. */
function nestedGltf(depth: number) {
  const nodes = Array.from({ length: depth }, (_, i) =>
    i + 1 < depth ? { name: `n${i}`, children: [i + 1] } : { name: `n${i}` },
  )
  return glb({ asset: { version: '2.0' }, scene: 0, scenes: [{ nodes: [0] }], nodes })
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the model was accepted')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(KneeModelError)
      return error as KneeModelError
    },
  )

describe('absurd models are refused before three.js builds them', () => {
  it('refuses a real million-triangle mesh, naming the count and the limit', async () => {
    const bytes = gridGlb(708) // 708 x 708 quads = 1,002,528 triangles, about 18 MB
    expect(bytes.byteLength).toBeLessThan(20 * 1024 * 1024) // under the byte limit, so triangles decide
    const error = await refusal(parseKneeModel(bytes))
    expect(error.kind).toBe('too-large')
    expect(error.message).toMatch(/1,002,528 triangles; the limit is 500,000/)
  })

  it('counts triangles once per node that shows a mesh', () => {
    const json = {
      scenes: [{ nodes: [0, 1, 2] }],
      nodes: [{ mesh: 0 }, { mesh: 0 }, { mesh: 0 }],
      meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1 }] }],
      accessors: [{ count: 4 }, { count: 300_000 }],
    }
    expect(summariseGltf(json).triangles).toBe(300_000)
  })

  it('refuses 100,000 nested nodes without overflowing the stack', async () => {
    const error = await refusal(parseKneeModel(nestedGltf(100_000)))
    expect(error.kind).toBe('too-large')
    expect(error.message).toMatch(/nodes; the limit is 5,000|nested more than 64 levels/)
  })

  it('refuses nesting deeper than the limit even with few nodes', async () => {
    const error = await refusal(parseKneeModel(nestedGltf(200)))
    expect(error.kind).toBe('too-large')
    expect(error.message).toMatch(/nested more than 64 levels deep/)
  })

  it('refuses a node tree with a cycle instead of looping', async () => {
    const bytes = glb({
      asset: { version: '2.0' },
      scenes: [{ nodes: [0] }],
      nodes: [{ children: [1] }, { children: [0] }],
    })
    const error = await refusal(parseKneeModel(bytes))
    expect(error.kind).toBe('not-gltf')
    expect(error.message).toMatch(/appears twice/)
  })

  it('refuses buffers declared bigger than the byte limit', async () => {
    const bytes = glb({ asset: { version: '2.0' }, buffers: [{ byteLength: 60 * 1024 * 1024 }] })
    const error = await refusal(parseKneeModel(bytes))
    expect(error.message).toMatch(/buffers hold 60 MB; the limit is 20 MB/)
  })

  it('still accepts the committed knee model', async () => {
    await expect(parseKneeModel(modelBytes())).resolves.toMatchObject({ report: { ok: true } })
  })
})

describe('a 50 MB download is cut off, not held', () => {
  afterEach(() => vi.unstubAllGlobals())

  /** A server that streams `chunks` MB, with an optional Content-Length; counts what was read. */
  function serve(chunks: number, contentLength?: number) {
    const served = { chunks: 0, cancelled: false }
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (served.chunks === chunks) return controller.close()
        served.chunks++
        controller.enqueue(new Uint8Array(1024 * 1024))
      },
      cancel() {
        served.cancelled = true
      },
    })
    const headers: Record<string, string> =
      contentLength === undefined ? {} : { 'content-length': String(contentLength) }
    vi.stubGlobal('fetch', async () => new Response(body, { headers }))
    return served
  }

  it('stops reading past the limit when the server sends no length', async () => {
    const served = serve(50)
    const error = await refusal(loadKneeModel('https://example.org/huge.glb'))
    expect(error.kind).toBe('too-large')
    expect(served.chunks).toBeLessThanOrEqual(22) // 20 MB limit plus the chunk in flight
    expect(served.cancelled).toBe(true)
  })

  it('stops reading past the limit when the server lies about the length', async () => {
    const served = serve(50, 1000)
    const error = await refusal(loadKneeModel('https://example.org/huge.glb'))
    expect(error.kind).toBe('too-large')
    expect(served.chunks).toBeLessThanOrEqual(22)
  })

  it('refuses a declared 50 MB body without reading it', async () => {
    const served = serve(50, 50 * 1024 * 1024)
    const error = await refusal(loadKneeModel('https://example.org/huge.glb'))
    expect(error.message).toMatch(/50 MB or more; the limit is 20 MB/)
    expect(served.chunks).toBeLessThanOrEqual(1)
  })
})
