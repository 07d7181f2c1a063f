import { describe, expect, it } from 'vitest';
import { statementRepeatsQuote } from '../../../src/content/card/statement.ts';

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
