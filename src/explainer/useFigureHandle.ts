/** KneeExplainer's imperative handle: play, pause, views, focus, reset, state, and a still image. */
import type { RootState } from '@react-three/fiber'
import { useImperativeHandle, useRef, useState, type Ref } from 'react'
import { MODEL_CREDITS, MODEL_LICENCE } from '../anatomy/credits'
import { format, type Messages } from '../i18n'
import type { ActivityMessages } from '../i18n/activityMessages'
import type { MotionChannel } from '../scene/motionChannel'
import { figureCaption } from './caption'
import { pauseHere } from './ExplainerProvider'
import type { ToImageOptions } from './figureImage'
import type { LabelPicture } from './labelLayout'
import { withMotion, type KneeExplainerApi } from './kneeExplainerApi'
import type { ExplainerStore } from './store'

/** The words below a still image: the model's credit with its DOIs (CC BY 4.0 asks for them). */
export function imageCredit(messages: Messages): string {
  const dois = MODEL_CREDITS.flatMap((c) => (c.doi ? [`doi:${c.doi}`] : [])).join(', ')
  return `${format(messages.imageCredit, { licence: MODEL_LICENCE.name })} ${dois}`
}

/** A promise that resolves once, and a way to resolve it (the model's first frame). */
function deferred() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}

export function useFigureHandle(
  ref: Ref<KneeExplainerApi>,
  {
    store,
    motion,
    words,
    background,
    labels,
  }: {
    store: ExplainerStore
    motion: MotionChannel
    /** The figure's words and number locale now (read when an image is made). */
    words: () => { messages: Messages; locale: string; activity?: ActivityMessages }
    background: string
    /** The labels the figure shows now (its label layer), drawn into a still image. */
    labels?: () => LabelPicture | null
  },
) {
  const three = useRef<RootState | null>(null)
  const [ready] = useState(deferred)
  const latest = useRef({ words, background, labels })
  latest.current = { words, background, labels }

  const toImage = async (options?: ToImageOptions): Promise<Blob> => {
    // the still image's drawing code loads on first use: most readers never save one
    const [{ renderFigureImage }] = await Promise.all([import('./figureImage'), ready.promise])
    const state = three.current
    if (!state) throw new Error('The figure is not drawn yet (it draws when it nears the screen).')
    const { messages, locale, activity } = latest.current.words()
    const animated = motion.get()
    const caption = figureCaption(
      store.getState(),
      messages,
      locale,
      {
        activity: animated.activity,
        flexionDeg: animated.moving || animated.exercise ? animated.flexionDeg : undefined,
      },
      activity,
    )
    return renderFigureImage(
      state,
      {
        caption,
        credit: imageCredit(messages),
        background: latest.current.background,
        labels: latest.current.labels?.(),
      },
      options,
    )
  }

  useImperativeHandle(
    ref,
    () => ({
      play: () => store.setState({ playing: true }),
      pause: () => pauseHere(store, motion),
      setView: (view) => store.setState({ view }),
      focus: (id) => store.setState({ selected: id, highlight: [id], labels: [id] }),
      reset: () => store.reset(),
      getState: () => withMotion(store.getState(), motion.get()),
      toImage,
      store,
      motion,
    }),
    [store, motion],
  )

  return {
    toImage,
    /** The toolbar's "Save image": a PNG with caption and credit, downloaded as knee.png. */
    saveImage: () =>
      void Promise.all([toImage(), import('./figureImage')]).then(
        ([blob, { downloadBlob }]) => downloadBlob(blob, 'knee.png'),
        console.warn,
      ),
    /** For KneeCanvas's onCreated: the renderer, scene and camera a still image is drawn with. */
    onCreated: (state: RootState) => void (three.current = state),
    /** For onReady: the model is in the picture. */
    onReady: ready.resolve,
  }
}
