/** The tracking chart's words in Spanish: the `chart` namespace of the es bundle. */
import type { ChartMessages } from './chartMessages'
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
