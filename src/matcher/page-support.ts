/**
 * What a page has already been found to mention, as evidence for what comes after it in find
 * order (judge.ts): the story's entries accepted earlier count as page evidence, as story terms
 * do, and a page that gives one of the story's figures makes another exact figure the story's.
 */
import type { Compiled } from './compile.ts';
import type { PageState } from './page.ts';
import type { Candidate } from './scan.ts';

/**
 * Why a figure restates what the page already gave, as a nearby term's label, or undefined: the
 * same fact accepted earlier ("146 signatures" … "the precise figure is 146 House Democrats"),
 * its support given where it was first named; or another of the story's figures (below).
 */
export function restatement(c: Compiled, page: PageState, cand: Candidate): string | undefined {
  if (page.entriesSeen.has(cand.entry)) return 'the same fact earlier on the page';
  return amongStoryFigures(c, page, cand) ? 'other story figures earlier on the page' : undefined;
}

/**
 * An exact figure counting a specific noun ("22 Senate Democrats", not "22 people") on a page
 * already found to give another of the story's figures: a timeline or fact box of the story.
 */
function amongStoryFigures(c: Compiled, page: PageState, cand: Candidate): boolean {
  const q = cand.quantity!;
  if (q.generic || q.qualifier !== 'exact' || q.near || q.fraction) return false;
  for (const id of page.entriesSeen) if (id !== cand.entry && c.entries[id]!.kind === 'quantity') return true;
  return false;
}

/**
 * Story entries accepted earlier on the page count as page evidence for a candidate, as story
 * terms do: not its own entry, not one whose name is a story term the page already counts
 * ("Obama"), and for a place not other places.
 */
export function entriesSeenFor(c: Compiled, page: PageState, cand: Candidate): string[] {
  const labels: string[] = [];
  const place = c.entries[cand.entry]!.kind === 'place';
  for (const id of page.entriesSeen) {
    const seen = c.entries[id]!;
    if (id === cand.entry || (place && seen.kind === 'place')) continue;
    let counted = false;
    for (const term of seen.selfTerms) if (page.storyTerms.has(term)) counted = true;
    if (!counted) labels.push(seen.id);
  }
  return labels;
}
