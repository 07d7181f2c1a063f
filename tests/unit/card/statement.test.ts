import { describe, expect, it } from 'vitest';
import { factsInReadingOrder, statementRepeatsQuote } from '../../../src/content/card/statement.ts';

describe('statementRepeatsQuote', () => {
  it('is true for a sentence-length statement that only repeats the start of its quote', () => {
    expect(
      statementRepeatsQuote(
        'The two-page letter states the deportation raids have caused fear',
        'The two-page letter states the deportation raids, which were conducted during the weekend…, have caused fear',
      ),
    ).toBe(false);
    expect(
      statementRepeatsQuote(
        'The two-page letter states the deportation raids',
        '“The two-page letter states the deportation raids, which were conducted during the weekend”',
      ),
    ).toBe(true);
  });

  it('keeps short lead phrases and statements that say something the quote does not start with', () => {
    expect(statementRepeatsQuote('146 congressional lawmakers', 'The 146 congressional lawmakers who signed')).toBe(false);
    expect(statementRepeatsQuote('146 House Democrats signed the letter today.', '146 House Democrats signed a letter')).toBe(false);
  });
});

describe('factsInReadingOrder', () => {
  it("puts the facts stating the entry's figure first and keeps the dataset order otherwise", () => {
    const facts = [{ id: 'pages', value: 2 }, { id: 'a', value: 146 }, { id: 'plain' }, { id: 'b', value: 146 }];
    expect(factsInReadingOrder(facts, 146).map((fact) => fact.id)).toEqual(['a', 'b', 'pages', 'plain']);
    expect(factsInReadingOrder(facts).map((fact) => fact.id)).toEqual(['pages', 'a', 'plain', 'b']);
  });
});
