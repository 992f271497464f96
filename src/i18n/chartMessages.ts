/**
 * The tracking chart's words (TrackingChart), in English, Spanish and German: the `chart`
 * namespace of a language bundle. Pure data: no React.
 */
export const chartMessages = {
  label: 'How the kneecap tracks as the knee bends',
  shiftTitle: 'Sideways shift of the kneecap',
  shiftUnit: 'mm, + = toward the outside',
  tiltTitle: 'Tilt of the kneecap',
  tiltUnit: 'degrees, + = outer edge tipped back',
  bisectTitle: 'Bisect offset',
  bisectUnit: 'share of kneecap width outside the groove; 0.5 = centred',
  corridor: 'Published normal range',
  axis: 'Knee bend (flexion), degrees: 0 = straight',
  clinicalTilt: '{degrees}°: tilt a clinician would feel',
  curve: 'Curve',
  kneeBend: 'Knee bend',
  tableCaption: '{label}: values at {flexions} degrees of knee bend',
  summary:
    'Measures of the kneecap plotted against knee bend from {from} to {to} degrees, with the published normal range shaded. A kneecap of {width} mm width is modelled.',
  seriesPeak: '{label}: kneecap most toward the outside at {degrees} degrees ({mm} mm)',
  seriesTilt: 'tilt {degrees} degrees with the knee straight',
  seriesMarker: 'shift {mm} mm at the marked {degrees} degrees',
}

export type ChartMessageKey = keyof typeof chartMessages
export type ChartMessages = Record<ChartMessageKey, string>

export const chartMessagesEs: ChartMessages = {
  label: 'Cómo se desliza la rótula al doblar la rodilla',
  shiftTitle: 'Desplazamiento lateral de la rótula',
  shiftUnit: 'mm, + = hacia fuera',
  tiltTitle: 'Inclinación de la rótula',
  tiltUnit: 'grados, + = borde externo inclinado hacia atrás',
  bisectTitle: 'Índice de bisección',
  bisectUnit: 'parte del ancho de la rótula fuera del surco; 0,5 = centrada',
  corridor: 'Rango normal publicado',
  axis: 'Flexión de rodilla, grados: 0 = estirada',
  clinicalTilt: '{degrees}°: inclinación que un clínico notaría',
  curve: 'Curva',
  kneeBend: 'Flexión de rodilla',
  tableCaption: '{label}: valores a {flexions} grados de flexión',
  summary:
    'Medidas de la rótula según la flexión de la rodilla de {from} a {to} grados, con el rango normal publicado sombreado. Se modela una rótula de {width} mm de ancho.',
  seriesPeak: '{label}: rótula más hacia fuera a {degrees} grados ({mm} mm)',
  seriesTilt: 'inclinación de {degrees} grados con la rodilla estirada',
  seriesMarker: 'desplazamiento de {mm} mm a los {degrees} grados marcados',
}

export const chartMessagesDe: ChartMessages = {
  label: 'Wie die Kniescheibe beim Beugen des Knies gleitet',
  shiftTitle: 'Seitliche Verschiebung der Kniescheibe',
  shiftUnit: 'mm, + = nach außen',
  tiltTitle: 'Kippung der Kniescheibe',
  tiltUnit: 'Grad, + = Außenrand nach hinten gekippt',
  bisectTitle: 'Bisect-Offset',
  bisectUnit: 'Anteil der Kniescheibenbreite außerhalb der Rinne; 0,5 = mittig',
  corridor: 'Veröffentlichter Normalbereich',
  axis: 'Kniebeugung (Flexion), Grad: 0 = gestreckt',
  clinicalTilt: '{degrees}°: Kippung, die ein Kliniker tastet',
  curve: 'Kurve',
  kneeBend: 'Kniebeugung',
  tableCaption: '{label}: Werte bei {flexions} Grad Kniebeugung',
  summary:
    'Maße der Kniescheibe über der Kniebeugung von {from} bis {to} Grad, der veröffentlichte Normalbereich ist schattiert. Modelliert ist eine Kniescheibe von {width} mm Breite.',
  seriesPeak: '{label}: Kniescheibe bei {degrees} Grad am weitesten außen ({mm} mm)',
  seriesTilt: 'Kippung {degrees} Grad bei gestrecktem Knie',
  seriesMarker: 'Verschiebung {mm} mm bei den markierten {degrees} Grad',
}
