/**
 * German ("Sie" form, as German patient information uses it). Every key of the English bundle,
 * in plain words for patients. Medical terms that readers meet in their doctor's letters are
 * kept next to the everyday German word; abbreviations (VMO, MPFL, ITB...) stay as in English.
 */
import type { LocaleBundle } from './bundle'

const PHYSIO = 'Ihre Physiotherapeutin oder Ihren Physiotherapeuten'
const TO_PHYSIO = 'Ihrer Physiotherapeutin oder Ihrem Physiotherapeuten'

const HIP_AND_KNEE_CONSENSUS =
  'Fachleute haben sich 2018 darauf geeinigt (Konsens von Collins 2018), dass Übungen für Hüfte und Knie zusammen derzeit der beste Ansatz bei Schmerzen an der Kniescheibe sind.'

const LOW_LOAD_SQUAT =
  'Eine Studie von 2014 (Powers 2014) ergab, dass in diesem flachen Bereich, mit dem Gewicht auf den Füßen, die Belastung des Gelenks hinter der Kniescheibe gering bleibt – geringer als beim Strecken des Knies gegen ein Gewicht nahe der vollen Streckung (0 bis 30 Grad).'

const ASK_PHYSIO_HIP_BACK = `Hören Sie auf, wenn Hüfte oder Rücken schmerzen, und fragen Sie ${PHYSIO}.`

