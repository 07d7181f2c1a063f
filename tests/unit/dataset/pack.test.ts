import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, canonicalJson, writeDatasetFile } from '../../../build/dataset/build-dataset.ts';
import type { Dataset, Entry } from '../../../src/shared/dataset-schema.ts';

const CORPUS = path.resolve('data/corpus');
const REQUIRED = ['senate-letter-22', 'house-letter-146', 'raids-121', 'tps', 'dhs', 'ice', 'chc', 'jeh-johnson', 'bernie-sanders', 'josh-earnest'];

let dataset: Dataset;
const entry = (id: string): Entry => {
  const found = dataset.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
/** Article texts read independently of the builder, by the file names in articles.json. */
const texts = new Map<string, string>();

beforeAll(async () => {
  dataset = await buildDataset(CORPUS);
  const list = JSON.parse(readFileSync(path.join(CORPUS, 'articles.json'), 'utf8')) as { articles: { file: string }[] };
  for (const { file } of list.articles) texts.set(path.basename(file, '.txt'), readFileSync(path.join(CORPUS, file), 'utf8'));
});

describe('the story pack (data/corpus)', () => {
  it('has the required ids with their meanings', () => {
    for (const id of REQUIRED) expect(dataset.entries.map((e) => e.id)).toContain(id);
    expect(entry('senate-letter-22').match).toMatchObject({ type: 'quantity', value: 22 });
    expect(entry('house-letter-146').match).toMatchObject({ type: 'quantity', value: 146 });
    expect(entry('raids-121').match).toMatchObject({ type: 'quantity', value: 121 });
    expect(entry('tps').match).toMatchObject({ acronyms: ['TPS'], names: ['Temporary Protected Status'] });
    expect(entry('dhs').match).toMatchObject({ acronyms: ['DHS'], names: ['Department of Homeland Security', 'Homeland Security'] });
    expect(entry('ice').match).toMatchObject({ acronyms: ['ICE'], names: ['Immigration and Customs Enforcement'] });
    expect(entry('chc').match).toMatchObject({ acronyms: ['CHC'], names: ['Congressional Hispanic Caucus'] });
    expect(entry('jeh-johnson').match).toMatchObject({ type: 'person', fullNames: ['Jeh Johnson'], surname: 'Johnson' });
    expect(entry('jeh-johnson').role).toContain('Homeland Security Secretary');
    expect(entry('bernie-sanders').role).toMatch(/Senator from Vermont/);
    expect(entry('bernie-sanders').role).toMatch(/presidential candidate/);
    expect(entry('josh-earnest').role).toBe('Obama spokesman');
  });

  it('quotes every fact verbatim at its offsets in the article file', () => {
    let quotes = 0;
    for (const e of dataset.entries) {
      expect(e.facts.length, e.id).toBeGreaterThan(0);
      for (const { quote } of [...e.facts, ...e.discrepancies]) {
        expect(texts.get(quote.article)?.slice(quote.start, quote.end), `${e.id} ${quote.article}:${quote.start}`).toBe(quote.text);
        quotes++;
      }
    }
    expect(quotes).toBeGreaterThan(dataset.entries.length);
  });

  it('keeps the House letter’s differing versions as discrepancies', () => {
    const house = entry('house-letter-146');
    const claims = house.discrepancies.map((d) => [d.claim, d.value, d.qualifier]);
    expect(claims).toEqual([
      ['More than 140 members of Congress', 140, 'more-than'],
      ['over 100 signatures', 100, 'over'],
    ]);
    expect(house.facts.map((f) => f.statement)).toEqual(expect.arrayContaining(['146 congressional lawmakers', '146 signatures', '146 House lawmakers']));
  });

  it('gives quantities only real count nouns, and none to claims without a comparable value', () => {
    const counted = (id: string): string[] => {
      const m = entry(id).match;
      return m.type === 'quantity' ? m.counted : [];
    };
    // the House letter's "two-page" quote is a plain fact about the letter, not a count of pages
    const twoPage = entry('house-letter-146').facts.find((f) => f.quote.text.startsWith('The two-page letter'));
    expect(twoPage).toBeDefined();
    expect(twoPage).not.toHaveProperty('value');
    expect(counted('house-letter-146')).not.toContain('page');
    // a share keeps its unit: 85 percent of the families is not 85 families
    expect(counted('85-percent')).toEqual(['percent of detained central american families']);
    // "hundreds", "tens of thousands": no value to compare, so nothing to match
    expect(counted('hundreds-families')).toEqual([]);
    expect(counted('tens-of-thousands-families')).toEqual([]);
    for (const e of dataset.entries) {
      if (e.match.type !== 'quantity') continue;
      for (const noun of e.match.counted) expect(noun, e.id).not.toMatch(/^(?:pages?|percent|all .*)$/);
    }
  });

  it('quotes acronyms defined, used in brackets and used implicitly', () => {
    const dhsQuotes = entry('dhs').facts.map((f) => f.quote.text);
    expect(dhsQuotes.some((q) => q.includes('the [DHS] is returning'))).toBe(true);
    expect(dhsQuotes.some((q) => q.includes('Department of Homeland Security (DHS)'))).toBe(true);
    // "TPS" is never defined in parentheses: the pairing comes from "Temporary Protected Status" elsewhere
    expect(entry('tps').facts.some((f) => f.quote.text.includes('safe havens in certain countries, TPS and other'))).toBe(true);
  });

  it('clusters the 121 detained across three sources', () => {
    const raids = entry('raids-121');
    const byPublisher = raids.facts.map((f) => [dataset.articles.find((a) => a.id === f.quote.article)?.publisher, f.statement, f.qualifier]);
    expect(byPublisher).toEqual([
      ['International Business Times', '121 adults and children', 'exact'],
      ['The Hill', '121 people', 'exact'],
      ['Associated Press', 'at least 121 people', 'at-least'],
    ]);
  });

  it('names every person the articles name, with a role', () => {
    const people = dataset.entries.filter((e) => e.kind === 'person');
    const expected = [
      'Jeh Johnson', 'Bernie Sanders', 'Josh Earnest', 'Linda Sánchez', 'Martin O’Malley', 'Hillary Clinton', 'Jorge Silva',
      'Alejandro Mayorkas', 'Cecilia Muñoz', 'Nancy Pelosi', 'Harry Reid', 'Lucille Roybal-Allard', 'Zoe Lofgren',
      'Luis Gutierrez', 'Steny Hoyer', 'Nydia Velasquez', 'Michelle Lujan Grisham', 'Richard Durbin', 'Elizabeth Warren',
      'Patrick Leahy', 'Chuck Schumer', 'Bob Menendez', 'Al Franken', 'Peter Boogaard', 'Barack Obama', 'Donald Trump',
      'Ted Cruz', 'Marco Rubio', 'Michael Oleaga',
    ];
    expect(people.map((p) => p.label).sort()).toEqual([...expected].sort());
    for (const p of people) expect(p.role, p.id).toBeTruthy();
  });

  it('stays within the 20 KB gzipped budget', () => {
    expect(gzipSync(JSON.stringify(dataset)).length).toBeLessThanOrEqual(20 * 1024);
  });

  it('is deterministic and the committed data/dataset.json is in sync', async () => {
    const again = await buildDataset(CORPUS);
    expect(canonicalJson(again)).toBe(canonicalJson(dataset));
    const dir = mkdtempSync(path.join(tmpdir(), 'dataset-out-'));
    try {
      await writeDatasetFile(dataset, path.join(dir, 'a.json'));
      await writeDatasetFile(again, path.join(dir, 'b.json'));
      expect(readFileSync(path.join(dir, 'a.json')).equals(readFileSync(path.join(dir, 'b.json')))).toBe(true);
      expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe(readFileSync('data/dataset.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('builds uncurated entries from the same articles without the curation file', async () => {
    const plain = await buildDataset(CORPUS, { curation: false });
    const ids = plain.entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['22-senators', '146-lawmakers', '121-people', 'tps', 'dhs', 'ice', 'chc', 'jeh-johnson']));
    expect(ids).not.toContain('senate-letter-22');
  });
});
