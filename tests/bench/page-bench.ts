/**
 * Page benchmark in real Chromium: the content script's scan on deterministic synthetic pages of
 * about 100 KB, 1 MB and 5 MB (synthetic-page.ts) and on a few saved real pages (../shared/pages),
 * next to the floor (a bare TreeWalker over every text node testing one precompiled regex of all
 * surface forms) and the naive way (mark.js mark() with that list), all in the same browser run.
 * Times are main-thread busy time (see busy()); ours and the floor are each the best of three
 * fresh page loads, naive one run. Ours is until ready (everything found, the marks within a screen
 * of the viewport drawn: docs/adr/0006); "rest" is then drawing every other mark, as if the reader
 * scrolled through. Also printed: our wall time until ready, the part spent inside the matcher, the
 * longest main-thread task (rendering included) during a traced scan and during the rest, the
 * page's own longest task after a one-word text edit (what any DOM write costs on that page), the
 * content script bundle's gzipped size. Prints ratios next to their goals; asserts
 * nothing. BENCH_PAGES and BENCH_NAIVE (below) narrow a run for quick before/after comparisons.
 */
import { build as esbuild } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserPath } from '../e2e/harness/browsers.ts';
import { syntheticPage } from './synthetic-page.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REAL_PAGES = ['nytimes-5.html', 'guardian-1.html', 'wikipedia-2.html'];
const BUNDLE_BUDGET_BYTES = 60 * 1024;
const NAIVE_TIMEOUT_MS = 180_000;
/** BENCH_PAGES=1MB,5MB measures only the pages whose label contains one of these (quick before/after runs). */
const ONLY = (process.env.BENCH_PAGES ?? '').split(',').map((part) => part.trim().replace(/\s+/g, '').toLowerCase()).filter(Boolean);
const wanted = (label: string) => ONLY.length === 0 || ONLY.some((part) => label.replace(/\s+/g, '').toLowerCase().includes(part));
/** BENCH_NAIVE=0 skips the naive way (minutes on the 5 MB page; it does not depend on our code). */
const WITH_NAIVE = process.env.BENCH_NAIVE !== '0';

interface Row {
  page: string;
  kb: number;
  floor: number;
  ours: number;
  oursWall: number;
  compile: number;
  matcher: number;
  naive: number | undefined;
  longestTask: number;
  marks: number;
  naiveMarks: number | undefined;
  /** Busy ms to draw every mark left waiting for the reader to come near (see near-view.ts). */
  rest: number;
  longestRest: number;
  allMarks: number;
  /** The page's own rendering cost of changing one word (a floor for any DOM-writing highlighter). */
  editFrame: number;
}

