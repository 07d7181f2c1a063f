/**
 * `observe` keeps the blocks it prepared for the `find` that follows on the same page. That must
 * never change a result: the same pages matched with and without keeping give the same mentions
 * (confidence and reason included), whatever the order of calls and however often a text repeats.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcherWithMeter, type Matcher } from '../../../src/matcher/index.ts';
import { normalize } from '../../../src/matcher/normalize.ts';
import { PreparedCache, type Prepared } from '../../../src/matcher/prepared.ts';
import { htmlToParagraphs } from '../../eval/html-text.ts';
import { syntheticPage } from '../../bench/synthetic-page.ts';
import { datasets } from './datasets.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: URL): string => readFileSync(path, 'utf8');

function pages(): string[][] {
  const cases = (
    JSON.parse(read(new URL('tests/fixtures/mention-cases.json', root))) as { cases: { page: string[] }[] }
  ).cases.map((c) => c.page);
  const articles = readdirSync(new URL('data/corpus/articles/', root)).map((f) =>
    read(new URL(`data/corpus/articles/${f}`, root)).split(/\n+/),
  );
  const synthetic = htmlToParagraphs(syntheticPage(150_000).html);
  // The same text twice, and a text observed on the page but found in only at the end.
  const repeats = [
    ['Temporary Protected Status (TPS) was extended.', 'TPS holders.', 'TPS holders.', 'Jeh Johnson said so.'],
  ];
  return [...cases, ...articles, synthetic, ...repeats];
}

/** What the content script does: observe every block, then find in each, in order. */
function run(matcher: Matcher, blocks: string[], findOrder: number[]): unknown[] {
  const page = matcher.newPage();
  for (const block of blocks) matcher.observe(page, block);
  return findOrder.map((i) => matcher.find(blocks[i]!, page, { sensitivity: 'generous' }));
}

describe.each(datasets())('blocks kept between observe and find (%s)', (_name, dataset) => {
  const kept = compileMatcherWithMeter(dataset).matcher;
  const fresh = compileMatcherWithMeter(dataset, { keepObserved: false }).matcher;

  it('give the same mentions as preparing every block again', () => {
    let mentions = 0;
    for (const blocks of pages()) {
      const inOrder = blocks.map((_, i) => i);
      const reversed = [...inOrder].reverse();
      const twice = [...inOrder, ...inOrder];
      for (const order of [inOrder, reversed, twice]) {
        const expected = run(fresh, blocks, order);
        expect(run(kept, blocks, order)).toEqual(expected);
        mentions += expected.flat().length;
      }
    }
    expect(mentions).toBeGreaterThan(100);
  });
});

describe('PreparedCache', () => {
  const prepared = (text: string): Prepared => ({ text, norm: normalize(text), parts: [] });

  it('gives a kept block back once, by text, then forgets it', () => {
    const cache = new PreparedCache();
    const block = prepared('22 senators');
    cache.keep('22 senators', block);
    expect(cache.take('121 people')).toBeUndefined();
    expect(cache.take('22 senators')).toBe(block);
    expect(cache.take('22 senators')).toBeUndefined();
  });

  it('stops keeping past its character budget, and takes make room again', () => {
    const cache = new PreparedCache();
    const big = 'x'.repeat(300_000);
    cache.keep(big, prepared(big));
    const other = 'y'.repeat(300_000);
    cache.keep(other, prepared(other));
    expect(cache.take(other)).toBeUndefined();
    expect(cache.take(big)).toBeDefined();
    cache.keep(other, prepared(other));
    expect(cache.take(other)).toBeDefined();
  });
});
