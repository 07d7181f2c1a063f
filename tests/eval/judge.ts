/**
 * How a labelled text and a case are judged. A text: each highlight equal to an expected span
 * (text and entry) is a hit, one equal to an optional span does not count, any other highlight of
 * a judged entry is a false alarm, and each expected span left over is a miss. On a story text the
 * judged entries are the story's fixed entries plus those the text itself labels (expect, optional,
 * forbid); on any other text every entry is judged. A case passes when every expect span is
 * highlighted with its entry and no highlight of a forbid span's entry contains the forbid text
 * (the rule of tests/unit/matcher/mention-cases.test.ts).
 */
import type { Mention } from '../../src/matcher/types.ts';
import type { Case, Doc, Span } from './eval-files.ts';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export function addTally(into: Tally, t: Tally): void {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
}

export interface DocVerdict {
  /** Per entry. */
  byEntry: Map<string, Tally>;
  misses: string[];
  falseAlarms: string[];
  unjudged: string[];
}

/** Removes and returns whether the list held a span equal to (text, entry). */
function take(list: Span[], m: Span): boolean {
  const i = list.findIndex((s) => s.text === m.text && s.entry === m.entry);
  if (i >= 0) list.splice(i, 1);
  return i >= 0;
}

export function judgeDoc(doc: Doc, found: Mention[], fixedEntries: ReadonlySet<string>): DocVerdict {
  const labelledHere = new Set([...doc.expect, ...(doc.optional ?? []), ...(doc.forbid ?? [])].map((s) => s.entry));
  const judged = (entry: string): boolean => !doc.story || fixedEntries.has(entry) || labelledHere.has(entry);
  const verdict: DocVerdict = { byEntry: new Map(), misses: [], falseAlarms: [], unjudged: [] };
  const tally = (entry: string): Tally => {
    let t = verdict.byEntry.get(entry);
    if (!t) verdict.byEntry.set(entry, (t = emptyTally()));
    return t;
  };
  const expected = [...doc.expect];
  const optional = [...(doc.optional ?? [])];
  for (const m of found) {
    if (take(expected, m)) tally(m.entry).tp++;
    else if (take(optional, m)) continue;
    else if (!judged(m.entry)) verdict.unjudged.push(`${doc.id}: "${m.text}" → ${m.entry} (${m.reason})`);
    else {
      tally(m.entry).fp++;
      verdict.falseAlarms.push(`${doc.id}: "${m.text}" → ${m.entry} (${m.confidence}; ${m.reason})`);
    }
  }
  for (const s of expected) {
    tally(s.entry).fn++;
    verdict.misses.push(`${doc.id}: "${s.text}" → ${s.entry}`);
  }
  return verdict;
}

export function casePasses(c: Case, found: Mention[]): boolean {
  const spans = found.map((m) => ({ text: m.text, entry: m.entry }));
  const hasAll = c.expect.every((s) => spans.some((m) => m.text === s.text && m.entry === s.entry));
  const breaksNone = (c.forbid ?? []).every((f) => !spans.some((m) => m.entry === f.entry && m.text.includes(f.text)));
  return hasAll && breaksNone;
}
