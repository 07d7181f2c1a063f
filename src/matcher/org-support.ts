/**
 * Checks for an organisation's loose forms (shortened or misspelt names, see the dataset
 * builder's org-forms.ts): "Hispanic Caucus" is the story's caucus in "the Hispanic Caucus said",
 * another body in "the Georgia Legislative Hispanic Caucus".
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
