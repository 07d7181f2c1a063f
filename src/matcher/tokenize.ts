/**
 * One linear pass that cuts folded text into words, numbers, single punctuation marks and line
 * breaks. Every later stage works on these tokens, so "TPS" inside "HTTPS" or "ICE" inside "ICED"
 * can never match: they are not tokens of their own.
 */
import { foldAccents } from './fold-accents.ts';
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

export const LETTER = 1;
const DIGIT = 2;
export const SPACE = 3;
const NEWLINE = 4;
export const OTHER = 5;

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

/** Below this, `latinClass` knows every class: accented Latin text needs no Unicode tables. */
export const LATIN_LETTERS_END = 0x2c2;

/**
 * Class of U+0080..U+02C1 as IS_WORD_CHAR and IS_SPACE would say (a unit test compares them all):
 * compiling those Unicode-property regexes costs milliseconds on every page that has an "é".
 */
export function latinClass(c: number): number {
  if (c >= 0xf8 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7)) return LETTER;
  if (c === 0xa0) return SPACE;
  // ª ² ³ µ ¹ º ¼ ½ ¾: letters and digits of Unicode's sense.
  return c === 0xaa || c === 0xb2 || c === 0xb3 || c === 0xb5 || c === 0xb9 || c === 0xba || (c >= 0xbc && c <= 0xbe)
    ? LETTER
    : OTHER;
}

/** The class of any character (exported for tests): one of LETTER, DIGIT, SPACE, NEWLINE, OTHER. */
export function classOfChar(ch: string): number {
  return classOf(ch, 0);
}

function classOf(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_CLASS[c]!;
  if (c >= 0xd800 && c < 0xe000) {
    // Surrogates: classify by the whole code point; astral letters are rare, emoji are "other".
    const cp = text.codePointAt(i) ?? c;
    return IS_WORD_CHAR.test(String.fromCodePoint(cp)) ? LETTER : OTHER;
  }
  if (c < LATIN_LETTERS_END) return latinClass(c);
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

/** Stems a lowercase word of more than four characters (the shorter ones are their own stems). */
export type StemOf = (lower: string) => string;

/**
 * `stemOf` may leave a word whose stem cannot matter as it is (it starts like no context term's
 * token, see `compileStemFilter` and `memoizedStems`), which then matches no term either.
 * Stemming every word of a page costs more than anything else the tokenizer does.
 */
export function tokenize(text: string, stemOf: StemOf = stem): Tokens {
  return NOT_PLAIN_ASCII.test(text) ? tokenizeEachCharacter(text, stemOf) : tokenizeAscii(text, stemOf);
}

/** The general tokenizer, one character at a time (any text; exported so tests can compare). */
export function tokenizeEachCharacter(text: string, stemOf: StemOf = stem): Tokens {
  const t: Tokens = { count: 0, start: [], end: [], kind: [], raw: [], lower: [], stem: [], line: [] };
  const n = text.length;
  let line = 0;
  const { start, end, kind: kinds, raw: raws, lower: lowers, stem: stems, line: lines } = t;
  /** `folded`: the token may have capitals (or non-ASCII letters), so lowercase it. */
  const push = (s: number, e: number, kind: number, folded = true): void => {
    const raw = text.slice(s, e);
    // Non-ASCII words lose their accents too (see fold-accents.ts): "Muñoz" is keyed as "munoz".
    const lower = kind === WORD && folded ? foldAccents(raw.toLowerCase()) : raw;
    start.push(s);
    end.push(e);
    kinds.push(kind);
    raws.push(raw);
    lowers.push(lower);
    stems.push(kind === WORD && lower.length > 4 ? stemOf(lower) : lower);
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

/** Anything but tab..tilde: text without it is tokenized by `tokenizeAscii`. */
const NOT_PLAIN_ASCII = /[^\t-~]/;
/**
 * The same tokens as the loop in `tokenize` for text of tab..tilde only, cut by the regex engine:
 * a word, a number (grouped or decimal, or a word if letters follow: "121st"), a newline, or one
 * mark. Most pages are plain ASCII, and one native pass costs far less than a loop per character.
 */
const ASCII_TOKEN = /[A-Za-z][A-Za-z0-9]*|[0-9]+(?:[,.][0-9]+)*(?:[A-Za-z][A-Za-z0-9]*)?|\n|[^\sA-Za-z0-9]/g;
const HAS_LETTER = /[A-Za-z]/;
/** Space, tab, CR, form feed, vertical tab: what `\s` matches in plain ASCII, newline aside. */
const isAsciiSpace = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 12 || c === 11;

function tokenizeAscii(text: string, stemOf: StemOf): Tokens {
  const raw = text.match(ASCII_TOKEN) ?? [];
  const count = raw.length;
  const lower: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const kind: number[] = [];
  const stems: string[] = [];
  const lines: number[] = [];
  let at = 0;
  let line = 0;
  for (let k = 0; k < count; k++) {
    const token = raw[k]!;
    // Only whitespace lies between two tokens (every other character is part of one).
    let s = at;
    while (isAsciiSpace(text.charCodeAt(s))) s++;
    at = s + token.length;
    start.push(s);
    end.push(at);
    lines.push(line);
    const c = token.charCodeAt(0);
    if (c >= 48 && c <= 57 ? HAS_LETTER.test(token) : (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      // A word; toLowerCase gives back the same string when there is nothing to lower.
      const low = token.toLowerCase();
      kind.push(WORD);
      lower.push(low);
      stems.push(low.length > 4 ? stemOf(low) : low);
    } else {
      kind.push(c >= 48 && c <= 57 ? NUM : c === 10 ? BREAK : PUNCT);
      lower.push(token);
      stems.push(token);
      if (c === 10) line++;
    }
  }
  return { count, start, end, kind, raw, lower, stem: stems, line: lines };
}

/** Lowercase token keys of a dataset phrase, tokenized exactly like page text. */
export function phraseTokens(phrase: string): Tokens {
  return tokenize(normalize(phrase).text);
}
