/**
 * Non-overlapping, longest first: accepted candidates are taken longest (in characters) first,
 * then by confidence, then leftmost; a candidate touching an already taken token is dropped.
 */
import type { Judged } from './judge.ts';
import type { Tokens } from './tokenize.ts';

export function selectNonOverlapping(judged: readonly Judged[], t: Tokens): Judged[] {
  const length = (j: Judged): number => t.end[j.candidate.last]! - t.start[j.candidate.first]!;
  const ordered = [...judged].sort(
    (a, b) => length(b) - length(a) || b.confidence - a.confidence || a.candidate.first - b.candidate.first,
  );
  const taken = new Uint8Array(t.count);
  const kept: Judged[] = [];
  for (const j of ordered) {
    const { first, last } = j.candidate;
    let free = true;
    for (let i = first; i <= last && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, first, last + 1);
    kept.push(j);
  }
  return kept.sort((a, b) => a.candidate.first - b.candidate.first);
}
