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

/** Words of formal address or office that may stand right before a person's full name. */
const FORMAL_TITLES = new Set([
  'honorable',
  'hon',
  'president',
  'sen',
  'sens',
  'senator',
  'senators',
  'rep',
  'reps',
  'representative',
  'representatives',
  'secretary',
  'gov',
  'governor',
  'mr',
  'mrs',
  'ms',
  'dr',
]);

/**
 * Tokens around a name in which other full names count, on the same line only: so a page
 * matched whole or block by block, with or without its quiet stretches skipped (regions.ts),
 * sees the same names.
 */
const PEOPLE_WINDOW = 40;

/** Other story people named in full near the name, on its line (a list of signers). */
export function otherPeopleNamed(c: Compiled, t: Tokens, scan: Scan, cand: Candidate): number {
  const others = new Set<number>();
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

/** "The Honorable Barack H. Obama": the formal address of a letter, right before the name. */
export function formallyAddressed(t: Tokens, first: number): boolean {
  let i = first - 1;
  if (t.raw[i] === '.') i--;
  return t.kind[i] === WORD && (t.lower[i] === 'honorable' || t.lower[i] === 'hon');
}

/** Other story people whose names were accepted earlier on the page (in find order). */
export function acceptedOthers(page: PageState, cand: Candidate): number {
  return page.peopleSeen.size - (page.peopleSeen.has(cand.entry) ? 1 : 0);
}
