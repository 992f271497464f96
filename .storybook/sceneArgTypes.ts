/**
 * Autodocs for the figure's paired scene props. Each requested-state field comes as a controlled
 * prop (`view`), an uncontrolled start value (`defaultView`) and a change callback
 * (`onViewChange`); TypeScript hands all three the field's one doc comment, so this says which is
 * which. It also gives the fields docgen cannot type as a list (ids with `null`, degree ranges)
 * the control a reader expects. Docs only: the components do not change.
 */
import type { Preview } from '@storybook/react-vite'
import { STRUCTURE_IDS } from '../src/anatomy/structures'
import { EXERCISE_IDS } from '../src/exercises/catalogue'
import { FLEXION_RANGE_DEG } from '../src/kinematics/input'

type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number]
type ArgType = { description?: string; control?: unknown; options?: readonly unknown[] }

const capitalize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

/** Controls by state field (applied to the field and its `default...` prop). */
const CONTROLS: Record<string, Pick<ArgType, 'control' | 'options'>> = {
  flexionDeg: {
    control: { type: 'range', min: FLEXION_RANGE_DEG.min, max: FLEXION_RANGE_DEG.max, step: 1 },
  },
  speed: { control: { type: 'range', min: 0.25, max: 2, step: 0.25 } },
  selected: { control: 'select', options: [null, ...STRUCTURE_IDS] },
  exercise: { control: 'select', options: [null, ...EXERCISE_IDS] },
}

export const describeSceneProps: Enhancer = ({ argTypes }) => {
  const types = argTypes as Record<string, ArgType>
  for (const field of Object.keys(types)) {
    const start = types[`default${capitalize(field)}`]
    const change = types[`on${capitalize(field)}Change`]
    if (!start || !change) continue
    const what = types[field]!.description?.trim()
    // a field without its own doc comment stays undocumented (tests/unit/autodocs.test.ts says so)
    if (!what) continue
    types[field] = {
      ...types[field],
      ...CONTROLS[field],
      description: `${what}\n\nControlled: the figure shows this value; pair it with \`on${capitalize(field)}Change\`.`,
    }
    types[`default${capitalize(field)}`] = {
      ...start,
      ...CONTROLS[field],
      description: `Start value of \`${field}\` when it is not controlled (the reader may change it). ${what}`,
    }
    types[`on${capitalize(field)}Change`] = {
      ...change,
      description: `Called with the new \`${field}\` when it changes in the figure's store (a control, a key, a scroll step, a link); not for each animated frame.`,
    }
  }
  return argTypes
}
