/**
 * Every reader-facing string of the exercise components in Spanish (neutral international
 * Spanish, tú form), with the same words as the Spanish bundle (src/i18n/es.ts): rótula, muslo,
 * fisioterapeuta, and the figure's phase words. Used when a component gets `lang="es"`.
 * Pure TypeScript: no React.
 */
import { ES } from './es'
import type { ExerciseMessages } from './exerciseMessages'

export const exerciseMessagesEs = {
  showOnFigure: 'Mostrar en la figura',
  showOnFigureNamed: 'Mostrar en la figura: {name}',
  onFigureNow: 'Ahora se muestra en la figura',
  position: 'Posición inicial: {position}',
  steps: 'Cómo hacerlo',
  kneeStraight: 'Rodilla: estirada',
  kneeBent: 'Rodilla: doblada {degrees} grados',
  kneeFromStraight: 'Rodilla: de estirada a doblada {to} grados',
  kneeFromBent: 'Rodilla: doblada de {from} a {to} grados',
  hipStraight: 'Cadera al empezar: recta',
  hipPosition: 'Cadera al empezar: {parts}',
  hipFlexed: 'doblada {degrees} grados',
  hipExtended: 'estirada hacia atrás {degrees} grados',
  hipAbducted: 'pierna hacia fuera {degrees} grados',
  hipAdducted: 'pierna cruzada hacia dentro {degrees} grados',
  hipTurnedOut: 'girada hacia fuera {degrees} grados',
  hipTurnedIn: 'girada hacia dentro {degrees} grados',
  muscles: 'Músculos que trabajan',
  musclesNote:
    '«Principal» marca los músculos para los que se hace este ejercicio; los demás ayudan.',
  muscleMain: '{name} (principal)',
  cues: 'Consejos mientras lo haces',
  stopIf: 'Cuándo parar',
  dose: 'Cuánto',
  doseSetsReps: '{sets} de {reps}.',
  sets: '{count} series',
  setsOne: '{count} serie',
  reps: '{count} repeticiones',
  repsOne: '{count} repetición',
  hold: 'Mantén cada repetición {seconds} segundos.',
  holdOne: 'Mantén cada repetición {seconds} segundo.',
  doseNote: ES.doseNote,
  kneecapEffect: 'Qué hace con la rótula',
  evidence: 'Qué dicen los estudios',
  sources: 'Fuentes: {sources}',
  unknownExercise:
    'No hay ningún ejercicio llamado «{id}». Los ejercicios disponibles son: {known}.',
  notAnExercise:
    'Un ejercicio se indica con su identificador o con un objeto de ejercicio. Los ejercicios disponibles son: {known}.',
  invalidExercise: 'No se puede mostrar este ejercicio. Hay que corregir estos campos:',
  counterLabel: 'Sigue el ritmo: {name}',
  start: 'Empezar',
  stop: 'Parar',
  reset: 'Reiniciar',
  startNextSet: 'Empezar la serie {n}',
  startAgain: 'Empezar de nuevo',
  ready: 'Pulsa Empezar y sigue el ritmo.',
  setCount: 'Serie {n} de {total}',
  repCount: 'Repetición {n} de {total}',
  holdTime: 'Mantén {seconds} s',
  phaseRest: ES.messages.exercisePhaseRest,
  phaseContract: ES.messages.exercisePhaseContract,
  phaseRelease: ES.messages.exercisePhaseRelease,
  setDone: 'Serie {n} terminada. Descansa un momento y luego empieza la siguiente serie.',
  allDone: 'Has terminado las {total} series. ¡Muy bien!',
} satisfies ExerciseMessages
