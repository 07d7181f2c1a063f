/**
 * Hyphenated compound adjectives between a number and its noun ("121 asylum-seeking mothers",
 * "22 Spanish-speaking lawmakers", "40 U.S.-born children"): one modifier, though three tokens.
 */
import { PUNCT, WORD, type Tokens } from './tokenize.ts';

/** Endings that make a hyphenated pair an adjective (participles), not a noun ("146-page"). */
const ADJECTIVE_ENDS = ['ing', 'ed', 'born', 'based', 'led'];

/** The last token of a hyphenated compound adjective starting at `at`, or `at` if there is none. */
export function compoundModifierEnd(t: Tokens, at: number): number {
  if (t.kind[at] !== WORD || t.kind[at + 1] !== PUNCT || t.raw[at + 1] !== '-' || t.kind[at + 2] !== WORD) return at;
  const second = t.lower[at + 2]!;
  return ADJECTIVE_ENDS.some((end) => second === end || (second.length > end.length + 1 && second.endsWith(end)))
    ? at + 2
    : at;
}
