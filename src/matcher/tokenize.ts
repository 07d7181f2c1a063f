/**
 * One linear pass that cuts folded text into words, numbers, single punctuation marks and line
 * breaks. Every later stage works on these tokens, so "TPS" inside "HTTPS" or "ICE" inside "ICED"
 * can never match: they are not tokens of their own.
 */
import { normalize } from './normalize.ts';
import { stem } from './stem.ts';

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
/** A newline: phrases, number words, windows and look-backs never cross it. */
export const BREAK = 3;

export interface Tokens {
  count: number;
  start: number[];
  end: number[];
  kind: number[];
  /** Token as written (for case-sensitive checks). */
  raw: string[];
  lower: string[];
  /** Light stem of `lower` (context terms are matched on stems). */
  stem: string[];
  /** Index of the line the token is on (number of BREAK tokens before it). */
  line: number[];
}

const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const NEWLINE = 4;
const OTHER = 5;

const IS_WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const IS_SPACE = /^\s$/u;
/** Lazily filled class of every BMP code unit above ASCII (0 = not computed yet). */
const wideClass = new Uint8Array(0x10000);

/** Class of every ASCII code unit, looked up rather than tested (the tokenizer's inner loop). */
const ASCII_CLASS = new Uint8Array(0x80).map((_, c) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    ? LETTER
    : c >= 48 && c <= 57
      ? DIGIT
      : c === 10
        ? NEWLINE
        : c === 32 || c === 9 || c === 13 || c === 12 || c === 11
          ? SPACE
          : OTHER,
);

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CLASS[c]!;
  if (c >= 0xd800 && c < 0xe000) {
    // Surrogates: classify by the whole code point; astral letters are rare, emoji are "other".
    const cp = text.codePointAt(i) ?? c;
    return IS_WORD_CHAR.test(String.fromCodePoint(cp)) ? LETTER : OTHER;
  }
  let k = wideClass[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = IS_WORD_CHAR.test(ch) ? LETTER : IS_SPACE.test(ch) ? SPACE : OTHER;
    wideClass[c] = k;
  }
  return k;
}

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * `stemmed(lower)` may say a word's stem cannot matter (it starts like no context term's token,
 * see `compileStemFilter`): its `stem` is then its lowercase form, which matches no term either.
 * Stemming every word of a page costs more than anything else the tokenizer does.
 */
export function tokenize(text: string, stemmed: (lower: string) => boolean = () => true): Tokens {
  const t: Tokens = { count: 0, start: [], end: [], kind: [], raw: [], lower: [], stem: [], line: [] };
  const n = text.length;
  let line = 0;
  const { start, end, kind: kinds, raw: raws, lower: lowers, stem: stems, line: lines } = t;
  /** `folded`: the token may have capitals (or non-ASCII letters), so lowercase it. */
  const push = (s: number, e: number, kind: number, folded = true): void => {
    const raw = text.slice(s, e);
    const lower = kind === WORD && folded ? raw.toLowerCase() : raw;
    start.push(s);
    end.push(e);
    kinds.push(kind);
    raws.push(raw);
    lowers.push(lower);
    stems.push(kind === WORD && lower.length > 4 && stemmed(lower) ? stem(lower) : lower);
    lines.push(line);
  };
  let i = 0;
  while (i < n) {
    const cls = classOf(text, i);
    if (cls === SPACE) {
      i++;
    } else if (cls === NEWLINE) {
      push(i, i + 1, BREAK);
      line++;
      i++;
    } else if (cls === DIGIT) {
      let j = i;
      while (j < n && isDigitAt(text, j)) j++;
      // Grouped or decimal digits ("1,200", "3.5"); a trailing comma or full stop is punctuation.
      while (j + 1 < n && (text[j] === ',' || text[j] === '.') && isDigitAt(text, j + 1)) {
        j++;
        while (j < n && isDigitAt(text, j)) j++;
      }
      if (j < n && classOf(text, j) === LETTER) {
        // "121st", "10am": a word, not a count.
        while (j < n && (classOf(text, j) === LETTER || classOf(text, j) === DIGIT)) j++;
        push(i, j, WORD);
      } else {
        push(i, j, NUM);
      }
      i = j;
    } else if (cls === LETTER) {
      let j = i;
      let folded = false;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 0x80) {
          // ASCII fast path: most words are lowercase ASCII and need no toLowerCase.
          const k = ASCII_CLASS[c];
          if (k !== LETTER && k !== DIGIT) break;
          if (c <= 90 && c >= 65) folded = true;
          j++;
          continue;
        }
        const k = classOf(text, j);
        if (k !== LETTER && k !== DIGIT) break;
        folded = true;
        j += c >= 0xd800 && c < 0xdc00 ? 2 : 1;
      }
      push(i, Math.min(j, n), WORD, folded);
      i = j;
    } else {
      const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) < 0xdc00 && i + 1 < n ? 2 : 1;
      push(i, i + width, PUNCT);
      i += width;
    }
  }
  t.count = start.length;
  return t;
}

/** Lowercase token keys of a dataset phrase, tokenized exactly like page text. */
export function phraseTokens(phrase: string): Tokens {
  return tokenize(normalize(phrase).text);
}
