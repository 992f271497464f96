/**
 * The daily activities' words (src/kinematics/activities.ts), in English, Spanish and German: the
 * `activity` namespace of a language bundle. Plain words a patient understands; why going down
 * stairs and squatting hurt more is said without numbers first, then with the figure's own.
 * Pure data: no React.
 */
import type { ActivityId } from '../kinematics/activities'

export type ActivityText = {
  /** A short label for a button or menu. */
  label: string
  /** What the knee does and why the kneecap carries what it carries, one or two sentences. */
  description: string
}

export type ActivityMessages = {
  /** Heading of an activity picker or chart. */
  title: string
  /** The load at one moment: {activity}, {bw} (times body weight), {area} (square centimetres). */
  load: string
  /** The load at the activity's peak: {activity}, {bw}, {degrees} (knee bend). */
  peak: string
  /** Why some activities hurt more, in plain words. */
  whyItHurts: string
  /** Axis and series names of the activity chart. */
  cycleAxis: string
  forceTitle: string
  forceUnit: string
  areaTitle: string
  flexionTitle: string
  /** Where the published values come from, shown under the chart. */
  publishedMark: string
  activities: Record<ActivityId, ActivityText>
}

export const activityMessages: ActivityMessages = {
  title: 'What daily activities ask of the kneecap',
  load: '{activity}: the kneecap presses on the thigh bone with {bw} times body weight, spread over {area} cm².',
  peak: '{activity}: at most {bw} times body weight, with the knee bent {degrees} degrees.',
  whyItHurts:
    'The more the knee bends while it carries the body, the harder the thigh muscle must pull and the harder it presses the kneecap into its groove. Going down stairs and squatting do both at once: the muscle holds the body back as the knee bends deeply, so the kneecap carries several times body weight. The contact area grows only a little, so the pressure on the cartilage rises, and a kneecap that drifts outward puts that pressure on a smaller patch.',
  cycleAxis: 'One cycle of the activity, start to end',
  forceTitle: 'Pressing force behind the kneecap',
  forceUnit: 'times body weight',
  areaTitle: 'Contact area, cm²',
  flexionTitle: 'Knee bend, degrees',
  publishedMark: 'Published peak: {bw} times body weight ({source})',
  activities: {
    walking: {
      label: 'Walking',
      description:
        'The knee bends only a little as the foot takes the weight, so the kneecap carries about half of body weight.',
    },
    'stairs-up': {
      label: 'Stairs up',
      description:
        'The foot lands on the step with the knee well bent and the thigh muscle straightens it under the whole body: the kneecap carries about three times body weight.',
    },
    'stairs-down': {
      label: 'Stairs down',
      description:
        'The standing knee bends deeply while the thigh muscle lowers the body to the next step, braking all the way down: the kneecap carries more than going up, often the most painful part of the day.',
    },
    squat: {
      label: 'Squatting',
      description:
        'A deep squat bends the knee the most while the thigh muscle holds the body: the kneecap is pressed in hardest of all, several times body weight.',
    },
    kneeling: {
      label: 'Kneeling',
      description:
        'Getting down and up loads the kneecap like a squat; once kneeling upright the thigh muscle rests, but the front of the knee presses on the floor.',
    },
    sitting: {
      label: 'Sitting with the knee bent',
      description:
        'The thigh muscle is relaxed, so the kneecap carries almost nothing; a long sit with the knee bent can still ache because the joint stays in one position.',
    },
  },
}

