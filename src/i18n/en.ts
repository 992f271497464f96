/**
 * Every user-facing string of the library, in English. Other languages and authors override
 * these by key (see src/i18n/index.ts). Plain words a patient understands.
 */
export const en = {
  figureLabel: 'Interactive 3D model of the knee',
  loading: 'Loading the knee model…',
  // when the 3D part of the figure fails: the page around it keeps working
  figureStopped: 'The 3D figure stopped ({message}). The rest of the page is not affected.',
  contextLost: 'The figure lost its graphics context and will come back by itself.',
  // when the 3D model cannot be shown (the site's developer finds the details in the console)
  modelProblemNetwork:
    'The knee model could not be downloaded. Check your connection and reload the page.',
  modelProblemNotGltf: 'The knee model file is damaged or is not a 3D model.',
  modelProblemTooLarge: 'The knee model file is too large to show here.',
  modelProblemContract: 'This 3D model is not a knee model that the figure can show.',
  modelProblemUrl: 'The figure was given a model address it is not allowed to load.',
  modelProblemBlocked: "This site's security settings block the 3D model.",
  // the <knee-explainer> element, before any 3D loads (the attribute's detail goes to the console)
  figureSettingProblem:
    "This figure has a setting it does not understand, so it shows a picture instead. The page's author can find the details in the browser console.",
  noWebgl: 'This browser cannot show 3D figures, so a picture of the knee is shown instead.',
  // the <knee-explainer> element's poster picture, until the 3D figure replaces it
  posterAlt:
    'A knee seen from the front: thigh muscles run down to the kneecap, which sits in a groove at the end of the thigh bone.',
  // caption pieces: the caption is one sentence built from the solver's numbers
  // the whole sentence, so a language can reorder its parts: {knee}: {position} {tilt}.
  captionSentence: '{knee}: {position} {tilt}.',
  captionStraight: 'Knee straight',
  captionBent: 'Knee bent {degrees} degrees',
  captionBentOne: 'Knee bent {degrees} degree',
  captionCentred: 'the kneecap sits centred in its groove',
  captionShift: 'the kneecap sits {mm} mm toward the {side}',
  // tilt toward the outside is the usual direction (a normal kneecap tilts about 5 degrees outward)
  captionTilt: 'and tilts {degrees} degrees',
  captionTiltOne: 'and tilts {degrees} degree',
  captionTiltInside: 'and tilts {degrees} degrees toward the inside',
  captionTiltInsideOne: 'and tilts {degrees} degree toward the inside',
  captionNoTilt: 'and lies flat',
  sideOutside: 'outside',
  sideInside: 'inside',
  // controls
  controlsLabel: 'Knee model controls',
  play: 'Play',
  pause: 'Pause',
  flexion: 'Knee bend',
  degreesUnit: '{value}°',
  speed: 'Speed',
  speedValue: '{value}×',
  tracking: 'Kneecap tracking',
  view: 'View',
  viewAnterior: 'Front',
  viewLateral: 'Outer side',
  viewMedial: 'Inner side',
  viewPosterior: 'Back',
  viewThigh: 'Whole thigh',
  viewLeg: 'Whole leg from the side',
  viewSkyline: 'Kneecap from below',
  compare: 'Compare with normal',
  compareNone: 'Off',
  compareGhost: 'Show normal kneecap outline',
  compareSideBySide: 'Side by side',
  layers: 'Show',
  xray: 'See-through muscles',
  labels: 'Labels',
  trail: 'Kneecap path',
  forces: 'Pull arrows',
  contact: 'Cartilage load',
  reset: 'Reset',
  normalKnee: 'Normal',
  lateralPull: 'Pull to the outside',
  medialPull: 'Pull to the inside',
  // the skyline radiograph and the measurements clinicians take on it (src/scene/skylineMeasure.ts)
  skylineLateral: 'Lateral (outer side)',
  skylineMedial: 'Medial (inner side)',
  skylineGrooveTitle: 'Skyline view along the groove, knee bent {degrees}°',
  skylineMerchantTitle: 'Merchant view, beam 30° to the thigh bone, knee bent {degrees}°',
  measureSulcus: 'Sulcus angle',
  // Radiopaedia 'Sulcus angle (knee)': normal 135 ± 10°, trochlear dysplasia above 145-150°
  measureSulcusNormal: 'normal 135 ± 10°; over 145–150° a shallow groove',
  measureCongruence: 'Congruence angle',
  // Wheeless 'Merchant technique': mean −6° in normal knees (Aglietti 1983), +16° Merchant's limit (Merchant 1974)
  measureCongruenceNormal: 'normal about −6°; over +16° abnormal',
  measureLateralPatellofemoral: 'Lateral patellofemoral angle',
  // Wheeless 'Axilla view of the knee' (Laurin 1978): the angle opens laterally in a normal joint
  measureLateralPatellofemoralNormal: 'normal: opens to the outside (+)',
  measureTilt: 'Patellar tilt',
  // PMC5134791 (CT, Korean cohort): tilt 9.8° in controls, 19.2° in patellar dislocation
  measureTiltNormal: 'healthy knees about 10°, kneecaps that dislocate about 19°',
  measureBisectOffset: 'Bisect offset',
  // PMC5134791: bisect offset 56.4 % in controls, 99.9 % in patellar dislocation
  measureBisectOffsetNormal: 'healthy knees about 56 %, kneecaps that dislocate about 100 %',
  measureNote: 'Measured live on this model: the groove on its cartilage, the kneecap on its bone.',
  // keyboard and screen readers
  figureRole: 'interactive 3D figure',
  keyboardHint:
    'Arrow keys turn the knee, plus and minus zoom, space plays or pauses, number keys pick a view, question mark lists the shortcuts, Escape leaves the figure.',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutsShow: 'Keyboard shortcuts',
  shortcutTurn: 'Arrow keys: turn the knee',
  shortcutZoom: 'Plus and minus: zoom in and out',
  shortcutPlay: 'Space: play or pause',
  shortcutViews:
    'Number keys 1 to 7: front, outer side, inner side, back, whole thigh, whole leg, kneecap from below',
  shortcutLeave: 'Escape: leave the figure',
  structureList: 'Parts of the knee',
  structureListHint: 'Pick a part to highlight it in the figure.',
  clearSelection: 'Show everything',
  announceSelected: 'Selected: {name}.',
  announceHighlighted: 'Highlighted: {names}.',
  announceView: 'View: {view}.',
  announceShift: 'Kneecap shifted {mm} millimetres toward the {side}.',
  announceCentred: 'Kneecap centred in its groove.',
  announceTracking: '{label}.',
  announcePlaying: 'Playing: the knee bends and straightens.',
  announcePaused: 'Paused.',
  pauseMotion: 'Pause the motion',
  // the info panel, full screen and the still image
  aboutFigure: 'About this figure',
  aboutShows:
    'A 3D knee that bends and straightens: the kneecap glides in the groove at the end of the thigh bone, pulled by the thigh muscles.',
  aboutSources: 'Where the 3D model comes from',
  aboutModelNote:
    'Built from the Visible Human Female scans; licence {licence}, changed for this figure.',
  aboutVersion: 'knee-explainer, version {version}',
  close: 'Close',
  fullScreen: 'Full screen',
  exitFullScreen: 'Leave full screen',
  saveImage: 'Save image',
  bursae: 'Bursae (fluid sacs)',
  imageCredit:
    'Knee model from the Visible Human Female (University of Denver, HuBMAP), {licence}, modified.',
  exerciseFigureLabel: '{name}: the knee model performs the exercise',
  exerciseRepetition: 'repetition {n}',
  exercisePhaseRest: 'Relax',
  exercisePhaseContract: 'Tighten',
  exercisePhaseHold: 'Hold',
  exercisePhaseRelease: 'Let go slowly',
  exerciseWorks: 'Works: {muscles}',
  exerciseSwellingNote:
    'With swelling in the knee the VMO is switched off first, so the kneecap drifts outward.',
} as const

export type MessageKey = keyof typeof en
export type Messages = Record<MessageKey, string>
