import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../build/dataset/organizations.ts';
import { fold, slugify, splitSentences } from '../../../build/dataset/text.ts';

describe('sentences', () => {
  it('splits at sentence ends but not after abbreviations, with exact offsets', () => {
    const text = 'Sen. Bernie Sanders wrote. Rep. Luis Gutierrez, D-Ill. Rep. Steny Hoyer signed.\n"We care." They met in the U.S. Department of State.';
    const sentences = splitSentences('a', text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Sen. Bernie Sanders wrote.',
      'Rep. Luis Gutierrez, D-Ill. Rep. Steny Hoyer signed.',
      '"We care."',
      'They met in the U.S. Department of State.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('makes stable readable slugs and folds accents', () => {
    expect(slugify('Martin O’Malley')).toBe('martin-omalley');
    expect(slugify('2016-01-07-ibtimes-sanders-letter')).toBe('2016-01-07-ibtimes-sanders-letter');
    expect(fold('Linda Sánchez')).toBe(fold('Linda Sanchez'));
  });
});

describe('organisations', () => {
  it('finds head-word names, "Office of …" names and reporting outlets', () => {
    const text =
      'He met the Domestic Policy Council Director and the top Democrat on the Judiciary Committee. ' +
      'They work with the Office of the United Nations High Commissioner for Refugees. ' +
      'She said so, the Hill reported Wednesday. As Latin Post reported, he agreed.';
    const names = findOrganizations(splitSentences('a', text)).map((o) => o.name);
    expect(names).toEqual([
      'Domestic Policy Council',
      'Judiciary Committee',
      'Office of the United Nations High Commissioner for Refugees',
      'the Hill',
      'Latin Post',
    ]);
  });
});
