import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoizedStems, stem } from '../../../src/matcher/stem.ts';
import { LATIN_END } from '../../../src/matcher/normalize.ts';
import {
  classOfChar,
  LATIN_LETTERS_END,
  latinClass,
  LETTER,
  OTHER,
  SPACE,
  tokenize,
  tokenizeEachCharacter,
} from '../../../src/matcher/tokenize.ts';

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

describe('Latin characters are classified without Unicode-property regexes', () => {
  it('latinClass agrees with \\p{L}\\p{M}\\p{N} and \\s for every character it covers', () => {
    const word = /^[\p{L}\p{M}\p{N}]$/u;
    const space = /^\s$/u;
    for (let c = 0x80; c < LATIN_LETTERS_END; c++) {
      const ch = String.fromCharCode(c);
      const expected = word.test(ch) ? LETTER : space.test(ch) ? SPACE : OTHER;
      expect([c, latinClass(c)]).toEqual([c, expected]);
      expect(classOfChar(ch)).toBe(expected);
    }
  });

  it('below the combining marks, no character is a mark or changes under NFC (normalize relies on it)', () => {
    for (let c = 0x80; c < LATIN_END; c++) {
      const ch = String.fromCharCode(c);
      expect([c, /^\p{M}$/u.test(ch), ch.normalize('NFC') === ch]).toEqual([c, false, true]);
    }
  });
});
