/**
 * The figure builder's words (src/embed/builder.ts, dist/embed/builder.html), in English, Spanish
 * and German: what a writer who does not code reads while making a figure. The names of views,
 * presets, structures, exercises, activities and overlays come from the language bundles, as the
 * figure says them. Kept out of the bundles: a reader's page never downloads these. Pure data.
 */
export const builderMessages = {
  pageTitle: 'Knee figure builder',
  intro:
    'Pick what the figure shows and watch it change. Then copy the code for your page: the HTML for WordPress or any page (put the files of this folder on your site first), the JSX for React and MDX, or a link that opens this page with the same settings.',
  // the languages the builder itself speaks (each name is written in its own language)
  uiLanguage: 'This page in',
  formLabel: 'Figure settings',
  sectionShows: 'What the figure shows',
  flexion: 'Knee bend (degrees)',
  autoplay: 'Bend and straighten on a loop',
  activity: 'Daily activity',
  activityHint:
    'Walking, stairs, squatting...: the bend and the load on the kneecap as in daily life.',
  exercise: 'Exercise',
  none: 'None',
  sectionHighlight: 'Highlight and labels',
  highlight: 'Highlight',
  highlightHint: 'Ctrl or Cmd + click picks more than one.',
  labels: 'Labels',
  group: '{name} (group)',
  sectionExtras: 'Extras',
  compare: 'Compare with a normal knee',
  beam: 'Kneecap from below, as an X-ray',
  beamClassic: 'No: the plain picture from below',
  beamGroove: 'Yes: looking along the groove at the bend shown',
  beamMerchant: 'Yes: Merchant’s X-ray (set the bend to 45 degrees)',
  beamHint:
    'For the kneecap seen from below: the picture a clinician takes of the kneecap in its groove.',
  radiograph: 'X-ray look: grey bone on a dark background',
  measurements: 'The angles clinicians measure on that X-ray',
  sectionPage: 'Page',
  language: 'Language of the figure',
  width: 'Largest width (pixels)',
  widthPlaceholder: 'the full column',
  poster: 'Poster image (address)',
  posterPlaceholder: 'the built-in picture',
  posterHint: 'Shown until the 3D figure loads, and where 3D cannot run.',
  controls: 'Show the controls',
  caption: 'Show the caption',
  outputKinds: 'What to copy',
  outputHtml: 'HTML (WordPress, any page)',
  outputJsx: 'React / MDX',
  outputLink: 'Link to these settings',
  output: 'Copy this',
  copy: 'Copy',
  copied: 'Copied.',
}

export type BuilderMessageKey = keyof typeof builderMessages
export type BuilderMessages = Record<BuilderMessageKey, string>

export const builderMessagesEs: BuilderMessages = {
  pageTitle: 'Creador de figuras de la rodilla',
  intro:
    'Elige lo que muestra la figura y mira cómo cambia. Después copia el código para tu página: el HTML para WordPress o cualquier página (antes sube a tu sitio los archivos de esta carpeta), el JSX para React y MDX, o un enlace que abre esta página con los mismos ajustes.',
  uiLanguage: 'Esta página en',
  formLabel: 'Ajustes de la figura',
  sectionShows: 'Qué muestra la figura',
  flexion: 'Flexión de la rodilla (grados)',
  autoplay: 'Doblar y estirar sin parar',
  activity: 'Actividad diaria',
  activityHint:
    'Caminar, escaleras, cuclillas...: la flexión y la carga sobre la rótula como en la vida diaria.',
  exercise: 'Ejercicio',
  none: 'Ninguno',
  sectionHighlight: 'Resaltar y nombrar',
  highlight: 'Resaltar',
  highlightHint: 'Ctrl o Cmd + clic para elegir más de uno.',
  labels: 'Nombres',
  group: '{name} (grupo)',
  sectionExtras: 'Extras',
  compare: 'Comparar con una rodilla normal',
  beam: 'Rótula vista desde abajo, como una radiografía',
  beamClassic: 'No: la imagen normal desde abajo',
  beamGroove: 'Sí: mirando a lo largo del surco en la flexión que se muestra',
  beamMerchant: 'Sí: proyección de Merchant (ponga la flexión en 45 grados)',
  beamHint:
    'Para la rótula vista desde abajo: la imagen que toma un profesional de la rótula en su surco.',
  radiograph: 'Aspecto de radiografía: hueso gris sobre fondo oscuro',
  measurements: 'Los ángulos que se miden en esa radiografía',
  sectionPage: 'Página',
  language: 'Idioma de la figura',
  width: 'Anchura máxima (píxeles)',
  widthPlaceholder: 'toda la columna',
  poster: 'Imagen de portada (dirección)',
  posterPlaceholder: 'la imagen incluida',
  posterHint: 'Se ve hasta que carga la figura 3D, y donde el 3D no funciona.',
  controls: 'Mostrar los controles',
  caption: 'Mostrar el pie de figura',
  outputKinds: 'Qué copiar',
  outputHtml: 'HTML (WordPress, cualquier página)',
  outputJsx: 'React / MDX',
  outputLink: 'Enlace a estos ajustes',
  output: 'Copia esto',
  copy: 'Copiar',
  copied: 'Copiado.',
}

