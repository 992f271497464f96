import { en, type MessageKey, type Messages } from './en'

export { en }
export type { MessageKey, Messages }

/** Fills {placeholders} in a message. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  )
}

/** English with an author's overrides on top; unknown keys are ignored. */
export function resolveMessages(overrides?: Partial<Messages>): Messages {
  return overrides ? { ...en, ...overrides } : en
}
