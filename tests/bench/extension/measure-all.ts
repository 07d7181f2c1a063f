/**
 * Runs every measurement of the extension bench, one browser at a time: per page the references
 * without the extension, then N traced loads per build (builds interleaved, so a busy spell on this
 * shared machine hits them alike); mark.js on the synthetic pages; heap with against without; Firefox.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Dataset } from '../../../src/shared/dataset-schema.ts';
import { floorPattern, surfaceForms } from '../surface-forms.ts';
import type { BenchOptions } from './bench-options.ts';
import type { BenchPage, PageSet } from './bench-pages.ts';
import { ROOT, type ExtensionBuild } from './extension-builds.ts';
import { openFirefox } from './firefox-wall.ts';
import { naive, reference, type PlainChromium, type Reference } from './without-extension.ts';
import { openChromium, openPlainChromium } from './chromium-tab.ts';
import { heapOfLoad, tracedLoad, type ExtensionLoad } from './with-extension.ts';

export interface PageResult {
  page: BenchPage;
  reference: Reference;
  /** mark.js with every surface form: CPU ms, or 'capped' when it ran past the cap. */
  naive?: { ms: number; marks: number } | 'capped';
  /** Per build label: every load (best-of is taken when printing). */
  loads: Map<string, ExtensionLoad[]>;
  firefoxMs: Map<string, number[]>;
  errors: string[];
}

export interface HeapResult {
  page: BenchPage;
  withoutMb: number;
  /** Per build label: MB added per frame (with − without) / frames. */
  perFrameMb: Map<string, number>;
  /**
   * The same for a content script that does nothing but mark ready: what any content script costs
   * a frame (its isolated world), the floor under the per-frame goal. Undefined if it failed.
   */
  emptyScriptMb: number | undefined;
}

export interface BenchResults {
  builds: ExtensionBuild[];
  pages: PageResult[];
  heap: HeapResult[];
  contentGzipBytes: Map<string, number>;
  naiveCapMs: number;
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

/** `extras: false` leaves out mark.js and the heap (the paint-mode comparison needs neither). */
export async function measureAll(
  builds: ExtensionBuild[],
  set: PageSet,
  options: BenchOptions,
  extras = true,
): Promise<BenchResults> {
  const dataset = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8')) as Dataset;
  const pattern = floorPattern(dataset);
  const forms = surfaceForms(dataset);
  const naiveCapMs = options.quick ? 30_000 : 90_000;
  const server = await set.serve();
  const plain = await openPlainChromium();
  const results: BenchResults = {
    builds,
    pages: [],
    heap: [],
    naiveCapMs,
    contentGzipBytes: new Map(
      builds.map((build) => [build.label, gzipSync(readFileSync(join(build.chrome, 'content.js'))).length]),
    ),
  };
  try {
    for (const page of set.pages) {
      const url = server.url + page.path;
      const result: PageResult = {
        page,
        reference: { floorMs: NaN, floorHits: 0, editTaskMs: NaN },
        loads: new Map(),
        firefoxMs: new Map(),
        errors: [],
      };
      results.pages.push(result);
      try {
        result.reference = await reference(plain, url, pattern);
      } catch (error) {
        result.errors.push(`reference: ${message(error)}`);
      }
      for (let run = 0; run < options.runs; run++) {
        for (const build of builds) {
          try {
            const load = await tracedLoad(build.chrome, url, page);
            result.loads.set(build.label, [...(result.loads.get(build.label) ?? []), load]);
          } catch (error) {
            result.errors.push(`${build.label}: ${message(error)}`);
          }
        }
      }
      if (extras && page.kind === 'synthetic') {
        try {
          result.naive = (await naive(plain, url, forms, naiveCapMs)) ?? 'capped';
        } catch (error) {
          result.errors.push(`mark.js: ${message(error)}`);
        }
      }
      log(`measured ${page.name}`);
    }
    if (extras) results.heap = await measureHeap(builds, set, server.url, options.runs, plain);
    await plain.close();
    if (options.firefox) await measureFirefox(builds, results.pages, server.url, options.runs);
  } finally {
    await plain.close();
    await server.close();
  }
  return results;
}

/**
 * A copy of `chromeDir` whose content.js only marks ready, as the test build does (so the bench
 * knows when to read the heap): the extension's heap floor per frame.
 */
async function emptyContentScript(chromeDir: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'backstory-empty-script-'));
  await cp(chromeDir, dir, { recursive: true });
  await writeFile(join(dir, 'content.js'), "document.documentElement.setAttribute('data-backstory-state', 'ready');\n");
  return dir;
}

/** Heap with against without the extension on the smallest real page and on the twenty-frame page. */
async function measureHeap(
  builds: ExtensionBuild[],
  set: PageSet,
  baseUrl: string,
  runs: number,
  plain: PlainChromium,
): Promise<HeapResult[]> {
  const pages = [
    set.pages.find((page) => page.kind === 'real'),
    set.pages.find((page) => page.kind === 'frames'),
  ].filter((page) => page !== undefined);
  const heap: HeapResult[] = [];
  for (const page of pages) {
    const url = baseUrl + page.path;
    const best = async (dir: string | undefined) => {
      let min = Infinity;
      for (let run = 0; run < runs; run++)
        min = Math.min(
          min,
          await heapOfLoad(dir ? await openChromium(dir) : await plain.newTab(), dir !== undefined, url, page),
        );
      return min;
    };
    try {
      const withoutMb = await best(undefined);
      const perFrameMb = new Map<string, number>();
      for (const build of builds) perFrameMb.set(build.label, ((await best(build.chrome)) - withoutMb) / page.frames);
      const emptyDir = await emptyContentScript(builds[0]!.chrome);
      const emptyScriptMb =
        ((await best(emptyDir).finally(() => rm(emptyDir, { recursive: true, force: true }))) - withoutMb) /
        page.frames;
      heap.push({ page, withoutMb, perFrameMb, emptyScriptMb });
      log(`measured heap on ${page.name}`);
    } catch (error) {
      log(`heap on ${page.name} failed: ${message(error)}`);
    }
  }
  return heap;
}

async function measureFirefox(
  builds: ExtensionBuild[],
  pages: PageResult[],
  baseUrl: string,
  runs: number,
): Promise<void> {
  for (const build of builds) {
    const firefox = await openFirefox(build.firefox);
    try {
      for (const result of pages) {
        for (let run = 0; run < runs; run++) {
          try {
            const ms = await firefox.load(baseUrl + result.page.path, result.page);
            result.firefoxMs.set(build.label, [...(result.firefoxMs.get(build.label) ?? []), ms]);
          } catch (error) {
            result.errors.push(`Firefox ${build.label}: ${message(error)}`);
          }
        }
      }
      log(`measured Firefox, ${build.label}`);
    } finally {
      await firefox.close();
    }
  }
}
