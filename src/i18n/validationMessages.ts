/**
 * The exercise validator's words (the `validation` namespace of a language bundle) in Spanish and
 * German; English is the validator's own table (EXERCISE_PROBLEM_TEXT). A page author who gives
 * a broken exercise reads what to fix in the page's language; field names, ids and the values
 * given arrive through placeholders and stay as typed. Pure data: no React.
 */
import type { ExerciseProblemText } from '../exercises/problems'

export const validationMessagesEs: ExerciseProblemText = {
  exerciseObject: '{field}: debe ser un objeto simple, {given}',
  idFormat: '{field}: debe ser palabras en minúscula unidas por guiones, como {example}, {given}',
  unknownField: '{field}: no es un campo de ejercicio; los campos son {fields}',
  textType: '{field}: debe ser texto (una cadena), {given}',
  textLength: '{field}: debe ser un texto de 1 a {max} caracteres',
  sentenceList: '{field}: debe ser una lista de {min} a {max} frases',
  citationList: '{field}: debe ser una lista de {min} a {max} citas breves',
  number: '{field}: debe ser un número de {min} a {max}, {given}',
  numberDegrees: '{field}: debe ser un número de {min} a {max} grados, {given}',
  numberSeconds: '{field}: debe ser un número de {min} a {max} segundos, {given}',
  numberShare: '{field}: debe ser un número de {min} a {max} (parte del esfuerzo máximo), {given}',
  wholeNumber: '{field}: debe ser un número entero de {min} a {max}, {given}',
  objectShape: '{field}: debe ser un objeto {shape}, {given}',
  hipField: '{field}: no es un campo de la cadera; usa {fields}',
  muscleList: '{field}: debe ser una lista de 1 a {max} músculos',
  muscleIdType: '{field}: debe ser el identificador de un músculo (texto); usa uno de {ids}',
  muscleIdUnknown: '{field}: {id} no es un identificador de estructura; usa uno de {ids}',
  muscleIdSuggest:
    '{field}: {id} no es un identificador de estructura (¿querías decir {suggestion}?); usa uno de {ids}',
  notAMuscle: '{field}: {id} es {tissue}, no un músculo; usa uno de {ids}',
  listedTwice: '{field}: {id} aparece dos veces',
  trueOrFalse: '{field}: debe ser {true} o {false}, {given}',
  muscleField: '{field}: no es un campo de músculo; usa {fields}',
  noMainMuscle: '{field}: al menos uno debe ser un músculo principal ({example})',
  kneeRange:
    '{field}: deben ser dos números de {min} a {max}, y el primero no puede ser mayor que el segundo',
  phaseList: '{field}: debe ser una lista de 1 a 8 fases (p. ej. {names})',
  phaseName: '{field}: debe ser uno de {names}, {given}',
  phaseSeconds: '{field}: debe ser un número de segundos mayor que 0 y de 30 como máximo',
  phaseKnee: '{field}: debe ser un número dentro de {range} ({min} a {max}), {given}',
  phaseField: '{field}: no es un campo de fase; usa {fields}',
  noContractPhase: '{field}: necesita una fase {name}, cuando trabajan los músculos',
  cycleLength:
    '{field}: una repetición debe durar de {min} a {max} segundos para que la figura se siga con facilidad; estas duran {total} s',
  trackingObject: '{field}: debe ser un objeto como {example}, o quedar fuera, {given}',
  trackingField:
    '{field}: un ejercicio no puede fijar esto; solo se pueden dar {fields} (el ejercicio no cambia la hinchazón ni la forma de los huesos)',
  givenValue: 'no {value}',
  givenList: 'no una lista',
  givenObject: 'no un objeto',
  givenNull: 'no null',
  givenMissing: 'pero falta',
  tissueBone: 'un hueso',
  tissueCartilage: 'un cartílago',
  tissueMeniscus: 'un menisco',
  tissueBursa: 'una bolsa sinovial',
  tissueMuscle: 'un músculo',
  tissueTendon: 'un tendón',
  tissueLigament: 'un ligamento',
  tissueFascia: 'una fascia',
}

