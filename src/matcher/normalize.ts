/**
 * Text folding for matching: NFC, exotic spaces → space, invisible characters removed, curly
 * quotes and dash variants folded to ASCII, words hyphenated across a line break joined, HTML
 * character references read as their characters (html-entities.ts). Offsets of the folded text map back to the original
 * (UTF-16 units), so mentions are reported against the text the caller gave us.
 */
import { entityAt, HAS_ENTITY } from './html-entities.ts';

export interface Normalized {
  readonly text: string;
  /** Original offset where the folded unit `i` comes from. */
  originalStart(i: number): number;
  /** Original end offset (exclusive) of the folded range ending before unit `endExclusive`. */
  originalEnd(endExclusive: number): number;
}

const FOLD: Record<string, string> = {};
function fold(chars: string, to: string): void {
  for (const c of chars) FOLD[c] = to;
}
fold('\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000', ' ');
fold('\u00ad\u200b\u200c\u200d\u2060\ufeff', '');
fold('\u2028\u2029\u0085', '\n');
fold('\u2018\u2019\u201a\u201b\u2032\u02bc', "'");
fold('\u201c\u201d\u201e\u201f\u2033', '"');
fold('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d', '-');

const MARK = /^\p{M}$/u;
/** The first combining mark. */
export const LATIN_END = 0x300;
/** Anything outside tab..tilde: non-ASCII (or a rare control character, which is kept as is). */
const NEEDS_WORK = /[^\t-~]/;
/** Per BMP code unit: 0 unknown, 1 kept as is (stable under NFC, not folded), 2 needs work. */
const simple = new Uint8Array(0x10000);
function isSimple(code: number): boolean {
  let k = simple[code]!;
  if (k === 0) {
    const ch = String.fromCharCode(code);
    const surrogate = code >= 0xd800 && code < 0xe000;
    // Below the combining marks (U+0300) every character is NFC-stable and no mark (a unit test
    // checks it): no need to build the Unicode tables behind MARK for "ñ" or "é".
    if (code < LATIN_END) k = ch in FOLD ? 2 : 1;
    else k = !surrogate && !(ch in FOLD) && !MARK.test(ch) && ch.normalize('NFC') === ch ? 1 : 2;
    simple[code] = k;
  }
  return k === 1;
}
const isMark = (code: number): boolean => code >= 0x300 && !isSimple(code) && MARK.test(String.fromCharCode(code));

/**
 * A word hyphenated across a line break ("Immigra-\ntion", "chil-\ndren"): lower-case letters on
 * both sides. The hyphen, the break and the spaces around it are removed, joining the word.
 */
const LOWER = '[a-z\\u00df-\\u00ff]';
const BREAK_HYPHEN = new RegExp(`${LOWER}-[ \\t]*\\n[ \\t]*${LOWER}`);
/** Anything normalize changes: a non-ASCII character, a break hyphen, a character reference. */
// No `i` flag: case folding would let "ſ" or the Kelvin sign pass as ASCII letters.
const ANY_WORK = new RegExp(`${NEEDS_WORK.source}|${BREAK_HYPHEN.source}|${HAS_ENTITY.source}`);
const isLower = (code: number): boolean =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff && code !== 0xf7);
/** End of the line-break hyphenation starting with the hyphen at `i`, or -1 if there is none. */
function breakHyphenEnd(text: string, i: number): number {
  if (i === 0 || !isLower(text.charCodeAt(i - 1))) return -1;
  let j = i + 1;
  while (text[j] === ' ' || text[j] === '\t') j++;
  if (text[j] !== '\n') return -1;
  j++;
  while (text[j] === ' ' || text[j] === '\t') j++;
  return j < text.length && isLower(text.charCodeAt(j)) ? j : -1;
}

const identity = (text: string): Normalized => ({
  text,
  originalStart: (i) => i,
  originalEnd: (i) => i,
});

/**
 * Offsets only shift where a cluster changes length (composition, removed invisible characters),
 * so the map stores just those clusters and finds them by binary search.
 */
export function normalize(original: string): Normalized {
  // Most pages are mostly ASCII; whole ASCII blocks need no folding and no offset map.
  // One scan settles most blocks (plain ASCII, nothing to fold); the two rarer cases are asked
  // for only when it matches.
  if (!ANY_WORK.test(original)) return identity(original);
  const hyphenated = BREAK_HYPHEN.test(original);
  const entities = HAS_ENTITY.test(original);
  const parts: string[] = [];
  const segNorm: number[] = [];
  const segNormLen: number[] = [];
  const segOrig: number[] = [];
  const segOrigLen: number[] = [];
  const n = original.length;
  let outLength = 0;
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    // A line-break hyphenation (folded to nothing) or an HTML character reference (to its character).
    const joinedAt = hyphenated && code === 0x2d ? breakHyphenEnd(original, i) : -1;
    const entity = entities && code === 0x26 ? entityAt(original, i) : undefined;
    const special = joinedAt >= 0 || entity !== undefined;
    if (!special && (code < 0x80 || (isSimple(code) && !(i + 1 < n && isMark(original.charCodeAt(i + 1)))))) {
      i++;
      continue;
    }
    if (i > runStart) {
      parts.push(original.slice(runStart, i));
      outLength += i - runStart;
    }
    // Otherwise a cluster: one code point plus the combining marks after it, composed together (NFC).
    let j = joinedAt >= 0 ? joinedAt : entity ? entity.end : i + (code >= 0xd800 && code < 0xdc00 && i + 1 < n ? 2 : 1);
    while (!special && j < n && isMark(original.charCodeAt(j))) j++;
    let folded = '';
    const chars = entity ? entity.char : joinedAt >= 0 ? '' : original.slice(i, j).normalize('NFC');
    for (const ch of chars) folded += FOLD[ch] ?? ch;
    parts.push(folded);
    if (folded.length !== j - i) {
      segNorm.push(outLength);
      segNormLen.push(folded.length);
      segOrig.push(i);
      segOrigLen.push(j - i);
    }
    outLength += folded.length;
    i = j;
    runStart = j;
  }
  if (runStart < n) parts.push(original.slice(runStart));
  const text = parts.join('');
  if (segNorm.length === 0) return identity(text);

  /** Index of the last changed cluster starting at or before folded offset k, or -1. */
  const segmentAt = (k: number): number => {
    let lo = 0;
    let hi = segNorm.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (segNorm[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const originalStart = (k: number): number => {
    const s = segmentAt(k);
    if (s < 0) return k;
    const after = segNorm[s]! + segNormLen[s]!;
    return k < after ? segOrig[s]! : segOrig[s]! + segOrigLen[s]! + (k - after);
  };
  const originalEnd = (k: number): number => {
    if (k <= 0) return 0;
    const s = segmentAt(k - 1);
    if (s >= 0 && k - 1 < segNorm[s]! + segNormLen[s]!) return segOrig[s]! + segOrigLen[s]!;
    return originalStart(k - 1) + 1;
  };
  return { text, originalStart, originalEnd };
}
