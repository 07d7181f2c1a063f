/**
 * The parts of a long block worth tokenizing: the surroundings of each trigger (a place where a
 * phrase may start, see triggers.ts). A 50 KB list of user names with one "Sanders" in it needs
 * a few hundred characters tokenized, not 50 KB.
 *
 * Why results do not change: everything the scan and the judge read about a candidate or a hit
 * lies within a bounded number of tokens of it (the phrase itself, qualifiers and count nouns,
 * the 25-token evidence window, the 12-token year window, a definition's initials), and every
 * candidate and hit contains a trigger. A region reaches `reach` whitespace-separated runs on
 * each side of each trigger; a run holds at least one token, so it reaches at least as many
 * tokens. Regions closer than that are merged, so a candidate and any hit or candidate it could
 * see end up in one region. Regions start and end at whitespace, where no token is cut, so each
 * region tokenizes exactly like the same stretch of the whole text (line numbers aside, which
 * are only ever compared with each other).
 */

/** Blocks shorter than this are tokenized whole: regions would save too little to pay off. */
const MIN_LENGTH = 2048;

const isSpace = (code: number): boolean => code === 32 || (code >= 9 && code <= 13);

/** [from, to) character ranges to tokenize, in order, never overlapping; the whole text if short. */
export function regionsOf(text: string, triggers: RegExp, reach: number): [number, number][] {
  const n = text.length;
  if (n < MIN_LENGTH) return [[0, n]];
  // Whitespace-separated runs: one plain pass over the characters, far cheaper than tokens.
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < n;) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    if (i >= n) break;
    starts.push(i);
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    ends.push(i);
  }
  const regions: [number, number][] = [];
  let lastHi = -1;
  const re = new RegExp(triggers.source, triggers.flags.includes('g') ? triggers.flags : `${triggers.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const run = lastRunAtOrBefore(starts, m.index);
    const lo = Math.max(0, run - reach);
    // The match may start on the space before its key: the key is then in the next run.
    const hi = Math.min(starts.length - 1, run + 1 + reach);
    if (hi < 0) continue;
    if (regions.length > 0 && lo <= lastHi) {
      if (hi > lastHi) {
        regions[regions.length - 1]![1] = ends[hi]!;
        lastHi = hi;
      }
    } else {
      regions.push([starts[lo]!, ends[hi]!]);
      lastHi = hi;
    }
  }
  return regions;
}

/** Index of the last run starting at or before `at` (0 if none does). */
function lastRunAtOrBefore(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}
