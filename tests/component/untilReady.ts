import { expect, vi, type Mock } from 'vitest'

type Frames = { advanceFrames(frames: number, delta: number): Promise<void> }

/**
 * Waits for the stage's onReady, which follows the first frame that drew the knee: the test
 * renderer draws only the frames a test advances, so each look advances one.
 */
export async function untilReady(renderer: Frames, onReady: Mock): Promise<void> {
  await vi.waitFor(
    async () => {
      await renderer.advanceFrames(1, 1 / 60)
      expect(onReady).toHaveBeenCalled()
    },
    { timeout: 15000 },
  )
}
