import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoizedStems, stem } from '../../../src/matcher/stem.ts';
import { tokenize, tokenizeEachCharacter } from '../../../src/matcher/tokenize.ts';

/** Plain-ASCII pieces that exercise every token rule: grouped numbers, digit-words, marks, breaks. */
const ASCII_PIECES = [
  '22 senators',
  'Twenty-two',
  '1,200',
  '3.5',
  '1,2',
  '1.',
  '40,000.',
  '121st',
  '10am',
  '1a2',
  '2,5x',
  'HTTPS',
  'TPS reports',
  "Security's (DHS)",
  'U.S.',
  'e-mail',
  '\n',
  '\t',
  '\r\n',
  '\f',
  '\v',
  '\x0e',
  '\x1f',
  '~',
  ' ',
  'deportations',
  'Families',
  '',
];
const asciiText = fc.oneof(
  fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...ASCII_PIECES), { maxLength: 40 }).map((parts) => parts.join(' ')),
  fc.string({ unit: fc.integer({ min: 9, max: 126 }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

describe('tokenize: the plain-ASCII fast path', () => {
  it('cuts exactly the tokens of the general tokenizer, with the same stems', () => {
    const stemOf = memoizedStems((lower) => lower.charCodeAt(0) % 2 === 0);
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(tokenize(text, stemOf)).toEqual(tokenizeEachCharacter(text, stemOf));
        expect(tokenize(text)).toEqual(tokenizeEachCharacter(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts words, grouped numbers, breaks and digit-words, and stems words', () => {
    const t = tokenize('The deportations of 1,200 families\n121st');
    expect(t.raw).toEqual(['The', 'deportations', 'of', '1,200', 'families', '\n', '121st']);
    expect(t.stem[1]).toBe(stem('deportations'));
    expect(t.line).toEqual([0, 0, 0, 0, 0, 0, 1]);
  });
});
