import type { Decorator } from '@storybook/react-vite'

/**
 * The shared decorator for 3D stories: a figure-sized column like an article's, so every story
 * shows the canvas at the width a reader would see it.
 */
export const withFigureFrame: Decorator = (Story) => (
  <div style={{ maxWidth: 720, margin: '0 auto', fontFamily: 'system-ui, sans-serif' }}>
    <Story />
  </div>
)
