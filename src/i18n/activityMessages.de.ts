/** The daily activities' words in German: the `activity` namespace of the de bundle. */
import type { ActivityMessages } from './activityMessages'
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
