/**
 * How much story support each kind of mention needs. Uses the fixture dataset only: it has the
 * place and person entries these cases need (Georgia, Honduras, Barack Obama).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/matcher/index.ts';
import { FIXTURE_PATH, loadDataset } from './datasets.ts';

const matcher = compileMatcher(loadDataset(FIXTURE_PATH));
const spans = (blocks: string[]): string[] =>
  matcher
    .matchBlocks(blocks)
    .flat()
    .map((m) => `${m.entry}:${m.text}`);

describe('story support', () => {
  it('places need a topical term nearby, not just other places', () => {
    expect(spans(['Georgia beat Alabama in the championship; fans in Texas watched.'])).toEqual([]);
    expect(spans(['Flights to Georgia, Honduras and El Salvador are cheaper this month.'])).toEqual([]);
    expect(
      spans(['ICE agents detained families in Georgia during the deportation raids on Central American immigrants.']),
    ).toContain('georgia:Georgia');
  });

  it('an entry’s own name is no evidence for itself', () => {
    const gunLaws = ['President Obama spoke about gun laws at the White House.', 'Obama said Congress had failed.'];
    expect(spans(gunLaws).filter((s) => s.startsWith('barack-obama'))).toEqual([]);
    expect(spans(['President Obama defended the deportation raids.', 'Obama said they would continue.'])).toEqual(
      expect.arrayContaining(['barack-obama:Obama']),
    );
  });

  it('a bare surname is ambiguous after another person of that surname, not after a byline', () => {
    const bernie = 'Bernie Sanders condemned the deportation raids.';
    expect(spans(['Press secretary Sarah Sanders spoke.', bernie, 'Sanders later disagreed.'])).toEqual([
      'bernie-sanders:Bernie Sanders',
    ]);
    expect(spans([bernie, 'Sanders later disagreed.'])).toContain('bernie-sanders:Sanders');
    const jeh = 'Jeh Johnson defended the deportation raids.';
    expect(spans(['By KATHERINE JOHNSON', jeh, 'Johnson said more would follow.'])).toContain('jeh-johnson:Johnson');
    expect(spans([jeh, 'Students at Johnson & Wales University held a vigil.'])).toEqual(['jeh-johnson:Jeh Johnson']);
  });

  it('a bare surname in a title-case headline is the person, though the next word is capitalised', () => {
    const jeh = 'Jeh Johnson defended the deportation raids.';
    expect(spans([jeh, 'Johnson Digs In On Family Detention As Democrats Object'])).toContain('jeh-johnson:Johnson');
    expect(spans([jeh, 'The vigil was at Johnson City hall.'])).toEqual(['jeh-johnson:Jeh Johnson']);
  });

  it('a bare surname needs a full name that was itself accepted', () => {
    const blocks = [
      'Jeh Johnson spoke at the charity gala on Saturday.',
      'Johnson said the deportation raids would continue.',
    ];
    expect(spans(blocks).filter((s) => s.startsWith('jeh-johnson'))).toEqual([]);
  });

  it('a person accepted earlier on the page is that person when named in full again', () => {
    const again = 'At the gala, Jeh Johnson spoke about the weather.';
    expect(spans([again]).filter((s) => s.startsWith('jeh-johnson'))).toEqual([]);
    expect(spans(['Jeh Johnson defended the deportation raids.', again])).toEqual([
      'jeh-johnson:Jeh Johnson',
      'jeh-johnson:Jeh Johnson',
    ]);
  });

  it('a figure the page has already been found to give is accepted when restated', () => {
    const story = 'The deportation raids on Central American immigrants drew criticism from asylum lawyers.';
    const restated = 'Critics noted that 146 House Democrats are a minority of the chamber.';
    expect(spans([story, restated])).not.toContain('house-letter-146:146 House Democrats');
    const first = '146 House Democrats signed a letter asking Obama to stop the deportation raids.';
    expect(spans([first, restated]).filter((s) => s.startsWith('house-letter-146'))).toEqual([
      'house-letter-146:146 House Democrats',
      'house-letter-146:146 House Democrats',
    ]);
  });

  it('an exact figure of a specific noun is the story’s on a page already found to give another', () => {
    const story = 'The deportation raids on Central American immigrants drew criticism from asylum lawyers.';
    const timeline = 'Jan. 22: 22 Senate Democrats follow with theirs.';
    expect(spans([story, timeline])).not.toContain('senate-letter-22:22 Senate Democrats');
    expect(spans([story, 'Jan. 2: ICE agents detain 121 immigrants in the raids.', timeline])).toContain(
      'senate-letter-22:22 Senate Democrats',
    );
    // A vague noun is not enough.
    expect(spans([story, 'Jan. 2: ICE agents detain 121 immigrants in the raids.', 'Then 22 people wrote.'])).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^senate-letter-22/)]),
    );
  });

  it('story entries accepted earlier on the page count as page evidence, like story terms', () => {
    const later = 'In a separate statement, DHS declined to comment.';
    // Two story terms ("raids", "Obama") are too few on their own…
    expect(spans(['The raids drew criticism from Obama’s allies.', later])).not.toContain('dhs:DHS');
    // …but Jeh Johnson, accepted earlier (the raids beside him), is a third.
    expect(spans(['Jeh Johnson defended the raids to Obama’s allies.', later])).toContain('dhs:DHS');
    // Not before it is accepted: find order, as for bare surnames.
    expect(spans([later, 'Jeh Johnson defended the raids to Obama’s allies.'])).not.toContain('dhs:DHS');
  });

  it('a page naming three story terms supports a mention with nothing nearby', () => {
    const story = 'The deportation raids on Central American immigrants drew criticism from asylum lawyers.';
    expect(spans([story, 'In a separate statement, DHS declined to comment.'])).toContain('dhs:DHS');
    expect(spans(['The raids drew criticism.', 'In a separate statement, DHS declined to comment.'])).not.toContain(
      'dhs:DHS',
    );
  });
});
