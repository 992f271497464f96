import type { Meta, StoryObj } from '@storybook/react-vite'
import { useRef, useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import lessonUrl from '../examples/video-lesson.webm?url'
import cuesUrl from '../examples/video-lesson.vtt?url'
import captionsUrl from '../examples/video-lesson.captions.vtt?url'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'
import { withFigureFrame } from '../.storybook/decorators'
import { KneeExplainer, VideoSync, type VideoCue } from '../src'

/**
 * A figure that follows a video: `<VideoSync>` inside the figure ties it to an HTML video. The
 * scenes come from the video's WebVTT metadata track (each cue's text is a scene as JSON) or from
 * a `cues` list. The video is the project's own (examples/make-lesson-video.mjs).
 */
function Lesson({ cues }: { cues?: VideoCue[] }) {
  const video = useRef<HTMLVideoElement | null>(null)
  const [exercise, setExercise] = useState<string | null>(null)
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <video ref={video} controls playsInline muted preload="auto" style={{ width: '100%' }}>
        <source src={lessonUrl} type="video/webm" />
        <track kind="metadata" src={cuesUrl} srcLang="en" default />
        <track kind="captions" src={captionsUrl} srcLang="en" label="English" />
      </video>
      <KneeExplainer
        src={KNEE_MODEL_URL}
        structureList={false}
        onStateChange={(state) => setExercise(state.exercise)}
      >
        <VideoSync video={video} {...(cues ? { cues } : {})} />
      </KneeExplainer>
      <p data-testid="exercise">Exercise on the figure: {exercise ?? 'none'}</p>
    </div>
  )
}

const meta = {
  title: 'Explainer/VideoSync',
  component: Lesson,
  decorators: [withFigureFrame],
} satisfies Meta<typeof Lesson>

export default meta
type Story = StoryObj<typeof meta>

/** Scenes from the video's metadata track; seeking the video changes the exercise. */
export const FromMetadataTrack: Story = {
  play: async ({ canvasElement }) => {
    const video = canvasElement.querySelector('video')!
    const shown = canvasElement.querySelector('[data-testid="exercise"]')!
    await waitFor(() => expect(video.textTracks[0]?.cues?.length).toBe(4), { timeout: 30_000 })
    video.currentTime = 9
    await waitFor(() => expect(shown.textContent).toContain('mini-squat'), { timeout: 30_000 })
    video.currentTime = 13
    await waitFor(() => expect(shown.textContent).toContain('clamshell'), { timeout: 30_000 })
  },
}

/** Scenes from a cue list instead of a track. */
export const FromCueList: Story = {
  args: {
    cues: [
      { start: 0, end: 8, scene: { exercise: 'wall-sit', view: 'lateral' } },
      { start: 8, end: 16, scene: { exercise: 'adductor-squeeze', view: 'anterior' } },
    ],
  },
}
