/**
 * Places, with the built dataset's salience: even the story's own places (where the families fled,
 * where the raids were) need the story beside them, since a page near the story names them too.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { BUILT_PATH, loadDataset } from './datasets.ts';

const dataset = loadDataset(BUILT_PATH);
const matcher = compileMatcher(dataset);
const places = (blocks: string[]): string[] =>
  matcher
    .matchBlocks(blocks)
    .flat()
    .filter((m) => m.entry === 'honduras')
    .map((m) => m.text);

describe('places', () => {
  it('the story’s own places need the story beside them, not only on the page', () => {
    expect(dataset.entries.find((e) => e.id === 'honduras')?.salience?.generic).toBe(false);
    const story = 'The deportation raids on Central American immigrants drew criticism from asylum lawyers.';
    expect(places([story, 'Flights to Honduras are cheaper this month.'])).toEqual([]);
    expect(places([story, 'Most of the immigrants had fled Honduras.'])).toEqual(['Honduras']);
  });
});
