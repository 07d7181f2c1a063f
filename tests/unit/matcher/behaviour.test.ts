import { describe, expect, it } from 'vitest';
import { compileMatcher, type Mention } from '../../../src/matcher/index.ts';
import type { FindOptions } from '../../../src/matcher/types.ts';
import { datasets } from './datasets.ts';

const STORY =
  'Immigration agents carried out deportation raids on Central American families, the Obama administration said.';

describe.each(datasets())('matcher behaviour (%s)', (_name, dataset) => {
  const matcher = compileMatcher(dataset);
  const find = (blocks: string[], options?: FindOptions): Mention[] => matcher.matchBlocks(blocks, options).flat();
  const spans = (blocks: string[], options?: FindOptions): string[] =>
    find(blocks, options).map((m) => `${m.entry}:${m.text}`);

  it('maps offsets back through no-break spaces, curly quotes, dashes and combining marks', () => {
    const text = `Caf\u0065\u0301 news \u2014 \u201cTwenty\u2011two\u00a0Democratic senators\u201d asked Obama to halt the deportation raids.`;
    const [m] = find([text]).filter((x) => x.entry === 'senate-letter-22');
    expect(m?.text).toBe('Twenty\u2011two\u00a0Democratic senators');
    expect(text.slice(m!.start, m!.end)).toBe(m!.text);
  });

  it('reads soft hyphens and zero-width characters inside words', () => {
    expect(spans([`${STORY} ICE agents detained 121 immi\u00adgrants.`])).toContain('raids-121:121 immi\u00adgrants');
  });

  it('joins a word hyphenated across a line break, and maps its offsets back', () => {
    const text = `${STORY} U.S. Immigra-\ntion and Customs Enforcement held 121 adults and chil-\n  dren.`;
    const found = find([text]);
    expect(found.map((m) => `${m.entry}:${m.text}`)).toEqual(
      expect.arrayContaining(['raids-121:121 adults and chil-\n  dren']),
    );
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    // A hyphen before a capital or at the end of a line without a word after it stays as written.
    expect(spans([`${STORY} 121 well-\nTrained agents.`])).not.toContain('raids-121:121 well-\nTrained agents');
  });

  it('reads HTML character references left in the text as their characters', () => {
    const text = `${STORY} Agents held 121&nbsp;people; &#8220;22 senators&#8221; wrote to Obama &amp; Johnson.`;
    const found = find([text]);
    expect(found.map((m) => `${m.entry}:${m.text}`)).toEqual(
      expect.arrayContaining(['raids-121:121&nbsp;people', 'senate-letter-22:22 senators']),
    );
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Not a reference: an unknown name, or no semicolon.
    const loose = spans([`${STORY} Agents held 121&nosuch;people and 121&nbsp people.`]);
    expect(loose.filter((s) => s.startsWith('raids-121'))).toEqual([]);
  });

  it('takes the country’s name before an agency’s into the mention, not “the”', () => {
    for (const prefix of ['United States', 'U.S.', 'US']) {
      expect(spans([`${STORY} The ${prefix} Department of Homeland Security declined to comment.`])).toContain(
        `dhs:${prefix} Department of Homeland Security`,
      );
    }
  });

  it('a name without a head word of its own, followed by one, is another body’s', () => {
    const dhs = (line: string): string[] => spans([`${STORY} ${line}`]).filter((x) => x.startsWith('dhs:'));
    expect(dhs('The Georgia Emergency Management and Homeland Security Agency reported.')).toEqual([]);
    expect(dhs('The Senate Homeland Security and Governmental Affairs Committee met.')).toEqual([]);
    expect(dhs('The Department of Homeland Security Office of Inspector General reported.')).toEqual([
      'dhs:Department of Homeland Security',
    ]);
  });

  it('reads a full middle name or middle initials between first name and surname', () => {
    for (const name of ['Jeh Charles Johnson', 'Jeh C. Johnson', 'JEH CHARLES JOHNSON', 'Jeh “Jay” Johnson']) {
      expect(spans([`${STORY} ${name} defended the raids.`])).toContain(`jeh-johnson:${name}`);
    }
    expect(spans([`${STORY} Jeh and Susan Johnson defended the raids.`])).not.toContain(
      'jeh-johnson:Jeh and Susan Johnson',
    );
  });

  it('counts pairs of nouns a reporter coordinates, in either order, English and Spanish', () => {
    for (const noun of ['moms and kids', 'kids and their moms', 'women with children', 'youngsters and parents']) {
      expect(spans([`${STORY} Agents detained 121 ${noun} in the raids.`])).toContain(`raids-121:121 ${noun}`);
    }
    expect(spans([`${STORY} Los agentes detuvieron a 121 madres con sus hijos en las redadas.`])).toContain(
      'raids-121:121 madres con sus hijos',
    );
  });

  it('reads a "-plus" after a number as a floor, and "a couple dozen" as about two dozen', () => {
    expect(spans([`${STORY} Agents took a hundred-plus women and children into custody.`])).toContain(
      'raids-121:a hundred-plus women and children',
    );
    expect(spans([`${STORY} Agents took 120-plus people into custody.`])).toContain('raids-121:120-plus people');
    expect(spans([`${STORY} Agents took 130-plus people into custody.`])).not.toContain('raids-121:130-plus people');
    expect(spans([`${STORY} A couple dozen Democratic senators wrote to Obama.`])).toContain(
      'senate-letter-22:A couple dozen Democratic senators',
    );
  });

  it('runs a count through the chamber named after it, which narrows a vague noun', () => {
    const letter = (phrase: string): string[] => spans([`${phrase} signed a letter asking Obama to stop the raids.`]);
    expect(letter('22 members of the Senate Democratic caucus')).toContain(
      'senate-letter-22:22 members of the Senate Democratic caucus',
    );
    expect(letter('146 Democrats in the House of Representatives')).toContain(
      'house-letter-146:146 Democrats in the House of Representatives',
    );
    expect(letter('22 members of the House').filter((s) => s.startsWith('senate-letter-22'))).toEqual([]);
    expect(
      spans(['146 congresistas de la Cámara de Representantes firmaron una carta a Obama contra las redadas.']),
    ).toContain('house-letter-146:146 congresistas de la Cámara de Representantes');
  });

  it('knows an office by its last word and by the other words for it', () => {
    for (const title of ['spokesman', 'press secretary', 'White House spokeswoman']) {
      expect(spans([`${STORY} Asked about the raids, ${title} Earnest said nothing.`])).toContain(
        'josh-earnest:Earnest',
      );
    }
    expect(spans([`${STORY} Asked about the raids, columnist Earnest said nothing.`])).not.toContain(
      'josh-earnest:Earnest',
    );
  });

  it('other English words for a context term count as that term (“rounded up” as “detained”)', () => {
    const page = (line: string): string[] => spans(['Obama defended the raids.', line]);
    expect(page('They rounded up 121 people.')).toContain('raids-121:121 people');
    expect(page('They greeted 121 people.')).not.toContain('raids-121:121 people');
  });

  it('never lets one mention cut another in two: the one that starts first is kept', () => {
    const found = spans([`${STORY} Sen. Bernie Sanders’ letter to the president called the raids inhumane.`]);
    expect(found).toContain('bernie-sanders:Bernie Sanders');
    expect(found.filter((s) => s.includes('Sanders’ letter'))).toEqual([]);
  });

  it('takes a fact’s figure alone only as a restatement, with the story beside it, and never a date, price or address', () => {
    const first = `${STORY} Agents detained 121 people in the raids.`;
    const bare = (line: string): string[] => spans([first, line]).filter((s) => s === 'raids-121:121');
    expect(bare('Immigration officials later said the exact number was 121.')).toEqual(['raids-121:121']);
    expect(bare('Of the raids, DHS said: 121, all with final orders.')).toEqual(['raids-121:121']);
    expect(bare('Immigration lawyers met the families of the 121 taken in the raids.')).toEqual(['raids-121:121']);
    expect(spans([STORY, 'Immigration officials later said the exact number was 121.'])).not.toContain('raids-121:121');
    expect(bare('The exact number was 121.')).toEqual([]);
    for (const trap of [
      'DHS staff met about the raids in room 121.',
      'Immigration officials met about the raids on Jan. 121.',
      'The raids cost DHS $121 million.',
      'The raids closed Highway 121 for DHS.',
      'DHS said the raids ran 121-14 in its favour.',
      'DHS said 121 agents took part in the raids.',
    ]) {
      expect(bare(trap)).toEqual([]);
    }
  });

  it('counts no one in a cause: "100 immigrants’ rights protesters" is a count of protesters', () => {
    expect(
      spans([`${STORY} Upward of 120 immigrants’ rights protesters gathered.`]).filter((s) =>
        s.startsWith('raids-121'),
      ),
    ).toEqual([]);
    expect(spans([`${STORY} Upward of 120 immigrants were detained.`])).toContain('raids-121:Upward of 120 immigrants');
  });

  it('takes "all" before a count into it', () => {
    expect(spans([`${STORY} ICE said all 121 people had final orders of removal.`])).toContain(
      'raids-121:all 121 people',
    );
  });

  it('takes an approximate figure alone as a restatement too, and "-odd" as "more than"', () => {
    const first = `${STORY} Agents detained 121 people in the raids.`;
    expect(spans([first, 'Immigration officials said the total was roughly 120.'])).toContain('raids-121:roughly 120');
    expect(spans([first, 'Immigration officials said the total was roughly 200.'])).not.toContain(
      'raids-121:roughly 200',
    );
    expect(spans([`${STORY} The raids netted a hundred-odd people.`])).toContain('raids-121:a hundred-odd people');
  });

  it('counts a list of nouns as one group, and a part of a group named after "of"', () => {
    const found = spans([`${STORY} Agents detained 121 mothers, fathers and children; later 121 fathers.`]);
    expect(found).toContain('raids-121:121 mothers, fathers and children');
    expect(found).not.toContain('raids-121:121 fathers');
    expect(spans([`${STORY} Agents detained 121 people, taken on Sunday.`])).toContain('raids-121:121 people');
    expect(spans([`${STORY} 146 of his colleagues signed a letter to Obama.`])).toContain(
      'house-letter-146:146 of his colleagues',
    );
    expect(spans([`${STORY} Democrats ask Obama to halt raids; 22 in Senate join 146 in House.`])).toEqual(
      expect.arrayContaining(['senate-letter-22:22 in Senate', 'house-letter-146:146 in House']),
    );
  });

  it('reads number words in any case and form', () => {
    for (const n of ['one hundred twenty-one', 'One Hundred and Twenty-One', 'ONE HUNDRED TWENTY ONE']) {
      expect(spans([`${STORY} Agents detained ${n} people in the raids.`])).toContain(`raids-121:${n} people`);
    }
  });

  it('judges values against qualifiers', () => {
    const letter = (q: string): string[] =>
      spans([`${q} House Democrats signed a letter asking Obama to suspend the deportation raids.`]);
    expect(letter('More than 140')).toContain('house-letter-146:More than 140 House Democrats');
    expect(letter('About 150')).toContain('house-letter-146:About 150 House Democrats');
    expect(letter('Fewer than 150')).toContain('house-letter-146:Fewer than 150 House Democrats');
    expect(letter('More than 150').filter((s) => s.startsWith('house'))).toEqual([]);
    expect(letter('Nearly 140').filter((s) => s.startsWith('house'))).toEqual([]);
    expect(letter('More than 100').filter((s) => s.startsWith('house'))).toEqual([]);
    expect(letter('A group of 146')).toContain('house-letter-146:146 House Democrats');
  });

  it('needs the counted noun to be of the fact’s class', () => {
    const text = `${STORY} 22 House Democrats and 146 senators and 121 law professors signed letters.`;
    expect(find([text]).filter((m) => m.entry.includes('letter') || m.entry === 'raids-121')).toEqual([]);
  });

  it('rejects a quantity next to a year outside the story', () => {
    expect(spans(['In 2017, 22 senators wrote to the president about deportation raids and tax policy.'])).toEqual([]);
    expect(spans(['In January 2016, 22 senators wrote to the president about deportation raids.'])).toContain(
      'senate-letter-22:22 senators',
    );
  });

  it('sensitivity moves the threshold; numbers default to strict', () => {
    // Page about the story, but nothing near the number itself.
    const blocks = [STORY, 'Separately, 121 immigrants attended the conference on Tuesday.'];
    expect(spans(blocks)).not.toContain('raids-121:121 immigrants');
    expect(spans(blocks, { sensitivity: 'balanced' })).toContain('raids-121:121 immigrants');
    // A vague noun ("people") with only page-level support needs the generous setting.
    const vague = [STORY, 'Separately, 121 people attended the conference on Tuesday.'];
    expect(spans(vague, { sensitivity: 'balanced' })).not.toContain('raids-121:121 people');
    expect(spans(vague, { numberSensitivity: 'generous' })).toContain('raids-121:121 people');
  });

  it('ignores acronyms in shouted text and inside other words', () => {
    expect(spans(['ICE STORM HITS TEXAS AS DEPORTATION RAIDS CONTINUE'])).not.toContain('ice:ICE');
    expect(
      spans([`${STORY} NOTICE: HTTPS only; ICED drinks; DHS-approved forms.`]).filter((s) => /^(ice|tps):/.test(s)),
    ).toEqual([]);
    expect(spans([`${STORY} Forms are DHS-approved.`])).toContain('dhs:DHS');
  });

  it('names an agency by the short form of its name, with the cues its acronym takes', () => {
    expect(spans(['Immigration agents detained families over the weekend, Homeland Security said.'])).toContain(
      'dhs:Homeland Security',
    );
    // No story term nearby: "Secretary" after the name is what makes it the agency.
    expect(spans(['Homeland Security Secretary Jeh Johnson defended the operation.'])).toEqual([
      'dhs:Homeland Security',
      'jeh-johnson:Jeh Johnson',
    ]);
    expect(spans(['The homeland security budget rose this year.'])).toEqual([]);
    // An organisation without an acronym gets no such cue ("White House press secretary" is everywhere).
    expect(spans(['White House press secretary Sarah Sanders said the trip was off.'])).toEqual([]);
  });

  it('a short word in capitals or an acronym in another sense is no story evidence', () => {
    // Storage pages: "RAID" is not "raids", and TPS is transactions per second there.
    expect(spans(['Our RAID 5 array doubled TPS after the migration.'])).toEqual([]);
    expect(spans(['The ICE vehicle market grew; TPS doubled.'])).toEqual([]);
    // The same words as the story writes them still count.
    expect(spans(['Our raids doubled TPS requests from families.'])).toContain('tps:TPS');
    expect(spans(['ICE agents carried out raids; TPS holders were afraid.'])).toContain('tps:TPS');
  });

  it('a page defining the acronym differently vetoes it on the whole page', () => {
    const blocks = [
      'The Department of Human Services (DHS) runs food programs.',
      `${STORY} DHS officials declined to comment.`,
    ];
    expect(spans(blocks).filter((s) => s.startsWith('dhs:DHS'))).toEqual([]);
    expect(
      spans(['DHS (Department of Human Services) caseworkers.', STORY]).filter((s) => s.startsWith('dhs:DHS')),
    ).toEqual([]);
  });

  it('a bare surname needs the full name or title + surname earlier on the page', () => {
    expect(spans([STORY, 'Johnson said more raids were coming.'])).not.toContain('jeh-johnson:Johnson');
    expect(spans(['Jeh Johnson defended the raids.', 'Johnson said more raids were coming.'])).toContain(
      'jeh-johnson:Johnson',
    );
    expect(spans(['Johnson said more raids were coming.', 'Jeh Johnson defended the raids.'])).not.toContain(
      'jeh-johnson:Johnson',
    );
    expect(spans([`${STORY} Sen. Sanders wrote to Obama; Sanders called the raids inhumane.`])).toEqual(
      expect.arrayContaining(['bernie-sanders:Sanders']),
    );
    expect(spans([`Bernie Sanders spoke about the raids. Colonel Sanders and Deion Sanders did not.`])).toEqual([
      'bernie-sanders:Bernie Sanders',
    ]);
  });

  it('gives each mention a reason naming its evidence', () => {
    const [m] = find(['On Friday, 22 senators wrote to the president about the immigration raids.']);
    expect(m?.reason).toMatch(/22 \+ senators; nearby: .*raids/);
  });

  it('rejects a page context from another matcher', () => {
    const other = compileMatcher(dataset);
    expect(() => matcher.find('text', other.newPage())).toThrow(/newPage/);
  });
});
