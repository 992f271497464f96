/** The tracking chart's words in German: the `chart` namespace of the de bundle. */
import type { ChartMessages } from './chartMessages'
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
