import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { insideAddress } from '../../../src/matcher/url.ts';
import type { Dataset } from '../../../src/shared/dataset-schema.ts';

const matcher = compileMatcher(JSON.parse(readFileSync('data/dataset.json', 'utf8')) as Dataset);
const STORY = 'The deportation raids on Central American families continue, and immigration lawyers ask for TPS.';
const entriesIn = (text: string) =>
  matcher.matchBlocks([text])[0]!.map((mention) => `${mention.entry}:${mention.text}@${mention.start}`);

describe('addresses', () => {
  it('finds nothing inside a URL or an e-mail address, even on a story page', () => {
    const text = `${STORY} Guide: https://example.org/TPS/guide, www.example.org/ICE and ice@example.org (ICE).`;
    const found = entriesIn(text);
    expect(found).toContain(`tps:TPS@${STORY.indexOf('TPS')}`);
    expect(found).toContain(`ice:ICE@${text.lastIndexOf('ICE')}`);
    expect(found.filter((entry) => entry.startsWith('tps:'))).toHaveLength(1);
    expect(found.filter((entry) => entry.startsWith('ice:'))).toHaveLength(1);
  });

  it('tells an address from ordinary punctuation', () => {
    const text = 'say TPS/DED, or (TPS) and "TPS"';
    for (const at of [4, 14, 24]) expect(insideAddress(text, at, at + 3)).toBe(false);
    expect(insideAddress('see https://x.org/TPS/ now', 18, 21)).toBe(true);
    expect(insideAddress('mail <tps@uscis.gov>', 6, 9)).toBe(true);
  });
});
