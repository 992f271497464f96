// The figure follows a video: the cue under the video's time sets the scene once as it begins;
// play, pause and rate follow the video; reduced motion keeps still scenes; a metadata track's
// JSON cues are scenes. A stand-in video (an EventTarget with the media fields) in Node.
import { describe, expect, it } from 'vitest'
import { createExplainerStore } from '../../src/explainer/store'
import { cueAt, cuesFromTrack, syncToVideo, type VideoCue } from '../../src/explainer/videoCues'
import { EXERCISES } from '../../src/exercises/catalogue'
import { exercisePhaseAt } from '../../src/exercises/motion'
import { createExerciseDriver, createPoseNow } from '../../src/scene/stage/drivers'

class FakeVideo extends EventTarget {
  currentTime = 0
  paused = true
  ended = false
  playbackRate = 1
  textTracks: TextTrack[] = []
  querySelector() {
    return null
  }
  seek(seconds: number) {
    this.currentTime = seconds
    this.dispatchEvent(new Event('seeked'))
  }
  play() {
    this.paused = false
    this.dispatchEvent(new Event('play'))
  }
  pause() {
    this.paused = true
    this.dispatchEvent(new Event('pause'))
  }
  rate(value: number) {
    this.playbackRate = value
    this.dispatchEvent(new Event('ratechange'))
  }
}

const CUES: VideoCue[] = [
  { start: 0, end: 4, scene: { exercise: 'quad-set', view: 'anterior' } },
  { start: 4, end: 8, scene: { exercise: 'mini-squat', view: 'lateral', speed: 0.5 } },
  { start: 8, end: 12, scene: { view: 'skyline', tracking: 'lateral-moderate', playing: false } },
]

const setUp = (reducedMotion = false) => {
  const video = new FakeVideo()
  const store = createExplainerStore()
  const stop = syncToVideo(video as unknown as HTMLVideoElement, store, {
    cues: CUES,
    reducedMotion,
  })
  return { video, store, stop }
}

describe('video sync', () => {
  it('cueAt finds the cue under a time (end excluded)', () => {
    expect(cueAt(CUES, 3.99)?.scene.exercise).toBe('quad-set')
    expect(cueAt(CUES, 4)?.scene.exercise).toBe('mini-squat')
    expect(cueAt(CUES, 12)).toBeNull()
  })

  it('seeking sets the scene of the cue under the new time', () => {
    const { video, store } = setUp()
    expect(store.getState()).toMatchObject({ exercise: 'quad-set', view: 'anterior' })
    video.seek(5)
    expect(store.getState()).toMatchObject({ exercise: 'mini-squat', view: 'lateral' })
    video.seek(9)
    expect(store.getState()).toMatchObject({ view: 'skyline', tracking: 'lateral-moderate' })
  })

  it('play, pause and rate follow the video; a still cue stays still', () => {
    const { video, store } = setUp()
    expect(store.getState().playing).toBe(false)
    video.play()
    expect(store.getState().playing).toBe(true)
    video.rate(2)
    expect(store.getState().speed).toBe(2)
    video.seek(5) // this cue plays at half speed
    expect(store.getState().speed).toBe(1)
    video.pause()
    expect(store.getState().playing).toBe(false)
    video.play()
    video.seek(9)
    expect(store.getState().playing).toBe(false)
  })

  it("a reader's change within a cue stays until the next cue", () => {
    const { video, store } = setUp()
    store.setState({ view: 'posterior' })
    video.currentTime = 2
    video.dispatchEvent(new Event('timeupdate'))
    expect(store.getState().view).toBe('posterior')
    video.seek(6)
    expect(store.getState().view).toBe('lateral')
  })

  it('reduced motion: the cue’s still scene, never motion', () => {
    const { video, store } = setUp(true)
    video.play()
    video.seek(5)
    expect(store.getState()).toMatchObject({ exercise: 'mini-squat', playing: false })
  })

  it('an exercise keeps the video’s time: seconds since the cue began, times the cue’s speed', () => {
    const { video, store } = setUp()
    video.seek(2.5)
    expect(store.getState()).toMatchObject({ exercise: 'quad-set', exerciseSeconds: 2.5 })
    video.seek(1)
    expect(store.getState().exerciseSeconds).toBe(1)
    video.seek(5.5) // the mini-squat cue plays at half speed
    expect(store.getState()).toMatchObject({ exercise: 'mini-squat', exerciseSeconds: 0.75 })
    // while playing, time updates set it again only every couple of seconds
    video.play()
    video.currentTime = 6.5
    video.dispatchEvent(new Event('timeupdate'))
    expect(store.getState().exerciseSeconds).toBe(0.75)
    video.currentTime = 7.6
    video.dispatchEvent(new Event('timeupdate'))
    expect(store.getState().exerciseSeconds).toBe(1.8)
    video.pause()
    expect(store.getState().exerciseSeconds).toBe(1.8)
  })

  it('reduced motion keeps the exercise’s still scene; stopping hands the time back', () => {
    const reduced = setUp(true)
    reduced.video.seek(2.5)
    expect(reduced.store.getState().exerciseSeconds ?? null).toBeNull()
    const { video, store, stop } = setUp()
    video.seek(2.5)
    stop()
    expect(store.getState().exerciseSeconds).toBeNull()
  })

  it('the exercise driver goes to each new outside time and runs on from there', () => {
    const squat = EXERCISES['mini-squat']
    const driver = createExerciseDriver()
    const pose = createPoseNow(0)
    const state = { ...createExplainerStore().getState(), exercise: 'mini-squat', speed: 1 }
    const at = (seconds: number) => exercisePhaseAt(squat, seconds).kneeFlexionDeg
    driver.step(squat, { ...state, playing: true }, 0.05, pose)
    expect(pose.flexionDeg).toBeCloseTo(at(0.05), 6)
    driver.step(squat, { ...state, playing: false, exerciseSeconds: 2.6 }, 0.05, pose)
    expect(pose.flexionDeg).toBeCloseTo(at(2.6), 6)
    expect(pose.flexionDeg).not.toBeCloseTo(at(0.05), 1)
    // the same outside time again does not pull it back: it runs on while playing
    driver.step(squat, { ...state, playing: true, exerciseSeconds: 2.6 }, 0.05, pose)
    expect(pose.flexionDeg).toBeCloseTo(at(2.65), 6)
    driver.step(squat, { ...state, playing: true, exerciseSeconds: 1.2 }, 0.05, pose)
    expect(pose.flexionDeg).toBeCloseTo(at(1.2), 6)
    expect(pose.frame!.repetition).toBe(1)
  })

  it('stops listening when stopped', () => {
    const { video, store, stop } = setUp()
    stop()
    video.seek(9)
    expect(store.getState().view).toBe('anterior')
  })

  it('a metadata track’s cues are scenes when their text is JSON', () => {
    const track = {
      cues: [
        { startTime: 0, endTime: 2, text: '{"view": "medial"}' },
        { startTime: 2, endTime: 3, text: 'Chapter two' },
      ],
    } as unknown as TextTrack
    expect(cuesFromTrack(track)).toEqual([{ start: 0, end: 2, scene: { view: 'medial' } }])
  })
})
