/**
 * Weaker support that is still enough for a story person's whole name when the page does not
 * name three story terms: other story people named in full beside it ("Sen. Richard J. Durbin
 * … Sen. Patrick J. Leahy … the letter"), or a formal title right before it on a page that names
 * two ("The Honorable Barack H. Obama"). A namesake on an unrelated page has neither: a footballer
 * called Jorge Silva is not named among the story's senators.
 */
import type { Compiled } from './compile.ts';
import type { PageState } from './page.ts';
import type { Candidate, Scan } from './scan.ts';
import { WORD, type Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';

/** Words of formal address or office that may stand right before a person's full name. */
const FORMAL_TITLES = new Set([
  'honorable',
  'hon',
  'president',
  'sen',
  'senator',
  'rep',
  'representative',
  'secretary',
  'gov',
  'governor',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/**
 * Tokens around a name in which other full names count. Later names count only on the same
 * line and this close: so a page matched whole or block by block, with or without its quiet
 * stretches skipped (regions.ts), sees the same names.
 */
const PEOPLE_WINDOW = 40;

/** Other story people named in full earlier on the page, or near the name on its line. */
export function otherPeopleNamed(c: Compiled, t: Tokens, scan: Scan, page: PageState, cand: Candidate): number {
  const others = new Set<number>();
  for (const named of page.peopleNamed) if (named !== cand.entry) others.add(named);
  for (const other of scan.candidates) {
    if (
      other.form === 'fullName' &&
      other.entry !== cand.entry &&
      c.entries[other.entry]!.kind === 'person' &&
      t.line[other.first] === t.line[cand.first] &&
      Math.abs(other.first - cand.first) <= PEOPLE_WINDOW
    ) {
      others.add(other.entry);
    }
  }
  return others.size;
}

/** A formal title right before the name ("Sen.", "The Honorable"), its full stop allowed. */
export function formallyTitled(t: Tokens, first: number): boolean {
  let i = first - 1;
  if (t.raw[i] === '.') i--;
  return t.kind[i] === WORD && FORMAL_TITLES.has(t.lower[i]!);
}

/**
 * The person's own title in the story, or a formal address, right before the name ("President
 * Barack Obama", "The Honorable …"): "President Donald Trump" is not the 2016 story's Trump title.
 */
export function titledAsInStory(c: Compiled, t: Tokens, cand: Candidate, meter: Meter): boolean {
  let i = cand.first - 1;
  if (t.raw[i] === '.') i--;
  if (t.kind[i] === WORD && (t.lower[i] === 'honorable' || t.lower[i] === 'hon')) return true;
  return c.titles.walk(t, t.lower, cand.first - 1, -1, meter).some((h) => h.items.includes(cand.entry));
}

/** Other story people whose names were accepted earlier on the page (in find order). */
export function acceptedOthers(page: PageState, cand: Candidate): number {
  return page.peopleSeen.size - (page.peopleSeen.has(cand.entry) ? 1 : 0);
}
