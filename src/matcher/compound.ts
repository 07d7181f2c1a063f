/**
 * Modifiers of several tokens between a number and its noun, each counted as one: hyphenated
 * compound adjectives ("121 asylum-seeking mothers", "22 Spanish-speaking lawmakers", "40
 * U.S.-born children") and dotted abbreviations ("146 Democratic U.S. House members").
 */
import { PUNCT, WORD, type Tokens } from './tokenize.ts';

/** Endings that make a hyphenated pair an adjective (participles), not a noun ("146-page"). */
const ADJECTIVE_ENDS = ['ing', 'ed', 'born', 'based', 'led'];

/** The last token of a compound modifier starting at `at`, or `at` if there is none. */
export function compoundModifierEnd(t: Tokens, at: number): number {
  const abbreviation = dottedAbbreviationEnd(t, at);
  if (abbreviation > at) return abbreviation;
  if (t.kind[at] !== WORD || t.kind[at + 1] !== PUNCT || t.raw[at + 1] !== '-' || t.kind[at + 2] !== WORD) return at;
  const second = t.lower[at + 2]!;
  return ADJECTIVE_ENDS.some((end) => second === end || (second.length > end.length + 1 && second.endsWith(end)))
    ? at + 2
    : at;
}

/**
 * "U.S.", "U.N.": two or more single capital letters, each followed by a stop, written without
 * spaces. Returns the last stop's token, or `at`.
 */
function dottedAbbreviationEnd(t: Tokens, at: number): number {
  let letters = 0;
  let i = at;
  while (
    t.kind[i] === WORD &&
    /^[A-Z]$/.test(t.raw[i]!) &&
    t.raw[i + 1] === '.' &&
    t.end[i] === t.start[i + 1] &&
    (letters === 0 || t.end[i - 1] === t.start[i])
  ) {
    letters++;
    i += 2;
  }
  return letters >= 2 ? i - 1 : at;
}
