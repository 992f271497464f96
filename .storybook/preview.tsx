import type { Preview } from '@storybook/react-vite'

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // every story is checked with axe-core when it runs as a test; a violation fails it
    a11y: { test: 'error' },
  },
}

export default preview
