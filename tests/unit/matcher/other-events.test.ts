/**
 * Other events with the story's figures, told apart by what the page says of them: another
 * president addressed, a state legislature's chamber, a date written "Month Day, Year". Built
 * dataset only: the event attributes come from the articles.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import type { Rejection } from '../../../src/matcher/types.ts';
import { BUILT_PATH, loadDataset } from './datasets.ts';

const matcher = compileMatcher(loadDataset(BUILT_PATH));
const STORY =
  'Immigration agents carried out deportation raids on Central American families, the Obama administration said.';

function judged(line: string): { found: string[]; rejected: string[] } {
  const rejected: Rejection[] = [];
  const found = matcher
    .matchBlocks([STORY, line], { onRejected: (r) => rejected.push(r) })
    .flat()
    .filter((m) => m.entry === 'senate-letter-22')
    .map((m) => m.text);
  return { found, rejected: rejected.filter((r) => r.entry === 'senate-letter-22').map((r) => r.reason) };
}

describe('other events with the story’s figures', () => {
  it('a letter to another president is another letter; the story’s president, or a weekday after the word, is not', () => {
    expect(judged('22 Democratic senators signed a letter to President Trump about the raids.').rejected).toEqual([
      expect.stringContaining('addressed to someone else (President Trump'),
    ]);
    expect(judged('22 Democratic senators signed a letter to President Obama about the raids.').found).toEqual([
      '22 Democratic senators',
    ]);
    expect(
      judged(
        '22 Democratic senators sent a letter to acting Homeland Security Secretary Kevin McAleenan about the raids.',
      ).rejected,
    ).toEqual([expect.stringContaining('addressed to someone else (Secretary')]);
    expect(judged('22 Democratic senators asked the president Friday to halt the raids.').found).toEqual([
      '22 Democratic senators',
    ]);
  });

  it('a state’s chamber makes the count a state legislature’s', () => {
    const line = 'Twenty-two Democratic members of the Maryland Senate wrote a letter about the raids.';
    expect(judged(line)).toEqual({ found: [], rejected: [] });
    expect(judged('Twenty-two Democratic members of the Senate wrote a letter about the raids.').found).toEqual([
      'Twenty-two Democratic members of the Senate',
    ]);
  });

  it('a vague restatement is of the figure the page told of last', () => {
    const found = (blocks: string[]): string[] =>
      matcher
        .matchBlocks([STORY, ...blocks])
        .flat()
        .filter((m) => m.entry === 'senate-letter-22')
        .map((m) => m.text);
    const signers = 'The 22 signers wrote again about the raids.';
    expect(found(['Twenty-two members of the Maryland Senate wrote a letter about the raids.', signers])).toEqual([]);
    expect(found(['In 2013, 22 Democratic senators wrote a letter about the raids.', signers])).toEqual([]);
    expect(found(['22 Democratic senators wrote a letter to Obama about the raids.', signers])).toEqual([
      '22 Democratic senators',
      '22 signers',
    ]);
  });

  it('reads a date written "Month Day, Year" for the event’s month', () => {
    expect(judged('On June 3, 2015, 22 Democratic senators signed a letter about the raids.').rejected).toEqual([
      expect.stringContaining('another date (June 2015'),
    ]);
  });
});
