// The model's credit lines are written once (src/anatomy/credits.ts): they must say what
// models/sources/ATTRIBUTION.md says, and the version the info panel shows must be the package's.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MODEL_CREDITS, creditLine, modelCreditText } from '../../src/anatomy/credits'
import { LIBRARY_VERSION } from '../../src/explainer/version'

const root = resolve(import.meta.dirname, '../..')
const attribution = readFileSync(resolve(root, 'models/sources/ATTRIBUTION.md'), 'utf8')
  .replace(/\s+/g, ' ')
  .replace(/_/g, '')

describe('model credits', () => {
  it('every credit is in ATTRIBUTION.md: DOI, title and each author', () => {
    expect(MODEL_CREDITS.length).toBe(4)
    for (const credit of MODEL_CREDITS) {
      if (credit.doi) expect(attribution).toContain(`doi:${credit.doi}`)
      expect(attribution).toContain(credit.title)
      for (const author of credit.authors.replace(/\(.*\)/, '').split(','))
        expect(attribution).toContain(author.trim())
    }
  })

  it("every DOI of ATTRIBUTION.md's credit lines is in the credits", () => {
    const credits = attribution.split('## What was used')[0]!
    const dois = [...credits.matchAll(/doi:(10\.\d+\/[\w./-]+)/g)].map((m) =>
      m[1]!.replace(/\.$/, ''),
    )
    const known = MODEL_CREDITS.map((c) => c.doi)
    // the Denver paper's data DOI is part of its line, not a credit of its own
    expect(dois.filter((d) => !known.includes(d!) && d !== '10.56902/COB.vh.2022.0')).toEqual([])
  })

  it('the credit text names the licence and says the model was modified', () => {
    const text = modelCreditText()
    expect(text).toContain('CC BY 4.0')
    expect(text).toContain('Modified')
    expect(creditLine(MODEL_CREDITS[0]!)).toBe(
      'Andreassen TE, Hume DR, Hamilton LD, Walker SE, Higinbotham SE, Shelburne KB (University of Denver). Three-dimensional lower extremity musculoskeletal geometry of the Visible Human Female and Male. Scientific Data 10:34 (2023), doi:10.1038/s41597-022-01905-2.',
    )
  })

  it('the version shown in the figure is the package version', () => {
    const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
    expect(LIBRARY_VERSION).toBe(pkg.version)
  })
})
