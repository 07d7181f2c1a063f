import { describe, expect, it } from 'vitest';
import { composeRole, findPeople } from '../../../build/dataset/people.ts';
import { splitSentences } from '../../../build/dataset/text.ts';

const peopleIn = (text: string) => findPeople(splitSentences('a', text));
const roles = (text: string) => Object.fromEntries(peopleIn(text).map((p) => [p.names[0], composeRole(p) ?? null]));

describe('people', () => {
  it('takes the role from the title before the name', () => {
    expect(roles('Homeland Security Secretary Jeh Johnson said agents took the families.')).toEqual({
      'Jeh Johnson': 'Homeland Security Secretary',
    });
    expect(roles('"Not going to change," Obama spokesman Josh Earnest told reporters.')).toEqual({ 'Josh Earnest': 'Obama spokesman' });
    expect(roles('Democratic front-runner and former Secretary of State Hillary Clinton has spoken.')).toEqual({
      'Hillary Clinton': 'Democratic front-runner and former Secretary of State',
    });
  });

  it('reads honorifics, party tags and "of <State>"', () => {
    expect(roles('Among those signing was presidential candidate Sen. Bernie Sanders of Vermont.')).toEqual({
      'Bernie Sanders': 'presidential candidate; Senator from Vermont',
    });
    expect(roles('Not signing was Senate Minority Leader Harry Reid, D-Nev., who hoped.')).toEqual({
      'Harry Reid': 'Senate Minority Leader, D-Nev.',
    });
    expect(roles('Likely to succeed him is Chuck Schumer of New York.')).toEqual({ 'Chuck Schumer': 'from New York' });
  });

  it('splits a list of representatives with party tags', () => {
    const found = roles('Among them are Rep. Zoe Lofgren, D-Calif., Rep. Luis Gutierrez, D-Ill. Rep. Steny Hoyer, D-Md., and Rep. Michelle Lujan Grisham, D-N.M.');
    expect(found).toEqual({
      'Zoe Lofgren': 'Representative, D-Calif.',
      'Luis Gutierrez': 'Representative, D-Ill.',
      'Steny Hoyer': 'Representative, D-Md.',
      'Michelle Lujan Grisham': 'Representative, D-N.M.',
    });
  });

  it('gives the names of a list the office that heads it', () => {
    expect(roles('a campaign in which GOP contenders Donald Trump, Ted Cruz and Marco Rubio have staked out positions')).toEqual({
      'Donald Trump': 'GOP contender',
      'Ted Cruz': 'GOP contender',
      'Marco Rubio': 'GOP contender',
    });
    expect(roles('Senators, including Patrick Leahy of Vermont and Al Franken of Minnesota, said so.')).toEqual({
      'Patrick Leahy': 'Senator from Vermont',
      'Al Franken': 'Senator from Minnesota',
    });
  });

  it('merges spellings that differ only in accents, and reads a non-breaking space', () => {
    const people = peopleIn('U.S. Rep. Linda Sánchez of California said so. Rep. Linda Sanchez, D-Calif. agreed. Director Cecilia\u00a0Muñoz came.');
    expect(people.map((p) => p.names)).toEqual([['Linda Sánchez', 'Linda Sanchez'], ['Cecilia Muñoz']]);
  });

  it('does not take unmarked capitalised runs for people, but finds known names anywhere', () => {
    expect(roles('The Washington Post reported that Central America and New Year weekend raids began.')).toEqual({});
    const people = peopleIn('Clinton spokesperson Jorge Silva spoke. Later, Jorge Silva said more.');
    expect(people[0]?.mentions).toHaveLength(2);
  });
});
