/**
 * How judge.ts assesses a figure: vetoes for another event (a year, party, date or addressee
 * other than the fact's; a figure the page last gave to another event), then a confidence from
 * the counted noun, the qualifier and the support around it, and a reason that says whether the
 * page's figure differs from the sources'.
 */
import type { CompiledEntry } from './compiled.ts';
import { figureDifference } from './figures.ts';
import { CURRENCY } from './lexicon.ts';
import type { PageState } from './page.ts';
import type { Candidate } from './scan.ts';
import type { Tokens } from './tokenize.ts';
import type { FigureDifference } from './types.ts';

/** A tally one or two off the sources' ("147 House Democrats") counts for less. */
const NEAR_MISS_PENALTY = 0.2;

/** Confidence from distinct story terms beside a candidate (w) and on the page (p). */
export const windowScore = (w: number): number => (w === 0 ? 0 : w === 1 ? 0.2 : 0.3);
export const pageScore = (p: number): number => (p === 0 ? 0 : p === 1 ? 0.1 : p === 2 ? 0.15 : 0.25);

export interface Verdict {
  score: number;
  why: string;
  differs?: FigureDifference;
}

export interface QuantityChecks {
  t: Tokens;
  page: PageState;
  spanText(first: number, last: number): string;
  hasForeignYear(cand: Candidate): boolean;
  otherEvent(cand: Candidate): string | undefined;
}

/** Support: `w` story terms beside it, `p` on the page; `topical`, `supported` as judge.ts says. */
export function assessQuantity(
  k: QuantityChecks,
  entry: CompiledEntry,
  cand: Candidate,
  support: { w: number; p: number; topical: boolean; supported: boolean },
): Verdict | { rejected: string } | undefined {
  const { t, page } = k;
  const { w, p, topical, supported } = support;
  const q = cand.quantity!;
  if (!supported || CURRENCY.has(t.raw[cand.first - 1] ?? '')) return undefined;
  // A vague restatement ("the 22 signers") is of the figure the page told of last.
  if ((q.generic || q.bare) && page.figureOwners.get(q.stated) === false) {
    return { rejected: 'the figure is another event’s earlier on this page' };
  }
  const other = k.hasForeignYear(cand) ? 'another year than the story’s' : k.otherEvent(cand);
  if (other) {
    page.figureOwners.set(q.stated, false);
    return { rejected: other };
  }
  // Another source's tally of the same letter or raids only where the story is all around it.
  if (q.near && !(topical && w >= 2)) return { rejected: 'the figure differs and too little of the story is near it' };
  const rule = entry.rule;
  const value = rule.type === 'quantity' ? rule.value : q.stated;
  const stated = k.spanText(cand.first, q.numberLast);
  const counted = q.bare ? 'no noun, after the same fact earlier on the page' : k.spanText(q.numberLast + 1, cand.last);
  const base = (q.qualifier === 'exact' && !q.fraction ? 0.4 : 0.35) + (q.generic ? 0 : 0.1);
  const score =
    base + windowScore(w) + (w === 0 ? Math.min(0.15, pageScore(p)) : pageScore(p)) - (q.near ? NEAR_MISS_PENALTY : 0);
  const differs = figureDifference(entry, q, stated);
  const approximate = q.qualifier !== 'exact' || q.fraction || q.near;
  const why = `${stated}${approximate ? ` ≈ ${value}` : ''} + ${counted}`;
  return differs
    ? {
        score,
        why: `${why}; the figure differs (this page: ${differs.page}; the sources: ${differs.sources})`,
        differs,
      }
    : { score, why };
}