export const activityMessagesEs: ActivityMessages = {
  title: 'Lo que las actividades diarias piden a la rótula',
  load: '{activity}: la rótula aprieta el fémur con {bw} veces el peso del cuerpo, repartido en {area} cm².',
  peak: '{activity}: como mucho {bw} veces el peso del cuerpo, con la rodilla doblada {degrees} grados.',
  whyItHurts:
    'Cuanto más se dobla la rodilla mientras carga con el cuerpo, más fuerte tiene que tirar el músculo del muslo y más aprieta la rótula contra su surco. Bajar escaleras y ponerse en cuclillas hacen las dos cosas a la vez: el músculo frena el cuerpo mientras la rodilla se dobla mucho, así que la rótula carga varias veces el peso del cuerpo. La zona de contacto crece poco, así que la presión sobre el cartílago sube, y una rótula que se desvía hacia fuera pone esa presión sobre una zona más pequeña.',
  cycleAxis: 'Un ciclo de la actividad, de principio a fin',
  forceTitle: 'Fuerza de presión detrás de la rótula',
  forceUnit: 'veces el peso del cuerpo',
  areaTitle: 'Zona de contacto, cm²',
  flexionTitle: 'Flexión de rodilla, grados',
  publishedMark: 'Pico publicado: {bw} veces el peso del cuerpo ({source})',
  activities: {
    walking: {
      label: 'Caminar',
      description:
        'La rodilla se dobla solo un poco cuando el pie recibe el peso, así que la rótula carga más o menos la mitad del peso del cuerpo.',
    },
    'stairs-up': {
      label: 'Subir escaleras',
      description:
        'El pie se apoya en el escalón con la rodilla bastante doblada y el músculo del muslo la estira con todo el cuerpo encima: la rótula carga unas tres veces el peso del cuerpo.',
    },
    'stairs-down': {
      label: 'Bajar escaleras',
      description:
        'La rodilla de apoyo se dobla mucho mientras el músculo del muslo baja el cuerpo al siguiente escalón, frenando todo el camino: la rótula carga más que al subir, y suele ser el momento más doloroso del día.',
    },
    squat: {
      label: 'Ponerse en cuclillas',
      description:
        'Una sentadilla profunda dobla la rodilla al máximo mientras el músculo del muslo sostiene el cuerpo: la rótula se aprieta más que nunca, varias veces el peso del cuerpo.',
    },
    kneeling: {
      label: 'Arrodillarse',
      description:
        'Bajar y levantarse carga la rótula como una sentadilla; una vez de rodillas el músculo del muslo descansa, pero la parte delantera de la rodilla se apoya en el suelo.',
    },
    sitting: {
      label: 'Sentado con la rodilla doblada',
      description:
        'El músculo del muslo está relajado, así que la rótula casi no carga nada; aun así, estar mucho rato sentado con la rodilla doblada puede doler porque la articulación no cambia de posición.',
    },
  },
}

export const activityMessagesDe: ActivityMessages = {
  title: 'Was Alltagsbewegungen der Kniescheibe abverlangen',
  load: '{activity}: Die Kniescheibe drückt mit dem {bw}-fachen Körpergewicht auf den Oberschenkelknochen, verteilt auf {area} cm².',
  peak: '{activity}: höchstens das {bw}-fache Körpergewicht, bei {degrees} Grad Kniebeugung.',
  whyItHurts:
    'Je stärker sich das Knie beugt, während es den Körper trägt, desto kräftiger muss der Oberschenkelmuskel ziehen und desto fester drückt er die Kniescheibe in ihre Rinne. Treppabgehen und Hocken tun beides zugleich: Der Muskel bremst den Körper, während sich das Knie tief beugt, deshalb trägt die Kniescheibe ein Mehrfaches des Körpergewichts. Die Kontaktfläche wächst nur wenig, also steigt der Druck auf den Knorpel, und eine nach außen wandernde Kniescheibe legt diesen Druck auf eine kleinere Stelle.',
  cycleAxis: 'Ein Durchgang der Bewegung, von Anfang bis Ende',
  forceTitle: 'Druckkraft hinter der Kniescheibe',
  forceUnit: 'faches Körpergewicht',
  areaTitle: 'Kontaktfläche, cm²',
  flexionTitle: 'Kniebeugung, Grad',
  publishedMark: 'Veröffentlichter Höchstwert: {bw}-faches Körpergewicht ({source})',
  activities: {
    walking: {
      label: 'Gehen',
      description:
        'Das Knie beugt sich nur wenig, wenn der Fuß das Gewicht übernimmt, deshalb trägt die Kniescheibe etwa das halbe Körpergewicht.',
    },
    'stairs-up': {
      label: 'Treppe hinauf',
      description:
        'Der Fuß setzt mit deutlich gebeugtem Knie auf die Stufe, und der Oberschenkelmuskel streckt es unter dem ganzen Körpergewicht: Die Kniescheibe trägt etwa das Dreifache des Körpergewichts.',
    },
    'stairs-down': {
      label: 'Treppe hinunter',
      description:
        'Das Standknie beugt sich tief, während der Oberschenkelmuskel den Körper zur nächsten Stufe absenkt und dabei die ganze Zeit bremst: Die Kniescheibe trägt mehr als beim Hinaufgehen, oft der schmerzhafteste Moment des Tages.',
    },
    squat: {
      label: 'Hocken',
      description:
        'Eine tiefe Hocke beugt das Knie am stärksten, während der Oberschenkelmuskel den Körper hält: Die Kniescheibe wird am festesten angedrückt, mit einem Mehrfachen des Körpergewichts.',
    },
    kneeling: {
      label: 'Knien',
      description:
        'Hinunter- und Hochkommen belastet die Kniescheibe wie eine Hocke; im aufrechten Knien ruht der Oberschenkelmuskel, aber die Vorderseite des Knies drückt auf den Boden.',
    },
    sitting: {
      label: 'Sitzen mit gebeugtem Knie',
      description:
        'Der Oberschenkelmuskel ist entspannt, deshalb trägt die Kniescheibe fast nichts; langes Sitzen mit gebeugtem Knie kann trotzdem schmerzen, weil das Gelenk in einer Stellung bleibt.',
    },
  },
}
