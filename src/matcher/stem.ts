/**
 * A deliberately small English stemmer for context terms only, so "deportation", "deported" and
 * "deporting" all count as the story term "deport", and "immigrants" meets "immigration".
 * Surface forms (names, acronyms, count nouns) are never stemmed.
 *
 * Derivational suffixes ("-ation", "-ant") are only cut when a longer stem remains than for
 * inflections ("-ing", "-ed"): a short root gathers unrelated words. "migrants" and "migration"
 * would both be "migr", and "data migration" next to "TPS" would pass for the story's migrants.
 */
const INFLECTIONAL = ['ings', 'ing', 'ed'];
const DERIVATIONAL = ['ations', 'ation', 'ions', 'ion', 'ants', 'ant'];
const MIN_STEM = 4;
const MIN_DERIVED_STEM = 5;

function dropPlural(w: string): string {
  if (w.length <= MIN_STEM) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  // Spelled out rather than a list walked with a callback: this runs for most words of a page.
  if (w.endsWith('sses') || w.endsWith('shes') || w.endsWith('ches') || w.endsWith('xes')) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

export function stem(lower: string): string {
  if (lower.length <= MIN_STEM) return lower;
  const w = dropPlural(lower);
  for (const suffix of DERIVATIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_DERIVED_STEM) return w.slice(0, -suffix.length);
  }
  for (const suffix of INFLECTIONAL) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) return w.slice(0, -suffix.length);
  }
  return w;
}

/** Prefixes are compared on up to this many leading characters. */
const PREFIX = 3;
const prefixCode = (w: string, length: number): number => {
  let code = 0;
  for (let i = 0; i < length; i++) code = code * 0x10000 + w.charCodeAt(i);
  return code;
};

/**
 * Whether a word's stem could be one of `keys` (stems of context-term tokens). A stem without a
 * final "y" is a prefix of the word it comes from ("family" ← "families"), so a word that starts
 * like none of the keys has a stem equal to none of them; nor is the word itself one of them.
 */
export function compileStemFilter(keys: Iterable<string>): (lower: string) => boolean {
  const byLength: Set<number>[] = [];
  for (const key of keys) {
    const bare = key.replace(/y$/, '');
    const length = Math.min(PREFIX, bare.length);
    if (length === 0) return () => true;
    (byLength[length] ??= new Set()).add(prefixCode(bare, length));
  }
  const lengths = byLength.flatMap((set, length) => (set ? [length] : []));
  return (lower) => {
    for (const length of lengths) if (byLength[length]!.has(prefixCode(lower, length))) return true;
    return false;
  };
}

/** Most words of a page repeat: beyond this many distinct ones, the memo starts again. */
const MEMO_LIMIT = 20_000;

/**
 * The stem a token gets (see `tokenize`): `stem(lower)` if `stemmed(lower)`, else `lower`, for
 * words longer than the shortest stem; remembered per word, since a page repeats its words.
 */
export function memoizedStems(stemmed: (lower: string) => boolean): (lower: string) => string {
  const memo = new Map<string, string>();
  return (lower) => {
    let stemmedForm = memo.get(lower);
    if (stemmedForm === undefined) {
      stemmedForm = stemmed(lower) ? stem(lower) : lower;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(lower, stemmedForm);
    }
    return stemmedForm;
  };
}
