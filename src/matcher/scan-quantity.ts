/**
 * Quantity candidates at a number (scan.ts): the number (digits, English or Spanish words, a
 * fraction of a group), its qualifier before ("nearly") or after ("-plus"), what it counts
 * (counted-noun.ts), and each fact of that class whose value the qualifier makes compatible; a
 * figure alone (bare-figures.ts); or another event's figure, told to the page (foreignFigures).
 */
import { bareFigureEntries } from './bare-figures.ts';
import type { Compiled } from './compiled.ts';
import { countedNoun, type CountedNoun } from './counted-noun.ts';
import { parseFractionAt, sameShare, type ParsedFraction } from './fractions.ts';
import type { QualifierKind } from './lexicon.ts';
import { compatible, compatibleRange, isNumberWord, NEAR_MISS, parseNumberAt, type ParsedNumber } from './numbers.ts';
import type { QuantityInfo, Scan } from './scan-types.ts';
import { firstAtOrAfter } from './senses.ts';
import { parseSpanishNumberAt, type Lang } from './spanish.ts';
import { BREAK, NUM, type Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';

export function scanQuantity(c: Compiled, t: Tokens, i: number, lang: Lang, meter: Meter, out: Scan): void {
  const number = parseNumberAt(t, i) ?? (lang === 'es' ? parseSpanishNumberAt(t, i) : undefined);
  const fraction = number ? undefined : parseFractionAt(t, i);
  if (!number && !fraction) return;
  const start = fraction ? fraction.first : i;
  let qualifier: QualifierKind = 'exact';
  let first = start;
  for (const hit of c.qualifiers.walk(t, t.lower, start - 1, -1, meter)) {
    const info = hit.items[0]!;
    qualifier = info.kind;
    if (info.inSpan) first = hit.edge;
  }
  // "a dozen House Democrats" is a round figure, not a count of exactly twelve.
  if (number?.round && qualifier === 'exact') qualifier = 'about';
  let numberLast = number ? number.last : fraction!.last;
  // "120-plus", "a hundred plus": a floor, as "more than" before it would be.
  const suffix = number ? floorSuffixEnd(t, numberLast) : -1;
  if (suffix >= 0) {
    numberLast = suffix;
    if (qualifier === 'exact' || qualifier === 'about') qualifier = 'at-least';
  }
  const at = { first, start, numberLast, qualifier };
  const noun = countedNoun(c, t, groupStart(t, lang, number, fraction, numberLast), meter);
  if (!noun) {
    if (number) bare(c, t, at, number.value, out);
    return;
  }
  const classes = noun.narrowed ? noun.info.classes.filter((k) => k === noun.narrowed) : noun.info.classes;
  const push = (entry: number, stated: number, extra: Partial<QuantityInfo>): void => {
    const quantity = { stated, qualifier, numberFirst: start, numberLast, nounFirst: noun.nounFirst };
    out.candidates.push({
      entry,
      first,
      last: noun.last,
      form: 'quantity',
      quantity: { ...quantity, generic: noun.info.generic, ...extra },
    });
  };
  if (fraction) {
    for (const cls of classes) {
      for (const fact of c.fractions.get(cls) ?? []) {
        if (Math.abs(fact.value - fraction.value) < 0.01 && sameShare(qualifier, fact.qualifier)) {
          push(fact.entry, fraction.value, { fraction: true });
        }
      }
    }
    return;
  }
  const value = number!.value;
  if (classes.every((k) => !c.quantities.has(k) && !c.fractions.has(k))) {
    out.foreignFigures.push({ at: first, value });
    return;
  }
  for (const [entry, extra] of factsFor(c, classes, noun, value, qualifier, meter)) push(entry, value, extra);
}

/** Each entry with a fact of one of `classes` that the stated value and qualifier fit, once. */
function factsFor(
  c: Compiled,
  classes: readonly string[],
  noun: CountedNoun,
  value: number,
  qualifier: QualifierKind,
  meter: Meter,
): [number, Partial<QuantityInfo>][] {
  const [lo, hi] = compatibleRange(value);
  const found = new Map<number, Partial<QuantityInfo>>();
  for (const cls of classes) {
    const facts = c.quantities.get(cls);
    if (!facts) continue;
    for (
      let k = firstAtOrAfter(facts.length, (j) => facts[j]!.value, lo);
      k < facts.length && facts[k]!.value <= hi;
      k++
    ) {
      meter.steps++;
      const fact = facts[k]!;
      const sameClaim = fact.claim === qualifier && fact.value === value;
      // "147 House Democrats" for 146: the judge asks for the story all around it.
      const near =
        qualifier === 'exact' && !noun.info.generic && fact.value >= 10 && Math.abs(value - fact.value) <= NEAR_MISS;
      if (found.has(fact.entry) || !(sameClaim || near || compatible(qualifier, value, fact.value))) continue;
      found.set(fact.entry, fact.value !== value && qualifier === 'exact' && !sameClaim ? { near: true } : {});
    }
  }
  return [...found];
}

/** A figure with no counted noun: a candidate for each fact it may restate (bare-figures.ts). */
function bare(
  c: Compiled,
  t: Tokens,
  {
    first,
    start,
    numberLast,
    qualifier,
  }: { first: number; start: number; numberLast: number; qualifier: QualifierKind },
  value: number,
  out: Scan,
): void {
  for (const entry of bareFigureEntries(c, t, first, numberLast, value, qualifier)) {
    const quantity = { stated: value, qualifier, numberFirst: start, numberLast, nounFirst: numberLast + 1 };
    out.candidates.push({
      entry,
      first,
      last: numberLast,
      form: 'quantity',
      quantity: { ...quantity, generic: true, bare: true },
    });
  }
}

/**
 * The last token of a "-plus" / " plus" / "-odd" right after a number's last token ("120-plus",
 * "a hundred-odd"), or -1 ("121 plus 3" is a sum; "odd" only hyphenated).
 */
function floorSuffixEnd(t: Tokens, last: number): number {
  const hyphen = t.raw[last + 1] === '-';
  const at = hyphen ? last + 2 : last + 1;
  const word = t.lower[at];
  if (word !== 'plus' && !(word === 'odd' && hyphen)) return -1;
  if (t.kind[at + 1] === NUM || isNumberWord(t.lower[at + 1] ?? '')) return -1;
  return at;
}

/** Where the counted group may start: after the number ("un centenar de personas": after "de"). */
function groupStart(
  t: Tokens,
  lang: Lang,
  number: ParsedNumber | undefined,
  fraction: ParsedFraction | undefined,
  last: number,
): number {
  if (fraction) return fraction.groupFrom;
  // "146<br>House Democrats": a wrapped line between the number and what it counts.
  const after = last + (t.kind[last + 1] === BREAK && t.kind[last + 2] !== BREAK ? 2 : 1);
  return number!.round && lang === 'es' && t.lower[after] === 'de' ? after + 1 : after;
}
