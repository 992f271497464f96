// validateKneeModel and parseKneeModel: each kind of breakage is reported in plain words.
import { beforeEach, describe, expect, it } from 'vitest'
import { Group, Object3D } from 'three'
import { describeProblems, validateKneeModel } from '../../src/model/contract'
import { KneeModelError, checkModelUrl, parseKneeModel } from '../../src/model/loadKneeModel'
import { loadScene, modelBytes } from './model-utils'

let scene: Object3D
beforeEach(async () => {
  scene = await loadScene()
})

const remove = (root: Object3D, name: string) => {
  const node = root.getObjectByName(name)
  node?.parent?.remove(node)
}

describe('validateKneeModel', () => {
  it('passes the committed model', () => {
    const report = validateKneeModel(scene)
    expect(report.problems).toEqual([])
    expect(report.ok).toBe(true)
  })

  it('names each missing structure', () => {
    remove(scene, 'vastus-medialis-oblique')
    remove(scene, 'iliotibial-band')
    const report = validateKneeModel(scene)
    expect(report.ok).toBe(false)
    const messages = report.problems
      .filter((p) => p.kind === 'missing-structure')
      .map((p) => p.message)
    expect(messages).toEqual([
      expect.stringContaining('"vastus-medialis-oblique"'),
      expect.stringContaining('"iliotibial-band"'),
    ])
  })

  it('names a missing landmark', () => {
    remove(scene, 'landmark-gerdys-tubercle')
    const report = validateKneeModel(scene)
    expect(report.problems).toContainEqual({
      kind: 'missing-landmark',
      message: 'No landmark node named "landmark-gerdys-tubercle".',
    })
  })

  it('says when there is no skeleton at all', () => {
    // a flat model: every node moved to the root, joints dropped
    const flat = new Group()
    const keep: Object3D[] = []
    scene.traverse((o) => {
      if (o !== scene && !o.name.startsWith('joint-')) keep.push(o)
    })
    for (const o of keep) flat.add(o.clone(false))
    const report = validateKneeModel(flat)
    expect(report.problems.map((p) => p.kind)).toContain('skeleton')
    expect(describeProblems(report)).toMatch(/no skeleton/)
  })

  it('says when a bone is not on its joint', () => {
    const patella = scene.getObjectByName('patella')!
    scene.add(patella)
    const report = validateKneeModel(scene)
    expect(report.problems.map((p) => p.message)).toContain(
      'The patella must sit inside "joint-patella" so the kinematics can move it.',
    )
  })

  it('spots a model in millimetres', () => {
    const wrapper = new Group()
    wrapper.scale.setScalar(1000)
    wrapper.add(scene)
    const report = validateKneeModel(wrapper)
    expect(report.problems).toContainEqual(
      expect.objectContaining({ kind: 'units', message: expect.stringMatching(/millimetres/) }),
    )
  })

  it('spots a mirrored (left) or upside-down frame', () => {
    const mirrored = new Group()
    mirrored.scale.set(-1, 1, 1)
    mirrored.add(scene)
    expect(validateKneeModel(mirrored).problems.map((p) => p.kind)).toContain('frame')

    const upsideDown = new Group()
    upsideDown.rotation.x = Math.PI
    upsideDown.add(scene.clone())
    const messages = validateKneeModel(upsideDown).problems.map((p) => p.message)
    expect(messages).toContain('The hip is not above the knee: +Y must point up (superior).')
  })
})

describe('parseKneeModel', () => {
  it('parses the committed model', async () => {
    const model = await parseKneeModel(modelBytes())
    expect(model.report.ok).toBe(true)
  })

  it('refuses bytes that are not glTF', async () => {
    const bytes = new TextEncoder().encode('<html>404 not found</html>').buffer as ArrayBuffer
    await expect(parseKneeModel(bytes)).rejects.toMatchObject({ kind: 'not-gltf' })
  })

  it('refuses a corrupt .glb with a message', async () => {
    const bytes = modelBytes().slice(0, 5000)
    const error = await parseKneeModel(bytes).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(KneeModelError)
    expect((error as KneeModelError).kind).toBe('not-gltf')
    expect((error as KneeModelError).message).toMatch(/could not be read as glTF/)
  })

  it('refuses a file over the size limit before parsing it', async () => {
    const huge = new ArrayBuffer(50 * 1024 * 1024)
    await expect(parseKneeModel(huge)).rejects.toMatchObject({ kind: 'too-large' })
  })
})

describe('checkModelUrl', () => {
  it('accepts http(s) and relative URLs, refuses other schemes', () => {
    expect(checkModelUrl('/models/knee.glb', 'https://example.org/a/').href).toBe(
      'https://example.org/models/knee.glb',
    )
    expect(checkModelUrl('knee.glb', 'http://localhost/page/').href).toBe(
      'http://localhost/page/knee.glb',
    )
    for (const bad of [
      'javascript:alert(1)',
      'data:model/gltf-binary;base64,AAAA',
      'file:///etc/passwd',
    ]) {
      expect(() => checkModelUrl(bad, 'https://example.org/')).toThrow(KneeModelError)
    }
  })
})
