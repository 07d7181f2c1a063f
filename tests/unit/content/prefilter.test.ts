/**
 * The prefilter may only drop blocks the matcher would find nothing in and learn nothing from.
 * Checked against the real matcher and dataset on the story's own articles, the hand-written
 * mention cases, the golden fixture pages' text and synthetic near-miss text: matching only the
 * blocks that pass must give exactly the mentions of matching every block.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { compilePattern, compilePrefilter } from '../../../src/content/prefilter.ts';
import type { Dataset } from '../../../src/shared/dataset-schema.ts';
import { syntheticPage } from '../../bench/synthetic-page.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const dataset = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8')) as Dataset;
const matcher = compileMatcher(dataset);
const relevant = compilePrefilter(dataset);

function pagesOfText(): string[][] {
  const articles = readdirSync(join(ROOT, 'data/corpus/articles')).map((file) =>
    readFileSync(join(ROOT, 'data/corpus/articles', file), 'utf8').split(/\n\s*\n/),
  );
  const cases = (JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/mention-cases.json'), 'utf8')) as { cases: { page: string[] }[] }).cases.map((c) => c.page);
  const synthetic = syntheticPage(60_000, 7).html.split(/<\/?(?:p|li|td|h2)[^>]*>/).map((part) => part.replace(/<[^>]+>/g, ''));
  return [...articles, ...cases, synthetic];
}

function mentionsOf(blocks: string[], keep: (text: string) => boolean) {
  const page = matcher.newPage();
  for (const block of blocks) if (keep(block)) matcher.observe(page, block);
  return blocks.map((block) => (keep(block) ? matcher.find(block, page).map((m) => `${m.entry}:${m.text}`) : []));
}

describe('compilePrefilter', () => {
  it('keeps every mention and every piece of evidence the matcher finds', () => {
    for (const blocks of pagesOfText()) {
      const everything = mentionsOf(blocks, () => true);
      expect(mentionsOf(blocks, relevant)).toEqual(everything);
    }
  });

  it('actually filters: most unrelated text is dropped', () => {
    const unrelated = ['The weather was mild for the season.', 'Click here to subscribe to our newsletter', 'Recipe: two eggs, flour and milk'];
    expect(unrelated.filter(relevant)).toEqual([]);
    expect(relevant('22 senators wrote')).toBe(true);
    expect(relevant('the TPS program')).toBe(true);
    expect(relevant('deportations began')).toBe(true);
  });

  it('anchors keys at token starts, not at \\b (an underscore is not part of a token)', () => {
    const pattern = compilePattern(new Set(['raid']));
    expect(pattern.test('x_raids')).toBe(true);
    expect(pattern.test('raids')).toBe(true);
    expect(pattern.test('braids')).toBe(false);
    expect(pattern.test('2raids')).toBe(false);
  });

  it('passes text the matcher would fold first (soft hyphens, combining marks)', () => {
    expect(relevant('de\u00adportation')).toBe(true);
    expect(relevant('Mun\u0303oz')).toBe(true);
  });
});