async function benchBundle(): Promise<string> {
  const result = await esbuild({
    entryPoints: [join(ROOT, 'tests/bench/page-scan-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

interface Tab {
  page: Page;
  cdp: CDPSession;
}

/**
 * Every measurement gets a new browser context (its own renderer and heap): reusing one tab let the
 * garbage of the previous page (a naive run leaves thousands of nodes and iterators) be collected
 * during the next measurement, which once made the floor on the 1 MB page 5× slower.
 */
function tabs(browser: Browser, html: string, bundle: string): { open(): Promise<Tab>; close(): Promise<void> } {
  let context: BrowserContext | undefined;
  const close = async () => {
    await context?.close();
    context = undefined;
  };
  return {
    close,
    async open() {
      await close();
      context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      // Offline: the saved pages' remote images and scripts fail at once instead of timing out.
      await context.route(/^https?:/, (route) => route.abort());
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
      await page.addScriptTag({ content: bundle });
      return { page, cdp };
    },
  };
}

/**
 * Main-thread busy time (CDP Performance.TaskDuration: every task the renderer ran, including
 * style and layout our DOM changes caused) around `work`. Unlike wall time it does not count idle
 * gaps between slices, nor the time this shared 2-core machine gives to other processes while
 * the page waits; it still counts preemption inside a task, for every approach alike.
 */
async function busy<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; busyMs: number }> {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')!.value * 1000;
  };
  const before = await read();
  const result = await work();
  return { result, busyMs: (await read()) - before };
}

type Bench = {
  floor(): { ms: number };
  ours(): Promise<Row & { ms: number; compileMs: number; matcherMs: number; mentions: number }>;
  rest(): Promise<{ ms: number; marks: number }>;
  oneWordEdit(): Promise<void>;
  naive(): Promise<{ ms: number; marks: number }>;
};
const call = <K extends keyof Bench>(page: Page, name: K) =>
  page.evaluate(`window.backstoryBench.${name}()`) as Promise<Awaited<ReturnType<Bench[K]>>>;

interface TraceEvent {
  name: string;
  ph: string;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * The longest main-thread task during one more scan, from a Chromium trace: every task, including
 * the rendering updates our DOM writes cause (the in-page Long Tasks API reported none of those here).
 */
async function longestTask(browser: Browser, page: Page, work: () => Promise<unknown>): Promise<number> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await work();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const main = new Set(traceEvents.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => event.tid));
  const tasks = traceEvents.filter((event) => main.has(event.tid) && event.name === 'RunTask' && event.ph === 'X');
  return Math.max(0, ...tasks.map((event) => (event.dur ?? 0) / 1000));
}

async function measure(browser: Browser, name: string, html: string, bundle: string): Promise<Row> {
  const tab = tabs(browser, html, bundle);
  try {
    return await measureIn(browser, tab, name, html);
  } finally {
    await tab.close();
  }
}

function naiveRun({ page, cdp }: Tab) {
  const timeout = new Promise<undefined>((done) => setTimeout(() => done(undefined), NAIVE_TIMEOUT_MS));
  return busy(cdp, () => Promise.race([call(page, 'naive'), timeout]));
}

async function measureIn(browser: Browser, tab: ReturnType<typeof tabs>, name: string, html: string): Promise<Row> {
  let page: Page;
  let cdp: CDPSession;
  // Both on fresh loads: the first touch of each node costs the browser more than later ones, and
  // our scan always runs on a page nobody has walked yet.
  const floors: number[] = [];
  for (let i = 0; i < 3; i++) {
    ({ page, cdp } = await tab.open());
    floors.push((await busy(cdp, () => call(page, 'floor'))).busyMs);
  }
  const runs: (Awaited<ReturnType<Bench['ours']>> & { busyMs: number; restMs: number; allMarks: number })[] = [];
  for (let i = 0; i < 3; i++) {
    ({ page, cdp } = await tab.open());
    const { result, busyMs } = await busy(cdp, () => call(page, 'ours'));
    const rest = await busy(cdp, () => call(page, 'rest'));
    runs.push({ ...result, busyMs, restMs: rest.busyMs, allMarks: rest.result.marks });
  }
  const best = runs.reduce((a, b) => (b.busyMs < a.busyMs ? b : a));
  const naive = WITH_NAIVE ? await naiveRun(await tab.open()) : { result: undefined, busyMs: 0 };
  return {
    page: name,
    kb: Math.round(html.length / 1024),
    floor: Math.min(...floors),
    ours: best.busyMs,
    oursWall: best.ms,
    compile: best.compileMs,
    matcher: best.matcherMs,
    naive: naive.result ? naive.busyMs : undefined,
    ...(await longestTasks(browser, tab)),
    marks: best.marks,
    naiveMarks: naive.result?.marks,
    rest: best.restMs,
    allMarks: best.allMarks,
  };
}

async function longestTasks(browser: Browser, tab: ReturnType<typeof tabs>) {
  let { page } = await tab.open();
  const longestTaskMs = await longestTask(browser, page, () => call(page, 'ours'));
  const longestRest = await longestTask(browser, page, () => call(page, 'rest'));
  ({ page } = await tab.open());
  const editFrame = await longestTask(browser, page, () => call(page, 'oneWordEdit'));
  return { longestTask: longestTaskMs, longestRest, editFrame };
}

const fixed = (value: number | undefined, digits = 0) => (value === undefined ? '—' : value.toFixed(digits));
const GOAL_PAGES = new Set(['synthetic 1 MB', 'synthetic 5 MB']);
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** One table, each goal's column headed with the goal and ticked (✓/✗) on the pages it applies to. */
function print(rows: Row[], bundle: { gzip: number; builtAt: Date }): void {
  const header = [
    'page', 'KB', 'floor ms', 'ours ms', 'ours/floor (goal ≤ 3× on 1 & 5 MB)', 'naive ms', 'naive/ours (goal ≥ 10×)',
    'longest task ms (goal ≤ 50 on 5 MB)', 'one-word edit frame ms', 'rest ms', 'naive/(ours+rest)', 'longest task in rest ms',
    'matcher ms', 'ours wall ms', 'marks (ready/all)', 'naive marks',
  ];
  const lines = rows.map((r) => {
    const goal = GOAL_PAGES.has(r.page);
    const ratio = r.ours / r.floor;
    const naive = !WITH_NAIVE ? 'skipped' : r.naive === undefined ? `> ${NAIVE_TIMEOUT_MS / 1000} s` : fixed(r.naive);
    const speedup = r.naive === undefined ? (WITH_NAIVE ? `> ${fixed(NAIVE_TIMEOUT_MS / r.ours, 0)}× ✓` : '—') : `${fixed(r.naive / r.ours, 1)}× ${mark(r.naive >= 10 * r.ours)}`;
    const speedupAll = r.naive === undefined ? '—' : `${fixed(r.naive / (r.ours + r.rest), 1)}×`;
    const longest = `${fixed(r.longestTask, 0)}${r.page === 'synthetic 5 MB' ? ` ${mark(r.longestTask <= 50)}` : ''}`;
    return [
      r.page, String(r.kb), fixed(r.floor, 1), fixed(r.ours, 1), `${fixed(ratio, 1)}×${goal ? ` ${mark(ratio <= 3)}` : ''}`, naive, speedup,
      longest, fixed(r.editFrame, 0), fixed(r.rest, 1), speedupAll, fixed(r.longestRest, 0),
      fixed(r.matcher, 1), fixed(r.oursWall, 0), `${r.marks}/${r.allMarks}`, r.naiveMarks === undefined ? '—' : String(r.naiveMarks),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    'Main-thread busy ms (tasks, style, layout and paint included); ours = until ready (everything found, marks within a screen\n' +
      'of the viewport drawn), best of 3 fresh loads; rest = then drawing every mark still waiting for the reader to come near;\n' +
      'floor = best of 3 fresh loads too; one-word edit frame = the page\'s own longest task after changing one word of its text.',
  );
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const line of lines) console.log(row(line));
  const kb = bundle.gzip / 1024;
  console.log(
    `\nContent script bundle, gzipped (dist/chrome/content.js, dataset included, built ${bundle.builtAt.toLocaleTimeString()}; run npm run build first): ` +
      `${kb.toFixed(1)} KB (goal ≤ ${BUNDLE_BUDGET_BYTES / 1024} KB) ${mark(bundle.gzip <= BUNDLE_BUDGET_BYTES)}`,
  );
}

async function bundleSize(): Promise<{ gzip: number; builtAt: Date }> {
  const file = join(ROOT, 'dist/chrome/content.js');
  if (!existsSync(file)) {
    const { build } = await import('../../build/build.ts');
    await build();
  }
  return { gzip: gzipSync(readFileSync(file)).length, builtAt: statSync(file).mtime };
}

export async function run(): Promise<void> {
  const bundleInfo = await bundleSize();
  const bundle = await benchBundle();
  const browser = await chromium.launch({ executablePath: browserPath('chromium'), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows: Row[] = [];
  try {
    for (const [label, bytes] of [['100 KB', 100_000], ['1 MB', 1_000_000], ['5 MB', 5_000_000]] as const) {
      if (!wanted(`synthetic ${label}`)) continue;
      rows.push(await measure(browser, `synthetic ${label}`, syntheticPage(bytes).html, bundle));
      console.log(`measured synthetic ${label}`);
    }
    for (const name of REAL_PAGES) {
      const file = resolve(ROOT, '../shared/pages', name);
      if (!existsSync(file) || !wanted(name)) continue;
      rows.push(await measure(browser, name, readFileSync(file, 'utf8'), bundle));
      console.log(`measured ${name}`);
    }
  } finally {
    await browser.close();
  }
  console.log('');
  print(rows, bundleInfo);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
