// examples/video-lesson.html: <knee-explainer video="#lesson"> follows a video the project made
// (examples/make-lesson-video.mjs) through its WebVTT metadata track. Seeking the video changes
// the exercise and view; play, pause and rate follow; with reduced motion the scene stays still.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright'
import { resolve } from 'node:path'
import { openSite, root, type Server } from './site'
import { EXERCISES } from '../../src/exercises/catalogue'
import { exercisePhaseAt } from '../../src/exercises/motion'

let browser: Browser
let server: Server

beforeAll(async () => {
  ;({ browser, server } = await openSite())
}, 180_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function open(reducedMotion: 'reduce' | 'no-preference'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion,
  })
  const page = await context.newPage()
  await page.goto(server.url + '/examples/video-lesson.html')
  await page.waitForFunction(
    () => document.getElementById('knee')?.getAttribute('data-state') === 'ready',
    undefined,
    { timeout: 90_000 },
  )
  // the track's cues have loaded
  await page.waitForFunction(() => {
    const video = document.getElementById('lesson') as HTMLVideoElement
    return (video.textTracks[0]?.cues?.length ?? 0) === 4 && video.readyState >= 1
  })
  return page
}

type Scene = {
  exercise: string | null
  view: string
  playing: boolean
  speed: number
  flexionDeg: number
}
const scene = (page: Page) =>
  page.evaluate(() => (document.getElementById('knee') as unknown as { state: Scene }).state)
const video = (page: Page, action: string) =>
  page.evaluate(async (a) => {
    const v = document.getElementById('lesson') as HTMLVideoElement
    v.muted = true // a muted video may play without a click
    if (a.startsWith('seek ')) {
      const seeked = new Promise((r) => v.addEventListener('seeked', r, { once: true }))
      v.currentTime = Number(a.slice(5))
      await seeked
    } else if (a === 'play') await v.play()
    else if (a === 'pause') v.pause()
    else if (a.startsWith('rate ')) v.playbackRate = Number(a.slice(5))
  }, action)
/** Waits until the figure's state passes `check`. */
const until = (page: Page, check: string) =>
  page.waitForFunction(
    (c) => {
      const s = (document.getElementById('knee') as unknown as { state: Scene }).state
      return s !== null && (new Function('s', `return ${c}`) as (s: Scene) => boolean)(s)
    },
    check,
    { timeout: 30_000 },
  )

describe('a figure that follows a video', { timeout: 180_000 }, () => {
  it('seeking the video changes the exercise and view; play, pause and rate follow', async () => {
    const page = await open('no-preference')
    expect(await scene(page)).toMatchObject({ exercise: 'quad-set', view: 'anterior' })
    await video(page, 'seek 9')
    await until(page, "s.exercise === 'mini-squat' && s.view === 'lateral'")
    await video(page, 'seek 13')
    await until(page, "s.exercise === 'clamshell' && s.view === 'thigh'")
    await video(page, 'seek 5')
    await until(page, "s.exercise === 'straight-leg-raise' && s.view === 'leg'")
    expect((await scene(page)).playing).toBe(false)
    await video(page, 'play')
    await until(page, 's.playing === true')
    await video(page, 'rate 2')
    await until(page, 's.speed === 2')
    await video(page, 'pause')
    await until(page, 's.playing === false')
    await video(page, 'seek 9.5')
    await until(page, "s.exercise === 'mini-squat'")
    // the squat is where the video is: as far into its repetitions as the video is into the cue
    // (8 s to 12 s); seeking within the cue moves it. Flexion is published to 0.1 degree.
    const squatAt = (seconds: number) =>
      exercisePhaseAt(EXERCISES['mini-squat'], seconds).kneeFlexionDeg
    const flexion = () => scene(page).then((s) => s.flexionDeg)
    await expect.poll(flexion, { timeout: 30_000 }).toBeCloseTo(squatAt(1.5), 0)
    await video(page, 'seek 10.2')
    await expect.poll(flexion, { timeout: 30_000 }).toBeCloseTo(squatAt(2.2), 0)
    expect(squatAt(2.2) - squatAt(1.5)).toBeGreaterThan(15)
    await video(page, 'seek 9.7')
    await expect.poll(flexion, { timeout: 30_000 }).toBeCloseTo(squatAt(1.7), 0)
    await page.waitForTimeout(1500) // the camera's flight to the view, for the picture only
    await page.screenshot({ path: resolve(root, 'tests/screenshots/video-lesson.png') })
    await page.context().close()
  })

  it('with reduced motion the figure shows each cue’s still scene', async () => {
    const page = await open('reduce')
    await video(page, 'play')
    await video(page, 'seek 9')
    await until(page, "s.exercise === 'mini-squat'")
    expect((await scene(page)).playing).toBe(false)
    await page.context().close()
  })
})
