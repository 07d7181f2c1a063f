/**
 * The generalization cases of the classes issue 13's figures work answers for: restated counts
 * (count-nouns), approximations (approximate), other events told apart (other-event) and
 * Spanish-language copy (spanish). Same reading as mention-cases.test.ts: every expected span is
 * found with its entry, and no forbidden text is highlighted as that entry.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { expectCase, type Span } from './expect-case.ts';
import { BUILT_PATH, loadDataset } from './datasets.ts';

interface GeneralizationCase {
  id: string;
  class: string;
  page: string[];
  expect: Span[];
  forbid?: Span[];
}

const CLASSES = new Set(['count-nouns', 'approximate', 'other-event', 'spanish']);
const file = JSON.parse(readFileSync(new URL('../../fixtures/generalization-cases.json', import.meta.url), 'utf8')) as {
  cases: GeneralizationCase[];
};
const cases = file.cases.filter((c) => CLASSES.has(c.class));

// The cases name the built pack's entries (barack-obama, north-carolina…): only data/dataset.json has them all.
describe('generalization cases: figures, other events, Spanish (data/dataset.json)', () => {
  const matcher = compileMatcher(loadDataset(BUILT_PATH));

  it('covers every class it answers for', () => {
    expect(new Set(cases.map((c) => c.class))).toEqual(CLASSES);
  });

  it.each(cases.map((c) => [`${c.class}: ${c.id}`, c] as const))('%s', (_id, c) => {
    expectCase(matcher, c);
  });

  it('says when the figure differs, and which language the block is in', () => {
    const [house] = matcher.matchBlocks([
      'The office of Rep. Lucille Roybal-Allard said that by Tuesday evening 147 House Democrats had signed the letter asking Obama to suspend the raids.',
    ]);
    expect(house).toContainEqual(
      expect.objectContaining({ text: '147 House Democrats', differs: { page: '147', sources: '146' } }),
    );
    const [spanish] = matcher.matchBlocks(['Más de 120 personas fueron arrestadas en las redadas.']);
    expect(spanish).toContainEqual(
      expect.objectContaining({
        text: 'Más de 120 personas',
        lang: 'es',
        differs: { page: 'Más de 120', sources: '121' },
      }),
    );
    const [exact] = matcher.matchBlocks(['Federal agents detained 121 people in the deportation raids.']);
    expect(exact!.find((m) => m.entry === 'raids-121')).toMatchObject({ text: '121 people' });
    expect(exact!.find((m) => m.entry === 'raids-121')?.differs).toBeUndefined();
  });
});
