/**
 * The matcher: compile a dataset once, then find the story's mentions in any text.
 * Pure: no DOM, no browser API. See types.ts for the contract.
 */
import type { Dataset } from '../shared/dataset-schema.ts';
import { compile } from './compile.ts';
import { judge, THRESHOLDS } from './judge.ts';
import { normalize } from './normalize.ts';
import { PageState } from './page.ts';
import { scan } from './scan.ts';
import { selectNonOverlapping } from './select.ts';
import { tokenize } from './tokenize.ts';
import type { Meter } from './trie.ts';
import type { FindOptions, Matcher, Mention, PageContext } from './types.ts';

export type { FindOptions, Matcher, Mention, PageContext, Sensitivity } from './types.ts';
export type { Meter } from './trie.ts';

export function compileMatcher(dataset: Dataset): Matcher {
  return compileMatcherWithMeter(dataset).matcher;
}

/** Same matcher plus a step counter (tests use it to show cost is linear without timing). */
export function compileMatcherWithMeter(dataset: Dataset): { matcher: Matcher; meter: Meter } {
  const compiled = compile(dataset);
  const meter: Meter = { steps: 0 };
  const pages = new WeakSet<PageContext>();
  const isStory = (term: number): boolean => compiled.terms[term]!.story;

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

  const observe = (page: PageContext, text: string): void => {
    const state = stateOf(page);
    const tokens = tokenize(normalize(text).text);
    state.absorb(scan(compiled, tokens, false, meter), isStory);
  };

  const find = (text: string, page: PageContext, options: FindOptions = {}): Mention[] => {
    const state = stateOf(page);
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    const found = scan(compiled, tokens, true, meter);
    state.absorb(found, isStory);
    const names = THRESHOLDS[options.sensitivity ?? 'balanced'];
    const numbers = THRESHOLDS[options.numberSensitivity ?? options.sensitivity ?? 'strict'];
    const judged = judge({
      compiled, tokens, text: norm.text, scan: found, page: state, thresholds: { names, numbers }, meter,
    });
    return selectNonOverlapping(judged, tokens).map(({ candidate, confidence, reason }) => {
      const start = norm.originalStart(tokens.start[candidate.first]!);
      const end = norm.originalEnd(tokens.end[candidate.last]!);
      return { start, end, text: text.slice(start, end), entry: compiled.entries[candidate.entry]!.id, confidence, reason };
    });
  };

  const matchBlocks = (blocks: readonly string[], options?: FindOptions): Mention[][] => {
    const page = newPage();
    for (const block of blocks) observe(page, block);
    return blocks.map((block) => find(block, page, options));
  };

  return { matcher: { newPage, observe, find, matchBlocks }, meter };
}
