/**
 * The story terms that support a candidate (judge.ts): those on the page, and those in a window
 * around it on its line, an entry's own names excluded, places no evidence for other places.
 */
import type { Compiled } from './compile.ts';
import type { PageState } from './page.ts';
import type { Candidate, Scan } from './scan.ts';
import { firstAtOrAfter } from './senses.ts';
import type { Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';

/** `window`: tokens on each side of a candidate that count as its surroundings. */
export function supportTerms(c: Compiled, t: Tokens, scan: Scan, page: PageState, meter: Meter, window: number) {
  const pageLabelsByEntry = new Map<number, string[]>();

  /**
   * The page's story terms that count for a candidate's entry: an entry's own name is no evidence
   * for itself ("Obama" on a page does not make "Obama" the story's). The page's terms do not
   * change while a block is judged, so each entry's list is made once per block.
   */
  function pageLabelsOf(cand: Candidate): string[] {
    let labels = pageLabelsByEntry.get(cand.entry);
    if (!labels) {
      const self = c.entries[cand.entry]!.selfTerms;
      labels = distinctLabels(
        [...page.storyTerms].filter((id) => !self.has(id) && !(placeOnly(cand) && c.placeTerms.has(id))),
      );
      pageLabelsByEntry.set(cand.entry, labels);
    }
    return labels;
  }

  /** Labels of terms with distinct heads, in order. */
  function distinctLabels(ids: readonly number[]): string[] {
    const heads = new Set<string>();
    const labels: string[] = [];
    for (const id of ids) {
      const term = c.terms[id]!;
      if (heads.has(term.head)) continue;
      heads.add(term.head);
      labels.push(term.label);
    }
    return labels;
  }

  /** Places are no evidence for other places (a list of countries is not the story). */
  function placeOnly(cand: Candidate): boolean {
    return c.entries[cand.entry]!.kind === 'place';
  }

  function windowTerms(cand: Candidate): number[] {
    const ids: number[] = [];
    const line = t.line[cand.first];
    const entry = c.entries[cand.entry]!;
    const hits = scan.hits;
    for (
      let k = firstAtOrAfter(hits.length, (i) => hits[i]!.first, cand.first - window - c.context.depth);
      k < hits.length;
      k++
    ) {
      const hit = hits[k]!;
      meter.steps++;
      if (hit.last < cand.first - window) continue;
      if (hit.first > cand.last + window) break;
      if (t.line[hit.first] !== line || (hit.last >= cand.first && hit.first <= cand.last)) continue;
      const term = c.terms[hit.term]!;
      if (
        (term.story || entry.context.has(hit.term)) &&
        !entry.selfTerms.has(hit.term) &&
        !(placeOnly(cand) && c.placeTerms.has(hit.term))
      ) {
        ids.push(hit.term);
      }
    }
    return ids;
  }

  return { pageLabelsOf, windowTerms, distinctLabels };
}
