/**
 * A deliberately small English stemmer for context terms only, so "deportation", "deported" and
 * "deporting" all count as the story term "deport", and "immigrants" meets "immigration".
 * Surface forms (names, acronyms, count nouns) are never stemmed.
 */
const DERIVATIONAL = ['ations', 'ation', 'ions', 'ion', 'ings', 'ing', 'ants', 'ant', 'ed'];
const MIN_STEM = 4;

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
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) return w.slice(0, -suffix.length);
  }
  return w;
}
