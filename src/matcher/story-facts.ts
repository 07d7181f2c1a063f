/**
 * The story's own figures accepted in a block ("22 senadores", "121 INMIGRANTES"): a line that
 * states one is about the story, so the names around it (places, the event, an acronym even in
 * a shouted headline) need no other support. Positions are kept in order of acceptance, which is
 * token order, so a lookup is a binary search.
 */
import type { Candidate } from './scan.ts';
import { firstAtOrAfter } from './senses.ts';
import type { Tokens } from './tokenize.ts';

export class StoryFacts {
  private readonly firsts: number[] = [];

  constructor(
    private readonly t: Tokens,
    private readonly window: number,
  ) {}

  add(cand: Candidate): void {
    if (cand.form === 'quantity') this.firsts.push(cand.first);
  }

  /** A story figure accepted on the candidate's line within the window before it (or after, if `after`). */
  near(cand: Candidate, after = false): boolean {
    const { firsts, t } = this;
    const from = cand.first - this.window - 1;
    const to = after ? cand.last + this.window : cand.first;
    for (let k = firstAtOrAfter(firsts.length, (i) => firsts[i]!, from); k < firsts.length; k++) {
      const at = firsts[k]!;
      if (at > to) break;
      if (at !== cand.first && t.line[at] === t.line[cand.first]) return true;
    }
    return false;
  }
}
