/**
 * A story figure written without what it counts: "DHS later said the exact number was 121",
 * "put the count at one hundred twenty-one", "roughly two dozen senators — 22, all Democrats".
 * The scan makes such a number a candidate when it is exactly a fact's value and reads as a
 * count, not a date, an address, a price or a score; judge.ts accepts it only where the page has
 * already been found to give that fact and the story is right beside it.
 */
import type { Compiled } from './compiled.ts';
import type { QualifierKind } from './lexicon.ts';
import { compatible } from './numbers.ts';
import { NUM, PUNCT, WORD, type Tokens } from './tokenize.ts';

/** Figures this small are everywhere (ages, scores, days). */
const SMALLEST = 20;
/** Words before a number that make it a date, an address, a price, a rank or a label. */
const NOT_A_COUNT_BEFORE = new Set([
  ...'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
  ...'no number highway route interstate hwy rte page room lot suite unit apt gate flight exit district precinct chapter section article item step game week day year age aged'.split(
    ' ',
  ),
  ...'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
]);
/** Signs before a number that make it a price or a label, spaced or not. */
const NOT_A_COUNT_SIGN = new Set(['$', '#', '£', '€', '¥']);
/** Marks right against a number that make it something else than a count. */
const NOT_A_COUNT_MARK = new Set(['/', ':', '-', '+', '.', '(']);
/** Words that may follow a bare count: verbs, prepositions, conjunctions, not a noun it counts. */
const AFTER_A_COUNT = new Set(
  [
    'was were is are had have has in on over during across from since last this that all mostly including who whose',
    'of and or but with to by at among altogether total según fueron eran en de',
    // "the 121 taken in ICE raids", "146 signed the letter"
    'taken detained arrested held apprehended picked rounded swept deported removed caught signed detenidos',
  ]
    .join(' ')
    .split(' '),
);

const cache = new WeakMap<Compiled, { value: number; entry: number }[]>();
/** The facts whose sources give a value outright (no qualifier), of every class, by entry. */
function statedFigures(c: Compiled): { value: number; entry: number }[] {
  let figures = cache.get(c);
  if (!figures) {
    const seen = new Set<string>();
    figures = [];
    for (const facts of c.quantities.values()) {
      for (const fact of facts) {
        const key = `${fact.entry} ${fact.value}`;
        if (fact.claim || fact.value < SMALLEST || seen.has(key)) continue;
        seen.add(key);
        figures.push({ value: fact.value, entry: fact.entry });
      }
    }
    cache.set(c, figures);
  }
  return figures;
}

/**
 * Entries whose figure the number from `first` (its qualifier, if any) to `last` states bare, or
 * none: it must stand alone as a count, with a function word, punctuation or the line's end after it.
 */
export function bareFigureEntries(
  c: Compiled,
  t: Tokens,
  first: number,
  last: number,
  value: number,
  qualifier: QualifierKind,
): number[] {
  // Exactly a fact's value, or compatible with it under the qualifier ("roughly 120", "nearly 150").
  const entries = statedFigures(c)
    .filter((f) => (qualifier === 'exact' ? f.value === value : compatible(qualifier, value, f.value)))
    .map((f) => f.entry)
    .filter((entry, i, all) => all.indexOf(entry) === i);
  if (entries.length === 0) return [];
  const before = first - 1;
  // The word before, past an abbreviation's full stop ("Jan. 22", "No. 121").
  const word = t.raw[before] === '.' && t.end[before - 1] === t.start[before] ? before - 1 : before;
  if (t.kind[word] === WORD && NOT_A_COUNT_BEFORE.has(t.lower[word]!)) return [];
  // A currency sign or "#" makes a price or a label; another mark right against the number makes
  // a range, a time or a fraction ("2-22", "12:21", "1/22"). Spaced, it is an apposition:
  // "two dozen senators — 22, all Democrats", "DHS said: 121".
  if (t.kind[before] === PUNCT && word === before) {
    const attached = t.end[before] === t.start[first];
    if (NOT_A_COUNT_SIGN.has(t.raw[before]!) || (attached && NOT_A_COUNT_MARK.has(t.raw[before]!))) return [];
  }
  if (t.kind[last] === NUM && /^\d{4}$/.test(t.raw[last]!)) return [];
  const after = last + 1;
  if (after < t.count && t.kind[after] === WORD && !AFTER_A_COUNT.has(t.lower[after]!)) return [];
  if (after < t.count && t.kind[after] === NUM) return [];
  // "121-14", "121.5", "121%", "121:30", "121,000" are not counts of people.
  const mark = t.raw[after];
  if (t.kind[after] === PUNCT && (mark === '%' || mark === '-' || mark === ':' || mark === '/')) return [];
  if ((mark === '.' || mark === ',') && t.kind[after + 1] === NUM && t.start[after + 1] === t.end[after]) return [];
  return entries;
}
