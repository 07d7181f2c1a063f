/**
 * Text folding for matching: NFC, exotic spaces → space, invisible characters removed, curly
 * quotes and dash variants folded to ASCII. Offsets of the folded text map back to the original
 * (UTF-16 units), so mentions are reported against the text the caller gave us.
 */

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
const NEEDS_WORK = /[^\x00-\x7f]/;

const identity = (text: string): Normalized => ({
  text,
  originalStart: (i) => i,
  originalEnd: (i) => i,
});

export function normalize(original: string): Normalized {
  // Most pages are mostly ASCII; whole ASCII blocks need no folding and no offset map.
  if (!NEEDS_WORK.test(original)) return identity(original);
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const n = original.length;
  let i = 0;
  while (i < n) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      out.push(original[i]!);
      starts.push(i);
      ends.push(i + 1);
      i++;
      continue;
    }
    // A cluster: one code point plus the combining marks after it, composed together (NFC).
    let j = i + (code >= 0xd800 && code < 0xdc00 && i + 1 < n ? 2 : 1);
    while (j < n && original.charCodeAt(j) >= 0x300 && MARK.test(original[j]!)) j++;
    const composed = original.slice(i, j).normalize('NFC');
    for (const ch of composed) {
      const folded = FOLD[ch] ?? ch;
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        starts.push(i);
        ends.push(j);
      }
    }
    i = j;
  }
  const text = out.join('');
  return {
    text,
    originalStart: (k) => (k < starts.length ? starts[k]! : n),
    originalEnd: (k) => (k > 0 ? ends[k - 1]! : 0),
  };
}
