// Storybook's autodocs for every public component, built the way Storybook builds them: the
// docgen options of .storybook/main.ts, Storybook's own argTypes extraction, the project's
// argTypes enhancer and Storybook's control inference. Every prop has a description; a string,
// number or boolean prop gets a text box, number field or toggle (not a JSON object editor);
// KneeModel's table lists its own props, not three.js's Object3D.
import { beforeAll, describe, expect, it } from 'vitest'
import { fileURLToPath } from 'node:url'
import docgen from 'react-docgen-typescript'
import { inferControls } from 'storybook/internal/preview-api'
import main from '../../.storybook/main'
import { describeSceneProps } from '../../.storybook/sceneArgTypes'
import * as library from '../../src'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** Each public component and the file that declares it. */
const COMPONENT_FILES: Record<string, string> = {
  KneeCanvas: 'src/scene/KneeCanvas.tsx',
  LightRig: 'src/scene/LightRig.tsx',
  KneeModel: 'src/scene/KneeModel.tsx',
  CameraView: 'src/scene/CameraView.tsx',
  TrackingChart: 'src/charts/TrackingChart.tsx',
  ActivityChart: 'src/charts/ActivityChart.tsx',
  KneeExplainer: 'src/explainer/KneeExplainer.tsx',
  ExplainerProvider: 'src/explainer/ExplainerProvider.tsx',
  ExplainerControls: 'src/explainer/ExplainerControls.tsx',
  ExplainerToolbar: 'src/explainer/ExplainerToolbar.tsx',
  VideoSync: 'src/explainer/VideoSync.tsx',
  ExplainerCaption: 'src/explainer/ExplainerCaption.tsx',
  ScrollSteps: 'src/explainer/ScrollSteps.tsx',
  Step: 'src/explainer/ScrollSteps.tsx',
  StructureLink: 'src/explainer/StructureLink.tsx',
  ExerciseCard: 'src/explainer/ExerciseCard.tsx',
  ExerciseList: 'src/explainer/ExerciseList.tsx',
  RepCounter: 'src/explainer/RepCounter.tsx',
  ExerciseExplainer: 'src/explainer/ExerciseExplainer.tsx',
}

type ArgType = {
  description?: string
  type?: { name: string }
  table?: { type?: { summary?: string } }
  control?: { type?: string } | string | false | null
}

/** A React component among the library's exports: a function (not a class such as an error) or a forwardRef/memo object. */
const isComponent = (name: string, value: unknown) =>
  /^[A-Z][a-z]/.test(name) &&
  ((typeof value === 'function' && !/^class\b/.test(Function.prototype.toString.call(value))) ||
    (typeof value === 'object' && value !== null && '$$typeof' in value))

type Docgen = { displayName: string }
/** Storybook's argTypes from docgen (@storybook/react ships no types for this entry). */
type ArgTypesEntry = {
  parameters: { docs: { extractArgTypes(component: { __docgenInfo: Docgen }): object | null } }
}

async function autodocs(): Promise<Map<string, Record<string, ArgType>>> {
  const entry = '@storybook/react/entry-preview-argtypes'
  const { parameters } = (await import(/* @vite-ignore */ entry)) as ArgTypesEntry
  const options = main.typescript?.reactDocgenTypescriptOptions ?? {}
  const parser = docgen.withCustomConfig(`${root}tsconfig.json`, options)
  const files = [...new Set(Object.values(COMPONENT_FILES))].map((f) => root + f)
  const tables = new Map<string, Record<string, ArgType>>()
  for (const info of parser.parse(files)) {
    if (!(info.displayName in COMPONENT_FILES)) continue
    const extracted = parameters.docs.extractArgTypes({ __docgenInfo: info }) ?? {}
    const context = { argTypes: extracted, parameters: { __isArgsStory: true } }
    const enhanced = describeSceneProps(context as never)
    tables.set(
      info.displayName,
      inferControls({ ...context, argTypes: enhanced } as never) as Record<string, ArgType>,
    )
  }
  return tables
}

const controlOf = (a: ArgType): string => {
  const control = typeof a.control === 'object' && a.control ? a.control.type : a.control
  return typeof control === 'string' ? control : ''
}

describe('autodocs', () => {
  let tables: Map<string, Record<string, ArgType>>
  // docgen runs the TypeScript compiler over the components: a generous limit, not a measure
  beforeAll(async () => {
    tables = await autodocs()
  }, 120_000)

  it('covers every component the library exports', () => {
    const exported = Object.entries(library)
      .filter(([name, value]) => isComponent(name, value))
      .map(([name]) => name)
    expect(exported.sort()).toEqual(Object.keys(COMPONENT_FILES).sort())
    expect([...tables.keys()].sort()).toEqual(Object.keys(COMPONENT_FILES).sort())
  })

  it('describes every prop', () => {
    const undocumented = [...tables].flatMap(([component, table]) =>
      Object.entries(table)
        .filter(([, a]) => !a.description?.trim())
        .map(([prop]) => `${component}.${prop}`),
    )
    expect(undocumented).toEqual([])
  })

  it('gives plain props their plain control', () => {
    const expected: Record<string, readonly string[]> = {
      string: ['text'],
      number: ['number', 'range'],
      boolean: ['boolean'],
    }
    const wrong: string[] = []
    for (const [component, table] of tables) {
      for (const [prop, a] of Object.entries(table)) {
        // an optional prop's type without its '| undefined'
        const summary = (a.table?.type?.summary ?? '').replace(/^undefined \| | \| undefined$/g, '')
        const allowed = expected[summary]
        if (allowed && !allowed.includes(controlOf(a)))
          wrong.push(`${component}.${prop}: ${summary} -> ${controlOf(a)}`)
        // a union of string literals is a choice, not an object to type in
        if (/^"[^"]*"( \| "[^"]*")+$/.test(summary) && !['radio', 'select'].includes(controlOf(a)))
          wrong.push(`${component}.${prop}: ${summary} -> ${controlOf(a)}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it("shows the scene props' three forms as what they are", () => {
    const table = tables.get('KneeExplainer')!
    expect(table.view!.description).toMatch(/camera/)
    expect(table.defaultView!.description).toMatch(/^Start value of `view`/)
    expect(table.onViewChange!.description).toMatch(/^Called with the new `view`/)
    expect(controlOf(table.selected!)).toBe('select')
    expect(controlOf(table.defaultFlexionDeg!)).toBe('range')
  })

  it("leaves three.js's Object3D props out of KneeModel's table", () => {
    const props = Object.keys(tables.get('KneeModel')!)
    expect(props).toContain('flexionDeg')
    for (const inherited of ['position', 'clone', 'attach', 'dispose', 'matrixWorld'])
      expect(props).not.toContain(inherited)
  })
})
