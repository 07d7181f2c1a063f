/**
 * The matcher alone on the synthetic pages' exact blocks (what the content script hands it),
 * next to the page bench's floor (one regex of every surface form) over the same texts, in the
 * same run. Run: `npx tsx tests/bench/matcher-blocks.ts [bytes...]` (default 1 MB and 5 MB).
 * Times are medians of several runs, in ms; nothing is asserted.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { asRendered } from '../../src/content/engine.ts';
import { readBlocks } from '../../src/content/text-model.ts';
import { compileMatcher } from '../../src/matcher/index.ts';
import type { Dataset } from '../../src/shared/dataset-schema.ts';
import { syntheticPage } from './synthetic-page.ts';

const dataset = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8')) as Dataset;

/** The page bench's floor regex (see page-scan-entry.ts): every surface form, longest first. */
function floorPattern(): RegExp {
  const forms = dataset.entries.flatMap((entry) => {
    const rule = entry.match;
    switch (rule.type) {
      case 'acronym':
        return [...rule.acronyms, ...rule.names];
      case 'name':
        return rule.names;
      case 'person':
        return [...rule.fullNames, rule.surname];
      case 'quantity':
        return rule.counted.map((noun) => `${rule.value} ${noun}`);
    }
  });
  const escaped = [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`\\b(?:${escaped.join('|')})\\b`, 'i');
}

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

function time(runs: number, fn: () => void): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function measure(bytes: number, runs: number): Promise<void> {
  const blocks = await syntheticBlocks(bytes);
  const chars = blocks.reduce((n, b) => n + b.length, 0);
  const floor = floorPattern();
  // Warm-up: the figures are for code the JIT has compiled, as after a page's first blocks.
  const warm = compileMatcher(dataset);
  const warmPage = warm.newPage();
  for (const b of blocks) if (warm.mayMatch(b)) warm.observe(warmPage, b);
  for (const b of blocks) if (warm.mayMatch(b)) warm.find(b, warmPage);
  let hits = 0;
  const floorMs = time(runs, () => {
    hits = 0;
    for (const b of blocks) if (floor.test(b)) hits++;
  });
  for (let i = 0; i < 5; i++) compileMatcher(dataset);
  const compileMs = time(runs * 2, () => compileMatcher(dataset));
  const matcher = compileMatcher(dataset);
  let relevant: string[] = [];
  const mayMatchMs = time(runs, () => {
    relevant = blocks.filter((b) => matcher.mayMatch(b));
  });
  let mentions = 0;
  const observes: number[] = [];
  const finds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const page = matcher.newPage();
    const t0 = performance.now();
    for (const b of relevant) matcher.observe(page, b);
    const t1 = performance.now();
    mentions = 0;
    for (const b of relevant) mentions += matcher.find(b, page, { sensitivity: 'balanced' }).length;
    const t2 = performance.now();
    observes.push(t1 - t0);
    finds.push(t2 - t1);
  }
  const observeMs = median(observes);
  const findMs = median(finds);
  const f = (x: number): string => x.toFixed(1);
  console.log(
    `${(bytes / 1e6).toFixed(0)} MB page: ${blocks.length} blocks, ${(chars / 1e6).toFixed(2)} M chars, ` +
      `${relevant.length} pass mayMatch, ${mentions} mentions, floor hits ${hits}`,
  );
  console.log(
    `  compile ${compileMs.toFixed(2)} ms | mayMatch ${f(mayMatchMs)} | observe ${f(observeMs)} | find ${f(findMs)} | ` +
      `matcher total ${f(mayMatchMs + observeMs + findMs)} ms | floor ${f(floorMs)} ms | ` +
      `ratio ${((mayMatchMs + observeMs + findMs) / floorMs).toFixed(1)}× (median of ${runs})`,
  );
}

async function main(): Promise<void> {
  // A page's content script compiles once, cold: the first call in this process is that figure.
  const cold = performance.now();
  compileMatcher(dataset);
  console.log(
    `compile, first call in this process (cold, as on each page load): ${(performance.now() - cold).toFixed(1)} ms`,
  );
  const sizes = process.argv.slice(2).map(Number);
  for (const bytes of sizes.length > 0 ? sizes : [1_000_000, 5_000_000]) await measure(bytes, 15);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
