/** The daily activities' words in Spanish: the `activity` namespace of the es bundle. */
import type { ActivityMessages } from './activityMessages'
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
