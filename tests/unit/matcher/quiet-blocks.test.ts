/**
 * The matcher skips blocks in which its scan can find nothing, without tokenizing them. That
 * must never change a result: the same pages matched with and without skipping give the same
 * mentions (confidence and reason included), and the skip must actually skip unrelated text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcherWithMeter } from '../../../src/matcher/index.ts';
import { compile } from '../../../src/matcher/compile.ts';
import { regionsOf } from '../../../src/matcher/regions.ts';
import { htmlToParagraphs } from '../../eval/html-text.ts';
import { loadDocs } from '../../eval/eval-files.ts';
import { syntheticDataset } from '../../bench/synthetic-dataset.ts';
import { datasets } from './datasets.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: URL): string => readFileSync(path, 'utf8');

function realPages(): string[][] {
  // Every eval text, tuned and held-out: only their pages are read, never their labels.
  const labelled = loadDocs();
  const cases = (
    JSON.parse(read(new URL('tests/fixtures/mention-cases.json', root))) as { cases: { page: string[] }[] }
  ).cases;
  const articles = readdirSync(new URL('data/corpus/articles/', root)).map((f) =>
    read(new URL(`data/corpus/articles/${f}`, root)).split(/\n+/),
  );
  const pagesDir = new URL('../shared/pages/', root);
  const pages = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .slice(0, 20)
    .map((f) => htmlToParagraphs(read(new URL(f, pagesDir))));
  // Evidence that only a later block gives: page-level terms, and a definition that vetoes "DHS".
  const later = [
    ['DHS officials met the families.', 'Deportation raids on Central American immigrants drew asylum lawyers.'],
    ['DHS officials said the raids would go on.', 'The Department of Human Services (DHS) runs food programs.'],
    ['TPS was extended.', 'Officials explained Temporary Protected Status (TPS) to the families.'],
  ];
  // Restated figures, other events and Spanish copy (accent-free Spanish is plain ASCII text).
  const general = (
    JSON.parse(read(new URL('tests/fixtures/generalization-cases.json', root))) as { cases: { page: string[] }[] }
  ).cases.map((c) => c.page);
  const plainSpanish = [
    ['Veintidos senadores democratas pidieron a Obama frenar las redadas.', 'Mas de 120 personas fueron detenidas.'],
    ['Casi la mitad de los senadores democratas firmaron la carta.', 'ciento veintiun inmigrantes'],
  ];
  return [
    ...labelled.map((d) => d.page),
    ...cases.map((c) => c.page),
    ...general,
    ...plainSpanish,
    ...articles,
    ...pages,
    ...later,
  ];
}

/** Story words, near misses and characters that normalisation folds or removes. */
const PIECES = [
  '22 senators',
  'twenty-two',
  'veintidos',
  'senadores',
  'mas de',
  'la mitad de',
  'nearly half of',
  'redadas',
  '121 people',
  'ICE',
  'Ice',
  'iced',
  'TPS',
  'Homeland Security',
  'Jeh Johnson',
  'Johnson',
  'families',
  'deportations',
  'raided',
  'the',
  'weather',
  'a',
  '(',
  ')',
  '.',
  '\u00a0',
  '\u2019',
  'e\u0301',
  '\u00ad',
  '\u200b',
  'Mu\u00f1oz',
  'Department of Human Services (DHS)',
  'DHS (Department of Human Services)',
  'Temporary Protected Status (TPS)',
  'depor\u00adtation',
  'immi\u200bgration',
  'sen\u00adators',
  'depor-\ntation',
  'Guti&eacute;rrez',
  'was 121.',
  'said: 22,',
  '146',
  'Immigration &amp; Customs Enforcement',
  '121&nbsp;people',
  '&#8220;22 senators&#8221;',
  'Immigra- \n tion',
  'sena-\ntors',
  '\u0130',
  '\u212a',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }).map((p) => p.join('')),
  fc.string({ maxLength: 80 }),
);

describe.each(datasets())('quiet blocks (%s)', (_name, dataset) => {
  const skipping = compileMatcherWithMeter(dataset).matcher;
  const tokenizing = compileMatcherWithMeter(dataset, { skipQuietBlocks: false }).matcher;

  it('skipping gives the same mentions on real and labelled pages', () => {
    for (const page of realPages()) expect(skipping.matchBlocks(page)).toEqual(tokenizing.matchBlocks(page));
  }, 60_000);

  it('skipping gives the same mentions on random pages', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (page) => {
        expect(skipping.matchBlocks(page, { sensitivity: 'generous' })).toEqual(
          tokenizing.matchBlocks(page, { sensitivity: 'generous' }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('long blocks: reading only the regions around triggers gives the same mentions', () => {
    const FILLER = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'in', '2017', '(', ')', ',', '.', '\n'];
    const long = fc
      .array(fc.oneof(fc.constantFrom(...FILLER), fc.constantFrom(...FILLER), fc.constantFrom(...PIECES)), {
        minLength: 400,
        maxLength: 1500,
      })
      .chain((words) => fc.constantFrom(' ', '  ', '\t', ' \n').map((sep) => words.join(sep)));
    fc.assert(
      fc.property(fc.array(long, { minLength: 1, maxLength: 3 }), (page) => {
        expect(skipping.matchBlocks(page, { sensitivity: 'generous' })).toEqual(
          tokenizing.matchBlocks(page, { sensitivity: 'generous' }),
        );
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('long blocks: only the surroundings of triggers are read', () => {
    const c = compile(dataset);
    const filler = 'lorem ipsum dolor sit amet '.repeat(400);
    const text = `${filler}Jeh Johnson defended the raids. ${filler}`;
    const regions = regionsOf(text, c.triggers, c.reach);
    expect(regions).toHaveLength(1);
    const [from, to] = regions[0]!;
    expect(text.slice(from, to)).toContain('Jeh Johnson defended the raids.');
    expect(to - from).toBeLessThan(text.length / 4);
    expect(regionsOf('lorem ipsum '.repeat(400), c.triggers, c.reach)).toEqual([]);
  });

  it('skips text with nothing of the story, even with a large dataset', () => {
    for (const compiled of [compile(dataset), compile(syntheticDataset(dataset, 500))]) {
      expect(compiled.mayMatch('The weather was mild for the season; click here to subscribe.')).toBe(false);
      expect(compiled.mayMatch('Recipe: two eggs, flour and 200 g of milk.')).toBe(false);
      expect(compiled.mayMatch('On Friday 22 senators wrote a letter.')).toBe(true);
      expect(compiled.mayMatch('Deportations began.')).toBe(true);
    }
  });
});
