// The explainer in a real browser, judged by its pixels: the VMO highlight is where the VMO is,
// and a maltracking kneecap sits visibly further to the outside than a normal one.
import { afterEach, describe, expect, it } from 'vitest'
import { Vector3, type Mesh, type Object3D } from 'three'
import kneeUrl from '../../models/knee.glb?url'
import { KneeExplainer, getTrackingPreset, solveKnee, type KneeExplainerProps } from '../../src'
import type { RootState } from '@react-three/fiber'
import { flushSync } from 'react-dom'
import {
  captureRootState,
  untilQuiet,
  centroidOf,
  isHighlightBlue,
  mountFigure,
  renderAndReadFrame,
  settled,
  waitUntil,
  type MountedFigure,
} from './test-utils'

let mounted: MountedFigure | undefined
afterEach(() => mounted?.unmount())

/** The figure as these tests show it: no controls or caption, full resolution. */
function testFigure(
  created: ReturnType<typeof captureRootState>,
  onReady: () => void,
  props: Partial<KneeExplainerProps>,
) {
  return (
    <KneeExplainer
      src={kneeUrl}
      controls={false}
      caption={false}
      canvasProps={{ onCreated: created.onCreated, adaptiveResolution: false }}
      onReady={onReady}
      {...props}
    />
  )
}

async function renderExplainer(
  props: Partial<KneeExplainerProps>,
  /** where the kneecap comes to rest (the solver's pose): wait for it, not for a quiet spell */
  rest?: readonly [number, number, number],
): Promise<RootState> {
  const created = captureRootState()
  let ready = false
  mounted = await mountFigure(testFigure(created, () => (ready = true), props))
  const state = await settled(await created.ready)
  await waitUntil(() => ready)
  // camera flights and tracking blends take about a second (longer on a loaded machine); the
  // stage keeps rendering until they are done, then draws nothing more
  await untilQuiet(state)
  // and the kneecap has come to rest: on a loaded machine a quiet spell can come mid-blend
  const patella = state.scene.getObjectByName('joint-patella')!
  if (rest) {
    await waitUntil(
      () => patella.position.distanceTo(new Vector3(...rest)) < 1e-5 || undefined,
      60_000,
    )
    await untilQuiet(state)
    return state
  }
  let last = ''
  for (let i = 0; i < 40; i++) {
    const now = patella.position
      .toArray()
      .map((v) => v.toFixed(6))
      .join()
    if (now === last) break
    last = now
    await new Promise((resolve) => setTimeout(resolve, 250))
    await untilQuiet(state)
  }
  return state
}

/** Screen pixels (device pixels) of a structure's front-facing vertices. */
function frontPixels(state: RootState, name: string): Array<[number, number]> {
  const mesh = state.scene.getObjectByName(name) as Mesh
  const { width, height } = state.gl.getContext().canvas
  const points: Array<[number, number]> = []
  const v = new Vector3()
  const n = new Vector3()
  const toCamera = new Vector3()
  const count = mesh.geometry.attributes.position!.count
  for (let i = 0; i < count; i++) {
    mesh.getVertexPosition(i, v)
    mesh.localToWorld(v)
    n.fromBufferAttribute(mesh.geometry.attributes.normal!, i).transformDirection(mesh.matrixWorld)
    if (n.dot(toCamera.copy(state.camera.position).sub(v)) <= 0) continue
    v.project(state.camera)
    const x = Math.round((v.x * 0.5 + 0.5) * (width - 1))
    const y = Math.round((0.5 - v.y * 0.5) * (height - 1))
    if (x > 0 && y > 0 && x < width && y < height) points.push([x, y])
  }
  return points
}

