/**
 * Every reader-facing string of the exercise components in German ("Sie" form), with the same
 * words as the German bundle (src/i18n/de.ts): Kniescheibe, Oberschenkel, Physiotherapie, and
 * the figure's phase words. Used when a component gets `lang="de"`. Pure TypeScript: no React.
 */
import { DE } from './de'
import type { ExerciseMessages } from './exerciseMessages'

export const exerciseMessagesDe = {
  showOnFigure: 'In der Abbildung zeigen',
  showOnFigureNamed: 'In der Abbildung zeigen: {name}',
  onFigureNow: 'Wird jetzt in der Abbildung gezeigt',
  position: 'Ausgangsstellung: {position}',
  steps: 'So geht es',
  kneeStraight: 'Knie: gestreckt',
  kneeBent: 'Knie: um {degrees} Grad gebeugt',
  kneeFromStraight: 'Knie: von gestreckt bis um {to} Grad gebeugt',
  kneeFromBent: 'Knie: von {from} bis {to} Grad gebeugt',
  hipStraight: 'Hüfte zu Beginn: gerade',
  hipPosition: 'Hüfte zu Beginn: {parts}',
  hipFlexed: 'um {degrees} Grad gebeugt',
  hipExtended: 'um {degrees} Grad nach hinten gestreckt',
  hipAbducted: 'Bein um {degrees} Grad zur Seite abgespreizt',
  hipAdducted: 'Bein um {degrees} Grad nach innen vor den Körper geführt',
  hipTurnedOut: 'um {degrees} Grad nach außen gedreht',
  hipTurnedIn: 'um {degrees} Grad nach innen gedreht',
  muscles: 'Diese Muskeln arbeiten',
  musclesNote:
    '„Hauptmuskel“ markiert die Muskeln, für die diese Übung gedacht ist; die anderen helfen mit.',
  muscleMain: '{name} (Hauptmuskel)',
  cues: 'Tipps für die Übung',
  stopIf: 'Wann Sie aufhören sollten',
  dose: 'Wie viel',
  doseSetsReps: '{sets} mit {reps}.',
  sets: '{count} Sätze',
  setsOne: '{count} Satz',
  reps: 'je {count} Wiederholungen',
  repsOne: 'je {count} Wiederholung',
  hold: 'Halten Sie jede Wiederholung {seconds} Sekunden lang.',
  holdOne: 'Halten Sie jede Wiederholung {seconds} Sekunde lang.',
  doseNote: DE.doseNote,
  kneecapEffect: 'Was die Übung mit der Kniescheibe macht',
  evidence: 'Was die Forschung sagt',
  sources: 'Quellen: {sources}',
  unknownExercise: 'Es gibt keine Übung namens „{id}“. Die bekannten Übungen sind: {known}.',
  notAnExercise:
    'Eine Übung muss als Kennung oder als Übungsobjekt angegeben werden. Die bekannten Übungen sind: {known}.',
  invalidExercise:
    'Diese Übung kann nicht angezeigt werden. Diese Felder müssen korrigiert werden:',
  counterLabel: 'Mitmachen: {name}',
  start: 'Start',
  stop: 'Stopp',
  reset: 'Zurücksetzen',
  startNextSet: 'Satz {n} starten',
  startAgain: 'Noch einmal starten',
  ready: 'Drücken Sie auf Start und machen Sie mit.',
  setCount: 'Satz {n} von {total}',
  repCount: 'Wiederholung {n} von {total}',
  holdTime: '{seconds} s halten',
  phaseRest: DE.messages.exercisePhaseRest,
  phaseContract: DE.messages.exercisePhaseContract,
  phaseRelease: DE.messages.exercisePhaseRelease,
  setDone: 'Satz {n} geschafft. Ruhen Sie sich kurz aus und starten Sie dann den nächsten Satz.',
  allDone: 'Alle {total} Sätze geschafft. Gut gemacht!',
} satisfies ExerciseMessages
