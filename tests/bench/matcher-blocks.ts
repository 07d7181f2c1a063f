/**
 * The matcher alone on the synthetic pages' exact blocks (what the content script hands it),
 * next to the page bench's floor (one regex of every surface form) over the same texts, in the
 * same run. Run: `npx tsx tests/bench/matcher-blocks.ts [bytes...]` (default 1 MB and 5 MB).
 * The first size also gets a first pass on code that has not run yet (what each page load
 * sees); then medians (and minimums) of warm runs, in ms. Nothing is asserted. Under tsx the
 * code carries tsx's helpers: for figures closer to the extension's, bundle it with esbuild.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { asRendered } from '../../src/content/engine.ts';
import { readBlocks } from '../../src/content/text-model.ts';
import { compileMatcher } from '../../src/matcher/index.ts';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { floorPattern } from './surface-forms.ts';
import { syntheticPage } from './synthetic-page.ts';

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Dataset;

/** The block texts the content script would give the matcher for a synthetic page of `bytes`. */
export async function syntheticBlocks(bytes: number): Promise<string[]> {
  // jsdom ships no types (the unit tests reach it through vitest): only its constructor is used.
  const jsdom = 'jsdom';
  const { JSDOM } = (await import(jsdom)) as { JSDOM: new (html: string) => { window: Window } };
  const { window } = new JSDOM(syntheticPage(bytes).html);
  // The block reader uses the DOM's globals (Node, NodeFilter, ...), as in the content script.
  const globals = globalThis as Record<string, unknown>;
  for (const name of ['Node', 'NodeFilter', 'Element', 'HTMLElement', 'Text', 'ShadowRoot', 'getComputedStyle']) {
    globals[name] ??= (window as unknown as Record<string, unknown>)[name];
  }
  const body = window.document.body;
  const texts = readBlocks(body, body).map((b) => asRendered(b.text));
  window.close();
  return texts;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** "median (min)" of several timings, in ms. */
const spread = (xs: number[]): string => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)})`;

function times(runs: number, fn: () => void): number[] {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return ms;
}

/** One page's worth of matcher work, as the content script does it: ms per step. */
function pass(blocks: readonly string[]): {
  compile: number;
  mayMatch: number;
  observe: number;
  find: number;
  mentions: number;
} {
  const t0 = performance.now();
  const matcher = compileMatcher(dataset);
  const t1 = performance.now();
  const relevant = blocks.filter((b) => matcher.mayMatch(b));
  const t2 = performance.now();
  const page = matcher.newPage();
  for (const b of relevant) matcher.observe(page, b);
  const t3 = performance.now();
  let mentions = 0;
  for (const b of relevant) mentions += matcher.find(b, page, { sensitivity: 'balanced' }).length;
  const t4 = performance.now();
  return { compile: t1 - t0, mayMatch: t2 - t1, observe: t3 - t2, find: t4 - t3, mentions };
}

async function measure(bytes: number, runs: number, cold: boolean): Promise<void> {
  const blocks = await syntheticBlocks(bytes);
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  const f = (x: number): string => x.toFixed(1);
  if (cold) {
    // What a page load sees: the matcher's code has not run yet in this process.
    const first = pass(blocks);
    console.log(
      `${(bytes / 1e6).toFixed(0)} MB page, first pass (cold code): compile ${f(first.compile)} | mayMatch ` +
        `${f(first.mayMatch)} | observe ${f(first.observe)} | find ${f(first.find)} ms`,
    );
  }
  for (let i = 0; i < 3; i++) pass(blocks); // warm-up
  const floor = floorPattern(dataset);
  let hits = 0;
  const floorMs = times(runs, () => {
    hits = 0;
    for (const b of blocks) if (floor.test(b)) hits++;
  });
  const passes = Array.from({ length: runs }, () => pass(blocks));
  const relevant = compileMatcher(dataset);
  const of = (key: 'compile' | 'mayMatch' | 'observe' | 'find'): number[] => passes.map((p) => p[key]);
  const total = passes.map((p) => p.mayMatch + p.observe + p.find);
  console.log(
    `${(bytes / 1e6).toFixed(0)} MB page: ${blocks.length} blocks, ${(chars / 1e6).toFixed(2)} M chars, ` +
      `${blocks.filter((b) => relevant.mayMatch(b)).length} pass mayMatch, ${passes[0]!.mentions} mentions, floor hits ${hits}`,
  );
  console.log(
    `  warm, ms, median (min) of ${runs}: compile ${spread(of('compile'))} | mayMatch ${spread(of('mayMatch'))} | ` +
      `observe ${spread(of('observe'))} | find ${spread(of('find'))} | matcher ${spread(total)} | floor ${spread(floorMs)} | ` +
      `matcher/floor ${(median(total) / median(floorMs)).toFixed(1)}×`,
  );
}

async function main(): Promise<void> {
  // A page's content script compiles once, cold: the first call in this process is that figure.
  const sizes = process.argv.slice(2).map(Number);
  const list = sizes.length > 0 ? sizes : [1_000_000, 5_000_000];
  for (const [k, bytes] of list.entries()) await measure(bytes, 15, k === 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