export const DE = {
  locale: 'de',
  dir: 'ltr',
  messages: {
    figureLabel: 'Interaktives 3D-Modell des Knies',
    loading: 'Das Kniemodell wird geladen…',
    figureStopped:
      'Die 3D-Abbildung wurde angehalten ({message}). Der Rest der Seite ist nicht betroffen.',
    contextLost: 'Die Abbildung hat ihren Grafikkontext verloren und kommt von selbst zurück.',
    modelProblemNetwork:
      'Das Kniemodell konnte nicht heruntergeladen werden. Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.',
    modelProblemNotGltf: 'Die Datei des Kniemodells ist beschädigt oder kein 3D-Modell.',
    modelProblemTooLarge: 'Die Datei des Kniemodells ist zu groß, um sie hier zu zeigen.',
    modelProblemContract: 'Dieses 3D-Modell ist kein Kniemodell, das die Abbildung zeigen kann.',
    modelProblemUrl: 'Die Abbildung hat eine Modelladresse erhalten, die sie nicht laden darf.',
    modelProblemBlocked: 'Die Sicherheitseinstellungen dieser Website blockieren das 3D-Modell.',
    figureSettingProblem:
      'Diese Abbildung hat eine Einstellung, die sie nicht versteht, und zeigt deshalb ein Bild. Wer die Seite erstellt hat, findet die Einzelheiten in der Konsole des Browsers.',
    noWebgl:
      'Dieser Browser kann keine 3D-Abbildungen zeigen, deshalb ist stattdessen ein Bild des Knies zu sehen.',
    posterAlt:
      'Ein Knie von vorn: Die Oberschenkelmuskeln laufen hinab zur Kniescheibe, die in einer Gleitrinne am Ende des Oberschenkelknochens liegt.',
    captionSentence: '{knee}: {position} {tilt}.',
    captionStraight: 'Knie gestreckt',
    captionBent: 'Knie um {degrees} Grad gebeugt',
    captionBentOne: 'Knie um {degrees} Grad gebeugt',
    captionCentred: 'Die Kniescheibe liegt mittig in ihrer Gleitrinne',
    captionShift: 'Die Kniescheibe liegt {mm} mm weiter {side}',
    captionTilt: 'und ist um {degrees} Grad gekippt',
    captionTiltOne: 'und ist um {degrees} Grad gekippt',
    captionTiltInside: 'und ist um {degrees} Grad nach innen gekippt',
    captionTiltInsideOne: 'und ist um {degrees} Grad nach innen gekippt',
    captionNoTilt: 'und ist nicht gekippt',
    sideOutside: 'außen',
    sideInside: 'innen',
    controlsLabel: 'Steuerung des Kniemodells',
    play: 'Abspielen',
    pause: 'Anhalten',
    flexion: 'Kniebeugung',
    degreesUnit: '{value}°',
    speed: 'Tempo',
    speedValue: '{value}×',
    tracking: 'Lauf der Kniescheibe',
    view: 'Ansicht',
    viewAnterior: 'Von vorn',
    viewLateral: 'Außenseite',
    viewMedial: 'Innenseite',
    viewPosterior: 'Von hinten',
    viewThigh: 'Ganzer Oberschenkel',
    viewLeg: 'Ganzes Bein von der Seite',
    viewSkyline: 'Kniescheibe von unten',
    compare: 'Mit normalem Knie vergleichen',
    compareNone: 'Aus',
    compareGhost: 'Umriss der normalen Kniescheibe zeigen',
    compareSideBySide: 'Nebeneinander',
    layers: 'Anzeigen',
    xray: 'Durchsichtige Muskeln',
    labels: 'Beschriftungen',
    trail: 'Weg der Kniescheibe',
    forces: 'Zugpfeile',
    contact: 'Belastung des Knorpels',
    reset: 'Zurücksetzen',
    normalKnee: 'Normal',
    lateralPull: 'Zug nach außen',
    medialPull: 'Zug nach innen',
    skylineLateral: 'Lateral (Außenseite)',
    skylineMedial: 'Medial (Innenseite)',
    skylineGrooveTitle: 'Tangentialaufnahme entlang der Rinne, Knie {degrees}° gebeugt',
    skylineMerchantTitle:
      'Merchant-Aufnahme, Strahl 30° zum Oberschenkelknochen, Knie {degrees}° gebeugt',
    measureSulcus: 'Sulkuswinkel',
    measureSulcusNormal: 'normal 135 ± 10°; über 145–150° eine flache Rinne',
    measureCongruence: 'Kongruenzwinkel',
    measureCongruenceNormal: 'normal etwa −6°; über +16° auffällig',
    measureLateralPatellofemoral: 'Lateraler patellofemoraler Winkel',
    measureLateralPatellofemoralNormal: 'normal: nach außen offen (+)',
    measureTilt: 'Patellakippung',
    measureTiltNormal: 'gesunde Knie etwa 10°, Kniescheiben, die luxieren, etwa 19°',
    measureBisectOffset: 'Bisect-Offset',
    measureBisectOffsetNormal: 'gesunde Knie etwa 56 %, Kniescheiben, die luxieren, etwa 100 %',
    measureNote:
      'Live an diesem Modell gemessen: die Rinne auf ihrem Knorpel, die Kniescheibe auf ihrem Knochen.',
    figureRole: 'interaktive 3D-Abbildung',
    keyboardHint:
      'Pfeiltasten drehen das Knie, Plus und Minus zoomen, die Leertaste startet oder hält an, Zifferntasten wählen eine Ansicht, das Fragezeichen zeigt die Tastenkürzel, Esc verlässt die Abbildung.',
    shortcutsTitle: 'Tastenkürzel',
    shortcutsShow: 'Tastenkürzel',
    shortcutTurn: 'Pfeiltasten: Knie drehen',
    shortcutZoom: 'Plus und Minus: vergrößern und verkleinern',
    shortcutPlay: 'Leertaste: abspielen oder anhalten',
    shortcutViews:
      'Zifferntasten 1 bis 7: von vorn, Außenseite, Innenseite, von hinten, ganzer Oberschenkel, ganzes Bein, Kniescheibe von unten',
    shortcutLeave: 'Esc: Abbildung verlassen',
    structureList: 'Teile des Knies',
    structureListHint: 'Wählen Sie einen Teil aus, um ihn in der Abbildung hervorzuheben.',
    clearSelection: 'Alles zeigen',
    announceSelected: 'Ausgewählt: {name}.',
    announceHighlighted: 'Hervorgehoben: {names}.',
    announceView: 'Ansicht: {view}.',
    announceShift: 'Kniescheibe um {mm} Millimeter nach {side} verschoben.',
    announceCentred: 'Kniescheibe mittig in ihrer Gleitrinne.',
    announceTracking: '{label}.',
    announcePlaying: 'Läuft: Das Knie beugt und streckt sich.',
    announcePaused: 'Angehalten.',
    pauseMotion: 'Bewegung anhalten',
    aboutFigure: 'Über diese Abbildung',
    aboutShows:
      'Ein 3D-Knie, das sich beugt und streckt: Die Kniescheibe gleitet in der Rinne am Ende des Oberschenkelknochens, gezogen von den Oberschenkelmuskeln.',
    aboutSources: 'Woher das 3D-Modell stammt',
    aboutModelNote:
      'Erstellt aus den Aufnahmen des Visible Human Female; Lizenz {licence}, für diese Abbildung verändert.',
    aboutVersion: 'knee-explainer, Version {version}',
    close: 'Schließen',
    fullScreen: 'Vollbild',
    exitFullScreen: 'Vollbild beenden',
    saveImage: 'Bild speichern',
    bursae: 'Schleimbeutel (Flüssigkeitssäckchen)',
    imageCredit:
      'Kniemodell nach dem Visible Human Female (Universität Denver, HuBMAP), {licence}, verändert.',
    exerciseFigureLabel: '{name}: Das Kniemodell zeigt die Übung',
    exerciseRepetition: 'Wiederholung {n}',
    exercisePhaseRest: 'Entspannen',
    exercisePhaseContract: 'Anspannen',
    exercisePhaseHold: 'Halten',
    exercisePhaseRelease: 'Langsam lösen',
    exerciseWorks: 'Diese Muskeln arbeiten: {muscles}',
    exerciseSwellingNote:
      'Ist das Knie geschwollen, schaltet sich der VMO als Erstes ab, und die Kniescheibe wandert nach außen.',
  },
  structures: {
    pelvis: {
      name: 'Becken',
      description:
        'Der Knochenring am unteren Ende der Wirbelsäule, an dem die Oberschenkelknochen hängen. Viele Oberschenkelmuskeln beginnen hier. Deshalb verändert die Haltung des Beckens den Zug, der am Knie ankommt.',
    },
    femur: {
      name: 'Femur (Oberschenkelknochen)',
      description:
        'Der Oberschenkelknochen ist bei Erwachsenen etwa 41 bis 44 cm lang und reicht von der Hüfte bis zum Knie. An seinem unteren Ende liegt die Rinne, in der die Kniescheibe gleitet.',
    },
    patella: {
      name: 'Patella (Kniescheibe)',
      description:
        'Die Kniescheibe ist ein flacher Knochen, etwa 4 cm breit, der in der Sehne vorn am Knie liegt. Wenn sich das Knie beugt, gleitet sie in einer Rinne des Oberschenkelknochens auf und ab. Sie gibt den Oberschenkelmuskeln eine bessere Hebelwirkung.',
    },
    tibia: {
      name: 'Tibia (Schienbein)',
      description:
        'Das Schienbein ist der große Knochen des Unterschenkels, der das Körpergewicht trägt. Die Sehne der Kniescheibe setzt an dem Höcker vorn am Schienbein an, dem Schienbeinhöcker (Tuberositas tibiae).',
    },
    fibula: {
      name: 'Fibula (Wadenbein)',
      description:
        'Der dünne Knochen an der Außenseite des Unterschenkels, neben dem Schienbein. Sein Kopf liegt knapp unterhalb und hinter der Außenseite des Knies. Dort sind das äußere Seitenband des Knies und der äußere hintere Oberschenkelmuskel verankert.',
    },
    'trochlear-groove': {
      name: 'Gleitrinne (Trochlea)',
      description:
        'Die glatte, mit Knorpel überzogene Rinne vorn am unteren Ende des Oberschenkelknochens, in der die Kniescheibe läuft. Ihre äußere Wand ist normalerweise die höhere und hält die Kniescheibe in der Rinne, sobald das Knie mehr als etwa 20 Grad gebeugt ist. Eine flache oder abgeflachte Rinne (Trochleadysplasie) lässt die Kniescheibe leichter nach außen rutschen.',
    },
    'patellar-cartilage': {
      name: 'Knorpel der Kniescheibe',
      description:
        'Die glatte Knorpelschicht, etwa 4 mm dick, auf der Rückseite der Kniescheibe, wo sie den Oberschenkelknochen berührt. Ihr äußerer Teil ist meist breiter als ihr innerer.',
    },
    'medial-meniscus': {
      name: 'Innenmeniskus',
      description:
        'Ein C-förmiges Polster aus festem, gummiartigem Knorpel zwischen Oberschenkelknochen und Schienbein an der Innenseite des Knies. Er verteilt die Last und stabilisiert das Gelenk; an der Führung der Kniescheibe ist er nicht beteiligt.',
    },
    'lateral-meniscus': {
      name: 'Außenmeniskus',
      description:
        'Ein fast ringförmiges Polster aus festem, gummiartigem Knorpel zwischen Oberschenkelknochen und Schienbein an der Außenseite des Knies. Wie der Innenmeniskus verteilt er die Last und ist an der Führung der Kniescheibe nicht beteiligt.',
    },
    'suprapatellar-bursa': {
      name: 'Schleimbeutel über der Kniescheibe (Bursa suprapatellaris)',
      description:
        'Ein mit Flüssigkeit gefüllter Beutel oberhalb der Kniescheibe, unter der Quadrizepssehne. Er lässt die Sehne über den Oberschenkelknochen gleiten. Er ist mit dem Kniegelenk verbunden; deshalb wölbt sich ein geschwollenes Knie oft hier vor.',
    },
    'prepatellar-bursa': {
      name: 'Schleimbeutel vor der Kniescheibe (Bursa praepatellaris)',
      description:
        'Ein dünner, mit Flüssigkeit gefüllter Beutel zwischen der Haut und der Vorderseite der Kniescheibe. Er lässt die Haut über den Knochen gleiten. Wer viele Stunden kniet, kann hier eine Schwellung bekommen.',
    },
    'rectus-femoris': {
      name: 'Rectus femoris (gerader Oberschenkelmuskel)',
      description:
        'Der gerade Muskel in der Mitte der Oberschenkelvorderseite. Er ist der einzige Teil des Quadrizeps, der nicht nur über das Knie, sondern auch über die Hüfte zieht.',
    },
    'vastus-lateralis': {
      name: 'Vastus lateralis (äußerer Schenkelmuskel)',
      description:
        'Der größte Teil des Quadrizeps, an der Außenseite des Oberschenkels. Er liefert etwa 40 % seiner Zugkraft. Seine Fasern verlaufen leicht nach außen. Deshalb streckt er nicht nur das Knie, sondern zieht die Kniescheibe auch ein wenig nach außen.',
    },
    'vastus-intermedius': {
      name: 'Vastus intermedius (mittlerer Schenkelmuskel)',
      description:
        'Der tiefe Teil des Quadrizeps. Er liegt vorn auf dem Oberschenkelknochen, unter dem Rectus femoris, und zieht die Kniescheibe gerade nach oben.',
    },
    'vastus-medialis': {
      name: 'Vastus medialis (innerer Schenkelmuskel)',
      description:
        'Der tropfenförmige Muskel an der Innenseite des Oberschenkels, knapp oberhalb des Knies. Er gehört zu den ersten Muskeln, die sich abschalten, wenn das Knie geschwollen ist – schon bei 20–30 ml Flüssigkeit im Gelenk.',
    },
    'vastus-medialis-oblique': {
      name: 'Vastus medialis obliquus',
      shortName: 'VMO',
      description:
        'Die untersten, am schrägsten verlaufenden Fasern des inneren Oberschenkelmuskels (Vastus medialis). Sie ziehen die Kniescheibe nach innen und nach oben. Meist ist er kein eigener Muskel und lässt sich nicht allein trainieren: Übungen kräftigen den ganzen Quadrizeps, und man geht heute nicht mehr davon aus, dass ein schwacher VMO allein erklärt, warum die Kniescheibe abwandert.',
    },
    sartorius: {
      name: 'Sartorius (Schneidermuskel)',
      description:
        'Ein langer, schmaler Muskelstreifen, der schräg über die Vorderseite des Oberschenkels läuft – von der Vorderseite der Hüfte bis zur Innenseite des Knies.',
    },
    gracilis: {
      name: 'Gracilis (Schlankmuskel)',
      description:
        'Ein langer, dünner Muskel an der Innenseite des Oberschenkels, vom Schambein bis zur Innenseite des Knies.',
    },
    'adductor-longus': {
      name: 'Adductor longus (langer Schenkelanzieher)',
      description:
        'Ein fächerförmiger Muskel oben an der Oberschenkelinnenseite, der das Bein nach innen zum anderen Bein zieht. Er reicht nicht bis zum Knie.',
    },
    'adductor-magnus': {
      name: 'Adductor magnus (großer Schenkelanzieher)',
      description:
        'Der größte Muskel an der Oberschenkelinnenseite. Seine untere Sehne endet an einem kleinen Höcker knapp oberhalb der Innenseite des Knies, und die Fasern des VMO entspringen an dieser Sehne.',
    },
    'tensor-fasciae-latae': {
      name: 'Tensor fasciae latae (Schenkelbindenspanner)',
      shortName: 'TFL',
      description:
        'Ein kleiner Muskel vorn und seitlich an der Hüfte, der das Iliotibialband spannt. Über dieses Band verstärkt er den Zug der Kniescheibe nach außen.',
    },
    'gluteus-medius': {
      name: 'Gluteus medius (mittlerer Gesäßmuskel)',
      description:
        'Ein fächerförmiger Muskel seitlich an der Hüfte. Er hält das Becken waagerecht, wenn Sie auf einem Bein stehen, und verhindert, dass der Oberschenkel absinkt und nach innen dreht. Deshalb gehören Hüftübungen zur Behandlung von Schmerzen an der Kniescheibe.',
    },
    'biceps-femoris': {
      name: 'Biceps femoris (zweiköpfiger Oberschenkelmuskel)',
      description:
        'Der äußere der hinteren Oberschenkelmuskeln. Er hat zwei Teile (Köpfe), die sich hinter der Außenseite des Knies zu einer Sehne vereinen.',
    },
    semitendinosus: {
      name: 'Semitendinosus (Halbsehnenmuskel)',
      description:
        'Einer der beiden inneren hinteren Oberschenkelmuskeln. Er ist nach seiner langen, strangförmigen unteren Sehne benannt, die zur Innenseite des Schienbeins zieht.',
    },
    semimembranosus: {
      name: 'Semimembranosus (Plattsehnenmuskel)',
      description:
        'Der tiefer liegende der beiden inneren hinteren Oberschenkelmuskeln. Er ist nach seiner breiten, flachen oberen Sehne benannt.',
    },
    'iliotibial-band': {
      name: 'Iliotibialband (Tractus iliotibialis)',
      shortName: 'ITB',
      description:
        'Ein langer, dicker Streifen aus festem Gewebe an der Außenseite des Oberschenkels, von der Hüfte bis zum äußeren Schienbein. Einige seiner Fasern gehen in das Gewebe neben der Kniescheibe über. Deshalb verstärkt es den Zug der Kniescheibe nach außen.',
    },
    'quadriceps-tendon': {
      name: 'Quadrizepssehne',
      description:
        'Die dicke Sehne knapp oberhalb der Kniescheibe, in der sich die Muskeln des Quadrizeps vereinen. Sie überträgt ihren Zug auf die Kniescheibe.',
    },
    'patellar-tendon': {
      name: 'Kniescheibensehne (Patellasehne)',
      description:
        'Das kräftige Band von der unteren Spitze der Kniescheibe bis zum Höcker vorn am Schienbein. Es gibt den Zug des Quadrizeps weiter und streckt so das Knie. Normalerweise ist es etwa so lang, wie die Kniescheibe hoch ist. Ist es viel länger, steht die Kniescheibe zu hoch und gelangt erst später in ihre Rinne.',
    },
    'medial-patellofemoral-ligament': {
      name: 'Mediales patellofemorales Ligament',
      shortName: 'MPFL',
      description:
        'Ein dünnes Band, etwa 4 bis 6 cm lang, von der Innenseite des Oberschenkelknochens zum inneren Rand der Kniescheibe. Es ist das Wichtigste, was die Kniescheibe am Herausrutschen nach außen hindert, solange das Knie fast gestreckt ist (0 bis 20 Grad) – bevor die Rinne diese Aufgabe übernimmt.',
    },
    'lateral-retinaculum': {
      name: 'Laterales Retinaculum (äußeres Halteband)',
      description:
        'Eine Schicht aus faserigem Gewebe an der Außenseite der Kniescheibe, die zum Teil aus Fasern des Iliotibialbands und des Vastus lateralis besteht. Ist sie straff, kippt sie die Kniescheibe und zieht sie nach außen.',
    },
    'medial-collateral-ligament': {
      name: 'Innenband (mediales Kollateralband)',
      shortName: 'MCL',
      description:
        'Ein breites, flaches Band an der Innenseite des Knies, das den Oberschenkelknochen mit dem Schienbein verbindet. Es verhindert, dass das Knie innen aufklappt, wenn es von außen gedrückt wird; die Kniescheibe führt es nicht.',
    },
    'lateral-collateral-ligament': {
      name: 'Außenband (laterales Kollateralband)',
      shortName: 'LCL',
      description:
        'Ein kurzes, strangförmiges Band an der Außenseite des Knies, das den Oberschenkelknochen mit dem Wadenbein verbindet. Es verhindert, dass das Knie außen aufklappt; die Kniescheibe führt es nicht.',
    },
    'infrapatellar-bursa': {
      name: 'Infrapatellarer Schleimbeutel',
      description:
        'Ein kleiner, mit Flüssigkeit gefüllter Beutel hinter dem unteren Ende der Kniescheibensehne, knapp über ihrem Ansatz am Schienbein. Er lässt die Sehne beim Beugen über den Knochen gleiten.',
    },
    'femoral-condyle-cartilage': {
      name: 'Knorpel der Oberschenkelrollen (Femurkondylen)',
      description:
        'Der glatte Knorpel auf den beiden runden Enden des Oberschenkelknochens, die auf dem Schienbein rollen und gleiten. Die Gleitrinne der Kniescheibe ist der vordere Teil desselben Knorpels.',
    },
    'tibial-cartilage': {
      name: 'Knorpel des Schienbeinkopfs (Tibiaplateaus)',
      description:
        'Der glatte Knorpel auf der flachen Oberseite des Schienbeins, zum Teil unter den Menisken, auf dem die Enden des Oberschenkelknochens ruhen.',
    },
    'gluteus-maximus': {
      name: 'Großer Gesäßmuskel (Gluteus maximus)',
      description:
        'Der große Gesäßmuskel. Er streckt die Hüfte, und ein Teil von ihm zieht am Tractus iliotibialis an der Außenseite des Oberschenkels.',
    },
    gastrocnemius: {
      name: 'Zwillingswadenmuskel (Gastrocnemius)',
      description:
        'Der Wadenmuskel. Seine zwei Köpfe beginnen hinten am Oberschenkelknochen, knapp über dem Knie. Er streckt den Fuß und hilft, das Knie zu beugen; an der Kniescheibe zieht er nicht.',
    },
    popliteus: {
      name: 'Kniekehlenmuskel (Popliteus)',
      description:
        'Ein kleiner, flacher Muskel hinter dem Knie. Wenn sich das gestreckte Knie zu beugen beginnt, entriegelt er es, indem er das Schienbein etwas nach innen dreht.',
    },
    'anterior-cruciate-ligament': {
      name: 'Vorderes Kreuzband',
      shortName: 'ACL',
      description:
        'Eines der beiden Bänder, die sich im Knie kreuzen. Es verhindert, dass das Schienbein unter dem Oberschenkelknochen nach vorn gleitet; die Kniescheibe führt es nicht.',
    },
    'posterior-cruciate-ligament': {
      name: 'Hinteres Kreuzband',
      shortName: 'PCL',
      description:
        'Das andere Band, das sich im Knie kreuzt. Es verhindert, dass das Schienbein unter dem Oberschenkelknochen nach hinten gleitet.',
    },
    'medial-retinaculum': {
      name: 'Inneres Halteband (mediales Retinaculum)',
      description:
        'Eine dünne Schicht aus festem Gewebe vom inneren Rand der Kniescheibe zum Oberschenkelknochen. Zusammen mit dem MPFL, das in ihr verläuft, hilft es, die Kniescheibe in der Rinne zu halten.',
    },
    'hamstring-tendons': {
      name: 'Sehnen der hinteren Oberschenkelmuskeln und der Knieinnenseite',
      description:
        'Die strangförmigen Enden der hinteren Oberschenkelmuskeln hinter dem Knie und der drei Muskeln, die sich an der Innenseite des Schienbeins treffen (Sartorius, Gracilis und Semitendinosus: der Pes anserinus).',
    },
  },
  groups: {
    quadriceps: {
      name: 'Quadrizeps',
      description:
        'Die große Muskelgruppe vorn am Oberschenkel: der Rectus femoris und die drei Vasti, wobei der VMO (der unterste Teil des Vastus medialis) eigens gezeigt wird. Sie strecken das Knie, indem sie an der Kniescheibe ziehen, und arbeiten als Einheit: Kein Teil lässt sich allein kräftigen.',
    },
    hamstrings: {
      name: 'Hintere Oberschenkelmuskeln (ischiocrurale Muskulatur)',
      description:
        'Die drei Muskeln an der Rückseite des Oberschenkels. Sie beugen das Knie und strecken die Hüfte; an der Kniescheibe ziehen sie nicht.',
    },
    adductors: {
      name: 'Oberschenkelinnenseite (Adduktoren)',
      description:
        'Die Muskeln an der Innenseite des Oberschenkels, die das Bein zum anderen Bein ziehen. Wenn Sie die Knie bei einer Kniebeuge zusammendrücken, arbeiten diese Muskeln – aber der VMO arbeitet dadurch nicht stärker als der Vastus lateralis.',
    },
    'lateral-pull': {
      name: 'Was die Kniescheibe nach außen zieht',
      description:
        'Der Vastus lateralis, das Iliotibialband, der Tensor fasciae latae (der das Band spannt) und das laterale Retinaculum. Dieser Zug nach außen ist normal; Probleme entstehen, wenn das, was die Kniescheibe in der Spur hält, ihm nicht genug entgegensetzt.',
    },
    'medial-restraint': {
      name: 'Was die Kniescheibe in der Spur hält',
      description:
        'Das MPFL hält die Kniescheibe, solange das Knie fast gestreckt ist; ab etwa 20 Grad Beugung übernimmt die hohe äußere Wand der Gleitrinne. Der Vastus medialis und seine untersten Fasern, der VMO, ziehen zusätzlich nach innen.',
    },
    'hip-muscles': {
      name: 'Hüftmuskeln',
      description:
        'Muskeln, die hauptsächlich an der Hüfte arbeiten und steuern, wohin der Oberschenkel – und damit die Rinne unter der Kniescheibe – zeigt: Der Gluteus medius verhindert, dass der Oberschenkel nach innen dreht; Tensor fasciae latae und Sartorius heben ihn nach vorn. Rectus femoris, Gracilis und die hinteren Oberschenkelmuskeln ziehen ebenfalls über die Hüfte, werden aber bei ihren Oberschenkelgruppen gezeigt.',
    },
    bones: {
      name: 'Knochen',
      description: 'Becken, Oberschenkelknochen, Kniescheibe, Schienbein und Wadenbein.',
    },
    'joint-surfaces': {
      name: 'Gelenkflächen',
      description:
        'Die glatten Flächen, an denen die Knochen aufeinandertreffen: der Knorpel auf den Enden des Oberschenkelknochens (mit der Gleitrinne), hinter der Kniescheibe und auf dem Schienbeinkopf sowie die beiden Menisken, die gummiartigen Polster zwischen Oberschenkelknochen und Schienbein.',
    },
    'soft-tissue': {
      name: 'Weichteile',
      description:
        'Alles, was nicht Knochen oder Gelenkfläche ist: Muskeln, Sehnen, Bänder, das Iliotibialband und die mit Flüssigkeit gefüllten Beutel (Schleimbeutel). Zusammen mit den Knochen und Gelenkflächen ergibt das das ganze Modell.',
    },
  },
  landmarks: {
    'landmark-knee-centre': {
      name: 'Kniemitte',
      description:
        'Der Punkt in der Mitte zwischen den Knochenhöckern auf beiden Seiten des unteren Oberschenkelknochens. Von hier aus wird das ganze Modell vermessen, bei gestrecktem Knie.',
    },
    'landmark-femoral-head-centre': {
      name: 'Mittelpunkt des Hüftkopfs',
      description:
        'Der Mittelpunkt der Kugel oben am Oberschenkelknochen, die in der Hüftpfanne sitzt; um diesen Punkt dreht sich die Hüfte.',
    },
    'landmark-greater-trochanter': {
      name: 'Großer Rollhügel (Trochanter major)',
      description:
        'Der Knochenvorsprung, den Sie außen oben am Oberschenkel, seitlich an der Hüfte, tasten können. Hier setzt der Gluteus medius an.',
    },
    'landmark-asis': {
      name: 'Vorderer oberer Darmbeinstachel (ASIS)',
      description:
        'Der Knochenvorsprung vorn an der Hüfte, etwa in Höhe des Gürtels. Hier beginnen Sartorius und Tensor fasciae latae.',
    },
    'landmark-aiis': {
      name: 'Vorderer unterer Darmbeinstachel (AIIS)',
      description:
        'Ein kleinerer Knochenvorsprung unterhalb des ASIS, knapp über dem Hüftgelenk. Hier beginnt der Rectus femoris.',
    },
    'landmark-ischial-tuberosity': {
      name: 'Sitzbeinhöcker (Tuber ischiadicum)',
      description:
        'Der Knochen, auf dem Sie sitzen. Hier beginnen die hinteren Oberschenkelmuskeln und ein Teil des Adductor magnus.',
    },
    'landmark-pubic-tubercle': {
      name: 'Schambeinhöcker (Tuberculum pubicum)',
      description:
        'Ein kleiner Höcker vorn am Schambein. Adductor longus und Gracilis beginnen nahe daran.',
    },
    'landmark-medial-epicondyle': {
      name: 'Innerer Knochenhöcker (Epicondylus medialis)',
      description:
        'Der Knochenhöcker an der Innenseite des unteren Oberschenkelknochens. Hier beginnt das MCL (Innenband), das MPFL knapp darüber und dahinter.',
    },
    'landmark-lateral-epicondyle': {
      name: 'Äußerer Knochenhöcker (Epicondylus lateralis)',
      description:
        'Der Knochenhöcker an der Außenseite des unteren Oberschenkelknochens. Hier beginnt das LCL (Außenband).',
    },
    'landmark-adductor-tubercle': {
      name: 'Adduktorenhöcker (Tuberculum adductorium)',
      description:
        'Ein kleiner Höcker knapp oberhalb der Innenseite des Knies, an dem die Sehne des Adductor magnus endet; die Fasern des VMO entspringen an dieser Sehne.',
    },
    'landmark-trochlear-groove': {
      name: 'Gleitrinne (Trochlea)',
      description:
        'Der tiefste Punkt der Rinne vorn am unteren Ende des Oberschenkelknochens, in der die Kniescheibe läuft.',
    },
    'landmark-patella-centre': {
      name: 'Mitte der Kniescheibe',
      description:
        'Die Mitte der Kniescheibe: der Punkt, dessen Weg das Modell verfolgt, während sich das Knie beugt.',
    },
    'landmark-patella-superior-pole': {
      name: 'Oberer Rand der Kniescheibe (oberer Pol)',
      description: 'Der obere Rand der Kniescheibe, an dem die Quadrizepssehne ansetzt.',
    },
    'landmark-patella-inferior-pole': {
      name: 'Untere Spitze der Kniescheibe (unterer Pol)',
      description: 'Die untere Spitze der Kniescheibe, an der die Kniescheibensehne beginnt.',
    },
    'landmark-tibial-tuberosity': {
      name: 'Schienbeinhöcker (Tuberositas tibiae)',
      description:
        'Der Höcker vorn am Schienbein, einige Zentimeter unterhalb der Kniescheibe, an dem die Kniescheibensehne ansetzt.',
    },
    'landmark-gerdys-tubercle': {
      name: 'Gerdy-Höcker (Tuberculum Gerdy)',
      description: 'Ein Höcker vorn außen am oberen Schienbein, an dem das Iliotibialband ansetzt.',
    },
    'landmark-pes-anserinus': {
      name: 'Gänsefuß (Pes anserinus)',
      description:
        'Die Stelle innen am oberen Schienbein, an der die Sehnen von Sartorius, Gracilis und Semitendinosus nebeneinander ansetzen; der Name bedeutet „Gänsefuß“ und kommt von ihrer Form.',
    },
    'landmark-fibular-head': {
      name: 'Wadenbeinköpfchen (Fibulaköpfchen)',
      description:
        'Der Knubbel oben am Wadenbein, knapp unterhalb der Außenseite des Knies. Hier setzen das LCL (Außenband) und der Biceps femoris an.',
    },
  },
  presets: {
    normal: {
      label: 'Normal',
      description:
        'Bei gestrecktem Bein liegt die Kniescheibe etwas weiter außen. Wenn sich das Knie über etwa 20 Grad hinaus beugt, rückt sie nahe an die Mitte ihrer Rinne und bleibt dort.',
    },
    'lateral-mild': {
      label: 'Wandert nach außen (leicht)',
      description:
        'Ein etwas weniger aktiver innerer Oberschenkelmuskel, etwas straffere Strukturen außen und eine etwas flachere Rinne lassen die Kniescheibe bei fast gestrecktem Knie ein wenig weiter außen liegen.',
    },
    'lateral-moderate': {
      label: 'Wandert nach außen (mittel)',
      description:
        'Bei fast gestrecktem Knie liegt die Kniescheibe deutlich weiter außen und kippt nach außen. Wenn sie in die Rinne gleitet, wird sie zur Mitte zurückgezogen (das J-Zeichen). Mehr Druck lastet auf ihrer äußeren Hälfte.',
    },
    'lateral-severe': {
      label: 'Wandert nach außen (stark)',
      description:
        'Mehrere Ursachen zusammen drücken die Kniescheibe bei fast gestrecktem Knie weit nach außen, mit deutlichem Kippen nach außen und dem meisten Druck auf ihrer äußeren Hälfte. Das innere Halteband (das MPFL) ist gedehnt oder gerissen, wie nachdem die Kniescheibe herausgesprungen ist. Deshalb springt sie beim Strecken des Beins deutlich nach außen: ein klares J-Zeichen.',
    },
    'trochlear-dysplasia': {
      label: 'Flache Gleitrinne',
      description:
        'Eine flache Rinne am Ende des Oberschenkelknochens bietet der Kniescheibe wenig Halt. Deshalb liegt sie in jedem Winkel außermittig, selbst wenn die Muskeln normal arbeiten.',
    },
    'post-surgery-swelling': {
      label: 'Schwellung nach einer Operation',
      description:
        'Eine mäßige Menge Flüssigkeit im Gelenk schaltet unbemerkt zuerst den inneren Oberschenkelmuskel (den VMO) ab, auch wenn sich das Knie gut anfühlt. So wandert die Kniescheibe ein wenig nach außen, bis die Schwellung zurückgeht.',
    },
    'weak-vmo': {
      label: 'Nur VMO weniger aktiv',
      description:
        'Ein weniger aktiver VMO allein lässt die Kniescheibe etwas nach außen wandern, vor allem bei fast gestrecktem Knie. Wie weit, darüber sind sich die Studien nicht einig: In Kniegelenken, die im Labor untersucht wurden, verschob das Abschalten des VMO die Kniescheibe in einer Studie um etwa 4 mm, in einer anderen um weniger als 1,5 mm. Die Schuld allein beim VMO zu suchen, ist beliebt, aber umstritten: Die Kontrolle der Hüfte und die Drehung des Oberschenkelknochens spielen ebenfalls eine Rolle, und der VMO lässt sich nicht getrennt vom übrigen Quadrizeps trainieren.',
    },
    'tight-lateral': {
      label: 'Nur straffe Strukturen außen',
      description:
        'Ein straffes Iliotibialband und eine straffe äußere Kniegelenkkapsel ziehen die Kniescheibe nach außen und kippen sie, vor allem bei fast gestrecktem Knie.',
    },
  },
  exercises: {
    'quad-set': {
      name: 'Quadrizeps-Anspannung (Oberschenkel anspannen)',
      shortName: 'Quadrizeps anspannen',
      purpose:
        'Weckt den Oberschenkelmuskel auf und zeigt Ihnen, wie Sie ihn bei gestrecktem Knie anspannen.',
      position: 'auf dem Rücken liegend',
      steps: [
        'Legen Sie sich auf den Rücken oder setzen Sie sich hin, das Bein gerade vor sich ausgestreckt.',
        'Spannen Sie den Muskel vorn am Oberschenkel an, sodass sich die Kniescheibe nach oben bewegt und die Kniekehle nach unten Richtung Boden drückt.',
        'Halten Sie die Spannung 5 Sekunden lang und atmen Sie dabei normal weiter.',
        'Lassen Sie langsam locker und ruhen Sie sich vor der nächsten Wiederholung einige Sekunden aus.',
      ],
      cues: [
        'Legen Sie einen Finger auf die Innenseite des Oberschenkels knapp oberhalb der Kniescheibe: Sie sollten spüren, wie es dort fest wird.',
        'Diese feste Stelle zeigt Ihnen, dass der ganze Oberschenkelmuskel arbeitet; sein innerer Teil kann nicht allein arbeiten.',
        'Atmen Sie weiter. Halten Sie beim Anspannen nicht die Luft an.',
      ],
      stopIf: [],
      evidence:
        'Das Anspannen des Quadrizeps gehört zu den meisten Reha-Programmen, oft als eine der ersten Übungen und nach Operationen. Meist wird es mit Blick auf den VMO angeleitet. Der VMO, der unterste Teil des inneren Oberschenkelmuskels, lässt sich nicht allein kräftigen: Eine Übersichtsarbeit von 2009 (Smith 2009) kam zu dem Ergebnis, dass Übungen ihn immer zusammen mit dem übrigen Oberschenkelmuskel trainieren. Die verbreitete Vorstellung, dass ein schwacher VMO allein die Kniescheibe nach außen wandern lässt, ist umstritten: Wie Sie Hüfte und Oberschenkel halten und drehen, spielt ebenfalls eine Rolle. Ein geschwollenes Knie kann den inneren Oberschenkelmuskel abschalten, schon ab etwa 20 bis 30 ml Flüssigkeit im Gelenk (Arch Phys Med Rehabil 1984). Wenn Ihr Knie geschwollen ist, sagen Sie es deshalb ' +
        TO_PHYSIO +
        '. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Bei gestrecktem Knie liegt die Kniescheibe knapp oberhalb ihrer Rinne. Das Anspannen des Oberschenkels zieht sie nach oben und hält sie ruhig; dabei hält der innere Teil des Muskels dem äußeren das Gleichgewicht.',
    },
    'straight-leg-raise': {
      name: 'Heben des gestreckten Beins',
      shortName: 'Beinheben',
      purpose:
        'Kräftigt die Vorderseite des Oberschenkels und die Hüfte, ohne dass Sie das Knie beugen.',
      position: 'auf dem Rücken liegend',
      steps: [
        'Legen Sie sich auf den Rücken. Beugen Sie das andere Knie und stellen Sie diesen Fuß flach auf den Boden.',
        'Spannen Sie die Vorderseite des Oberschenkels am gestreckten Bein an, wie bei der Quadrizeps-Anspannung, sodass das Knie ganz gestreckt ist.',
        'Heben Sie das Bein mit gestrecktem Knie an, bis die Ferse etwa so hoch ist wie Ihr anderes Knie.',
        'Halten Sie es dort 2 Sekunden lang.',
        'Senken Sie das Bein langsam auf den Boden und entspannen Sie.',
      ],
      cues: [
        'Strecken Sie das Knie fest durch, bevor Sie anheben, und halten Sie es auf dem ganzen Weg nach oben und unten gestreckt.',
        'Heben Sie langsam an und senken Sie noch langsamer ab.',
        'Lassen Sie den unteren Rücken auf dem Boden liegen; das gebeugte Knie hilft dabei.',
      ],
      stopIf: [`Hören Sie auf, wenn Ihr unterer Rücken schmerzt, und fragen Sie ${PHYSIO}.`],
      evidence:
        'Eine Studie von 2008 (Bolgla 2008) ergab, dass das Heben des gestreckten Beins den inneren Oberschenkelmuskel (Vastus medialis) und den Rectus femoris trainiert – den Oberschenkelmuskel, der auch das Bein in der Hüfte anhebt –, zusammen mit den anderen Muskeln, die das Bein in der Hüfte anheben. Bei gestrecktem Knie liegt die Kniescheibe oberhalb ihrer Rinne und berührt sie kaum (der erste Kontakt entsteht bei etwa 20 Grad Beugung, Fulkerson). Deshalb drückt die Übung nur sehr wenig auf die Rückseite der Kniescheibe. Wie jede Oberschenkelübung trainiert sie den ganzen Oberschenkelmuskel, nicht den VMO allein (Smith 2009).',
      kneecapEffect:
        'Der angespannte Oberschenkelmuskel hält die Kniescheibe knapp oberhalb ihrer Rinne ruhig, während sich das ganze gestreckte Bein hebt.',
    },
    'terminal-knee-extension': {
      name: 'Endgradige Kniestreckung (kurzer Bogen)',
      shortName: 'Kurzer Bogen',
      purpose: 'Kräftigt den Oberschenkelmuskel auf dem letzten Stück der Kniestreckung.',
      position: 'auf dem Rücken liegend',
      steps: [
        'Legen Sie sich auf den Rücken oder setzen Sie sich mit ausgestreckten Beinen hin. Legen Sie ein zusammengerolltes Handtuch oder ein festes Kissen unter das Knie, sodass es leicht gebeugt ist (etwa 30 Grad).',
        'Lassen Sie die Kniekehle auf der Rolle liegen.',
        'Spannen Sie den Oberschenkel an und heben Sie die Ferse, bis das Knie gestreckt ist.',
        'Halten Sie es 3 Sekunden lang gestreckt.',
        'Senken Sie die Ferse langsam wieder ab und entspannen Sie.',
      ],
      cues: [
        'Nur der Unterschenkel bewegt sich; die Kniekehle bleibt auf der Rolle.',
        'Strecken Sie das Knie ganz durch und senken Sie es dann langsam ab.',
        'Befestigen Sie kein Gewicht am Fußgelenk, es sei denn, Ihre Physiotherapeutin oder Ihr Physiotherapeut rät Ihnen dazu.',
      ],
      stopIf: [],
      evidence:
        'Diese Übung trainiert den ganzen Oberschenkelmuskel auf den letzten 30 Grad der Streckung. Nahe der vollen Streckung hält die Rinne die Kniescheibe noch nicht, und ein entspannter innerer Oberschenkelmuskel lässt sie leichter nach außen gleiten (Senavongse & Amis 2005). Ein Hinweis zur Vorsicht: Eine Studie von 2014 (Powers 2014) ergab, dass das Strecken des Knies gegen ein Gewicht mit frei beweglichem Fuß, wie hier, die Kniescheibe in diesem Bereich (0 bis 30 Grad) stärker gegen den Oberschenkelknochen drückt als eine Kniebeuge. Wenn es also wehtut, sagen Sie es ' +
        TO_PHYSIO +
        ': Ein leichteres Gewicht oder eine Kniebeuge passt vielleicht besser zu Ihnen. Den VMO allein kann diese Übung nicht trainieren (Smith 2009).',
      kneecapEffect:
        'Während sich das Knie streckt, zieht der Oberschenkelmuskel die Kniescheibe nach oben aus dem oberen Ende ihrer Rinne heraus. Dort verhindern der innere Oberschenkelmuskel und das Band an der Innenseite (das MPFL), dass sie nach außen gleitet.',
    },
    clamshell: {
      name: 'Muschel-Übung',
      purpose:
        'Kräftigt den Muskel seitlich an der Hüfte, der verhindert, dass Ihr Knie nach innen dreht.',
      position: 'auf der Seite liegend',
      steps: [
        'Legen Sie sich auf die Seite; das Bein, das Sie üben, liegt oben. Beugen Sie die Hüften leicht (etwa 45 Grad) und die Knie im rechten Winkel; die Füße liegen aufeinander.',
        'Legen Sie den Kopf auf den unteren Arm und halten Sie die Hüften genau übereinander.',
        'Die Füße bleiben zusammen: Heben Sie das obere Knie so weit an, wie es geht, ohne dass die Hüfte nach hinten kippt.',
        'Halten Sie es dort 2 Sekunden lang.',
        'Senken Sie das Knie langsam ab.',
      ],
      cues: [
        'Lassen Sie die Füße die ganze Zeit zusammen.',
        'Lassen Sie die obere Hüfte nicht nach hinten kippen; es ist nur eine kleine Bewegung.',
        'Sie sollten es seitlich am Gesäß spüren.',
      ],
      stopIf: [ASK_PHYSIO_HIP_BACK],
      evidence:
        'Eine Studie von 2009 (Distefano 2009) hat gemessen, dass der seitliche Hüftmuskel (Gluteus medius) bei dieser Übung mit etwa 40 % seiner Höchstkraft arbeitet. Damit ist sie ein sanfter Einstieg. Schwache Hüftmuskeln können den Oberschenkel unter der Kniescheibe nach innen drehen lassen; Probleme mit der Kniescheibe hängen also nicht nur vom Oberschenkelmuskel ab. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Die Kniescheibe selbst bewegt sich bei dieser Übung nicht. Mit der Zeit hilft eine kräftigere Hüfte, dass der Oberschenkel unter der Kniescheibe nicht nach innen dreht, wenn Sie stehen, gehen oder Treppen steigen.',
    },
    'side-lying-hip-abduction': {
      name: 'Abspreizen der Hüfte in Seitenlage (seitliches Beinheben)',
      shortName: 'Seitliches Beinheben',
      purpose:
        'Fordert den Muskel seitlich an der Hüfte stärker – als nächster Schritt nach der Muschel-Übung.',
      position: 'auf der Seite liegend',
      steps: [
        'Legen Sie sich auf die Seite; das Bein, das Sie üben, liegt oben. Beugen Sie das untere Knie, um das Gleichgewicht zu halten, und lassen Sie das obere Bein gestreckt.',
        'Bringen Sie das obere Bein in eine Linie mit dem Körper oder etwas dahinter; die Zehen zeigen nach vorn.',
        'Heben Sie das obere Bein zur Decke an. Das Knie bleibt gestreckt und das Bein in einer Linie mit dem Körper.',
        'Halten Sie es dort 2 Sekunden lang.',
        'Senken Sie es langsam ab.',
      ],
      cues: [
        'Die Zehen zeigen nach vorn, nicht zur Decke.',
        'Lassen Sie den Körper nicht nach hinten kippen.',
        'Heben Sie das Bein nur so hoch, wie es geht, ohne sich zu neigen oder zu verdrehen.',
      ],
      stopIf: [ASK_PHYSIO_HIP_BACK],
      evidence:
        'Dieselbe Studie von 2009 (Distefano 2009) ergab, dass diese Übung den seitlichen Hüftmuskel (Gluteus medius) etwa doppelt so stark fordert wie die Muschel-Übung: etwa 80 % seiner Höchstkraft statt etwa 40 %. Das macht sie zu einem naheliegenden nächsten Schritt. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Die Kniescheibe selbst bewegt sich bei dieser Übung nicht: Die Arbeit geschieht an der Hüfte. Sie hilft, den Oberschenkel unter der Kniescheibe gerade zu halten, wenn Sie auf den Beinen sind.',
    },
    'mini-squat': {
      name: 'Mini-Kniebeuge',
      purpose:
        'Kräftigt Oberschenkel- und Gesäßmuskeln gemeinsam im Stehen, bei geringer Belastung der Kniescheibe.',
      position: 'stehend',
      steps: [
        'Stellen Sie sich hin, die Füße hüftbreit auseinander. Halten Sie sich bei Bedarf an einem Stuhl oder an der Küchenarbeitsplatte fest.',
        'Schieben Sie das Gesäß etwas nach hinten und beugen Sie die Knie, als wollten Sie sich hinsetzen, bis etwa 45 Grad: etwa halb so weit wie zum Sitzen auf einem Stuhl.',
        'Die Knie zeigen in dieselbe Richtung wie die Zehen; lassen Sie sie nicht nach innen fallen.',
        'Halten Sie eine Sekunde inne.',
        'Drücken Sie sich über die Füße wieder in den aufrechten Stand.',
      ],
      cues: [
        'Knie über den Zehen, nicht nach innen fallen lassen.',
        'Verteilen Sie Ihr Gewicht auf den ganzen Fuß.',
        'Gehen Sie langsam nach unten und kommen Sie gleichmäßig wieder hoch.',
      ],
      stopIf: [],
      evidence:
        LOW_LOAD_SQUAT +
        ' Die Kniebeuge trainiert Oberschenkel- und Gesäßmuskeln gemeinsam. ' +
        HIP_AND_KNEE_CONSENSUS +
        ' Das Knie in einer Linie über dem Fuß zu halten, gehört zur Übung: Für die Kniescheibe zählt die Kontrolle der Hüfte, nicht nur der Oberschenkelmuskel.',
      kneecapEffect:
        'Während sich das Knie beugt, gleitet die Kniescheibe nach unten in ihre Rinne, die sie ab etwa 20 Grad hält. Der arbeitende Oberschenkelmuskel drückt sie dabei sanft an ihren Platz.',
    },
    'wall-sit': {
      name: 'Wandsitz',
      purpose:
        'Baut Kraft in Oberschenkel und Gesäß auf, indem Sie eine flache Kniebeuge an einer Wand halten.',
      position: 'stehend',
      steps: [
        'Stellen Sie sich mit dem Rücken flach an eine Wand, die Füße hüftbreit auseinander und etwa eine Fußlänge von der Wand entfernt.',
        'Rutschen Sie mit dem Rücken an der Wand nach unten, bis die Knie etwa 45 Grad gebeugt sind. Gehen Sie nicht tiefer.',
        'Die Knie zeigen in dieselbe Richtung wie die Zehen.',
        'Halten Sie die Position bis zu 10 Sekunden und atmen Sie dabei normal.',
        'Rutschen Sie an der Wand wieder nach oben, bis Sie stehen.',
      ],
      cues: [
        'Lassen Sie den Rücken die ganze Zeit an der Wand.',
        'Knie über den Zehen, nicht nach innen fallen lassen.',
        'Atmen Sie weiter. Halten Sie nicht die Luft an.',
      ],
      stopIf: [],
      evidence:
        LOW_LOAD_SQUAT +
        ' Die Wand trägt einen Teil Ihres Gewichts und gibt Ihnen Halt, sodass Sie das Knie in einem angenehmen Winkel halten können. Wie jede Oberschenkelübung trainiert sie den ganzen Oberschenkelmuskel, nicht den VMO allein (Smith 2009). ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Bei 45 Grad Kniebeugung liegt die Kniescheibe in ihrer Rinne, deren hohe äußere Wand sie hält. Der arbeitende Oberschenkelmuskel drückt sie dabei sanft an ihren Platz.',
    },
    'adductor-squeeze': {
      name: 'Kniebeuge mit Zusammendrücken der Knie',
      shortName: 'Kniebeuge mit Ball',
      purpose:
        'Trainiert die Muskeln an der Oberschenkelinnenseite zusammen mit dem Oberschenkelmuskel bei einer Kniebeuge.',
      position: 'stehend',
      steps: [
        'Stellen Sie sich hin, die Füße hüftbreit auseinander, mit einem weichen Ball oder einem gefalteten Kissen zwischen den Knien. Halten Sie sich bei Bedarf an einem Stuhl oder an der Arbeitsplatte fest.',
        'Drücken Sie den Ball mit den Knien sanft zusammen und halten Sie den Druck.',
        'Beugen Sie die Knie und gehen Sie langsam nach unten – nur so weit, wie es angenehm ist, und nie tiefer, als bis die Oberschenkel waagerecht sind (90 Grad).',
        'Halten Sie eine Sekunde inne.',
        'Drücken Sie sich wieder in den Stand hoch und lassen Sie dann den Druck los.',
      ],
      cues: [
        'Sanftes Drücken genügt; halten Sie den Druck auf dem ganzen Weg nach unten und oben gleich.',
        'Lassen Sie die Füße flach stehen und verteilen Sie das Gewicht auf den ganzen Fuß.',
        'Wenn es weiter unten wehtut, gehen Sie nur so tief, wie es angenehm ist.',
      ],
      stopIf: [],
      evidence:
        'Das Zusammendrücken der Knie während einer Kniebeuge wird oft empfohlen, damit der VMO stärker arbeitet, weil der VMO an der Sehne eines Muskels der Oberschenkelinnenseite entspringt (Adductor magnus, Bose 1980). Eine Studie von 2006 (Boling 2006) ergab, dass das Zusammendrücken nicht verändert, wie stark der VMO im Vergleich zum äußeren Oberschenkelmuskel (Vastus lateralis) arbeitet. Das Zusammendrücken trainiert also die Oberschenkelinnenseite und die Kniebeuge den ganzen Oberschenkelmuskel, aber keins von beiden trainiert den VMO allein (Smith 2009).',
      kneecapEffect:
        'Während sich das Knie beugt, gleitet die Kniescheibe tiefer in ihre Rinne, deren hohe äußere Wand sie hält. Das Zusammendrücken verändert nicht, wie der Oberschenkelmuskel an ihr zieht.',
    },
  },
  generalStopIf: [
    `Hören Sie auf, wenn Sie einen stechenden Schmerz spüren oder der Schmerz während der Übung oder danach immer stärker wird, und fragen Sie ${PHYSIO}.`,
    `Hören Sie auf, wenn Ihr Knie nach der Übung anschwillt (geschwollen aussieht oder sich prall anfühlt), und fragen Sie ${PHYSIO}, bevor Sie weitermachen.`,
    'Hören Sie auf, wenn Ihr Knie wegknickt oder sich die Kniescheibe anfühlt, als würde sie herausrutschen, und lassen Sie sich beraten, bevor Sie es erneut versuchen.',
    'Wenn Sie operiert wurden, halten Sie sich an den Plan Ihres Operationsteams oder Ihrer Physiotherapie.',
  ],
  doseNote:
    'Diese Zahlen sind ein üblicher Startpunkt. Ihre Physiotherapeutin oder Ihr Physiotherapeut gibt Ihnen vielleicht andere vor.',
} satisfies LocaleBundle
