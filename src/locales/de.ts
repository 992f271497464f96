/**
 * German, for `registerLocale(de.bundle, de.exerciseMessages)` before the first render (server
 * rendering). Without it, `lang="de"` loads this same chunk on first use.
 */
export { de, DE, exerciseMessagesDe } from '../i18n/packs/de'
