import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumberWord } from '../../../build/dataset/numbers.ts';

const one = (text: string) => {
  const found = findQuantities(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('number-phrase parser', () => {
  it('reads digits and number words, hyphenated or not', () => {
    expect(parseNumberWord('22')).toBe(22);
    expect(parseNumberWord('4,000')).toBe(4000);
    expect(parseNumberWord('Twenty-two')).toBe(22);
    expect(parseNumberWord('twenty two')).toBe(22);
    expect(parseNumberWord('nineteen')).toBe(19);
    expect(parseNumberWord('a dozen')).toBe(12);
  });

  it('keeps the counted noun phrase as worded, stopping at the verb', () => {
    const q = one('Twenty-two Democratic senators asked President Obama to act.');
    expect(q).toMatchObject({ value: 22, qualifier: 'exact', counted: 'Democratic senators', head: 'senators' });
    expect(q.surface).toBe('Twenty-two Democratic senators');
  });

  it('reads qualifiers', () => {
    expect(one('More than 140 members of Congress has signed.')).toMatchObject({ value: 140, qualifier: 'more-than', counted: 'members of Congress' });
    expect(one('a letter with over 100 signatures from them')).toMatchObject({ value: 100, qualifier: 'over', counted: 'signatures' });
    expect(one('So far, at least 121 people have been detained.')).toMatchObject({ value: 121, qualifier: 'at-least', counted: 'people' });
    expect(one('Nearly 30 council members backed it.')).toMatchObject({ value: 30, qualifier: 'nearly' });
    expect(one('about 4,000 households would be protected')).toMatchObject({ value: 4000, qualifier: 'about', counted: 'households' });
    expect(one('More than a dozen House Democrats met Thursday.')).toMatchObject({ value: 12, qualifier: 'more-than', counted: 'House Democrats' });
  });

  it('joins "X and Y" and "members of the Senate"', () => {
    expect(one('apprehending 121 adults and children, the Post reported')).toMatchObject({ counted: 'adults and children' });
    expect(one('the 22 Democratic members of the Senate followed')).toMatchObject({ counted: 'Democratic members of the Senate' });
  });

  it('reads percentages, vague amounts and fractions', () => {
    expect(one('adding that 85 percent of detained Central American families have')).toMatchObject({
      value: 85, counted: 'percent of detained Central American families', isPercent: true, share: false,
    });
    expect(one('to deport hundreds of families who have entered')).toMatchObject({ qualifier: 'hundreds', counted: 'families', vague: true });
    expect(one('deporting tens of thousands of immigrant families to')).toMatchObject({ qualifier: 'tens-of-thousands', counted: 'immigrant families' });
    expect(one('The 22 senators comprise nearly half of all Democrats in the Senate.'.slice(16))).toMatchObject({ value: 0.5, qualifier: 'nearly', share: true });
  });

  it('skips compounds and percentages of nothing named: they count nothing', () => {
    // "two-page letter", "10-year-old": an attribute of the thing named, not a count of it
    expect(findQuantities('The two-page letter states the raids caused fear.')).toEqual([]);
    expect(findQuantities('a 10-year-old girl and her mother')).toEqual([]);
    expect(findQuantities('Turnout rose 85 percent.')).toEqual([]);
  });

  it('skips years, dates, ranks and bare numbers', () => {
    expect(findQuantities('Sanders speaks in New York City, Jan. 5, 2016.')).toEqual([]);
    expect(findQuantities('crossing the border after May, 1, 2014, issued')).toEqual([]);
    expect(findQuantities('No. 2 Senate Democratic leader Richard Durbin')).toEqual([]);
    expect(findQuantities('the first votes in the 2016 presidential caucuses')).toEqual([]);
    expect(findQuantities('The score was 22.')).toEqual([]);
  });

  it('gives offsets that slice the surface out of the text', () => {
    const text = 'On Friday, 22 senators wrote; later 146 House lawmakers did too.';
    for (const q of findQuantities(text)) expect(text.slice(q.start, q.end)).toBe(q.surface);
    expect(findQuantities(text).map((q) => q.value)).toEqual([22, 146]);
  });
});
