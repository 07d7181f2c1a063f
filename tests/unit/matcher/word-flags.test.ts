/**
 * The scan asks `wordFlags` instead of the tries: for every word token the matcher makes, the
 * flags must say exactly what the tries and the number parser would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/matcher/compile.ts';
import { normalize } from '../../../src/matcher/normalize.ts';
import { isFractionWord } from '../../../src/matcher/fractions.ts';
import { isNumberWord } from '../../../src/matcher/numbers.ts';
import { isSpanishNumberWord } from '../../../src/matcher/spanish.ts';
import { tokenize, WORD } from '../../../src/matcher/tokenize.ts';
import { STARTS_CONTEXT, STARTS_NUMBER, STARTS_SURFACE } from '../../../src/matcher/word-flags.ts';
import { syntheticPage } from '../../bench/synthetic-page.ts';
import { datasets } from './datasets.ts';

const root = new URL('../../../', import.meta.url);
const texts = [
  ...readdirSync(new URL('data/corpus/articles/', root)).map((f) =>
    readFileSync(new URL(`data/corpus/articles/${f}`, root), 'utf8'),
  ),
  readFileSync(new URL('tests/fixtures/mention-cases.json', root), 'utf8'),
  syntheticPage(50_000).html,
  'A dozen Deportations, TWENTY-TWO senators; Muñoz and São Paulo. a A an',
];

describe.each(datasets())('wordFlags (%s)', (_name, dataset) => {
  const c = compile(dataset);

  it('says what the surface trie, the context trie and the number parser would, for every word token', () => {
    let words = 0;
    let flagged = 0;
    for (const text of texts) {
      const t = tokenize(normalize(text).text, c.stemOf);
      for (let i = 0; i < t.count; i++) {
        if (t.kind[i] !== WORD) continue;
        const lower = t.lower[i]!;
        const expected =
          (c.surface.starts(lower) ? STARTS_SURFACE : 0) |
          (c.context.starts(t.stem[i]!) ? STARTS_CONTEXT : 0) |
          (isNumberWord(lower) || lower === 'a' || isSpanishNumberWord(lower) || isFractionWord(lower)
            ? STARTS_NUMBER
            : 0);
        // Twice: the second answer comes from the memo.
        expect([lower, c.wordFlags(lower)]).toEqual([lower, expected]);
        expect(c.wordFlags(lower)).toBe(expected);
        words++;
        if (expected !== 0) flagged++;
      }
    }
    expect(words).toBeGreaterThan(1000);
    expect(flagged).toBeGreaterThan(50);
  });
});
