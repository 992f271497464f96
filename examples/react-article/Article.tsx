// The example article as a React page: the figure stays in view while the steps of the text set
// the scene, and words in the prose highlight what they name.
import { ExplainerProvider, KneeExplainer, ScrollSteps, Step, StructureLink } from '../../src'

export type ArticleProps = { modelSrc?: string }

export function Article({ modelSrc }: ArticleProps) {
  return (
    <ExplainerProvider initialState={{ view: 'anterior', flexionDeg: 0 }}>
      <article
        style={{
          font: '18px/1.6 Georgia, serif',
          color: '#1d2125',
          maxWidth: 1100,
          margin: '0 auto',
          padding: '1rem',
        }}
      >
        <h1 style={{ fontFamily: 'system-ui, sans-serif' }}>Why does the front of my knee hurt?</h1>
        <p>
          Pain around or behind the kneecap is one of the most common knee problems in active
          people. Often it has to do with how the kneecap moves in its groove. Scroll on: the knee
          beside the text shows each step.
        </p>
        <ScrollSteps
          baseScene={{
            view: 'anterior',
            flexionDeg: 0,
            playing: false,
            tracking: 'normal',
            highlight: [],
            labels: [],
            compare: 'none',
            xray: false,
            trail: false,
          }}
          figure={
            <KneeExplainer src={modelSrc} controls={['play', 'flexion', 'tracking', 'view']} />
          }
        >
          <Step
            scene={{
              labels: [
                'patella',
                'vastus-medialis-oblique',
                'vastus-lateralis',
                'iliotibial-band',
                'patellar-tendon',
              ],
            }}
          >
            <h2>The kneecap runs in a groove</h2>
            <p>
              Your <StructureLink id="patella">kneecap</StructureLink> sits inside the tendon of the
              big muscle on the front of your thigh, the{' '}
              <StructureLink id="quadriceps">quadriceps</StructureLink>. When you bend and
              straighten your knee, it slides up and down in a groove at the end of your thigh bone.
            </p>
          </Step>
          <Step scene={{ view: 'lateral', playing: true, motionRange: [0, 90], trail: true }}>
            <h2>A normal knee bending</h2>
            <p>
              Watch from the side as the knee bends and straightens, like a squat. The orange line
              is the path the kneecap follows: it stays centred in its groove all the way.
            </p>
          </Step>
          <Step
            scene={{
              tracking: 'lateral-moderate',
              flexionDeg: 10,
              view: 'skyline',
              compare: 'ghost',
              xray: true,
            }}
          >
            <h2>When the kneecap drifts outward</h2>
            <p>
              Seen from below, this kneecap sits toward the outside of its groove and tilts. The
              pale shape shows where a normal kneecap would be. It is most off-centre when the knee
              is nearly straight.
            </p>
          </Step>
          <Step
            scene={{
              tracking: 'lateral-moderate',
              flexionDeg: 10,
              highlight: ['lateral-pull'],
              forces: true,
            }}
          >
            <h2>A tug of war</h2>
            <p>
              Pulling the kneecap outward: the{' '}
              <StructureLink id="vastus-lateralis">outer thigh muscle</StructureLink>, the{' '}
              <StructureLink id="iliotibial-band">iliotibial band</StructureLink> and the{' '}
              <StructureLink id="lateral-retinaculum">
                tissue on the outer side of the kneecap
              </StructureLink>
              .
            </p>
          </Step>
          <Step
            scene={{
              tracking: 'lateral-moderate',
              flexionDeg: 10,
              highlight: ['medial-restraint'],
              forces: true,
            }}
          >
            <h2>What holds it in</h2>
            <p>
              Holding it in: the <StructureLink id="vastus-medialis-oblique">VMO</StructureLink>,
              the lowest slanting fibres of the inner thigh muscle; the{' '}
              <StructureLink id="medial-patellofemoral-ligament">MPFL</StructureLink>, a small
              ligament on the inner side; and the walls of the groove itself.
            </p>
          </Step>
          <Step
            scene={{
              tracking: 'post-surgery-swelling',
              flexionDeg: 15,
              highlight: ['vastus-medialis-oblique'],
              view: 'anterior',
              compare: 'ghost',
            }}
          >
            <h2>Swelling switches the VMO off first</h2>
            <p>
              Even a little fluid in the knee (about 20 to 30 ml) quietly turns down the VMO before
              the other thigh muscles, so the kneecap can drift even when you feel fine.
            </p>
          </Step>
          <Step
            scene={{
              tracking: 'normal',
              view: 'thigh',
              highlight: ['quadriceps', 'gluteus-medius'],
            }}
          >
            <h2>What helps</h2>
            <p>
              Exercises for the thigh and the hip have the best support. Training the hip and the
              knee together works better than the knee alone. The idea that a weak VMO alone lets
              the kneecap drift, and that you can train it on its own, is disputed: the VMO works
              with the rest of the quadriceps, and how you control your hip and thigh matters too.
            </p>
          </Step>
        </ScrollSteps>
        <p style={{ fontSize: '0.9em' }}>
          This article explains; it does not diagnose. If your knee is swollen, locks, gives way, or
          the pain is sharp or getting worse, see a physiotherapist or doctor.
        </p>
      </article>
    </ExplainerProvider>
  )
}
