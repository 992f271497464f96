import type { Meta, StoryObj } from '@storybook/react-vite'
import { Article } from '../examples/react-article/Article'
import { KNEE_MODEL_URL } from '../.storybook/kneeModelUrl'

const meta = {
  title: 'Examples/Article (React)',
  component: Article,
  parameters: { layout: 'fullscreen' },
  args: { modelSrc: KNEE_MODEL_URL },
} satisfies Meta<typeof Article>

export default meta
type Story = StoryObj<typeof meta>

/** The example article: scroll the text and the figure follows; words in the text highlight what they name. */
export const Article_: Story = { name: 'Article' }
