/**
 * Quantities beyond plain numbers, against the built pack (it has the entries these need:
 * 12-democrats "more than a dozen", 85-percent, the vague hundreds-families and
 * tens-of-thousands-families, and house-letter-146 with its "two-page letter" quote).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { parseNumberAt } from '../../../src/matcher/numbers.ts';
import { tokenize } from '../../../src/matcher/tokenize.ts';
import { BUILT_PATH, loadDataset } from './datasets.ts';

const dataset = loadDataset(BUILT_PATH);
const matcher = compileMatcher(dataset);
const QUANTITY_IDS = new Set(dataset.entries.filter((e) => e.kind === 'quantity').map((e) => e.id));
const spans = (...blocks: string[]): string[] =>
  matcher
    .matchBlocks(blocks)
    .flat()
    .map((m) => `${m.entry}:${m.text}`);
const quantities = (...blocks: string[]): string[] =>
  spans(...blocks).filter((s) => QUANTITY_IDS.has(s.slice(0, s.indexOf(':'))));
const STORY =
  'Immigration agents carried out deportation raids on Central American families, the Obama administration said.';

describe('number words: dozens', () => {
  const parse = (text: string) => {
    const t = tokenize(text);
    const n = parseNumberAt(t, 0);
    return n && { value: n.value, round: n.round ?? false, words: t.raw.slice(0, n.last + 1).join(' ') };
  };
  it('reads "a dozen" and "two dozen" as round figures, "dozens" as no number', () => {
    expect(parse('a dozen senators')).toEqual({ value: 12, round: true, words: 'a dozen' });
    expect(parse('two dozen senators')).toEqual({ value: 24, round: true, words: 'two dozen' });
    expect(parse('dozens of senators')).toBeUndefined();
    expect(parse('hundreds of families')).toBeUndefined();
    expect(parse('tens of thousands of families')).toBeUndefined();
  });
});

describe('quantities in the story pack', () => {
  it('matches a claim the articles only give with a qualifier, worded the same way', () => {
    const text = `${STORY} More than a dozen House Democrats met DHS officials on Thursday.`;
    expect(spans(text)).toContain('12-democrats:More than a dozen House Democrats');
    // "a dozen" is approximate: "about a dozen" and "a dozen" fit too, "nearly a dozen" (< 12) does not.
    expect(spans(`${STORY} A dozen House Democrats met DHS officials.`)).toContain(
      '12-democrats:A dozen House Democrats',
    );
    expect(quantities(`${STORY} Nearly a dozen House Democrats met DHS officials.`)).toEqual([]);
  });

  it('never matches vague amounts, even worded as the articles word them', () => {
    const text =
      `${STORY} The raids are part of an operation to deport hundreds of families; Sanders objects to ` +
      'deporting tens of thousands of immigrant families; dozens of lawmakers signed letters.';
    expect(quantities(text)).toEqual([]);
  });

  it('reads a share only as a share, in any spelling of "percent"', () => {
    const claim = (share: string): string =>
      `${STORY} The letter adds that ${share} of detained Central American families are refugees.`;
    expect(spans(claim('85 percent'))).toContain('85-percent:85 percent of detained Central American families');
    expect(spans(claim('85%'))).toContain('85-percent:85% of detained Central American families');
    expect(spans(claim('85 per cent'))).toContain('85-percent:85 per cent of detained Central American families');
    // 85 percent of something else, or 85 of the families, is another claim.
    expect(quantities(`${STORY} Polls say 85 percent of voters back the raids; 85 percent agree.`)).toEqual([]);
  });

  it('a page count is not the letter: "two-page letter" and "2 pages" never match house-letter-146', () => {
    const text = `${STORY} The two-page letter, 2 pages long, was signed by 146 House lawmakers.`;
    expect(quantities(text)).toEqual(['house-letter-146:146 House lawmakers']);
  });
});
