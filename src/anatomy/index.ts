// Anatomy: the structure and landmark catalogues and the reference dimensions. Pure data, no React.
export * from './structures'
export * from './structureCatalogue'
export * from './landmarks'
export * from './dimensions'
