import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type Mention } from '../../../src/matcher/index.ts';
import { datasets } from './datasets.ts';

/** Pieces of story text, near misses and awkward characters, so random texts do match things. */
const PIECES = [
  '22 senators',
  'Twenty-two Senate Democrats',
  'twenty two',
  'more than 120 immigrants',
  'Nearly 150 House Democrats',
  '146 Democratic members of Congress',
  '121 adults and children',
  'ICE',
  'Ice',
  'DHS',
  'TPS',
  'TPS reports',
  'HTTPS',
  'Temporary Protected Status (TPS)',
  'Department of Human Services (DHS)',
  'Jeh Johnson',
  'Johnson',
  'Secretary Johnson',
  'Boris Johnson',
  'Bernie Sanders',
  'Sanders',
  'Colonel Sanders',
  'Josh Earnest',
  'Earnest',
  'deportation',
  'raids',
  'immigration',
  'Obama',
  'Central America',
  'Homeland Security',
  'in 2017',
  'letter',
  'the',
  'said',
  '.',
  ',',
  '(',
  ')',
  '\u00a0',
  '\u2019s',
  '\u2014',
  'e\u0301',
  '\u00ad',
  '\u{1F600}',
  'caf\u00e9',
  ' ',
  '  ',
  '40,000',
];
const paragraph = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(paragraph, fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 200 }));

function checkShape(text: string, mentions: Mention[]): void {
  let previousEnd = 0;
  for (const m of mentions) {
    expect(m.text).toBe(text.slice(m.start, m.end));
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.confidence).toBeGreaterThan(0);
    expect(m.confidence).toBeLessThanOrEqual(1);
    expect(m.reason.length).toBeGreaterThan(0);
    previousEnd = m.end;
  }
}

describe.each(datasets())('matcher properties (%s)', (_name, dataset) => {
  const matcher = compileMatcher(dataset);

  it('mentions are sorted, never overlap, and slice the input exactly', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('strict', 'balanced', 'generous'), (text, sensitivity) => {
        const page = matcher.newPage();
        matcher.observe(page, text);
        checkShape(text, matcher.find(text, page, { sensitivity }));
      }),
      { numRuns: 400 },
    );
  });

  it('matching a whole text equals matching its paragraphs block by block', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (blocks) => {
        const whole = blocks.join('\n\n');
        const wholePage = matcher.newPage();
        matcher.observe(wholePage, whole);
        const expected = matcher.find(whole, wholePage, { sensitivity: 'generous' });
        let offset = 0;
        const pieced: Mention[] = [];
        matcher.matchBlocks(blocks, { sensitivity: 'generous' }).forEach((mentions, i) => {
          for (const m of mentions) pieced.push({ ...m, start: m.start + offset, end: m.end + offset });
          offset += blocks[i]!.length + 2;
        });
        expect(pieced).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('the paragraph generator does produce mentions (the properties above are not vacuous)', () => {
    const sample = fc.sample(paragraph, { numRuns: 200, seed: 42 });
    const found = sample.flatMap((p) => matcher.matchBlocks([p], { sensitivity: 'generous' }).flat());
    expect(new Set(found.map((m) => m.entry)).size).toBeGreaterThanOrEqual(5);
  });
});