export const builderMessagesDe: BuilderMessages = {
  pageTitle: 'Abbildungs-Baukasten für das Knie',
  intro:
    'Wählen Sie, was die Abbildung zeigt, und sehen Sie zu, wie sie sich ändert. Kopieren Sie dann den Code für Ihre Seite: das HTML für WordPress oder jede Seite (legen Sie vorher die Dateien dieses Ordners auf Ihre Website), das JSX für React und MDX oder einen Link, der diese Seite mit denselben Einstellungen öffnet.',
  uiLanguage: 'Diese Seite auf',
  formLabel: 'Einstellungen der Abbildung',
  sectionShows: 'Was die Abbildung zeigt',
  flexion: 'Kniebeugung (Grad)',
  autoplay: 'Immer wieder beugen und strecken',
  activity: 'Alltagsbewegung',
  activityHint:
    'Gehen, Treppen, Hocken...: die Beugung und die Last auf der Kniescheibe wie im Alltag.',
  exercise: 'Übung',
  none: 'Keine',
  sectionHighlight: 'Hervorheben und beschriften',
  highlight: 'Hervorheben',
  highlightHint: 'Strg oder Cmd + Klick wählt mehrere aus.',
  labels: 'Beschriftungen',
  group: '{name} (Gruppe)',
  sectionExtras: 'Zusätze',
  compare: 'Mit einem normalen Knie vergleichen',
  beam: 'Kniescheibe von unten, als Röntgenbild',
  beamClassic: 'Nein: das einfache Bild von unten',
  beamGroove: 'Ja: entlang der Rinne bei der gezeigten Beugung',
  beamMerchant: 'Ja: Merchant-Aufnahme (Beugung auf 45 Grad stellen)',
  beamHint:
    'Für die Kniescheibe von unten gesehen: das Bild, das Fachleute von der Kniescheibe in ihrer Rinne machen.',
  radiograph: 'Röntgen-Look: grauer Knochen auf dunklem Grund',
  measurements: 'Die Winkel, die Fachleute auf diesem Röntgenbild messen',
  sectionPage: 'Seite',
  language: 'Sprache der Abbildung',
  width: 'Größte Breite (Pixel)',
  widthPlaceholder: 'die ganze Spalte',
  poster: 'Vorschaubild (Adresse)',
  posterPlaceholder: 'das mitgelieferte Bild',
  posterHint: 'Zu sehen, bis die 3D-Abbildung geladen ist, und wo 3D nicht läuft.',
  controls: 'Bedienelemente zeigen',
  caption: 'Bildunterschrift zeigen',
  outputKinds: 'Was kopiert wird',
  outputHtml: 'HTML (WordPress, jede Seite)',
  outputJsx: 'React / MDX',
  outputLink: 'Link zu diesen Einstellungen',
  output: 'Kopieren Sie dies',
  copy: 'Kopieren',
  copied: 'Kopiert.',
}

/** The builder's words for a language tag ('de-AT' gives German); English otherwise. */
export function builderMessagesFor(lang?: string): BuilderMessages {
  const base = (lang ?? 'en').toLowerCase().split('-')[0]
  return base === 'es' ? builderMessagesEs : base === 'de' ? builderMessagesDe : builderMessages
}
