// The standalone script gives @react-three/fiber a subset of three.js (src/embed/three-subset.ts).
// Every three.js element the figure writes in JSX (<mesh>, <directionalLight>, ...) must be in it,
// or the element fails at run time with "not part of the THREE namespace".
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as THREE from 'three'

const root = resolve(import.meta.dirname, '../..')
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    return statSync(path).isDirectory() ? files(path) : f.endsWith('.tsx') ? [path] : []
  })

const subset = readFileSync(resolve(root, 'src/embed/three-subset.ts'), 'utf8')
const exported = new Set(
  /export \{([^}]*)\} from 'three'/
    .exec(subset)![1]!
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean),
)

describe('the three.js subset of the standalone script', () => {
  it('exports only real three.js names', () => {
    expect([...exported].filter((name) => !(name in THREE))).toEqual([])
  })

  it('holds every three.js element used in JSX', () => {
    const used = new Set<string>()
    // the 3D scene lives in src/scene; other folders write HTML and SVG (<path>, <line>)
    for (const file of files(resolve(root, 'src/scene'))) {
      for (const [, tag] of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
        const name = tag![0]!.toUpperCase() + tag!.slice(1)
        if (name in THREE) used.add(name)
      }
    }
    expect(used.size).toBeGreaterThan(4) // the scan finds the figure's elements (mesh, group, ...)
    expect([...used].filter((name) => !exported.has(name))).toEqual([])
  })
})
