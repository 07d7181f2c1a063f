import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import fc from 'fast-check';
import { compileStemFilter, memoizedStems, stem } from '../../../src/matcher/stem.ts';
import { FIXTURE_PATH, loadDataset } from './datasets.ts';

describe('context-term stems', () => {
  it('collapses a story word’s inflections and derivations', () => {
    expect(new Set(['deportation', 'deported', 'deporting', 'deportations'].map(stem))).toEqual(new Set(['deport']));
    expect(new Set(['immigrants', 'immigration', 'immigrant'].map(stem))).toEqual(new Set(['immigr']));
    expect(new Set(['raids', 'raided', 'raiding'].map(stem))).toEqual(new Set(['raid']));
    expect(stem('families')).toBe('family');
  });

  it('keeps a short root from gathering unrelated words: "migration" is not "migrants"', () => {
    expect(stem('migrants')).toBe(stem('migrant'));
    expect(stem('migration')).not.toBe(stem('migrants'));
  });

  it('"data migration" is no story support for an acronym (the fixture has the story term "migrants")', () => {
    const matcher = compileMatcher(loadDataset(FIXTURE_PATH));
    const found = (text: string): string[] =>
      matcher
        .matchBlocks([text], { sensitivity: 'generous' })
        .flat()
        .map((m) => `${m.entry}:${m.text}`);
    expect(found('Our TPS doubled after the data migration to the new cluster.')).toEqual([]);
    expect(found('Our TPS doubled for the migrants from Honduras.')).toContain('tps:TPS');
  });

  it('the stem filter only skips words whose stem (and the word itself) is no key', () => {
    const keys = ['deport', 'immigr', 'raid', 'family', 'fly', 'asylum', 'obama'].map(stem);
    const mayStem = compileStemFilter(keys);
    const words = [
      'deportations',
      'deported',
      'immigrants',
      'raiding',
      'families',
      'flies',
      'asylums',
      'weather',
      'deportment',
      'imminent',
      'flight',
      'obamacare',
    ];
    const letters = fc.string({ unit: fc.constantFrom(...'adefilmnoprstuy'), minLength: 5, maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...words), letters), (word) => {
        if (!mayStem(word)) {
          expect(keys).not.toContain(stem(word));
          expect(keys).not.toContain(word);
        }
      }),
      { numRuns: 2000 },
    );
    expect(words.filter((w) => !mayStem(w))).toEqual(['weather']);
  });

  it('memoizedStems gives, for every word and on every call, the stem or the word itself as the filter says', () => {
    const mayStem = compileStemFilter(['deport', 'famil', 'immigr']);
    const stemOf = memoizedStems(mayStem);
    const letters = fc.string({ unit: fc.constantFrom(...'adefilmnoprstuy'), minLength: 5, maxLength: 14 });
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 20 }), (words) => {
        for (const word of [...words, ...words]) expect(stemOf(word)).toBe(mayStem(word) ? stem(word) : word);
      }),
      { numRuns: 1000 },
    );
    expect(stemOf('deportations')).toBe('deport');
    expect(stemOf('weathers')).toBe('weathers');
  });
});
