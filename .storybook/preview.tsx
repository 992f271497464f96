import type { Preview } from '@storybook/react-vite'
import { describeSceneProps } from './sceneArgTypes'

const preview: Preview = {
  tags: ['autodocs'],
  // KneeExplainer's `view` / `defaultView` / `onViewChange` triples say which is which
  argTypesEnhancers: [describeSceneProps],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // every story is checked with axe-core when it runs as a test; a violation fails it. The rule
    // set is WCAG 2.0, 2.1 and 2.2 at A and AA (axe leaves 2.2 rules such as target-size out
    // unless asked) plus axe's best practices.
    a11y: {
      test: 'error',
      options: {
        runOnly: {
          type: 'tag',
          values: [
            'wcag2a',
            'wcag2aa',
            'wcag21a',
            'wcag21aa',
            'wcag22a',
            'wcag22aa',
            'best-practice',
          ],
        },
      },
    },
  },
}

export default preview
