/**
 * The tracking chart's words (TrackingChart) in English: the `chart` namespace of a language
 * bundle (Spanish and German are in chartMessages.es.ts and .de.ts). Pure data: no React.
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
