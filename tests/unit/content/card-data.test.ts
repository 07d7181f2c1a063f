/** Card content comes from the background, asked once per entry and kept (docs/adr/0007). */
import { describe, expect, it } from 'vitest';
import { CardDataCache } from '../../../src/content/card-data.ts';
import { cardData } from '../../../src/background/matching.ts';

function cache() {
  const asked: string[][] = [];
  const data = new CardDataCache(
    async (ids) => {
      asked.push(ids);
      return cardData(ids);
    },
    () => true,
  );
  return { data, asked };
}

describe('CardDataCache', () => {
  it('prefetches the page’s entries in one request; cards then open without asking again', async () => {
    const { data, asked } = cache();
    data.prefetch(['tps', 'ice', 'tps']);
    expect(await data.load('tps')).toBe(true);
    expect(await data.load('ice')).toBe(true);
    expect(asked).toEqual([['tps', 'ice']]);
    expect(data.ready('tps')).toBe(true);
    expect(data.entry('tps')?.label).toBeTruthy();
    // Related entries came along, with the articles they quote.
    const related = data.entry('tps')!.related[0];
    if (related) expect(data.entry(related)).toBeDefined();
    for (const fact of data.entry('tps')!.facts) expect(data.article(fact.quote.article)).toBeDefined();
  });

  it('answers false for an entry the background does not have, and asks for it once', async () => {
    const { data, asked } = cache();
    const [first, second] = await Promise.all([data.load('no-such-entry'), data.load('no-such-entry')]);
    expect([first, second]).toEqual([false, false]);
    expect(asked).toEqual([['no-such-entry']]);
    expect(data.ready('no-such-entry')).toBe(false);
  });
});