export const validationMessagesDe: ExerciseProblemText = {
  exerciseObject: '{field}: muss ein einfaches Objekt sein, {given}',
  idFormat:
    '{field}: muss aus kleingeschriebenen Wörtern mit Bindestrichen bestehen, etwa {example}, {given}',
  unknownField: '{field}: kein Feld einer Übung; die Felder sind {fields}',
  textType: '{field}: muss Text (eine Zeichenkette) sein, {given}',
  textLength: '{field}: muss ein Text mit 1 bis {max} Zeichen sein',
  sentenceList: '{field}: muss eine Liste mit {min} bis {max} Sätzen sein',
  citationList: '{field}: muss eine Liste mit {min} bis {max} kurzen Quellenangaben sein',
  number: '{field}: muss eine Zahl von {min} bis {max} sein, {given}',
  numberDegrees: '{field}: muss eine Zahl von {min} bis {max} Grad sein, {given}',
  numberSeconds: '{field}: muss eine Zahl von {min} bis {max} Sekunden sein, {given}',
  numberShare:
    '{field}: muss eine Zahl von {min} bis {max} sein (Anteil der maximalen Kraft), {given}',
  wholeNumber: '{field}: muss eine ganze Zahl von {min} bis {max} sein, {given}',
  objectShape: '{field}: muss ein Objekt {shape} sein, {given}',
  hipField: '{field}: kein Feld der Hüfte; verwenden Sie {fields}',
  muscleList: '{field}: muss eine Liste mit 1 bis {max} Muskeln sein',
  muscleIdType: '{field}: muss die Kennung eines Muskels sein (Text); verwenden Sie eine von {ids}',
  muscleIdUnknown: '{field}: {id} ist keine Kennung einer Struktur; verwenden Sie eine von {ids}',
  muscleIdSuggest:
    '{field}: {id} ist keine Kennung einer Struktur (meinten Sie {suggestion}?); verwenden Sie eine von {ids}',
  notAMuscle: '{field}: {id} ist {tissue}, kein Muskel; verwenden Sie eine von {ids}',
  listedTwice: '{field}: {id} steht zweimal in der Liste',
  trueOrFalse: '{field}: muss {true} oder {false} sein, {given}',
  muscleField: '{field}: kein Feld eines Muskels; verwenden Sie {fields}',
  noMainMuscle: '{field}: mindestens einer muss ein Hauptmuskel sein ({example})',
  kneeRange:
    '{field}: müssen zwei Zahlen von {min} bis {max} sein, die erste nicht größer als die zweite',
  phaseList: '{field}: muss eine Liste mit 1 bis 8 Phasen sein (z. B. {names})',
  phaseName: '{field}: muss eines von {names} sein, {given}',
  phaseSeconds: '{field}: muss eine Zahl von Sekunden über 0 und höchstens 30 sein',
  phaseKnee: '{field}: muss eine Zahl innerhalb von {range} sein ({min} bis {max}), {given}',
  phaseField: '{field}: kein Feld einer Phase; verwenden Sie {fields}',
  noContractPhase: '{field}: braucht eine Phase {name}, in der die Muskeln arbeiten',
  cycleLength:
    '{field}: eine Wiederholung muss {min} bis {max} Sekunden dauern, damit man der Abbildung leicht folgen kann; diese dauern {total} s',
  trackingObject: '{field}: muss ein Objekt wie {example} sein oder fehlen, {given}',
  trackingField:
    '{field}: eine Übung kann das nicht festlegen; nur {fields} sind erlaubt (Übungen ändern weder die Schwellung noch die Form der Knochen)',
  givenValue: 'nicht {value}',
  givenList: 'keine Liste',
  givenObject: 'kein Objekt',
  givenNull: 'nicht null',
  givenMissing: 'fehlt aber',
  tissueBone: 'ein Knochen',
  tissueCartilage: 'ein Knorpel',
  tissueMeniscus: 'ein Meniskus',
  tissueBursa: 'ein Schleimbeutel',
  tissueMuscle: 'ein Muskel',
  tissueTendon: 'eine Sehne',
  tissueLigament: 'ein Band',
  tissueFascia: 'eine Faszie',
}
