/**
 * Non-overlapping mentions. Of two candidates that overlap without one holding the other, the
 * one that starts first is kept, so a mention never cuts another in two ("Bernie Sanders’ letter":
 * the senator, not "Sanders’ letter"). Then the rest are taken longest (in characters) first,
 * then by confidence, then leftmost; a candidate touching an already taken token is dropped.
 */
import type { Judged } from './judge.ts';
import type { Tokens } from './tokenize.ts';

/** Whether b starts inside a and runs past its end. */
const cuts = (a: Judged, b: Judged): boolean =>
  b.candidate.first > a.candidate.first && b.candidate.first <= a.candidate.last && b.candidate.last > a.candidate.last;

export function selectNonOverlapping(judged: readonly Judged[], t: Tokens): Judged[] {
  // Judged candidates come sorted by start, and a block holds few, so pairs are cheap to check.
  const cutting = new Set<Judged>();
  for (let i = 0; i < judged.length; i++) {
    for (let k = i + 1; k < judged.length && judged[k]!.candidate.first <= judged[i]!.candidate.last; k++) {
      if (cuts(judged[i]!, judged[k]!)) cutting.add(judged[k]!);
    }
  }
  const length = (j: Judged): number => t.end[j.candidate.last]! - t.start[j.candidate.first]!;
  const ordered = judged
    .filter((j) => !cutting.has(j))
    .sort((a, b) => length(b) - length(a) || b.confidence - a.confidence || a.candidate.first - b.candidate.first);
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
