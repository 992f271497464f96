// The caption sentence: what it says for presets at known angles, rounding, sides, plurals and
// overridden messages.
import { describe, expect, it } from 'vitest'
import { describeKnee } from '../../src/explainer/caption'
import { captionForState } from '../../src/explainer/captionForState'
import { DEFAULT_EXPLAINER_STATE } from '../../src/explainer/store'
import { en, resolveMessages } from '../../src/i18n'
import { ES } from '../../src/locales/es'
import { activityMessages } from '../../src/i18n/activityMessages'
import { activityMessagesEs } from '../../src/i18n/activityMessages.es'
import { solveKnee, type KneeSolution, type TrackingPresetId } from '../../src/kinematics'
import { ACTIVITIES } from '../../src/kinematics/activityCatalogue'
import { activityFrameAtCycle, activityPeak } from '../../src/kinematics/activities'

function caption(tracking: TrackingPresetId, flexionDeg: number, locale?: string) {
  return captionForState({ ...DEFAULT_EXPLAINER_STATE, tracking, flexionDeg }, en, locale)
}

/** A solved knee with the kneecap's numbers replaced, for the cases no preset reaches. */
function kneeWith(flexionDeg: number, lateralShiftMm: number, tiltDeg: number): KneeSolution {
  const solution = solveKnee({ flexionDeg })
  solution.patella.lateralShiftMm = lateralShiftMm
  solution.patella.tiltDeg = tiltDeg
  return solution
}

describe('describeKnee', () => {
  // the normal kneecap rides about 2 mm lateral of the groove's floor once seated, inside the
  // published normal range of +/- 3 mm (von Eisenhart-Rothe 2004; src/kinematics/corridor.ts)
  it('says a normal knee at 20 degrees is bent 20 degrees with the kneecap 2 mm toward the outside', () => {
    const sentence = caption('normal', 20)
    expect(sentence).toBe(
      'Knee bent 20 degrees: the kneecap sits 2 mm toward the outside and tilts 5 degrees.',
    )
  })

  it('says moderate lateral maltracking at 10 degrees sits toward the outside, tilted 10+ degrees', () => {
    const sentence = caption('lateral-moderate', 10)
    expect(sentence).toMatch(/^Knee bent 10 degrees: /)
    expect(sentence).toMatch(/sits \d+ mm toward the outside/)
    const tilt = Number(/tilts (\d+) degrees/.exec(sentence)?.[1])
    expect(tilt).toBeGreaterThanOrEqual(10)
  })

  it('calls a straight knee straight', () => {
    expect(caption('normal', 0)).toMatch(/^Knee straight: the kneecap sits 4 mm toward the outside/)
  })

  it('rounds to whole millimetres and degrees', () => {
    expect(describeKnee(kneeWith(44.6, 3.46, 7.5), en)).toBe(
      'Knee bent 45 degrees: the kneecap sits 3 mm toward the outside and tilts 8 degrees.',
    )
  })

  it('says toward the inside for a negative shift and tilt', () => {
    expect(describeKnee(kneeWith(30, -3.4, -2.2), en)).toBe(
      'Knee bent 30 degrees: the kneecap sits 3 mm toward the inside and tilts 2 degrees toward the inside.',
    )
  })

  it('calls a shift under 1 mm centred and a tilt that rounds to 0 flat, either side', () => {
    expect(describeKnee(kneeWith(60, -0.9, -0.4), en)).toBe(
      'Knee bent 60 degrees: the kneecap sits centred in its groove and lies flat.',
    )
    expect(describeKnee(kneeWith(60, 0.99, 0.3), en)).not.toMatch(/-0|mm/)
  })

  it('says one degree, not one degrees', () => {
    expect(describeKnee(kneeWith(1.2, 2, 1), en)).toBe(
      'Knee bent 1 degree: the kneecap sits 2 mm toward the outside and tilts 1 degree.',
    )
  })

  it('uses overridden messages and the locale', () => {
    const de = resolveMessages({
      captionSentence: '{knee}: {position} {tilt}.',
      captionBent: 'Knie {degrees} Grad gebeugt',
      captionShift: 'die Kniescheibe liegt {mm} mm nach {side}',
      captionTilt: 'und ist {degrees} Grad gekippt',
      sideOutside: 'außen',
    })
    expect(
      captionForState(
        { ...DEFAULT_EXPLAINER_STATE, tracking: 'lateral-moderate', flexionDeg: 10 },
        de,
        'de',
      ),
    ).toBe('Knie 10 Grad gebeugt: die Kniescheibe liegt 8 mm nach außen und ist 10 Grad gekippt.')
    // Whole numbers carry no decimal separator; a locale's own digits still apply
    expect(describeKnee(kneeWith(20, 6, 12), en, 'ar-EG')).toContain('٢٠')
  })

  it('applies single tracking overrides on top of the preset', () => {
    const preset = caption('normal', 10)
    const tight = captionForState(
      {
        ...DEFAULT_EXPLAINER_STATE,
        tracking: 'normal',
        trackingParams: { lateralTightness: 1 },
        flexionDeg: 10,
      },
      en,
    )
    expect(tight).not.toBe(preset)
    expect(tight).toMatch(/toward the outside/)
  })
})

describe('a daily activity in the caption', () => {
  const stairsDown = { ...DEFAULT_EXPLAINER_STATE, activity: 'stairs-down' as const }

  it('solves the knee at the activity’s moment and says the load it puts on the kneecap', () => {
    const cycle = 0.4
    const sentence = captionForState(
      stairsDown,
      en,
      'en',
      { activity: { id: 'stairs-down', cycle } },
      activityMessages,
    )
    // the moment measured here from the published keyframes, not read from the caption's code
    const frame = activityFrameAtCycle(ACTIVITIES['stairs-down'], cycle)
    const knee = describeKnee(
      solveKnee({ flexionDeg: frame.flexionDeg, quadricepsN: frame.quadricepsN }),
      en,
    )
    expect(sentence.startsWith(knee)).toBe(true)
    expect(sentence).toContain(`Knee bent ${Math.round(frame.flexionDeg)} degrees`)
    expect(sentence).toContain('Stairs down: the kneecap presses on the thigh bone with')
    expect(sentence).toContain(
      `${(Math.round(frame.jointReactionBw * 10) / 10).toString()} times body weight`,
    )
  })

  it('before the first frame, and with reduced motion, names the moment of peak load', () => {
    const peak = activityPeak(ACTIVITIES.squat)
    const sentence = captionForState(
      { ...DEFAULT_EXPLAINER_STATE, activity: 'squat' },
      en,
      'en',
      {},
      activityMessages,
    )
    expect(sentence).toMatch(
      new RegExp(`^Knee bent ${Math.round(peak.flexionDeg)} degrees: .* Squatting: `),
    )
  })

  it('going down stairs presses harder than walking, and the caption says so in numbers', () => {
    const bw = (activity: 'walking' | 'stairs-down') => {
      const words = captionForState(
        { ...DEFAULT_EXPLAINER_STATE, activity },
        en,
        'en',
        {},
        activityMessages,
      )
      return Number(/with ([\d.]+) times body weight/.exec(words)![1])
    }
    expect(bw('stairs-down')).toBeGreaterThan(2 * bw('walking'))
  })

  it('speaks the reader’s language', () => {
    const sentence = captionForState(stairsDown, ES.messages, 'es', {}, activityMessagesEs)
    expect(sentence).toContain('Bajar escaleras')
    expect(sentence).toContain('veces el peso del cuerpo')
    expect(sentence).not.toMatch(/body weight|Stairs/)
  })
})