describe('<KneeExplainer> in a real browser', { timeout: 180_000 }, () => {
  it.each(['anterior', 'medial'] as const)(
    'paints the VMO in the highlight colour where it projects (%s view)',
    async (view) => {
      const state = await renderExplainer({
        defaultView: view,
        defaultHighlight: ['vastus-medialis-oblique'],
        defaultFlexionDeg: 0,
      })
      const points = frontPixels(state, 'vastus-medialis-oblique')
      expect(points.length).toBeGreaterThan(20)
      const frame = renderAndReadFrame(state)
      const blue = points.filter(([x, y]) => isHighlightBlue(frame.at(x, y))).length
      expect(blue / points.length).toBeGreaterThan(0.6)
      // and the highlight is not everywhere: a point on the tibia is not blue
      const shin = new Vector3(0.004, -0.11, 0.03).project(state.camera)
      const sx = Math.round((shin.x * 0.5 + 0.5) * (frame.width - 1))
      const sy = Math.round((0.5 - shin.y * 0.5) * (frame.height - 1))
      expect(isHighlightBlue(frame.at(sx, sy))).toBe(false)
    },
  )

  async function patellaCentroid(
    tracking: 'normal' | 'lateral-moderate',
    view: 'anterior' | 'skyline',
  ) {
    const rest = solveKnee({ ...getTrackingPreset(tracking)!.params, flexionDeg: 10 }).patella
      .position
    const state = await renderExplainer(
      {
        defaultView: view,
        defaultTracking: tracking,
        defaultFlexionDeg: 10,
        defaultHighlight: ['patella', 'patellar-cartilage'],
        defaultXray: true,
      },
      rest,
    )
    const frame = renderAndReadFrame(state)
    const centroid = centroidOf(frame, isHighlightBlue)
    const grooveWorld = state.scene
      .getObjectByName('landmark-trochlear-groove')!
      .getWorldPosition(new Vector3())
    const groove = grooveWorld.clone().project(state.camera)
    const grooveX = (groove.x * 0.5 + 0.5) * (frame.width - 1)
    // how many pixels one millimetre across the knee makes at the groove, in this view
    const aside = grooveWorld
      .clone()
      .add(new Vector3(0.001, 0, 0))
      .project(state.camera)
    const pxPerMm = Math.abs(aside.x - groove.x) * 0.5 * (frame.width - 1)
    mounted?.unmount()
    mounted = undefined
    return { ...centroid, grooveX, width: frame.width, pxPerMm }
  }

  it('at 10 degrees, a lateral-maltracking kneecap sits further toward the outside than a normal one (anterior view)', async () => {
    const normal = await patellaCentroid('normal', 'anterior')
    const lateral = await patellaCentroid('lateral-moderate', 'anterior')
    expect(normal.count).toBeGreaterThan(200)
    expect(lateral.count).toBeGreaterThan(200)
    // a right knee from the front: the outside (lateral) is the viewer's left; the drawn kneecaps
    // are at least half the solver's difference in shift apart (3.5 mm or more at 10 degrees)
    const shift = (id: 'normal' | 'lateral-moderate') =>
      solveKnee({ ...getTrackingPreset(id)!.params, flexionDeg: 10 }).patella.lateralShiftMm
    const apartMm = shift('lateral-moderate') - shift('normal')
    expect(apartMm).toBeGreaterThan(3.5)
    expect(normal.x - lateral.x).toBeGreaterThan(0.5 * apartMm * normal.pxPerMm)
  })

  it('the skyline view shows a maltracking kneecap off-centre in the groove', async () => {
    const normal = await patellaCentroid('normal', 'skyline')
    const lateral = await patellaCentroid('lateral-moderate', 'skyline')
    const offNormal = Math.abs(normal.x - normal.grooveX)
    const offLateral = lateral.grooveX - lateral.x // lateral is the viewer's left here too
    expect(offLateral).toBeGreaterThan(offNormal + lateral.width * 0.008)
  })

  it('a highlight asked for after loading leaves with its structure: the radiograph shows no muscle and no outline', async () => {
    const shown = (o: Object3D) => {
      for (let a: Object3D | null = o; a; a = a.parent) if (!a.visible) return false
      return true
    }
    const created = captureRootState()
    let ready = false
    const figure = (props: Partial<KneeExplainerProps>) =>
      testFigure(created, () => (ready = true), props)
    mounted = await mountFigure(figure({}))
    const state = await settled(await created.ready)
    await waitUntil(() => ready)
    // the highlight comes after the model (as a builder or a scroll step sets it), then the look
    flushSync(() => mounted!.root.render(figure({ highlight: ['vastus-medialis-oblique'] })))
    const outline = await waitUntil(() =>
      state.scene.getObjectByName('vastus-medialis-oblique-outline'),
    )
    expect(shown(outline)).toBe(true)
    flushSync(() =>
      mounted!.root.render(figure({ highlight: ['vastus-medialis-oblique'], radiograph: true })),
    )
    await waitUntil(
      () => !shown(state.scene.getObjectByName('vastus-medialis-oblique')!) || undefined,
    )
    // (a new highlight array makes new outlines: look the outline up again)
    const after = state.scene.getObjectByName('vastus-medialis-oblique-outline')
    expect(after).toBeDefined()
    expect(shown(after!)).toBe(false)
  })

  it('keeps the knee in frame when the hip carries it forward (a squat), in the knee views', async () => {
    const state = await renderExplainer({
      defaultView: 'lateral',
      defaultFlexionDeg: 45,
      defaultHip: { flexionDeg: 40, abductionDeg: 0, externalRotationDeg: 0 },
    })
    // the hip has moved the knee a long way: more than the lateral view's half-height at the knee
    const knee = state.scene.getObjectByName('joint-femur')!.getWorldPosition(new Vector3())
    expect(knee.length()).toBeGreaterThan(0.2)
    const patella = state.scene
      .getObjectByName('joint-patella')!
      .getWorldPosition(new Vector3())
      .project(state.camera)
    expect(Math.abs(patella.x)).toBeLessThan(0.5)
    expect(Math.abs(patella.y)).toBeLessThan(0.5)
  })

  it('keeps the bursae hidden until the scene asks for one (highlight or pick)', async () => {
    const BURSAE = ['suprapatellar-bursa', 'prepatellar-bursa', 'infrapatellar-bursa']
    const plain = await renderExplainer({ defaultView: 'anterior' })
    for (const id of BURSAE) expect(plain.scene.getObjectByName(id)!.visible, id).toBe(false)
    // not even for the first frame: a bursa drawn once would have compiled its shader program
    // (three names a program after the first material that used it)
    const programs = (plain.gl.info.programs ?? []).map((p) => p.name)
    expect(programs).not.toContain('bursa')
    // and the cartilage surfaces share one program, morphing groove apart (fewer compiles before
    // the first frame: each costs a long moment with software WebGL)
    expect(programs.filter((name) => name === 'cartilage').length).toBeLessThanOrEqual(2)
    mounted?.unmount()
    mounted = undefined
    const asked = await renderExplainer({
      defaultView: 'anterior',
      defaultHighlight: ['prepatellar-bursa'],
    })
    expect(asked.scene.getObjectByName('prepatellar-bursa')!.visible).toBe(true)
    expect(asked.scene.getObjectByName('suprapatellar-bursa')!.visible).toBe(false)
    // and it is drawn where it lies, over the front of the kneecap
    expect(frontPixels(asked, 'prepatellar-bursa').length).toBeGreaterThan(20)
  })
})
