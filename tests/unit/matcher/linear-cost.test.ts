/**
 * Cost is linear in the text for any input: no backtracking, no per-entry pass. Measured in
 * matcher steps (a counter inside the engine), never in wall-clock time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherWithMeter } from '../../../src/matcher/index.ts';
import { loadDataset, FIXTURE_PATH } from './datasets.ts';

const ADVERSARIAL = [
  'twenty-two ',
  'one hundred and ',
  'more than more than ',
  'a a a hundred ',
  '1,1,1,1,',
  '22 22 22 senators ',
  'Department of Human Services (DHS) ',
  '((((ICE)))) ',
  'ICE ',
  'Jeh Jeh Johnson ',
  'Secretary Secretary ',
  'Sanders ',
  'A B C D E F ',
  '-',
  'x',
  'members of the members of the ',
  'deportation raids ',
  '22 Democratic Democratic ',
  'ICE ICE ICE STORM ',
  'TPS (Temporary Temporary ',
  '\u00a0\u0301',
  '2017 ',
];

describe('linear cost', () => {
  const { matcher, meter } = compileMatcherWithMeter(loadDataset(FIXTURE_PATH));
  const stepsFor = (text: string): number => {
    const before = meter.steps;
    matcher.matchBlocks([text], { sensitivity: 'generous' });
    return meter.steps - before;
  };

  it.each(ADVERSARIAL)('repeating %j: 4× the text costs about 4× the steps', (unit) => {
    const small = stepsFor(unit.repeat(500));
    const large = stepsFor(unit.repeat(2000));
    expect(large).toBeLessThanOrEqual(small * 4.2 + 100);
    expect(large / (unit.length * 2000)).toBeLessThan(40);
  });

  it('random adversarial mixtures stay within a constant number of steps per character', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ADVERSARIAL), { minLength: 1, maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(stepsFor(text)).toBeLessThanOrEqual(40 * text.length + 50);
      }),
      { numRuns: 200 },
    );
  });
});
