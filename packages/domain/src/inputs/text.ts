import { z } from 'zod';

// Control characters (C0, DEL, C1). PostgreSQL refuses NUL in text; the rest only ever
// arrive by accident or malice, and would hide in logs, exports and the audit trail.
const controlCharacters = /\p{Cc}/u;
// Multi-line text keeps its tabs and line breaks.
const controlCharactersButLineBreaks = /(?![\t\n\r])\p{Cc}/u;

export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? controlCharactersButLineBreaks : controlCharacters).test(text);
}

export interface TextRule {
  min?: number;
  max: number;
  /** Lets tabs and line breaks through (a reason, a note); never NUL or other controls. */
  multiline?: boolean;
}

/** The one rule for user text: trimmed, within its length, free of control characters. */
export function textSchema({ min = 0, max, multiline = false }: TextRule) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !hasControlCharacters(text, multiline), 'errors.invalid_text');
}

export const REASON_MIN_LENGTH = 3;
export const REASON_MAX_LENGTH = 500;

/** Why a change was made, recorded in the audit log with it: 3 to 500 characters, trimmed. */
export const reasonSchema = textSchema({
  min: REASON_MIN_LENGTH,
  max: REASON_MAX_LENGTH,
  multiline: true,
});

export function isValidReason(text: string): boolean {
  return reasonSchema.safeParse(text).success;
}

/** JavaScript's own object keys: never a field name, a sort key or a filter key. */
export function isPrototypeKey(key: string): boolean {
  return key in Object.prototype;
}
