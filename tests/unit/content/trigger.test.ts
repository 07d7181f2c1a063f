/**
 * The content script sends the background only the blocks its trigger test passes (docs/adr/0007).
 * That test must never drop a block the matcher would find something in, for every class of
 * phrasing the matcher handles (accent-free names, Spanish, restated figures...): dropping the
 * blocks it rejects leaves every mention of the page unchanged. It is the matcher's own trigger,
 * copied by the build, so a new matcher rule that widens the trigger widens this test too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import rawDataset from '../../../data/dataset.json';
import { contentTriggerPattern } from '../../../build/content-plugins.ts';
import { mayMatter } from '../../../src/content/trigger.ts';
import { compileMatcher, triggerPatternOf } from '../../../src/matcher/index.ts';
import { compileTriggerPattern } from '../../../src/matcher/triggers.ts';
import type { MatcherDataset } from '../../../src/shared/dataset-schema.ts';
import { loadDocs } from '../../eval/eval-files.ts';

const dataset = rawDataset as unknown as MatcherDataset;
const root = new URL('../../../', import.meta.url);
const json = (path: string) =>
  JSON.parse(readFileSync(new URL(path, root), 'utf8')) as {
    cases?: { page: string[] }[];
    docs?: { page: string[] }[];
  };

/** Every page the project has of how the story is told: both case files, the eval texts, the articles. */
function storyPages(): string[][] {
  const pages = [
    ...json('tests/fixtures/mention-cases.json').cases!.map((c) => c.page),
    ...json('../shared/corpus/generalization-cases.json').cases!.map((c) => c.page),
    // Every eval text, tuned and held-out: only their pages are read, never their labels.
    ...loadDocs().map((d) => d.page),
  ];
  for (const name of readdirSync(new URL('data/corpus/articles/', root))) {
    pages.push(readFileSync(new URL(`data/corpus/articles/${name}`, root), 'utf8').split(/\n+/));
  }
  return pages;
}

const matcher = compileMatcher(dataset);
const withoutDropped = (page: string[]) => page.map((block) => (mayMatter(block) ? block : ''));

describe('the content script’s trigger test', () => {
  it('is the matcher’s own trigger, and the build serves exactly that pattern', async () => {
    const expected = triggerPatternOf(dataset);
    const result = await build({
      stdin: {
        contents: "export { TRIGGER } from './src/content/trigger-pattern.ts';",
        resolveDir: root.pathname,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'esm',
      plugins: [contentTriggerPattern(new URL('data/dataset.json', root).pathname)],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).not.toContain('compileMatcher');
    const built = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { TRIGGER: RegExp };
    expect(built.TRIGGER).toBeInstanceOf(RegExp);
    expect({ source: built.TRIGGER.source, flags: built.TRIGGER.flags }).toEqual(expected);
  });

  it('never drops a block the matcher finds something in, on every case and eval page', () => {
    const pages = storyPages();
    expect(pages.length).toBeGreaterThan(100);
    let dropped = 0;
    for (const page of pages) {
      dropped += page.filter((block) => !mayMatter(block)).length;
      expect(matcher.matchBlocks(withoutDropped(page), { sensitivity: 'generous' })).toEqual(
        matcher.matchBlocks(page, { sensitivity: 'generous' }),
      );
    }
    // It does drop something: the case pages hold blocks with nothing of the story.
    expect(dropped).toBeGreaterThan(0);
  }, 60_000);

  it('never drops a block the matcher finds something in, on random mixes of story words', () => {
    const pieces = [
      '22 senators',
      'Twenty-two Democratic senators',
      'veintidós senadores',
      'más de 120 personas',
      'ICE',
      'hielo',
      'Jeh Johnson',
      'Jeh Johnson’s',
      'JEH JOHNSON',
      'Munoz',
      'Muñoz',
      'Richard J. Durbin',
      'Chuck Schumer',
      'TPS',
      'Temporary Protected Status (TPS)',
      'deportation raids',
      'the',
      '146',
      'House Democrats',
      'well over a hundred',
      'Homeland Security Department',
      '\u00a0',
      '\u00ad',
      'el Servicio de Inmigración y Control de Aduanas',
      '2016',
      'depor-\ntation raids',
      'Immigra-\ntion and Customs Enforcement',
      'Hillary Rodham Clinton',
      'Jeh Charles Johnson',
      'Rep. Luis Guti&eacute;rrez',
      '121&nbsp;people',
    ];
    const block = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 5 }), (page) => {
        expect(matcher.matchBlocks(withoutDropped(page), { sensitivity: 'generous' })).toEqual(
          matcher.matchBlocks(page, { sensitivity: 'generous' }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('looks for no token of a phrase when another of its tokens is looked for already', () => {
    const pattern = compileTriggerPattern({
      lower: [['obama'], ['barack', 'obama'], ['moms', 'and', 'kids']],
      stem: [],
    });
    expect(pattern.source).not.toContain('barack');
    expect(pattern.test('Barack Obama')).toBe(true);
    expect(pattern.test('moms and kids')).toBe(true);
    expect(pattern.test('Barack and his moms')).toBe(true);
    expect(pattern.test('Barack')).toBe(false);
  });

  it('passes nothing of a page without story text', () => {
    expect(mayMatter('The weather was mild for the season; click here to subscribe.')).toBe(false);
    expect(mayMatter('Recipe: two eggs, flour and 200 g of milk.')).toBe(false);
    expect(mayMatter('On Friday 22 senators wrote a letter.')).toBe(true);
  });
});
