/** The shape of tokens as written: capitals, modifiers, the initials of a capitalised run. */
import { ADJECTIVE_SUFFIXES, DEFINITION_GLUE, MODIFIERS, STOPWORDS } from './lexicon.ts';
import { WORD, type Tokens } from './tokenize.ts';

export const isAllCaps = (raw: string): boolean =>
  raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
export const isCapitalised = (raw: string | undefined): boolean =>
  !!raw && raw.charAt(0) !== raw.charAt(0).toLowerCase();

export function isModifier(t: Tokens, i: number): boolean {
  if (t.kind[i] !== WORD) return false;
  const w = t.lower[i]!;
  if (STOPWORDS.has(w)) return false;
  return (
    MODIFIERS.has(w) ||
    isCapitalised(t.raw[i]!) ||
    ADJECTIVE_SUFFIXES.some((s) => w.length > s.length + 2 && w.endsWith(s))
  );
}

/** Initials of the capitalised words ending at token `last` (walking back), glue words skipped. */
export function initialsBefore(t: Tokens, last: number, length: number): string {
  let initials = '';
  for (let i = last; i >= 0 && i > last - 3 * length && initials.length < length; i--) {
    if (t.kind[i] !== WORD) break;
    if (DEFINITION_GLUE.has(t.lower[i]!)) continue;
    if (!isCapitalised(t.raw[i]!)) break;
    initials = t.raw[i]!.charAt(0) + initials;
  }
  return initials;
}
export function initialsAfter(t: Tokens, first: number, length: number): string {
  let initials = '';
  for (let i = first; i < t.count && i < first + 3 * length && initials.length < length; i++) {
    if (t.kind[i] !== WORD) break;
    if (DEFINITION_GLUE.has(t.lower[i]!)) continue;
    if (!isCapitalised(t.raw[i]!)) break;
    initials += t.raw[i]!.charAt(0);
  }
  return initials;
}
