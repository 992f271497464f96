import type { StorybookConfig } from '@storybook/react-vite'
import { Group } from 'three'

/**
 * What r3f's <group> takes (three's Object3D fields and methods, r3f's attach/args/dispose/
 * onUpdate): KneeModel passes them on to its root group; three.js and r3f document them. They
 * reach docgen through mapped types with no declaration of their own, so the parent check below
 * misses them.
 */
const GROUP_PROPS = new Set(['attach', 'args', 'dispose', 'onUpdate'])
for (let o: object | null = new Group(); o && o !== Object.prototype; o = Object.getPrototypeOf(o))
  for (const key of Object.getOwnPropertyNames(o)) if (key !== 'children') GROUP_PROPS.add(key)

type DocgenProp = {
  name: string
  parent?: { fileName: string }
  declarations?: ReadonlyArray<{ fileName: string }>
}
const fromDependency = (file: { fileName: string }) => /node_modules/.test(file.fileName)

/** A component's own props: not those of a DOM element or of r3f's group it passes props to. */
function isOwnProp(prop: DocgenProp): boolean {
  if (prop.parent && fromDependency(prop.parent)) return false
  const declaredHere = (prop.declarations ?? []).some((d) => !fromDependency(d))
  return declaredHere || !GROUP_PROPS.has(prop.name)
}

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-vitest', '@storybook/addon-a11y'],
  typescript: {
    // Docs tables show only the component's own props, not every r3f/DOM prop.
    reactDocgen: 'react-docgen-typescript',
    // These options replace Storybook's defaults as a whole, so the ones it sets are repeated:
    // without shouldRemoveUndefinedFromOptional an optional `label?: string` is typed
    // 'string | undefined' and gets a JSON object control instead of a text box.
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      savePropValueAsString: true,
      propFilter: isOwnProp,
    },
  },
  core: { disableTelemetry: true },
}

export default config
