/**
 * Matcher benchmark: throughput on 1 MB of news-like text next to the floor (one precompiled
 * alternation regex of every surface form over the same text), slowdown as the dataset grows
 * from 50 to 500 to 5,000 entries, and compile time for the story pack. Goals are printed, never
 * asserted; every figure is measured in this run.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compileMatcher } from '../../src/matcher/index.ts';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { htmlToParagraphs } from '../eval/html-text.ts';
import { syntheticDataset } from './synthetic-dataset.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const MB = 1024 * 1024;

function storyDataset(): { dataset: Dataset; source: string } {
  const built = new URL('data/dataset.json', root);
  const source = existsSync(built) ? 'data/dataset.json' : 'tests/fixtures/matcher/dataset.json';
  return { dataset: JSON.parse(read(source)) as Dataset, source };
}

/** ~1 MB of paragraphs: the story's articles and mention cases mixed into real pages' text. */
function newsLikeParagraphs(): string[] {
  const story = readdirSync(new URL('data/corpus/articles/', root)).flatMap((f) =>
    read(`data/corpus/articles/${f}`)
      .split(/\n+/)
      .filter((p) => p.trim()),
  );
  const cases = (
    JSON.parse(read('tests/fixtures/mention-cases.json')) as { cases: { page: string[] }[] }
  ).cases.flatMap((c) => c.page);
  const pagesDir = new URL('../shared/pages/', root);
  const pages = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .flatMap((f) => htmlToParagraphs(readFileSync(new URL(f, pagesDir), 'utf8')).filter((p) => p.length > 80));
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < MB; i++) {
    // One story paragraph for every nine paragraphs of ordinary text.
    const p = i % 10 === 0 ? [...story, ...cases][(i / 10) % (story.length + cases.length)]! : pages[i % pages.length]!;
    out.push(p);
    size += p.length;
  }
  return out;
}

function surfaceForms(dataset: Dataset): string[] {
  return dataset.entries.flatMap((e) => {
    const m = e.match;
    switch (m.type) {
      case 'acronym':
        return [...m.acronyms, ...m.names];
      case 'name':
        return m.names;
      case 'person':
        return [...m.fullNames, m.surname];
      case 'quantity':
        return [String(m.value), ...m.counted];
    }
  });
}

/** This process's CPU time in ms: steadier than wall time when other work shares the machine. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Best of `runs` timings (CPU time), in ms. */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = cpuMs();
    fn();
    min = Math.min(min, cpuMs() - t0);
  }
  return min;
}

const mbPerSecond = (chars: number, ms: number): string => (chars / MB / (ms / 1000)).toFixed(2);

export function run(): void {
  const { dataset, source } = storyDataset();
  const paragraphs = newsLikeParagraphs();
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  console.log(
    `dataset: ${source} (${dataset.entries.length} entries); text: ${(chars / MB).toFixed(2)} MB in ${paragraphs.length} paragraphs; times are CPU time, best of 5`,
  );

  const matcher = compileMatcher(dataset);
  let mentions = 0;
  const matcherMs = best(5, () => {
    mentions = matcher.matchBlocks(paragraphs).reduce((n, m) => n + m.length, 0);
  });
  const escaped = [...new Set(surfaceForms(dataset))]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const floor = new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'gi');
  let floorHits = 0;
  const floorMs = best(5, () => {
    floorHits = 0;
    for (const p of paragraphs) floorHits += p.match(floor)?.length ?? 0;
  });
  console.log(`matcher (observe + find per paragraph): ${mbPerSecond(chars, matcherMs)} MB/s, ${mentions} mentions`);
  console.log(
    `floor (one alternation regex of ${escaped.length} surface forms): ${mbPerSecond(chars, floorMs)} MB/s, ${floorHits} raw hits`,
  );
  console.log(
    `ratio: matcher takes ${(matcherMs / floorMs).toFixed(1)}× the floor's time (the floor judges nothing: no sense, no numbers in words)`,
  );

  const timings = [50, 500, 5000].map((size) => {
    const m = compileMatcher(syntheticDataset(dataset, size));
    return { size, ms: best(3, () => m.matchBlocks(paragraphs)) };
  });
  for (const { size, ms } of timings)
    console.log(`  ${String(size).padStart(5)} entries: ${mbPerSecond(chars, ms)} MB/s`);
  const slowdown = timings[2]!.ms / timings[0]!.ms;
  console.log(
    `slowdown 50 → 5,000 entries: ${slowdown.toFixed(2)}× (goal: at most 1.5×) ${slowdown <= 1.5 ? 'OK' : 'MISSED'}`,
  );

  for (let i = 0; i < 5; i++) compileMatcher(dataset); // warm-up
  const compileMs = best(20, () => compileMatcher(dataset));
  const big = syntheticDataset(dataset, 5000);
  const compileBigMs = best(3, () => compileMatcher(big));
  console.log(
    `compile time, this pack: ${compileMs.toFixed(2)} ms (goal: a few ms) ${compileMs <= 5 ? 'OK' : 'MISSED'}; 5,000 entries: ${compileBigMs.toFixed(1)} ms`,
  );
}
