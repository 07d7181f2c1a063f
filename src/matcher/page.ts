/**
 * Page-level evidence, accumulated block by block. Story terms and acronym definitions are
 * recorded by `observe` (and again by `find`, so a caller that skips `observe` still gets
 * sensible results); people seen are recorded by `find` only (see `judge.ts`, find-order rule).
 */
import type { PageContext, PageEvidence } from './types.ts';
import type { Scan } from './scan.ts';

export class PageState implements PageContext {
  readonly kind = 'backstory-page-context' as const;
  /** Story term ids seen anywhere on the page, in first-seen order. */
  readonly storyTerms = new Set<number>();
  /** Entries whose acronym the page defines as something else ("Department of Human Services (DHS)"). */
  readonly vetoed = new Set<number>();
  /** Entries whose acronym the page defines the story's way ("Temporary Protected Status (TPS)"). */
  readonly defined = new Set<number>();
  /** Person entry → the full name or title + surname already accepted (in find order). */
  readonly peopleSeen = new Map<number, string>();
  /**
   * Story-specific entries accepted earlier in find order: what a page has been found to mention
   * is evidence that it is about the story, as its story terms are (judge.ts).
   */
  readonly entriesSeen = new Set<number>();
  /**
   * Person entries another person of the same surname was named for earlier in find order
   * ("Sarah Huckabee Sanders"): a bare surname after that is ambiguous.
   */
  readonly namesakes = new Set<number>();
  /**
   * Figures the page has told of, by value, in find order: true for the story's (accepted), false
   * for another event's ("22 state senators", a rejected other event). A vague restatement ("the
   * 22 signers") is of the latest.
   */
  readonly figureOwners = new Map<number, boolean>();
  /** Person entries whose full name was a candidate earlier in find order, accepted or not. */
  readonly peopleNamed = new Set<number>();

  /**
   * The evidence as plain data, so a caller in another context can keep it between requests (the
   * background is stopped when idle and must not hold a page's state: see docs/adr/0007).
   * Ids index the compiled dataset, so evidence is valid only for the matcher that wrote it.
   */
  toEvidence(): PageEvidence {
    return {
      storyTerms: [...this.storyTerms],
      vetoed: [...this.vetoed],
      defined: [...this.defined],
      peopleSeen: [...this.peopleSeen],
      entriesSeen: [...this.entriesSeen],
      namesakes: [...this.namesakes],
      figureOwners: [...this.figureOwners],
    };
  }

  static fromEvidence(evidence: PageEvidence): PageState {
    const page = new PageState();
    for (const term of evidence.storyTerms) page.storyTerms.add(term);
    for (const entry of evidence.vetoed) page.vetoed.add(entry);
    for (const entry of evidence.defined) page.defined.add(entry);
    for (const [entry, name] of evidence.peopleSeen) page.peopleSeen.set(entry, name);
    for (const entry of evidence.entriesSeen) page.entriesSeen.add(entry);
    for (const entry of evidence.namesakes) page.namesakes.add(entry);
    for (const [value, story] of evidence.figureOwners) page.figureOwners.set(value, story);
    return page;
  }

  absorb(scan: Scan, isStory: (term: number) => boolean): void {
    for (const hit of scan.hits) if (isStory(hit.term)) this.storyTerms.add(hit.term);
    for (const d of scan.definitions) (d.same ? this.defined : this.vetoed).add(d.entry);
  }
}
