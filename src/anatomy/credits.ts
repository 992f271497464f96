/**
 * Where the default knee model comes from: the credit lines its CC BY 4.0 licence asks every copy
 * and every page that shows it to keep. Written once here (the bottom layer) and read by the
 * figure's info panel, the still image's credit line and the embed build's LICENSES.txt; a test
 * checks each line against models/sources/ATTRIBUTION.md. Citations stay in English (titles of
 * English papers); the words around them are translated by the figure.
 */

export type ModelCredit = {
  /** Who made the source data, as cited. */
  authors: string
  /** Title of the paper or data set, as published. */
  title: string
  /** Where it was published (journal, atlas), or null where the authors are the publisher. */
  publisher: string | null
  /** Year of publication, or null where the source gives none. */
  year: number | null
  /** DOI without the https://doi.org/ prefix, or null for a source without one. */
  doi: string | null
}

/** The licence of the model's sources and of the model itself (a modified version of them). */
export const MODEL_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const

/** The sources of models/knee.glb, in the order of ATTRIBUTION.md. */
export const MODEL_CREDITS: readonly ModelCredit[] = [
  {
    authors:
      'Andreassen TE, Hume DR, Hamilton LD, Walker SE, Higinbotham SE, Shelburne KB (University of Denver)',
    title:
      'Three-dimensional lower extremity musculoskeletal geometry of the Visible Human Female and Male',
    publisher: 'Scientific Data 10:34',
    year: 2023,
    doi: '10.1038/s41597-022-01905-2',
  },
  {
    authors: 'Kristen Browne, Heidi Schlehlein',
    title: '3D Reference Organ for Knee, Female, Left v1.1',
    publisher: 'HuBMAP Human Reference Atlas',
    year: 2022,
    doi: '10.48539/HBM445.ZKHR.632',
  },
  {
    authors: 'Kristen Browne, Heidi Schlehlein',
    title: '3D Reference Organ for Pelvis, Female',
    publisher: 'HuBMAP Human Reference Atlas',
    year: 2022,
    doi: '10.48539/HBM427.CCRP.887',
  },
  {
    authors: 'U.S. National Library of Medicine',
    title: 'The Visible Human Project',
    publisher: null,
    year: null,
    doi: null,
  },
]

/** One credit as a citation line (English, as published). */
export function creditLine(credit: ModelCredit): string {
  const year = credit.year ? ` (${credit.year})` : ''
  const doi = credit.doi ? `, doi:${credit.doi}` : ''
  const where = credit.publisher ? ` ${credit.publisher}${year}${doi}.` : ''
  return `${credit.authors}. ${credit.title}.${where}`
}

/** Every credit line, then the licence: the text a copy of the model or a picture of it keeps. */
export function modelCreditText(): string {
  return [
    ...MODEL_CREDITS.map(creditLine),
    `Licence: ${MODEL_LICENCE.name} (${MODEL_LICENCE.url}). Modified.`,
  ].join('\n')
}
