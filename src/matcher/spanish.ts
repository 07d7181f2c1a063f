/**
 * Spanish-language copy: the tables of tables/spanish.json in the matcher's terms, a parser for
 * Spanish number words ("veintidós", "ciento veintiún", "ciento cuarenta y seis") and a cheap test
 * of a block's language. Web copy often drops accents ("veintidos", "democratas"), so every word
 * is also known without them. Story-independent: Spanish names of a story's organisations are
 * the pack's aliases.
 */
import data from './tables/spanish.json';
import type { QualifierInfo, QualifierKind } from './lexicon.ts';
import type { ParsedNumber } from './numbers.ts';
import { PUNCT, WORD, type Tokens } from './tokenize.ts';

export type Lang = 'en' | 'es';

/** "demócratas" → "democratas", "niños" → "ninos": how copy typed without accents spells it. */
export function accentFree(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** The phrase as written and, if it differs, without accents. */
export function spellings(phrase: string): string[] {
  const plain = accentFree(phrase);
  return plain === phrase ? [phrase] : [phrase, plain];
}

function withPlainSpellings<T>(table: Readonly<Record<string, T>>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [word, value] of Object.entries(table)) for (const s of spellings(word)) out.set(s, value);
  return out;
}

const UNITS = withPlainSpellings(data.units);
const TEENS = withPlainSpellings(data.teens);
const TENS = withPlainSpellings(data.tens);
const HUNDREDS = withPlainSpellings(data.hundreds);
const ROUND = withPlainSpellings(data.round);

/** Spanish qualifiers ("más de", "casi"), in the shape of lexicon.ts's QUALIFIERS. */
export const SPANISH_QUALIFIERS: ReadonlyMap<string, QualifierInfo> = new Map(
  [...withPlainSpellings(data.qualifiers)].map(([phrase, kind]) => [
    phrase,
    { kind: kind as QualifierKind, inSpan: true },
  ]),
);

/** Spanish titles for an English title of the dataset ("President" → "presidente", "mandatario"). */
export function spanishTitles(title: string): string[] {
  const known = (data.titles as Record<string, string[]>)[title.toLowerCase()];
  return known ? known.flatMap(spellings) : [];
}

/** [Spanish phrase, English context term] pairs: "redadas" counts as the term "raids". */
export const GLOSSARY: readonly (readonly [string, string])[] = Object.entries(
  data.glossary as Record<string, string[]>,
).flatMap(([english, words]) => words.flatMap(spellings).map((w) => [w, english] as const));

/** A word that may start a Spanish number (the scan parses numbers only where one starts). */
export function isSpanishNumberWord(lower: string): boolean {
  return UNITS.has(lower) || TEENS.has(lower) || TENS.has(lower) || HUNDREDS.has(lower) || lower === data.thousand;
}

/**
 * Spanish number words from token `from`: [hundreds] [tens [y unit] | 10..29 | unit], optionally
 * times "mil" and again. A small state machine: each step reads one token and scales must
 * shrink, so a parse is bounded whatever follows. "un centenar", "dos docenas" are round figures.
 */
export function parseSpanishNumberAt(t: Tokens, from: number): ParsedNumber | undefined {
  if (t.kind[from] !== WORD || !isSpanishNumberWord(t.lower[from]!)) return undefined;
  // A continuation ("veintidós" in "ciento veintidós") is not a number of its own.
  const before = t.lower[from - 1];
  if (before !== undefined && t.kind[from - 1] === WORD && (isSpanishNumberWord(before) || before === data.and)) {
    return undefined;
  }
  let total = 0;
  let current = 0;
  let last = -1;
  let prev: 'none' | 'hundred' | 'ten' | 'unit' | 'thousand' = 'none';
  for (let i = from; i < t.count; i++) {
    if (t.kind[i] === PUNCT || t.kind[i] !== WORD) break;
    const w = accentFree(t.lower[i]!);
    const open = prev === 'none' || prev === 'hundred' || prev === 'thousand';
    if (HUNDREDS.has(w) && (prev === 'none' || prev === 'thousand')) {
      current += HUNDREDS.get(w)!;
      prev = 'hundred';
    } else if (TEENS.has(w) && open) {
      current += TEENS.get(w)!;
      prev = 'unit';
    } else if (TENS.has(w) && open) {
      current += TENS.get(w)!;
      prev = 'ten';
    } else if (w === data.and && prev === 'ten' && UNITS.has(accentFree(t.lower[i + 1] ?? ''))) {
      continue;
    } else if (UNITS.has(w) && (open || (prev === 'ten' && t.lower[i - 1] === data.and))) {
      current += UNITS.get(w)!;
      prev = 'unit';
    } else if (w === data.thousand && prev !== 'thousand' && total === 0) {
      total = (current || 1) * 1000;
      current = 0;
      prev = 'thousand';
    } else if (ROUND.has(w) && prev === 'unit' && current < 10 && total === 0) {
      return { value: current * ROUND.get(w)!, last: i, round: true };
    } else {
      break;
    }
    last = i;
  }
  if (last < 0) return undefined;
  return { value: total + current, last };
}

const SPANISH_FUNCTION = new Set(data.function);
const ENGLISH_FUNCTION = new Set(data.englishFunction);
/** Words read to tell the language: enough for a paragraph, cheap for a long one. */
const SAMPLE = 400;
const WORDS = /[a-záéíóúñü]+/gi;

/**
 * The block's language: its own function words first (a page's `lang` is often a template's
 * default), the page's `lang` hint when the text does not say ("ICE DETIENE A 121…" says little).
 */
export function languageOf(text: string, hint?: string): Lang {
  let es = 0;
  let en = 0;
  let n = 0;
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(text); m && n < SAMPLE; m = WORDS.exec(text), n++) {
    const w = m[0].toLowerCase();
    if (SPANISH_FUNCTION.has(w)) es++;
    else if (ENGLISH_FUNCTION.has(w)) en++;
  }
  if (es >= 2 && es > 2 * en) return 'es';
  if (en >= 2 && en > 2 * es) return 'en';
  return hint?.toLowerCase().startsWith('es') ? 'es' : es > en ? 'es' : 'en';
}
