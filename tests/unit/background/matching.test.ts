/**
 * The background's matcher service (docs/adr/0007): what it answers must be what the matcher
 * finds on the same page, though it keeps no page state between requests (the page's evidence
 * travels with each one), and what a card is sent must be enough to show it.
 */
import { describe, expect, it } from 'vitest';
import rawDataset from '../../../data/dataset.json';
import { cardData, lookUpText, matchBlocks } from '../../../src/background/matching.ts';
import { compileMatcher } from '../../../src/matcher/index.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import type { Dataset } from '../../../src/shared/dataset-schema.ts';
import type { MatchReply } from '../../../src/shared/messages.ts';

const dataset = rawDataset as unknown as Dataset;
const matcher = compileMatcher(dataset);

const PAGE = [
  'Johnson said the operations would continue.',
  'Twenty-two Democratic senators asked President Obama to halt the raids on Central American families.',
  'Homeland Security Secretary Jeh Johnson defended the deportation raids that detained 121 people.',
  'Advocates asked for Temporary Protected Status (TPS) for the families.',
];

/** The reply as mentions per text, like the content script's session rebuilds it. */
const perText = (reply: MatchReply, count: number): Mention[][] => {
  const mentions: Mention[][] = Array.from({ length: count }, () => []);
  for (const [index, found] of reply.found) mentions[index] = found;
  return mentions;
};

describe('the background’s matcher service', () => {
  it('answers one pass exactly as the matcher matches the page', () => {
    const reply = matchBlocks({ texts: PAGE, options: { sensitivity: 'balanced' } });
    expect(perText(reply, PAGE.length)).toEqual(matcher.matchBlocks(PAGE, { sensitivity: 'balanced' }));
    expect(reply.found.length).toBeGreaterThan(0);
    for (const [, mentions] of reply.found) {
      for (const { entry } of mentions) expect(reply.entries[entry]?.label).toBeTruthy();
    }
  });

  it('carries the page’s evidence from one request to the next, as one page would', () => {
    const options = { sensitivity: 'balanced' } as const;
    const first = matchBlocks({ texts: PAGE.slice(0, 3), options });
    const second = matchBlocks({ texts: PAGE.slice(3), evidence: first.evidence, options });
    const page = matcher.newPage();
    const direct = (texts: string[]) => {
      for (const text of texts) matcher.observe(page, text);
      return texts.map((text) => matcher.find(text, page, options));
    };
    expect(perText(first, 3)).toEqual(direct(PAGE.slice(0, 3)));
    expect(perText(second, 1)).toEqual(direct(PAGE.slice(3)));
    // The evidence survives a trip through JSON (Chrome's message channel).
    expect(JSON.parse(JSON.stringify(second.evidence))).toEqual(second.evidence);
  });

  it('sends nothing back for a page without story text', () => {
    const reply = matchBlocks({ texts: ['The weather was mild.', 'Two eggs and flour.'], options: {} });
    expect(reply.found).toEqual([]);
    expect(reply.entries).toEqual({});
  });

  it('sends a card its entry, the related entries and every article they quote', () => {
    const entry = dataset.entries.find((e) => e.related.length > 0)!;
    const bundle = cardData(entry.id)!;
    const ids = bundle.entries.map((e) => e.id);
    expect(ids[0]).toBe(entry.id);
    for (const related of entry.related) expect(ids).toContain(related);
    const articles = new Set(bundle.articles.map((a) => a.id));
    for (const shown of bundle.entries) {
      for (const fact of shown.facts) expect(articles).toContain(fact.quote.article);
    }
    expect(cardData('no-such-entry')).toBeUndefined();
  });

  it('looks up a selection with the page’s evidence', () => {
    const { evidence } = matchBlocks({ texts: PAGE, options: {} });
    expect(lookUpText('Jeh Johnson', evidence)?.mention.entry).toBe('jeh-johnson');
    expect(lookUpText('a sunny afternoon', evidence)).toBeUndefined();
  });
});
