/**
 * Numbers as pages write them ("121", "1,200", "Twenty-two", "one hundred and twenty-one") and
 * whether a stated number with its qualifier is compatible with a fact's value.
 */
import type { QualifierKind } from './lexicon.ts';
import { NUM, PUNCT, WORD, type Tokens } from './tokenize.ts';

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

const NUMBER_WORDS = new Set([...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'dozen', ...Object.keys(SCALES)]);
export const isNumberWord = (w: string): boolean => NUMBER_WORDS.has(w);

export interface ParsedNumber {
  value: number;
  /** Index of the number's last token. */
  last: number;
  /** "a dozen", "two dozen": a round figure, approximate even without a qualifier. */
  round?: boolean;
}

/** "1,200" → 1200; badly grouped digits ("1,2") are not a count. */
export function digitValue(raw: string): number | undefined {
  if (raw.includes(',')) {
    const groups = raw.split('.')[0]!.split(',');
    if (groups.slice(1).some((g) => g.length !== 3) || groups[0]!.length > 3) return undefined;
  }
  const value = Number(raw.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Parses number words starting at token `from`. A small state machine accepts only well-formed
 * numbers, and scales must shrink, so a parse reads a bounded number of tokens whatever follows.
 */
export function parseNumberWords(t: Tokens, from: number): ParsedNumber | undefined {
  let total = 0;
  let current = 0;
  let last = -1;
  let prev: 'none' | 'unit' | 'ten' | 'hundred' | 'scale' = 'none';
  let lastScale = Infinity;
  let i = from;
  // "a couple dozen", "a couple of dozen": about two dozen.
  if (t.lower[i] === 'a' && t.lower[i + 1] === 'couple') {
    const dozen = t.lower[i + 2] === 'of' ? i + 3 : i + 2;
    return t.lower[dozen] === 'dozen' ? { value: 24, last: dozen, round: true } : undefined;
  }
  if (
    t.lower[i] === 'a' &&
    (t.lower[i + 1] === 'hundred' || t.lower[i + 1] === 'thousand' || t.lower[i + 1] === 'dozen')
  ) {
    current = 1;
    prev = 'unit';
    i++;
  }
  for (; i < t.count; i++) {
    if (t.kind[i] === PUNCT && t.raw[i] === '-' && last === i - 1 && t.kind[i + 1] === WORD) continue;
    if (t.kind[i] !== WORD) break;
    const w = t.lower[i]!;
    if (w === 'and' && (prev === 'hundred' || prev === 'scale') && isNumberWord(t.lower[i + 1] ?? '')) continue;
    if (w in UNITS && (prev === 'none' || prev === 'ten' || prev === 'hundred' || prev === 'scale')) {
      if (prev === 'ten' && UNITS[w]! >= 10) break;
      current += UNITS[w]!;
      prev = 'unit';
    } else if (w in TENS && (prev === 'none' || prev === 'hundred' || prev === 'scale')) {
      current += TENS[w]!;
      prev = 'ten';
    } else if (w === 'dozen' && prev === 'unit' && total === 0 && current > 0 && current < 10) {
      // "a dozen", "two dozen". Vague amounts ("dozens", "hundreds of", "tens of thousands of") are
      // never numbers: they match no fact, since "hundreds" ~ 146 would be a guess.
      return { value: current * 12, last: i, round: true };
    } else if (w === 'hundred' && prev === 'unit' && current > 0 && current < 10) {
      current *= 100;
      prev = 'hundred';
    } else if (w in SCALES && (prev === 'unit' || prev === 'ten' || prev === 'hundred') && SCALES[w]! < lastScale) {
      total += current * SCALES[w]!;
      current = 0;
      lastScale = SCALES[w]!;
      prev = 'scale';
    } else {
      break;
    }
    last = i;
  }
  if (last < 0) return undefined;
  return { value: total + current, last };
}

/** A number starting at token `i`, or undefined. Continuations ("two" in "twenty-two") are skipped. */
export function parseNumberAt(t: Tokens, i: number): ParsedNumber | undefined {
  if (t.kind[i] === NUM) {
    const value = digitValue(t.raw[i]!);
    return value === undefined ? undefined : { value, last: i };
  }
  if (t.kind[i] !== WORD) return undefined;
  const w = t.lower[i]!;
  if (!isNumberWord(w) && w !== 'a') return undefined;
  const before = t.raw[i - 1] === '-' ? i - 2 : i - 1;
  if (before >= 0 && t.kind[before] === WORD && isNumberWord(t.lower[before]!)) return undefined;
  return parseNumberWords(t, i);
}

/** How far a stated approximate number may sit from the true one. */
const tolerance = (target: number): number => Math.max(2, 0.1 * target);

/**
 * "More than a hundred", "over 100": a round hundred is a floor the writer rounded down to, so a
 * bound on it reaches further (121 is "more than a hundred"), up to a quarter again: 146 is not
 * "more than 100" for a reader who knows the count.
 */
const isRoundHundred = (stated: number): boolean => stated >= 100 && stated % 100 === 0;
const floorReach = (stated: number, target: number): number =>
  isRoundHundred(stated) ? Math.max(tolerance(target), stated / 4) : tolerance(target);

export function compatible(qualifier: QualifierKind, stated: number, target: number): boolean {
  const tol = tolerance(target);
  switch (qualifier) {
    case 'exact':
      return stated === target;
    case 'more-than':
      return target > stated && target - stated <= floorReach(stated, target);
    case 'at-least':
      return target >= stated && target - stated <= floorReach(stated, target);
    case 'nearly':
      return target < stated && stated - target <= tol;
    case 'about':
      return Math.abs(stated - target) <= tol;
    case 'fewer-than':
      return target < stated && stated - target <= tol;
  }
}

/** A count one or two off a fact's value ("147 House Democrats" for 146): another source's tally. */
export const NEAR_MISS = 2;

/** Bounds of fact values any qualifier could make compatible with `stated` (for range lookups). */
export function compatibleRange(stated: number): [number, number] {
  return [(stated - 2) / 1.1, Math.max((stated + 2) / 0.9, isRoundHundred(stated) ? stated * 1.25 : 0)];
}
