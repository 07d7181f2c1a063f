/**
 * Accent folding for matching: "Sánchez", "Sanchez" and "SÁNCHEZ" are one name to a reader, and
 * copy spells names both ways round (wire copy drops accents, a person's own site keeps them).
 * Every token key the matcher compares (page words and dataset phrases alike, both tokenized by
 * tokenize.ts) is folded here, so no table needs an accent-free twin.
 */

/** Combining diacritical marks (what NFD splits off a Latin letter). */
const MARKS = /[\u0300-\u036f]/g;
/** Latin letters that carry their mark inside (no NFD decomposition), as readers fold them. */
const STROKED: Readonly<Record<string, string>> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i' };
const STROKED_RE = /[øłđħı]/g;
const NON_ASCII = /[^\t-~]/;

/** Beyond this many distinct words, the memo starts again. */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** A lowercase word without its accents ("muñoz" → "munoz"); ASCII words come back as they are. */
export function foldAccents(lower: string): string {
  if (!NON_ASCII.test(lower)) return lower;
  let folded = memo.get(lower);
  if (folded === undefined) {
    folded = lower
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(STROKED_RE, (c) => STROKED[c]!)
      .normalize('NFC');
    // A word that is only marks keeps its marks: it must not vanish into an empty key.
    if (folded === '') folded = lower;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(lower, folded);
  }
  return folded;
}
