/**
 * The matcher: compile a dataset once, then find the story's mentions in any text.
 * Pure: no DOM, no browser API. See types.ts for the contract.
 */
import type { MatcherDataset } from '../shared/dataset-schema.ts';
import { compile } from './compile.ts';
import { judge, THRESHOLDS } from './judge.ts';
import { normalize } from './normalize.ts';
import { PreparedCache, type Prepared } from './prepared.ts';
import { PageState } from './page.ts';
import { regionsOf } from './regions.ts';
import { scan } from './scan.ts';
import { selectNonOverlapping } from './select.ts';
import { tokenize } from './tokenize.ts';
import { languageOf } from './spanish.ts';
import type { Meter } from './trie.ts';
import type { FindOptions, Matcher, Mention, PageContext, PageEvidence } from './types.ts';

export type {
  FigureDifference,
  FindOptions,
  Matcher,
  Mention,
  PageContext,
  PageEvidence,
  Rejection,
  Sensitivity,
} from './types.ts';
export type { Meter } from './trie.ts';

export function compileMatcher(dataset: MatcherDataset): Matcher {
  return compileMatcherWithMeter(dataset).matcher;
}

export interface InternalOptions {
  /**
   * Skip blocks in which the scan can find nothing, without tokenizing them (default true).
   * Tests turn it off to show that skipping never changes a result.
   */
  skipQuietBlocks?: boolean;
  /**
   * Keep the blocks `observe` prepared for the `find` that follows on the same page (default
   * true). Tests turn it off to show that keeping never changes a result.
   */
  keepObserved?: boolean;
}

/**
 * The regex the matcher's `mayMatch` tests, as source and flags: the build derives the content
 * script's block test from it, so the page sends exactly the blocks the matcher could find something in.
 */
export function triggerPatternOf(dataset: MatcherDataset): { source: string; flags: string } {
  const { trigger } = compile(dataset);
  return { source: trigger.source, flags: trigger.flags };
}

/** Same matcher plus a step counter (tests use it to show cost is linear without timing). */
export function compileMatcherWithMeter(
  dataset: MatcherDataset,
  { skipQuietBlocks = true, keepObserved = true }: InternalOptions = {},
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

  const register = (page: PageState): PageContext => {
    pages.add(page);
    return page;
  };
  const newPage = (): PageContext => register(new PageState());
  const evidenceOf = (page: PageContext) => stateOf(page).toEvidence();
  const pageFrom = (evidence: PageEvidence): PageContext => register(PageState.fromEvidence(evidence));

  /** Undefined for a quiet block: one the scan would find nothing in (see triggers.ts). */
  const prepare = (text: string): Prepared | undefined => {
    if (skipQuietBlocks && !compiled.mayMatch(text)) return undefined;
    const norm = normalize(text);
    const regions: [number, number][] = skipQuietBlocks
      ? regionsOf(norm.text, compiled.triggers, compiled.reach)
      : [[0, norm.text.length]];
    const parts = regions.map(([from, to]) => {
      const part = from === 0 && to === norm.text.length ? norm.text : norm.text.slice(from, to);
      return { offset: from, text: part, tokens: tokenize(part, compiled.stemOf) };
    });
    return { text, norm, parts };
  };

  const observePrepared = (state: PageState, { parts }: Prepared): void => {
    for (const { tokens } of parts) state.absorb(scan(compiled, tokens, false, meter), isPageEvidence);
  };

  const findPrepared = (state: PageState, { text, norm, parts }: Prepared, options: FindOptions): Mention[] => {
    // The whole block's evidence first (as if it were one part), then judge part by part, in order.
    const lang = languageOf(text, options.lang);
    const scans = parts.map(({ tokens }) => scan(compiled, tokens, true, meter, lang));
    for (const found of scans) state.absorb(found, isPageEvidence);
    const names = THRESHOLDS[options.sensitivity ?? 'balanced'];
    const numbers = THRESHOLDS[options.numberSensitivity ?? options.sensitivity ?? 'strict'];
    return parts.flatMap(({ offset, text: partText, tokens }, k) => {
      const where = (first: number, last: number): { start: number; end: number; text: string } => {
        const start = norm.originalStart(offset + tokens.start[first]!);
        const end = norm.originalEnd(offset + tokens.end[last]!);
        return { start, end, text: text.slice(start, end) };
      };
      const { onRejected } = options;
      const judged = judge({
        compiled,
        tokens,
        text: partText,
        scan: scans[k]!,
        page: state,
        thresholds: { names, numbers },
        showGeneric: options.showGeneric ?? false,
        meter,
        ...(onRejected && {
          onRejected: (cand, reason) =>
            onRejected({ ...where(cand.first, cand.last), entry: compiled.entries[cand.entry]!.id, reason }),
        }),
      });
      return selectNonOverlapping(judged, tokens).map(({ candidate, confidence, reason, differs }) => ({
        ...where(candidate.first, candidate.last),
        entry: compiled.entries[candidate.entry]!.id,
        confidence,
        reason,
        ...(differs ? { differs } : {}),
        ...(lang === 'es' ? { lang } : {}),
      }));
    });
  };

  /**
   * Blocks `observe` prepared, kept for the `find` on the same text that follows (the content
   * script observes every block, then finds in each): a block is tokenized once, not twice.
   * A prepared block depends on its text alone, so a kept one is the one `find` would make.
   */
  const kept = new WeakMap<PageState, PreparedCache>();

  const observe = (page: PageContext, text: string): void => {
    const state = stateOf(page);
    // Most blocks that may hold a mention hold no page evidence: those need no tokens here.
    if (skipQuietBlocks && !compiled.mayHoldEvidence(text)) return;
    const prepared = prepare(text);
    if (!prepared) return;
    observePrepared(state, prepared);
    if (!keepObserved) return;
    let cache = kept.get(state);
    if (!cache) kept.set(state, (cache = new PreparedCache()));
    cache.keep(text, prepared);
  };

  const find = (text: string, page: PageContext, options: FindOptions = {}): Mention[] => {
    const state = stateOf(page);
    const prepared = kept.get(state)?.take(text) ?? prepare(text);
    return prepared ? findPrepared(state, prepared, options) : [];
  };

  /** Observe every block, then find in each: what the content script does. */
  const matchBlocks = (blocks: readonly string[], options: FindOptions = {}): Mention[][] => {
    const page = newPage();
    for (const block of blocks) observe(page, block);
    return blocks.map((block) => find(block, page, options));
  };

  return {
    matcher: { newPage, observe, find, matchBlocks, evidenceOf, pageFrom, mayMatch: compiled.mayMatch },
    meter,
  };
}
