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
  if (['sses', 'shes', 'ches', 'xes'].some((end) => w.endsWith(end))) return w.slice(0, -2);
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
