/**
 * A share of a group instead of a count: "nearly half of Senate Democrats", "almost half the
 * Senate's Democrats", "casi la mitad de los senadores demócratas". The scan reads the fraction
 * here, then the counted noun as it does after a number; compile.ts indexes the facts whose value
 * is a fraction (0.5 "nearly half of all Democrats") by the classes of their entry.
 */
import data from './tables/fractions.json';
import type { QualifierKind } from './lexicon.ts';
import { WORD, type Tokens } from './tokenize.ts';

const FRACTIONS = new Map(Object.entries(data.fractions));
const ARTICLES = new Set(data.articles);
const BETWEEN = new Set(data.between);
/** At most this many words between the fraction and the group ("of all the"). */
const MAX_BETWEEN = 3;

export const isFractionWord = (lower: string): boolean => FRACTIONS.has(lower);

export interface ParsedFraction {
  value: number;
  /** First token of the fraction ("a" of "a third", "la" of "la mitad"). */
  first: number;
  /** The fraction word. */
  last: number;
  /** Where the group's modifiers and noun may start. */
  groupFrom: number;
}

export function parseFractionAt(t: Tokens, i: number): ParsedFraction | undefined {
  const value = t.kind[i] === WORD ? FRACTIONS.get(t.lower[i]!) : undefined;
  if (value === undefined) return undefined;
  const first = t.kind[i - 1] === WORD && ARTICLES.has(t.lower[i - 1]!) ? i - 1 : i;
  let groupFrom = i + 1;
  for (let n = 0; n < MAX_BETWEEN && t.kind[groupFrom] === WORD && BETWEEN.has(t.lower[groupFrom]!); n++) groupFrom++;
  // "half the year", "half of it": only a group right after makes a share of people.
  return groupFrom < t.count ? { value, first, last: i, groupFrom } : undefined;
}

/** Fractions are the same claim only if they round the same way ("nearly half" is not "more than half"). */
export function sameShare(page: QualifierKind, fact: QualifierKind): boolean {
  const below = (q: QualifierKind): boolean => q === 'nearly' || q === 'fewer-than';
  const above = (q: QualifierKind): boolean => q === 'more-than' || q === 'at-least';
  return !((below(page) && above(fact)) || (above(page) && below(fact)));
}
