import { describe, expect, it } from 'vitest';
import { findAcronymUses, findDefinitions, findImplicitExpansion, longForm, shortForms } from '../../../build/dataset/acronyms.ts';
import { splitSentences } from '../../../build/dataset/text.ts';

describe('acronym–expansion pairing', () => {
  it('finds the shortest long form before the parenthesis (Schwartz–Hearst)', () => {
    expect(longForm('DHS', 'The U.S. Department of Homeland Security')).toBe('Department of Homeland Security');
    expect(longForm('ICE', 'officials of the U.S. Immigration and Customs Enforcement')).toBe('Immigration and Customs Enforcement');
    expect(longForm('CHC', 'including members of the Congressional Hispanic Caucus')).toBe('Congressional Hispanic Caucus');
    expect(longForm('TPS', 'he said yesterday')).toBeUndefined();
  });

  it('pairs definitions in sentences, through a possessive', () => {
    const text = "They denounce the U.S. Department of Homeland Security's (DHS) raids. The Environmental Protection Agency (EPA) agreed.";
    const defs = findDefinitions(splitSentences('a', text));
    expect(defs.map((d) => [d.acronym, d.expansion])).toEqual([
      ['DHS', 'Department of Homeland Security'],
      ['EPA', 'Environmental Protection Agency'],
    ]);
  });

  it('finds bare and bracketed uses, not parts of words', () => {
    const uses = findAcronymUses('the [DHS] is returning; ICE agents; HTTPS pages; ICED coffee; an agency within DHS.');
    // whole words only: "HTTPS" and "ICED" are their own tokens, never "TPS" or "ICE"
    expect(uses.map((u) => u.acronym)).toEqual(['DHS', 'ICE', 'HTTPS', 'ICED', 'DHS']);
  });

  it('pairs an acronym used implicitly with a title-case expansion found elsewhere', () => {
    const texts = [
      'They should grant them Temporary Protected Status until then.',
      'The lawmakers want TPS and other remedies.',
      'Extend them temporary protected status, the letter said.',
    ];
    expect(findImplicitExpansion('TPS', texts)).toBe('Temporary Protected Status');
  });

  it('does not pair ordinary prose that happens to spell the acronym', () => {
    expect(findImplicitExpansion('UFO', ['stay until federal officials declare it safe'])).toBeUndefined();
    expect(findImplicitExpansion('GOP', ['GOP contenders Donald Trump'])).toBeUndefined();
  });

  it('takes the short form of a "Department of X" name when the texts use it alone', () => {
    const alone = ['The Department of Homeland Security (DHS) began raids.', 'Homeland Security Secretary Jeh Johnson said so.'];
    expect(shortForms('Department of Homeland Security', alone)).toEqual(['Homeland Security']);
    // only ever inside the full name: not a name of its own in these texts
    expect(shortForms('Department of Homeland Security', ['The Department of Homeland Security said so.'])).toEqual([]);
    // one word is an ordinary word ("justice"), and other names have no head to drop
    expect(shortForms('Department of Justice', ['Justice was done.'])).toEqual([]);
    expect(shortForms('Immigration and Customs Enforcement', ['Customs Enforcement agents'])).toEqual([]);
  });
});
