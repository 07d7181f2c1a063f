/**
 * The matcher: compile a dataset once, then find the story's mentions in any text.
 * Pure: no DOM, no browser API. See types.ts for the contract.
 */
import type { Dataset } from '../shared/dataset-schema.ts';
import { compile } from './compile.ts';
import { judge, THRESHOLDS } from './judge.ts';
import { normalize, type Normalized } from './normalize.ts';
import { PageState } from './page.ts';
import { scan } from './scan.ts';
import { selectNonOverlapping } from './select.ts';
import { tokenize, type Tokens } from './tokenize.ts';
import type { Meter } from './trie.ts';
import type { FindOptions, Matcher, Mention, PageContext } from './types.ts';

export type { FindOptions, Matcher, Mention, PageContext, Sensitivity } from './types.ts';
export type { Meter } from './trie.ts';

interface Prepared {
  text: string;
  norm: Normalized;
  tokens: Tokens;
}

export function compileMatcher(dataset: Dataset): Matcher {
  return compileMatcherWithMeter(dataset).matcher;
}

export interface InternalOptions {
  /**
   * Skip blocks in which the scan can find nothing, without tokenizing them (default true).
   * Tests turn it off to show that skipping never changes a result.
   */
  skipQuietBlocks?: boolean;
}

/** Same matcher plus a step counter (tests use it to show cost is linear without timing). */
export function compileMatcherWithMeter(
  dataset: Dataset,
  { skipQuietBlocks = true }: InternalOptions = {},
): { matcher: Matcher; meter: Meter } {
  const compiled = compile(dataset);
  const meter: Meter = { steps: 0 };
  const pages = new WeakSet<PageContext>();
  const isPageEvidence = (term: number): boolean => compiled.terms[term]!.story && !compiled.terms[term]!.exact;

  const stateOf = (page: PageContext): PageState => {
    if (!(page instanceof PageState) || !pages.has(page)) {
      throw new TypeError('matcher: page context was not created by this matcher’s newPage()');
    }
    return page;
  };

  const newPage = (): PageContext => {
    const page = new PageState();
    pages.add(page);
    return page;
  };

  /** Undefined for a quiet block: one the scan would find nothing in (see triggers.ts). */
  const prepare = (text: string): Prepared | undefined => {
    if (skipQuietBlocks && !compiled.mayMatch(text)) return undefined;
    const norm = normalize(text);
    return { text, norm, tokens: tokenize(norm.text, compiled.stemmed) };
  };

  const observePrepared = (state: PageState, { tokens }: Prepared): void => {
    state.absorb(scan(compiled, tokens, false, meter), isPageEvidence);
  };

  const findPrepared = (state: PageState, { text, norm, tokens }: Prepared, options: FindOptions): Mention[] => {
    const found = scan(compiled, tokens, true, meter);
    state.absorb(found, isPageEvidence);
    const names = THRESHOLDS[options.sensitivity ?? 'balanced'];
    const numbers = THRESHOLDS[options.numberSensitivity ?? options.sensitivity ?? 'strict'];
    const judged = judge({
      compiled,
      tokens,
      text: norm.text,
      scan: found,
      page: state,
      thresholds: { names, numbers },
      meter,
    });
    return selectNonOverlapping(judged, tokens).map(({ candidate, confidence, reason }) => {
      const start = norm.originalStart(tokens.start[candidate.first]!);
      const end = norm.originalEnd(tokens.end[candidate.last]!);
      return {
        start,
        end,
        text: text.slice(start, end),
        entry: compiled.entries[candidate.entry]!.id,
        confidence,
        reason,
      };
    });
  };

  const observe = (page: PageContext, text: string): void => {
    const state = stateOf(page);
    // Most blocks that may hold a mention hold no page evidence: those need no tokens here.
    if (skipQuietBlocks && !compiled.mayHoldEvidence(text)) return;
    const prepared = prepare(text);
    if (prepared) observePrepared(state, prepared);
  };

  const find = (text: string, page: PageContext, options: FindOptions = {}): Mention[] => {
    const state = stateOf(page);
    const prepared = prepare(text);
    return prepared ? findPrepared(state, prepared, options) : [];
  };

  /** Observe every block, then find in each: what the content script does. */
  const matchBlocks = (blocks: readonly string[], options: FindOptions = {}): Mention[][] => {
    const page = newPage();
    // Tokenizing twice is cheaper than keeping every block's tokens alive (garbage collection).
    for (const block of blocks) observe(page, block);
    return blocks.map((block) => find(block, page, options));
  };

  return { matcher: { newPage, observe, find, matchBlocks }, meter };
}
