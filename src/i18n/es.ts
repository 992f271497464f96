/**
 * Spanish (neutral international Spanish, tú form as patient health sites use it). Every key of
 * the English bundle, in plain words for patients. Medical terms that readers meet in their
 * doctor's letters are kept, with the plain word alongside; abbreviations (VMO, MPFL, ITB...)
 * stay as in English.
 */
import type { LocaleBundle } from './bundle'

const HIP_AND_KNEE_CONSENSUS =
  'En 2018, un grupo de expertos acordó (consenso de Collins 2018) que hacer ejercicios tanto de cadera como de rodilla es el mejor enfoque actual para el dolor de rótula.'

const LOW_LOAD_SQUAT =
  'Un estudio de 2014 (Powers 2014) encontró que en este rango poco profundo, con el peso sobre los pies, la carga en la articulación de detrás de la rótula se mantiene baja, y más baja que al estirar la rodilla contra un peso cerca de la extensión completa (de 0 a 30 grados).'

const ASK_PHYSIO_HIP_BACK =
  'Para si te duele la cadera o la espalda, y consulta a tu fisioterapeuta.'

export const ES = {
  locale: 'es',
  dir: 'ltr',
  messages: {
    figureLabel: 'Modelo 3D interactivo de la rodilla',
    loading: 'Cargando el modelo de la rodilla…',
    figureStopped:
      'La figura 3D se ha detenido ({message}). El resto de la página no se ve afectado.',
    contextLost: 'La figura ha perdido su contexto gráfico y volverá por sí sola.',
    modelProblemNetwork:
      'No se ha podido descargar el modelo de la rodilla. Comprueba tu conexión y vuelve a cargar la página.',
    modelProblemNotGltf: 'El archivo del modelo de la rodilla está dañado o no es un modelo 3D.',
    modelProblemTooLarge:
      'El archivo del modelo de la rodilla es demasiado grande para mostrarlo aquí.',
    modelProblemContract: 'Este modelo 3D no es un modelo de rodilla que la figura pueda mostrar.',
    modelProblemUrl:
      'La figura ha recibido una dirección de modelo que no tiene permiso para cargar.',
    modelProblemBlocked: 'Los ajustes de seguridad de este sitio bloquean el modelo 3D.',
    figureSettingProblem:
      'Esta figura tiene un ajuste que no entiende, así que muestra una imagen en su lugar. Quien ha creado la página puede ver los detalles en la consola del navegador.',
    noWebgl:
      'Este navegador no puede mostrar figuras 3D, así que se muestra una imagen de la rodilla en su lugar.',
    posterAlt:
      'Una rodilla vista de frente: los músculos del muslo bajan hasta la rótula, que está en un surco al final del hueso del muslo.',
    captionSentence: '{knee}: {position} {tilt}.',
    captionStraight: 'Rodilla estirada',
    captionBent: 'Rodilla doblada {degrees} grados',
    captionBentOne: 'Rodilla doblada {degrees} grado',
    captionCentred: 'la rótula está centrada en su surco',
    captionShift: 'la rótula está desplazada {mm} mm hacia {side}',
    captionTilt: 'e inclinada {degrees} grados',
    captionTiltOne: 'e inclinada {degrees} grado',
    captionTiltInside: 'e inclinada {degrees} grados hacia dentro',
    captionTiltInsideOne: 'e inclinada {degrees} grado hacia dentro',
    captionNoTilt: 'y no está inclinada',
    sideOutside: 'fuera',
    sideInside: 'dentro',
    controlsLabel: 'Controles del modelo de la rodilla',
    play: 'Reproducir',
    pause: 'Pausar',
    flexion: 'Flexión de la rodilla',
    degreesUnit: '{value}°',
    speed: 'Velocidad',
    speedValue: '{value}×',
    tracking: 'Recorrido de la rótula',
    view: 'Vista',
    viewAnterior: 'De frente',
    viewLateral: 'Lado externo',
    viewMedial: 'Lado interno',
    viewPosterior: 'Desde atrás',
    viewThigh: 'Todo el muslo',
    viewLeg: 'Toda la pierna de lado',
    viewSkyline: 'Rótula desde abajo',
    compare: 'Comparar con lo normal',
    compareNone: 'Desactivado',
    compareGhost: 'Mostrar el contorno de una rótula normal',
    compareSideBySide: 'Una junto a la otra',
    layers: 'Mostrar',
    xray: 'Músculos transparentes',
    labels: 'Nombres',
    trail: 'Trayectoria de la rótula',
    forces: 'Flechas de tirón',
    contact: 'Carga sobre el cartílago',
    reset: 'Reiniciar',
    normalKnee: 'Normal',
    lateralPull: 'Tirón hacia fuera',
    medialPull: 'Tirón hacia dentro',
    skylineLateral: 'Lateral (lado externo)',
    skylineMedial: 'Medial (lado interno)',
    skylineGrooveTitle: 'Vista axial a lo largo del surco, rodilla flexionada {degrees}°',
    skylineMerchantTitle:
      'Proyección de Merchant, haz a 30° del fémur, rodilla flexionada {degrees}°',
    measureSulcus: 'Ángulo del surco',
    measureSulcusNormal: 'normal 135 ± 10°; por encima de 145–150°, un surco poco profundo',
    measureCongruence: 'Ángulo de congruencia',
    measureCongruenceNormal: 'normal alrededor de −6°; por encima de +16°, anormal',
    measureLateralPatellofemoral: 'Ángulo femoropatelar lateral',
    measureLateralPatellofemoralNormal: 'normal: se abre hacia fuera (+)',
    measureTilt: 'Inclinación de la rótula',
    measureTiltNormal: 'rodillas sanas unos 10°, rótulas que se luxan unos 19°',
    measureBisectOffset: 'Desplazamiento bisectriz (bisect offset)',
    measureBisectOffsetNormal: 'rodillas sanas un 56 %, rótulas que se luxan un 100 %',
    measureNote:
      'Medido en directo en este modelo: el surco sobre su cartílago, la rótula sobre su hueso.',
    figureRole: 'figura 3D interactiva',
    keyboardHint:
      'Las flechas giran la rodilla, más y menos acercan y alejan, la barra espaciadora reproduce o pausa, las teclas de números eligen una vista, el signo de interrogación muestra los atajos y Esc sale de la figura.',
    shortcutsTitle: 'Atajos de teclado',
    shortcutsShow: 'Atajos de teclado',
    shortcutTurn: 'Flechas: girar la rodilla',
    shortcutZoom: 'Más y menos: acercar y alejar',
    shortcutPlay: 'Barra espaciadora: reproducir o pausar',
    shortcutViews:
      'Teclas 1 a 7: de frente, lado externo, lado interno, desde atrás, todo el muslo, toda la pierna, rótula desde abajo',
    shortcutLeave: 'Esc: salir de la figura',
    structureList: 'Partes de la rodilla',
    structureListHint: 'Elige una parte para resaltarla en la figura.',
    clearSelection: 'Mostrar todo',
    announceSelected: 'Seleccionado: {name}.',
    announceHighlighted: 'Resaltado: {names}.',
    announceView: 'Vista: {view}.',
    announceShift: 'Rótula desplazada {mm} milímetros hacia {side}.',
    announceCentred: 'Rótula centrada en su surco.',
    announceTracking: '{label}.',
    announcePlaying: 'Reproduciendo: la rodilla se dobla y se estira.',
    announcePaused: 'En pausa.',
    pauseMotion: 'Pausar el movimiento',
    aboutFigure: 'Sobre esta figura',
    aboutShows:
      'Una rodilla en 3D que se dobla y se estira: la rótula se desliza por el surco al final del fémur, tirada por los músculos del muslo.',
    aboutSources: 'De dónde viene el modelo 3D',
    aboutModelNote:
      'Hecho a partir de las imágenes del Visible Human Female; licencia {licence}, modificado para esta figura.',
    aboutVersion: 'knee-explainer, versión {version}',
    close: 'Cerrar',
    fullScreen: 'Pantalla completa',
    exitFullScreen: 'Salir de pantalla completa',
    saveImage: 'Guardar imagen',
    bursae: 'Bolsas sinoviales (sacos de líquido)',
    imageCredit:
      'Modelo de la rodilla a partir del Visible Human Female (Universidad de Denver, HuBMAP), {licence}, modificado.',
    exerciseFigureLabel: '{name}: el modelo de la rodilla hace el ejercicio',
    exerciseRepetition: 'repetición {n}',
    exercisePhaseRest: 'Relaja',
    exercisePhaseContract: 'Aprieta',
    exercisePhaseHold: 'Mantén',
    exercisePhaseRelease: 'Suelta despacio',
    exerciseWorks: 'Músculos que trabajan: {muscles}',
    exerciseSwellingNote:
      'Cuando la rodilla está hinchada, el VMO es el primero en desactivarse, así que la rótula se desvía hacia fuera.',
  },
  structures: {
    pelvis: {
      name: 'Pelvis',
      description:
        'El anillo de hueso en la base de la columna del que cuelgan los huesos del muslo. Muchos músculos del muslo empiezan aquí, así que la forma en que se sostiene la pelvis cambia el tirón que llega a la rodilla.',
    },
    femur: {
      name: 'Fémur (hueso del muslo)',
      description:
        'El hueso del muslo, de unos 41 a 44 cm de largo en un adulto, que va de la cadera a la rodilla. En su extremo de abajo está el surco por el que se desliza la rótula.',
    },
    patella: {
      name: 'Rótula (patela)',
      description:
        'La rótula es un hueso plano de unos 4 cm de ancho que está dentro del tendón, en la parte delantera de la rodilla. Se desliza hacia arriba y hacia abajo por un surco del fémur cuando la rodilla se dobla, y da más palanca a los músculos del muslo.',
    },
    tibia: {
      name: 'Tibia (espinilla)',
      description:
        'El hueso grande de la parte baja de la pierna, el que soporta el peso del cuerpo. El tendón de la rótula se une al bulto de su parte delantera, la tuberosidad tibial.',
    },
    fibula: {
      name: 'Peroné',
      description:
        'El hueso delgado del lado externo de la parte baja de la pierna, junto a la tibia. Su cabeza, justo por debajo y por detrás de la parte externa de la rodilla, sujeta el ligamento externo de la rodilla y el isquiotibial externo.',
    },
    'trochlear-groove': {
      name: 'Surco troclear',
      description:
        'El surco liso, cubierto de cartílago, en la parte delantera del extremo de abajo del fémur, por el que corre la rótula. Su pared externa suele ser la más alta y mantiene la rótula en su sitio cuando la rodilla se dobla más de unos 20 grados; un surco poco profundo o plano (displasia troclear) deja que la rótula se salga hacia fuera con más facilidad.',
    },
    'patellar-cartilage': {
      name: 'Cartílago de la rótula',
      description:
        'La capa resbaladiza de cartílago, de unos 4 mm de grosor, en la parte de atrás de la rótula, donde toca el fémur. Su parte externa suele ser más ancha que la interna.',
    },
    'medial-meniscus': {
      name: 'Menisco interno (medial)',
      description:
        'Una almohadilla en forma de C, de cartílago duro y elástico, entre el fémur y la tibia en el lado interno de la rodilla. Reparte la carga y da estabilidad a la articulación; no tiene ningún papel en guiar la rótula.',
    },
    'lateral-meniscus': {
      name: 'Menisco externo (lateral)',
      description:
        'Una almohadilla casi en forma de anillo, de cartílago duro y elástico, entre el fémur y la tibia en el lado externo de la rodilla. Como el interno, reparte la carga y no tiene ningún papel en guiar la rótula.',
    },
    'suprapatellar-bursa': {
      name: 'Bursa suprarrotuliana',
      description:
        'Una bolsa llena de líquido por encima de la rótula, debajo del tendón del cuádriceps, que deja que el tendón se deslice sobre el fémur. Está conectada con la articulación de la rodilla, así que cuando la rodilla se hincha, a menudo se abulta aquí.',
    },
    'prepatellar-bursa': {
      name: 'Bursa prerrotuliana',
      description:
        'Una bolsa fina llena de líquido entre la piel y la parte delantera de la rótula, que deja que la piel se deslice sobre el hueso. Pasar muchas horas de rodillas puede hacer que se hinche.',
    },
    'rectus-femoris': {
      name: 'Recto femoral',
      description:
        'El músculo recto que baja por el centro de la parte delantera del muslo. Es la única parte del cuádriceps que cruza la cadera además de la rodilla.',
    },
    'vastus-lateralis': {
      name: 'Vasto lateral',
      description:
        'La parte más grande del cuádriceps, en el lado externo del muslo, que aporta alrededor del 40 % de su tirón. Sus fibras van un poco hacia fuera, así que, además de estirar la rodilla, tira de la rótula un poco hacia fuera.',
    },
    'vastus-intermedius': {
      name: 'Vasto intermedio',
      description:
        'La parte profunda del cuádriceps, apoyada sobre la parte delantera del fémur, debajo del recto femoral. Tira de la rótula recta hacia arriba.',
    },
    'vastus-medialis': {
      name: 'Vasto medial',
      description:
        'El músculo en forma de lágrima del lado interno del muslo, justo por encima de la rodilla. Es uno de los primeros músculos en desactivarse cuando la rodilla está hinchada, con tan solo 20-30 ml de líquido en la articulación.',
    },
    'vastus-medialis-oblique': {
      name: 'Vasto medial oblicuo',
      shortName: 'VMO',
      description:
        'Las fibras más bajas e inclinadas del músculo interno del muslo (vasto medial), que tiran de la rótula hacia dentro además de hacia arriba. Normalmente no es un músculo separado y no se puede entrenar por sí solo: el ejercicio fortalece todo el cuádriceps, y ya no se piensa que un VMO débil por sí solo explique que la rótula se desvíe.',
    },
    sartorius: {
      name: 'Sartorio',
      description:
        'Una tira de músculo larga y estrecha que cruza en diagonal la parte delantera del muslo, desde la parte delantera de la cadera hasta el lado interno de la rodilla.',
    },
    gracilis: {
      name: 'Grácil (recto interno)',
      description:
        'Un músculo largo y delgado que baja por el lado interno del muslo, desde el pubis hasta el lado interno de la rodilla.',
    },
    'adductor-longus': {
      name: 'Aductor largo',
      description:
        'Un músculo en forma de abanico en la parte alta del lado interno del muslo, que lleva la pierna hacia dentro, hacia la otra pierna. No llega a la rodilla.',
    },
    'adductor-magnus': {
      name: 'Aductor mayor',
      description:
        'El músculo más grande del lado interno del muslo. Su tendón de abajo termina en un pequeño bulto justo por encima del lado interno de la rodilla, y las fibras del VMO nacen de ese tendón.',
    },
    'tensor-fasciae-latae': {
      name: 'Tensor de la fascia lata',
      shortName: 'TFL',
      description:
        'Un músculo pequeño en la parte delantera y lateral de la cadera que tensa la cintilla iliotibial. A través de la cintilla, se suma al tirón hacia fuera sobre la rótula.',
    },
    'gluteus-medius': {
      name: 'Glúteo medio',
      description:
        'Un músculo en forma de abanico en el lado de la cadera que mantiene la pelvis nivelada cuando estás de pie sobre una pierna, y evita que el muslo caiga y gire hacia dentro. Por eso los ejercicios de cadera forman parte del tratamiento del dolor de rótula.',
    },
    'biceps-femoris': {
      name: 'Bíceps femoral',
      description:
        'El isquiotibial externo, en la parte de atrás del muslo. Tiene dos partes (cabezas) que se unen en un solo tendón por detrás de la parte externa de la rodilla.',
    },
    semitendinosus: {
      name: 'Semitendinoso',
      description:
        'Uno de los dos isquiotibiales internos. Su nombre viene de su tendón de abajo, largo y como un cordón, que llega al lado interno de la tibia.',
    },
    semimembranosus: {
      name: 'Semimembranoso',
      description:
        'El más profundo de los dos isquiotibiales internos. Su nombre viene de su tendón de arriba, ancho y plano.',
    },
    'iliotibial-band': {
      name: 'Cintilla iliotibial',
      shortName: 'ITB',
      description:
        'Una banda larga y gruesa de tejido resistente que baja por la parte externa del muslo, desde la cadera hasta la parte externa de la tibia. Algunas de sus fibras se unen al tejido que hay al lado de la rótula, así que se suma al tirón hacia fuera sobre la rótula.',
    },
    'quadriceps-tendon': {
      name: 'Tendón del cuádriceps',
      description:
        'El tendón grueso justo por encima de la rótula, donde se juntan los músculos del cuádriceps. Lleva su tirón hasta la rótula.',
    },
    'patellar-tendon': {
      name: 'Tendón rotuliano',
      description:
        'La banda fuerte que va desde la punta de abajo de la rótula hasta el bulto de la parte delantera de la tibia, y que transmite el tirón del cuádriceps para estirar la rodilla. Normalmente mide más o menos lo mismo que la altura de la rótula; si es mucho más largo, la rótula queda alta y entra más tarde en su surco.',
    },
    'medial-patellofemoral-ligament': {
      name: 'Ligamento patelofemoral medial',
      shortName: 'MPFL',
      description:
        'Una banda fina, de unos 4 a 6 cm de largo, que va del lado interno del fémur al borde interno de la rótula. Es lo principal que impide que la rótula se salga hacia fuera mientras la rodilla está casi estirada (de 0 a 20 grados), antes de que el surco tome el relevo.',
    },
    'lateral-retinaculum': {
      name: 'Retináculo lateral',
      description:
        'Una lámina de tejido fibroso en el lado externo de la rótula, formada en parte por fibras de la cintilla iliotibial y del vasto lateral. Cuando está tenso, inclina la rótula y tira de ella hacia fuera.',
    },
    'medial-collateral-ligament': {
      name: 'Ligamento colateral medial (interno)',
      shortName: 'MCL',
      description:
        'Un ligamento ancho y plano en el lado interno de la rodilla que une el fémur con la tibia. Evita que la rodilla se abra por dentro cuando recibe un empujón desde fuera; no dirige la rótula.',
    },
    'lateral-collateral-ligament': {
      name: 'Ligamento colateral lateral (externo)',
      shortName: 'LCL',
      description:
        'Un ligamento corto, como un cordón, en el lado externo de la rodilla, que une el fémur con el peroné. Evita que la rodilla se abra por fuera; no dirige la rótula.',
    },
    'infrapatellar-bursa': {
      name: 'Bursa infrarrotuliana',
      description:
        'Una pequeña bolsa con líquido detrás del extremo inferior del tendón de la rótula, justo encima de donde se une a la tibia. Permite que el tendón se deslice sobre el hueso al doblar la rodilla.',
    },
    'femoral-condyle-cartilage': {
      name: 'Cartílago de los extremos del fémur (cóndilos)',
      description:
        'El cartílago liso de los dos extremos redondeados del fémur, que ruedan y se deslizan sobre la tibia. La tróclea de la rótula es la parte delantera de este mismo cartílago.',
    },
    'tibial-cartilage': {
      name: 'Cartílago de la parte superior de la tibia (platillos tibiales)',
      description:
        'El cartílago liso de la parte superior plana de la tibia, en parte bajo los meniscos, donde se apoyan los extremos del fémur.',
    },
    'gluteus-maximus': {
      name: 'Glúteo mayor',
      description:
        'El gran músculo de la nalga. Extiende la cadera, y una parte tira de la cintilla iliotibial, en la cara externa del muslo.',
    },
    gastrocnemius: {
      name: 'Gastrocnemio (gemelos)',
      description:
        'El músculo de la pantorrilla. Sus dos cabezas nacen en la parte trasera del fémur, justo por encima de la rodilla. Estira el pie y ayuda a doblar la rodilla; no tira de la rótula.',
    },
    popliteus: {
      name: 'Poplíteo',
      description:
        'Un músculo pequeño y plano detrás de la rodilla. Cuando la rodilla estirada empieza a doblarse, la desbloquea girando un poco la tibia hacia dentro.',
    },
    'anterior-cruciate-ligament': {
      name: 'Ligamento cruzado anterior',
      shortName: 'ACL',
      description:
        'Uno de los dos ligamentos que se cruzan dentro de la rodilla. Evita que la tibia se deslice hacia delante bajo el fémur; no dirige la rótula.',
    },
    'posterior-cruciate-ligament': {
      name: 'Ligamento cruzado posterior',
      shortName: 'PCL',
      description:
        'El otro ligamento que se cruza dentro de la rodilla. Evita que la tibia se deslice hacia atrás bajo el fémur.',
    },
    'medial-retinaculum': {
      name: 'Retináculo medial',
      description:
        'Una lámina fina de tejido resistente que va del borde interno de la rótula al fémur. Junto con el LPFM, que va dentro de ella, ayuda a mantener la rótula en su sitio.',
    },
    'hamstring-tendons': {
      name: 'Tendones de los isquiotibiales y de la cara interna de la rodilla',
      description:
        'Los extremos en forma de cordón de los isquiotibiales detrás de la rodilla y de los tres músculos que se unen en la cara interna de la tibia (sartorio, recto interno y semitendinoso: la pata de ganso).',
    },
  },
  groups: {
    quadriceps: {
      name: 'Cuádriceps',
      description:
        'El gran grupo de músculos de la parte delantera del muslo: el recto femoral y los tres vastos, con el VMO (la parte más baja del vasto medial) mostrado aparte. Estiran la rodilla tirando de la rótula y trabajan como uno solo: ninguna parte se puede fortalecer por separado.',
    },
    hamstrings: {
      name: 'Isquiotibiales',
      description:
        'Los tres músculos de la parte de atrás del muslo. Doblan la rodilla y estiran la cadera; no tiran de la rótula.',
    },
    adductors: {
      name: 'Parte interna del muslo (aductores)',
      description:
        'Los músculos del lado interno del muslo que llevan la pierna hacia la otra pierna. Apretarlos durante una sentadilla los hace trabajar, pero no hace que el VMO trabaje más que el vasto lateral.',
    },
    'lateral-pull': {
      name: 'Lo que tira de la rótula hacia fuera',
      description:
        'El vasto lateral, la cintilla iliotibial, el tensor de la fascia lata (que tensa la cintilla) y el retináculo lateral. Este tirón hacia fuera es normal; los problemas empiezan cuando no lo equilibra lo que sujeta la rótula en su sitio.',
    },
    'medial-restraint': {
      name: 'Lo que sujeta la rótula en su sitio',
      description:
        'El MPFL sujeta la rótula mientras la rodilla está casi estirada; a partir de unos 20 grados de flexión, la pared externa alta del surco troclear toma el relevo. El vasto medial y sus fibras más bajas, el VMO, añaden un tirón hacia dentro.',
    },
    'hip-muscles': {
      name: 'Músculos de la cadera',
      description:
        'Músculos que trabajan sobre todo en la cadera y que deciden hacia dónde apunta el muslo, y por tanto el surco, bajo la rótula: el glúteo medio evita que el muslo gire hacia dentro; el tensor de la fascia lata y el sartorio lo levantan hacia delante. El recto femoral, el grácil y los isquiotibiales también cruzan la cadera, pero se muestran con sus grupos del muslo.',
    },
    bones: {
      name: 'Huesos',
      description: 'La pelvis, el fémur, la rótula, la tibia y el peroné.',
    },
    'joint-surfaces': {
      name: 'Superficies articulares',
      description:
        'Las superficies lisas donde se juntan los huesos: el cartílago de los extremos del fémur (con el surco de la rótula), el de detrás de la rótula y el de la parte superior de la tibia, y los dos meniscos, las almohadillas elásticas entre el fémur y la tibia.',
    },
    'soft-tissue': {
      name: 'Tejidos blandos',
      description:
        'Todo lo que no es hueso ni superficie articular: músculos, tendones, ligamentos, la cintilla iliotibial y las bolsas llenas de líquido (bursas). Junto con los huesos y las superficies articulares, forma todo el modelo.',
    },
  },
  landmarks: {
    'landmark-knee-centre': {
      name: 'Centro de la rodilla',
      description:
        'El punto que queda a mitad de camino entre los bultos de hueso a cada lado del extremo de abajo del fémur. Todo el modelo se mide desde aquí, con la rodilla estirada.',
    },
    'landmark-femoral-head-centre': {
      name: 'Centro de la cabeza del fémur',
      description:
        'El centro de la bola de la parte de arriba del fémur, que encaja en la cavidad de la cadera; la cadera gira alrededor de este punto.',
    },
    'landmark-greater-trochanter': {
      name: 'Trocánter mayor',
      description:
        'El bulto de hueso que notas en la parte externa de la zona alta del muslo, al lado de la cadera. Aquí se une el glúteo medio.',
    },
    'landmark-asis': {
      name: 'Espina ilíaca anterosuperior (ASIS)',
      description:
        'El bulto de hueso de la parte delantera de la cadera, cerca de donde va el cinturón. Aquí empiezan el sartorio y el tensor de la fascia lata.',
    },
    'landmark-aiis': {
      name: 'Espina ilíaca anteroinferior (AIIS)',
      description:
        'Un bulto de hueso más pequeño por debajo de la ASIS, justo por encima de la articulación de la cadera. Aquí empieza el recto femoral.',
    },
    'landmark-ischial-tuberosity': {
      name: 'Tuberosidad isquiática (hueso donde te sientas)',
      description:
        'El hueso sobre el que te sientas. Aquí empiezan los isquiotibiales y parte del aductor mayor.',
    },
    'landmark-pubic-tubercle': {
      name: 'Tubérculo púbico',
      description:
        'Un pequeño bulto en la parte delantera del pubis. El aductor largo y el grácil empiezan cerca de él.',
    },
    'landmark-medial-epicondyle': {
      name: 'Epicóndilo medial',
      description:
        'El bulto de hueso del lado interno del extremo de abajo del fémur. Aquí empieza el MCL, y el MPFL justo por encima y por detrás.',
    },
    'landmark-lateral-epicondyle': {
      name: 'Epicóndilo lateral',
      description:
        'El bulto de hueso del lado externo del extremo de abajo del fémur. Aquí empieza el LCL.',
    },
    'landmark-adductor-tubercle': {
      name: 'Tubérculo del aductor',
      description:
        'Un pequeño bulto justo por encima del lado interno de la rodilla, donde termina el tendón del aductor mayor; las fibras del VMO nacen de ese tendón.',
    },
    'landmark-trochlear-groove': {
      name: 'Surco troclear',
      description:
        'El punto más profundo del surco de la parte delantera del extremo de abajo del fémur, por donde corre la rótula.',
    },
    'landmark-patella-centre': {
      name: 'Centro de la rótula',
      description:
        'El medio de la rótula: el punto cuyo camino sigue el modelo cuando la rodilla se dobla.',
    },
    'landmark-patella-superior-pole': {
      name: 'Parte de arriba de la rótula (polo superior)',
      description: 'El borde de arriba de la rótula, donde se une el tendón del cuádriceps.',
    },
    'landmark-patella-inferior-pole': {
      name: 'Punta de abajo de la rótula (polo inferior)',
      description: 'La punta de abajo de la rótula, donde empieza el tendón rotuliano.',
    },
    'landmark-tibial-tuberosity': {
      name: 'Tuberosidad tibial',
      description:
        'El bulto de la parte delantera de la tibia, unos centímetros por debajo de la rótula, donde se une el tendón rotuliano.',
    },
    'landmark-gerdys-tubercle': {
      name: 'Tubérculo de Gerdy',
      description:
        'Un bulto en la parte delantera y externa de la zona alta de la tibia, donde se une la cintilla iliotibial.',
    },
    'landmark-pes-anserinus': {
      name: 'Pata de ganso (pes anserinus)',
      description:
        'El sitio de la parte interna y alta de la tibia donde los tendones del sartorio, el grácil y el semitendinoso se unen uno al lado del otro; el nombre significa «pata de ganso», por su forma.',
    },
    'landmark-fibular-head': {
      name: 'Cabeza del peroné',
      description:
        'El bulto de la parte de arriba del peroné, justo por debajo de la parte externa de la rodilla. Aquí se unen el LCL y el bíceps femoral.',
    },
  },
  presets: {
    normal: {
      label: 'Normal',
      description:
        'La rótula queda un poco hacia fuera cuando la pierna está estirada, se coloca cerca del centro de su surco cuando la rodilla se dobla más de unos 20 grados, y se queda ahí.',
    },
    'lateral-mild': {
      label: 'Se desvía hacia fuera (leve)',
      description:
        'Un músculo interno del muslo algo menos activo, unas estructuras externas algo más tensas y un surco algo menos profundo hacen que la rótula quede un poco más hacia fuera con la rodilla casi estirada.',
    },
    'lateral-moderate': {
      label: 'Se desvía hacia fuera (moderado)',
      description:
        'La rótula queda claramente hacia fuera y se inclina hacia fuera cuando la rodilla está casi estirada; luego vuelve hacia el centro al bajar al surco (el signo de la J). Su mitad externa soporta más presión.',
    },
    'lateral-severe': {
      label: 'Se desvía hacia fuera (grave)',
      description:
        'Varias causas juntas llevan la rótula muy hacia fuera con la rodilla casi estirada, con una inclinación hacia fuera marcada y la mayor parte de la presión sobre su mitad externa. El ligamento interno que la sujeta (el LPFM) está estirado o roto, como después de que la rótula se haya salido, así que la rótula salta claramente hacia fuera al estirar la pierna: un signo de la J evidente.',
    },
    'trochlear-dysplasia': {
      label: 'Surco poco profundo',
      description:
        'Un surco plano en el extremo del fémur le da a la rótula poco sitio donde apoyarse, así que se queda descentrada en todos los ángulos, aunque los músculos estén normales.',
    },
    'post-surgery-swelling': {
      label: 'Hinchazón después de una operación',
      description:
        'Una cantidad moderada de líquido en la articulación desactiva primero, sin que se note, el músculo interno del muslo (el VMO), aunque la rodilla se sienta bien, así que la rótula se desvía un poco hacia fuera hasta que baja la hinchazón.',
    },
    'weak-vmo': {
      label: 'Solo VMO poco activo',
      description:
        'Un VMO poco activo, por sí solo, deja que la rótula se desvíe un poco hacia fuera, sobre todo con la rodilla casi estirada. Los estudios no coinciden en cuánto: en rodillas estudiadas en el laboratorio, desactivar el VMO movió la rótula unos 4 mm en un estudio y menos de 1,5 mm en otro. Culpar solo al VMO es una idea popular pero discutida: el control de la cadera y cómo gira el fémur también importan, y el VMO no se puede entrenar aparte del resto del cuádriceps.',
    },
    'tight-lateral': {
      label: 'Solo estructuras externas tensas',
      description:
        'Una cintilla iliotibial y una cápsula externa de la rodilla tensas tiran de la rótula hacia fuera y la inclinan, sobre todo cuando la rodilla está casi estirada.',
    },
  },
  exercises: {
    'quad-set': {
      name: 'Isométrico de cuádriceps (apretar el muslo)',
      shortName: 'Isométrico de cuádriceps',
      purpose: 'Despierta el músculo del muslo y te enseña a apretarlo con la rodilla estirada.',
      position: 'boca arriba',
      steps: [
        'Túmbate boca arriba, o siéntate, con la pierna estirada delante de ti.',
        'Aprieta el músculo de la parte delantera del muslo para que la rótula suba y la parte de atrás de la rodilla empuje hacia el suelo.',
        'Mantén la tensión 5 segundos y sigue respirando con normalidad.',
        'Relaja despacio y luego descansa unos segundos antes de la siguiente.',
      ],
      cues: [
        'Apoya un dedo en el lado interno del muslo, justo por encima de la rótula: deberías notar que se pone firme.',
        'Esa zona firme te dice que todo el músculo del muslo está trabajando; su parte interna no puede trabajar sola.',
        'Sigue respirando. No aguantes la respiración mientras aprietas.',
      ],
      stopIf: [],
      evidence:
        'Los isométricos de cuádriceps forman parte de la mayoría de los planes de rehabilitación, a menudo como uno de los primeros ejercicios y después de una operación. Se suelen enseñar poniendo la atención en el VMO. El VMO, la parte más baja del músculo interno del muslo, no se puede fortalecer por sí solo: una revisión de 2009 (Smith 2009) encontró que el ejercicio siempre lo trabaja junto con el resto del músculo del muslo. La idea popular de que un VMO débil por sí solo hace que la rótula se desvíe hacia fuera es discutida: cómo sostienes y giras la cadera y el muslo también importa. Una rodilla hinchada puede desactivar el músculo interno del muslo, a partir de unos 20 a 30 ml de líquido en la articulación (Arch Phys Med Rehabil 1984), así que si tienes la rodilla hinchada, díselo a tu fisioterapeuta. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Con la rodilla estirada, la rótula está justo por encima de su surco; apretar el muslo la sube y la mantiene estable, con la parte interna del músculo equilibrando la parte externa.',
    },
    'straight-leg-raise': {
      name: 'Elevación de la pierna estirada',
      shortName: 'Elevar la pierna',
      purpose: 'Fortalece la parte delantera del muslo y la cadera sin doblar la rodilla.',
      position: 'boca arriba',
      steps: [
        'Túmbate boca arriba. Dobla la otra rodilla y apoya ese pie plano en el suelo.',
        'Aprieta la parte delantera del muslo de la pierna estirada, como en el isométrico de cuádriceps, para que la rodilla quede totalmente estirada.',
        'Con la rodilla estirada, levanta la pierna hasta que el talón quede más o menos a la altura de la otra rodilla.',
        'Mantenla ahí 2 segundos.',
        'Baja la pierna despacio hasta el suelo y luego relaja.',
      ],
      cues: [
        'Bloquea la rodilla estirada antes de levantar la pierna, y mantenla estirada durante toda la subida y la bajada.',
        'Sube despacio y baja todavía más despacio.',
        'Mantén la parte baja de la espalda apoyada en el suelo; la rodilla doblada te ayuda a hacerlo.',
      ],
      stopIf: ['Para si te duele la parte baja de la espalda, y consulta a tu fisioterapeuta.'],
      evidence:
        'Un estudio de 2008 (Bolgla 2008) encontró que la elevación de la pierna estirada trabaja el músculo interno del muslo (vasto medial) y el recto femoral, el músculo del muslo que también levanta la pierna desde la cadera, junto con los otros músculos que levantan la pierna desde la cadera. Con la rodilla estirada, la rótula está por encima de su surco y apenas lo toca (el primer contacto es a unos 20 grados de flexión, Fulkerson), así que el ejercicio presiona muy poco la parte de atrás de la rótula. Como todos los ejercicios del muslo, trabaja todo el músculo del muslo, no solo el VMO (Smith 2009).',
      kneecapEffect:
        'El músculo del muslo, apretado, mantiene la rótula estable justo por encima de su surco mientras se levanta toda la pierna estirada.',
    },
    'terminal-knee-extension': {
      name: 'Extensión final de rodilla (arco corto)',
      shortName: 'Arco corto',
      purpose: 'Fortalece el músculo del muslo en la última parte del estiramiento de la rodilla.',
      position: 'boca arriba',
      steps: [
        'Túmbate boca arriba, o siéntate con las piernas estiradas delante, y pon una toalla enrollada o un cojín firme debajo de la rodilla para que se doble un poco (unos 30 grados).',
        'Mantén la parte de atrás de la rodilla apoyada en el rollo.',
        'Aprieta el muslo y levanta el talón hasta que la rodilla quede estirada.',
        'Mantenla estirada 3 segundos.',
        'Baja el talón despacio y relaja.',
      ],
      cues: [
        'Solo se mueve la parte baja de la pierna; la parte de atrás de la rodilla se queda sobre el rollo.',
        'Estira la rodilla del todo y luego bájala despacio.',
        'No te pongas peso en el tobillo, a menos que te lo diga tu fisioterapeuta.',
      ],
      stopIf: [],
      evidence:
        'Este ejercicio trabaja todo el músculo del muslo en los últimos 30 grados del estiramiento. Cerca de la rodilla estirada, el surco todavía no sujeta la rótula, y un músculo interno del muslo relajado deja que se deslice hacia fuera con más facilidad (Senavongse & Amis 2005). Una precaución: un estudio de 2014 (Powers 2014) encontró que estirar la rodilla contra un peso con el pie libre, como aquí, aprieta la rótula contra el fémur con más fuerza en este rango (de 0 a 30 grados) que una sentadilla. Así que, si te duele, díselo a tu fisioterapeuta: puede que te vaya mejor con menos peso o con una sentadilla. Este ejercicio no puede trabajar el VMO por sí solo (Smith 2009).',
      kneecapEffect:
        'Al estirarse la rodilla, el músculo del muslo sube la rótula y la saca de la parte alta de su surco; ahí, el músculo interno del muslo y el ligamento del lado interno (el MPFL) evitan que se deslice hacia fuera.',
    },
    clamshell: {
      name: 'Ejercicio de la almeja',
      purpose:
        'Fortalece el músculo del lado de la cadera que evita que la rodilla se vaya hacia dentro.',
      position: 'de lado',
      steps: [
        'Túmbate de lado con la pierna que vas a ejercitar arriba. Dobla un poco las caderas (unos 45 grados) y las rodillas en ángulo recto, con los pies juntos.',
        'Apoya la cabeza en el brazo de abajo y mantén una cadera justo encima de la otra.',
        'Sin separar los pies, levanta la rodilla de arriba todo lo que puedas sin que la cadera se vaya hacia atrás.',
        'Mantenla ahí 2 segundos.',
        'Baja la rodilla despacio.',
      ],
      cues: [
        'Mantén los pies juntos todo el tiempo.',
        'No dejes que la cadera de arriba se vaya hacia atrás; es un movimiento pequeño.',
        'Deberías notarlo en el lado del glúteo.',
      ],
      stopIf: [ASK_PHYSIO_HIP_BACK],
      evidence:
        'Un estudio de 2009 (Distefano 2009) midió que el músculo del lado de la cadera (glúteo medio) trabaja a alrededor del 40 % de su máximo en este ejercicio, así que es una forma suave de empezar. Si los músculos de la cadera están débiles, el muslo puede girar hacia dentro bajo la rótula, así que los problemas de rótula no dependen solo del músculo del muslo. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'En este ejercicio la rótula no se mueve; con el tiempo, una cadera más fuerte ayuda a evitar que el muslo gire hacia dentro bajo la rótula cuando estás de pie, caminas o subes escaleras.',
    },
    'side-lying-hip-abduction': {
      name: 'Abducción de cadera de lado (elevación lateral de la pierna)',
      shortName: 'Elevación lateral',
      purpose:
        'Trabaja más el músculo del lado de la cadera, como siguiente paso después de la almeja.',
      position: 'de lado',
      steps: [
        'Túmbate de lado con la pierna que vas a ejercitar arriba. Dobla la rodilla de abajo para tener equilibrio y mantén la pierna de arriba estirada.',
        'Pon la pierna de arriba en línea con el cuerpo, o un poco por detrás, con los dedos del pie mirando hacia delante.',
        'Levanta la pierna de arriba hacia el techo, con la rodilla estirada y la pierna en línea con el cuerpo.',
        'Mantenla ahí 2 segundos.',
        'Bájala despacio.',
      ],
      cues: [
        'Mantén los dedos del pie mirando hacia delante, no hacia el techo.',
        'No dejes que el cuerpo se vaya hacia atrás.',
        'Sube la pierna solo hasta donde puedas sin inclinarte ni girarte.',
      ],
      stopIf: [ASK_PHYSIO_HIP_BACK],
      evidence:
        'El mismo estudio de 2009 (Distefano 2009) encontró que este ejercicio trabaja el músculo del lado de la cadera (glúteo medio) unas dos veces más que la almeja: alrededor del 80 % de su máximo frente a alrededor del 40 %. Por eso es un buen siguiente paso. ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'En este ejercicio la rótula no se mueve: el trabajo está en la cadera, que ayuda a mantener el muslo recto bajo la rótula cuando estás de pie.',
    },
    'mini-squat': {
      name: 'Minisentadilla',
      purpose:
        'Fortalece a la vez los músculos del muslo y del glúteo mientras estás de pie, con poca carga sobre la rótula.',
      position: 'de pie',
      steps: [
        'Ponte de pie con los pies separados al ancho de las caderas. Si lo necesitas, agárrate a una silla o a la encimera de la cocina para mantener el equilibrio.',
        'Lleva la cadera un poco hacia atrás y dobla las rodillas como si fueras a sentarte, hasta unos 45 grados: más o menos la mitad del camino para sentarte en una silla.',
        'Mantén las rodillas mirando hacia el mismo lado que los dedos de los pies; no dejes que se vayan hacia dentro.',
        'Quédate así un segundo.',
        'Empuja con los pies para volver a ponerte de pie.',
      ],
      cues: [
        'Rodillas sobre los dedos de los pies, sin que se vayan hacia dentro.',
        'Reparte el peso por todo el pie.',
        'Baja despacio y sube de forma suave.',
      ],
      stopIf: [],
      evidence:
        LOW_LOAD_SQUAT +
        ' La sentadilla trabaja a la vez los músculos del muslo y del glúteo. ' +
        HIP_AND_KNEE_CONSENSUS +
        ' Mantener la rodilla alineada sobre el pie es parte del ejercicio: para la rótula importa el control de la cadera, no solo el músculo del muslo.',
      kneecapEffect:
        'Al doblarse la rodilla, la rótula baja y entra en su surco, que la sujeta a partir de unos 20 grados, mientras el músculo del muslo, que está trabajando, la aprieta suavemente en su sitio.',
    },
    'wall-sit': {
      name: 'Sentadilla en la pared',
      purpose:
        'Fortalece el muslo y el glúteo manteniendo una sentadilla poco profunda contra una pared.',
      position: 'de pie',
      steps: [
        'Ponte de pie con la espalda plana contra una pared y los pies separados al ancho de las caderas, más o menos a un pie de distancia de la pared.',
        'Desliza la espalda por la pared hacia abajo hasta que las rodillas estén dobladas unos 45 grados. No bajes más.',
        'Mantén las rodillas mirando hacia el mismo lado que los dedos de los pies.',
        'Aguanta hasta 10 segundos, respirando con normalidad.',
        'Desliza la espalda hacia arriba por la pared hasta quedar de pie.',
      ],
      cues: [
        'Mantén la espalda contra la pared todo el tiempo.',
        'Rodillas sobre los dedos de los pies, sin que se vayan hacia dentro.',
        'Sigue respirando. No aguantes la respiración.',
      ],
      stopIf: [],
      evidence:
        LOW_LOAD_SQUAT +
        ' La pared sostiene parte de tu peso y te da estabilidad, así que puedes mantener la rodilla en un ángulo cómodo. Como todos los ejercicios del muslo, trabaja todo el músculo del muslo, no solo el VMO (Smith 2009). ' +
        HIP_AND_KNEE_CONSENSUS,
      kneecapEffect:
        'Con la rodilla a 45 grados, la rótula está en su surco, cuya pared externa alta la sujeta, mientras el músculo del muslo, que está trabajando, la aprieta suavemente en su sitio.',
    },
    'adductor-squeeze': {
      name: 'Sentadilla apretando la parte interna de los muslos',
      shortName: 'Sentadilla con pelota',
      purpose:
        'Trabaja los músculos de la parte interna del muslo junto con el músculo del muslo durante una sentadilla.',
      position: 'de pie',
      steps: [
        'Ponte de pie con los pies separados al ancho de las caderas y una pelota blanda o una almohada doblada entre las rodillas. Si lo necesitas, agárrate a una silla o a la encimera para mantener el equilibrio.',
        'Aprieta la pelota suavemente con las rodillas y sigue apretando.',
        'Dobla las rodillas y baja despacio, solo hasta donde te resulte cómodo y nunca más allá de tener los muslos paralelos al suelo (90 grados).',
        'Quédate así un segundo.',
        'Empuja para volver a ponerte de pie y luego deja de apretar.',
      ],
      cues: [
        'Basta con apretar suavemente; mantén la misma presión durante toda la bajada y la subida.',
        'Mantén los pies planos en el suelo y el peso repartido por todo el pie.',
        'Si te duele al bajar más, baja solo hasta donde te resulte cómodo.',
      ],
      stopIf: [],
      evidence:
        'Apretar la parte interna de los muslos durante una sentadilla se enseña a menudo como una forma de hacer trabajar más al VMO, porque el VMO nace del tendón de un músculo interno del muslo (aductor mayor, Bose 1980). Un estudio de 2006 (Boling 2006) encontró que apretar no cambia cuánto trabaja el VMO en comparación con el músculo externo del muslo (vasto lateral). Así que apretar trabaja la parte interna de los muslos y la sentadilla trabaja todo el músculo del muslo, pero ninguna de las dos cosas trabaja el VMO por sí solo (Smith 2009).',
      kneecapEffect:
        'Al doblarse la rodilla, la rótula entra más en su surco, cuya pared externa alta la sujeta; apretar no cambia cómo tira de ella el músculo del muslo.',
    },
  },
  generalStopIf: [
    'Para si notas un dolor agudo, o un dolor que va a más durante el ejercicio o después, y consulta a tu fisioterapeuta.',
    'Para si la rodilla se hincha (se ve abultada o la notas tirante) después del ejercicio, y consulta a tu fisioterapeuta antes de seguir.',
    'Para si la rodilla te falla o notas como si la rótula se saliera de su sitio, y pide consejo antes de volver a intentarlo.',
    'Si te han operado, sigue el plan de tu cirujano o de tu fisioterapeuta.',
  ],
  doseNote: 'Estas cifras son un punto de partida habitual. Tu fisioterapeuta puede darte otras.',
} satisfies LocaleBundle
