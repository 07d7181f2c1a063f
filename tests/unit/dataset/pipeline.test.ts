import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../build/dataset/build-dataset.ts';
import { checkStatedFromQuotes } from '../../../build/dataset/verify.ts';
import type { Entry } from '../../../src/shared/dataset-schema.ts';

const MINI = path.resolve('tests/fixtures/dataset/mini');

describe('the pipeline on a hand-made pack, without curation', () => {
  it('derives article ids from file names and extracts every kind of entry', async () => {
    const d = await buildDataset(MINI);
    expect(d.articles.map((a) => a.id)).toEqual(['2020-03-01-gazette-river-plan', '2020-03-04-courier-river-vote']);
    const byId = new Map(d.entries.map((e) => [e.id, e]));
    expect(byId.get('31-members')?.facts[0]).toMatchObject({ value: 31, qualifier: 'exact', counted: 'council members' });
    expect(byId.get('4000-households')?.facts.map((f) => f.qualifier)).toEqual(['more-than', 'about']);
    expect(byId.get('epa')?.match).toMatchObject({ acronyms: ['EPA'], names: ['Environmental Protection Agency'] });
    expect(byId.get('fcd')?.role).toBe('Flood Control District'); // used implicitly in the second article
    expect(byId.get('maria-ortega')).toMatchObject({ kind: 'person', role: 'Council Director' });
    expect(byId.get('tom-becker')).toMatchObject({ role: 'Representative, R-Ohio' });
    expect(byId.get('ana-ruiz')).toMatchObject({ role: 'Senator from Texas' });
    expect(byId.get('regional-water-board')?.kind).toBe('organization');
    expect(byId.get('valley-courier')?.kind).toBe('organization');
    expect(byId.get('texas')?.kind).toBe('place');
    expect([...byId.keys()].some((id) => id.startsWith('2012'))).toBe(false); // a year is not a count
  });

  it('quotes the surname-only mentions of a person named in full elsewhere', async () => {
    const d = await buildDataset(MINI);
    const becker = d.entries.find((e) => e.id === 'tom-becker');
    expect(becker?.facts.map((f) => f.quote.text)).toContain('Becker said the FCD staff had not been consulted.');
  });
});

describe('no summary states what its quotes do not', () => {
  const base: Entry = {
    id: 'x',
    kind: 'quantity',
    label: '22 senators',
    summary: '22 Democratic senators wrote to President Obama.',
    match: { type: 'quantity', value: 22, counted: ['senators'], context: [] },
    facts: [{ statement: '22 senators', quote: { article: 'a', text: 'The 22 Democratic senators wrote to Obama.', start: 0, end: 42 } }],
    discrepancies: [],
    related: [],
  };
  it('accepts numbers, names and titles its quotes hold', () => {
    expect(() => checkStatedFromQuotes(base)).not.toThrow();
  });
  it('rejects a number no quote holds', () => {
    expect(() => checkStatedFromQuotes({ ...base, summary: '23 Democratic senators wrote.' })).toThrow(/summary states number 23/);
    expect(() => checkStatedFromQuotes({ ...base, label: 'Twenty-three senators' })).toThrow(/label states "Twenty-three"/);
  });
  it('rejects a name no quote holds', () => {
    expect(() => checkStatedFromQuotes({ ...base, summary: '22 senators wrote to Obama and Biden.' })).toThrow(/"Biden"/);
    expect(() => checkStatedFromQuotes({ ...base, role: 'Senator from Ohio' })).toThrow(/role states "Ohio"/);
  });
});
