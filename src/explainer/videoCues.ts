/**
 * A figure that follows a video: scenes come from a cue list `{ start, end, scene }` or from a
 * WebVTT `kind="metadata"` track whose cues hold scene JSON. The cue under the video's time sets
 * the scene; play, pause and rate follow the video (a cue can ask for a still with
 * `"playing": false`); with reduced motion the figure shows each cue's still scene. Seeking is
 * just a new time: the cue under it applies, and an exercise goes to the point of its
 * repetitions that the video shows (time since the cue's start). No React here: the element and
 * <VideoSync> share it.
 */
import type { ExplainerState, ExplainerStore } from './store'

export type VideoScene = Partial<ExplainerState>

export type VideoCue = {
  /** Start, in seconds of the video. */
  start: number
  /** End, in seconds (the cue covers start <= t < end). */
  end: number
  /** What the figure shows meanwhile (view, tracking, exercise, highlight...). */
  scene: VideoScene
}

/** The cue that covers a time, or null (the last one wins where cues overlap). */
export function cueAt(cues: readonly VideoCue[], seconds: number): VideoCue | null {
  let found: VideoCue | null = null
  for (const cue of cues) if (seconds >= cue.start && seconds < cue.end) found = cue
  return found
}

/** Cues from a metadata track: each cue's text is a scene as JSON; others are skipped. */
export function cuesFromTrack(track: TextTrack): VideoCue[] {
  const out: VideoCue[] = []
  for (const cue of track.cues ? [...track.cues] : []) {
    const text = (cue as VTTCue).text
    try {
      const scene = JSON.parse(text) as unknown
      if (scene && typeof scene === 'object' && !Array.isArray(scene))
        out.push({ start: cue.startTime, end: cue.endTime, scene: scene as VideoScene })
    } catch {
      // a cue that is not JSON (a chapter title, say) is not a scene
    }
  }
  return out
}

/** The first metadata track of a video, made to load its cues (a track is off by default). */
export function metadataTrackOf(video: HTMLVideoElement): TextTrack | null {
  const track = [...video.textTracks].find((t) => t.kind === 'metadata') ?? null
  if (track && track.mode === 'disabled') track.mode = 'hidden'
  return track
}

/** While a video plays, the exercise's clock is set again after this much video time, seconds. */
const RESYNC_S = 2

export type VideoSyncOptions = {
  /** Scenes by time; without them the video's metadata track gives them. */
  cues?: readonly VideoCue[]
  /** Show each cue's still scene: no motion (prefers-reduced-motion). */
  reducedMotion?: boolean
}

/**
 * Ties a figure's store to a video until the returned function is called. Listens to the video
 * only (time, play, pause, rate, seek, and the track's cues arriving).
 */
export function syncToVideo(
  video: HTMLVideoElement,
  store: ExplainerStore,
  { cues, reducedMotion = false }: VideoSyncOptions = {},
): () => void {
  const track = cues ? null : metadataTrackOf(video)
  // the cue applied last, by its times (a track's cues are read afresh each time)
  let current = ''
  const list = () => cues ?? (track ? cuesFromTrack(track) : [])

  // the video time at which the exercise's clock was last set (see below)
  let clockSetAt = -Infinity

  const apply = (event?: Event) => {
    const cue = cueAt(list(), video.currentTime)
    const { playing: cuePlays = true, speed: cueSpeed = 1, ...scene } = cue?.scene ?? {}
    const patch: VideoScene = {}
    const key = cue ? `${cue.start}-${cue.end}` : ''
    const begins = cue !== null && key !== current
    // a cue's scene applies once as it begins: a reader may change the figure meanwhile
    if (begins) Object.assign(patch, scene)
    current = key
    // motion follows the video: its play, pause and rate
    patch.playing = !reducedMotion && !video.paused && !video.ended && cue !== null && cuePlays
    patch.speed = cueSpeed * (video.playbackRate || 1)
    // an exercise keeps the video's time: as far into its repetitions as the video is into the
    // cue. Set when the cue begins, on a seek, a start, a stop or a new rate, and every couple of
    // seconds while playing (a slow machine's figure falls behind); not on every time update,
    // which would report a new state four times a second. Reduced motion keeps the still scene.
    const exercise = begins && 'exercise' in scene ? scene.exercise : store.getState().exercise
    if (cue && exercise && !reducedMotion) {
      const now = video.currentTime
      if (event?.type !== 'timeupdate' || begins || Math.abs(now - clockSetAt) >= RESYNC_S) {
        clockSetAt = now
        patch.exerciseSeconds = Math.round((now - cue.start) * cueSpeed * 1000) / 1000
      }
    } else if (store.getState().exerciseSeconds != null) patch.exerciseSeconds = null
    store.setState(patch)
  }
  const events = [
    'timeupdate',
    'seeked',
    'play',
    'playing',
    'pause',
    'ratechange',
    'ended',
    'loadedmetadata',
  ]
  for (const type of events) video.addEventListener(type, apply)
  track?.addEventListener('cuechange', apply)
  // cues of a track arrive when it loads: look again then
  const trackElement = video.querySelector('track[kind="metadata"]')
  trackElement?.addEventListener('load', apply)
  apply()
  return () => {
    // the figure keeps its own time again
    if (store.getState().exerciseSeconds != null) store.setState({ exerciseSeconds: null })
    for (const type of events) video.removeEventListener(type, apply)
    track?.removeEventListener('cuechange', apply)
    trackElement?.removeEventListener('load', apply)
  }
}
