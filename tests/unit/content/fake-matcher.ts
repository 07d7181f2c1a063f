/**
 * A tiny Matcher for content-script unit tests: literal, case-sensitive phrases → entry ids. It
 * honours the contract (non-overlapping, sorted, exact slices) and records the page evidence it
 * was shown, so tests can check that every block is observed before any is searched.
 */
import type { MatchTexts } from '../../../src/content/engine.ts';
import type { Matcher, Mention, PageContext } from '../../../src/matcher/types.ts';

interface FakePage extends PageContext {
  observed: string[];
  searched: string[];
}

export const FAKE_PHRASES: Record<string, string> = {
  '22 senators': 'senate-letter-22',
  '121 people': 'raids-121',
  'Temporary Protected Status': 'tps',
  TPS: 'tps',
};

export function fakeMatcher(phrases: Record<string, string> = FAKE_PHRASES): Matcher & { pages: FakePage[] } {
  const pages: FakePage[] = [];
  const ordered = Object.keys(phrases).sort((a, b) => b.length - a.length);
  const find = (text: string, page: PageContext): Mention[] => {
    (page as FakePage).searched.push(text);
    const found: Mention[] = [];
    let at = 0;
    while (at < text.length) {
      const phrase = ordered.find((candidate) => text.startsWith(candidate, at));
      if (phrase) {
        found.push({
          start: at,
          end: at + phrase.length,
          text: phrase,
          entry: phrases[phrase]!,
          confidence: 1,
          reason: 'fake',
        });
        at += phrase.length;
      } else {
        at++;
      }
    }
    return found;
  };
  const matcher = {
    pages,
    newPage(): PageContext {
      const page: FakePage = { kind: 'backstory-page-context', observed: [], searched: [] };
      pages.push(page);
      return page;
    },
    observe(page: PageContext, text: string) {
      (page as FakePage).observed.push(text);
    },
    find,
    mayMatch: (text: string) => Object.keys(phrases).some((phrase) => text.includes(phrase)),
    evidenceOf: () => ({ storyTerms: [], vetoed: [], defined: [], peopleSeen: [], entriesSeen: [], namesakes: [], figureOwners: [] }),
    pageFrom: () => matcher.newPage(),
    matchBlocks(blocks: readonly string[]) {
      const page = matcher.newPage();
      for (const block of blocks) matcher.observe(page, block);
      return blocks.map((block) => find(block, page));
    },
  };
  return matcher;
}

/**
 * The engine's view of a matcher in another context, as the background serves it: asynchronous
 * (answers after a macrotask, as a message would), every text of a request observed before any is
 * searched, one page per engine.
 */
export function matchThrough(matcher: Matcher): MatchTexts {
  let page: PageContext | undefined;
  return async (texts) => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const current = (page ??= matcher.newPage());
    for (const text of texts) matcher.observe(current, text);
    return texts.map((text) => matcher.find(text, current));
  };
}
