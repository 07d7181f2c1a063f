/**
 * Checks for an organisation's names: a loose form (shortened or misspelt, see the dataset
 * builder's org-forms.ts) is the story's caucus in "the Hispanic Caucus said", another body in
 * "the Georgia Legislative Hispanic Caucus"; a name without a head word of its own is part of
 * another body's in "Georgia Emergency Management and Homeland Security Agency".
 */
import { STOPWORDS } from './lexicon.ts';
import { WORD, type Tokens } from './tokenize.ts';

/** A capitalised word (not "The", not the first word of a sentence) right before the name. */
export function qualifiedByOther(t: Tokens, first: number): boolean {
  const prev = first - 1;
  if (t.kind[prev] !== WORD || STOPWORDS.has(t.lower[prev]!)) return false;
  const raw = t.raw[prev]!;
  if (raw.charAt(0) === raw.charAt(0).toLowerCase()) return false;
  // The first word of a block or after a full stop is capitalised anyway.
  return !(prev === 0 || t.raw[prev - 1] === '.' || t.raw[prev - 1] === '\n');
}

/** Words that end the name of a body: a name ending in one is that body's name. */
const HEADS = new Set(
  'department agency committee subcommittee council commission office bureau division institute foundation center centre caucus service administration association coalition alliance network project fund board program programme task force'.split(
    ' ',
  ),
);

/**
 * "Homeland Security Agency", "Homeland Security and Governmental Affairs Committee": a name with
 * no head word of its own, followed (up to three capitalised words, "and" or "&" between) by a
 * capitalised head word, names another body.
 */
export function partOfOtherName(t: Tokens, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (HEADS.has(t.lower[i]!)) return false;
  for (let i = last + 1, words = 0; i < t.count && words <= 3; i++) {
    const raw = t.raw[i]!;
    if (t.kind[i] !== WORD) {
      if (raw !== '&') return false;
      continue;
    }
    if (t.lower[i] === 'and') continue;
    if (raw.charAt(0) === raw.charAt(0).toLowerCase()) return false;
    if (HEADS.has(t.lower[i]!)) return true;
    words++;
  }
  return false;
}
