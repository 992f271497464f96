/**
 * What every exercise in the catalogue says about safety: the note shown next to any dose and the
 * reasons to stop that apply to all of them. Plain words for a reading age of about 12. Pure data.
 */
/** Shown next to any dose: the numbers in the catalogue are a start, not a prescription. */
export const DOSE_NOTE =
  'These numbers are a common starting point. Your physiotherapist may give you different ones.'

/** Reasons to stop that apply to every exercise in the catalogue. */
export const GENERAL_STOP_IF: readonly string[] = [
  'Stop if you feel sharp pain, or pain that keeps getting worse while you exercise or afterwards, and ask your physiotherapist.',
  'Stop if your knee swells up (looks puffy or feels tight) after exercising, and ask your physiotherapist before you go on.',
  'Stop if your knee gives way or your kneecap feels as if it is slipping out, and get advice before you try again.',
  'If you have had surgery, follow your surgeon’s or physiotherapist’s plan.',
]
