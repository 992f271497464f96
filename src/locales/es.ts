/**
 * Spanish, for `registerLocale(es.bundle, es.exerciseMessages)` before the first render (server
 * rendering). Without it, `lang="es"` loads this same chunk on first use.
 */
export { es, ES, exerciseMessagesEs } from '../i18n/packs/es'
