/**
 * Prints the extension bench: tables per figure with one column per build (this tree, and the
 * baseline when asked) and the ratio between them, each goal printed beside the figure it judges
 * (✓ met, ✗ not), then a summary of the goals per build.
 */
import type { BenchResults, PageResult } from './measure-all.ts';
import type { ExtensionLoad } from './with-extension.ts';
import { best, fixed, median, ratio, table, tick } from './text-table.ts';

export const GOALS = {
  quietMedianMs: 10,
  quietMaxMs: 25,
  floorTimes: 3,
  naiveTimes: 10,
  longestTaskMs: 50,
  contentGzipKb: 20,
  heapPerFrameMb: 0.25,
};

const cpu = (result: PageResult, label: string) => best(result.loads.get(label), (load) => load.cpuMs);
/**
 * The longest task from the window to the frame that renders our last writes: ready is set in the
 * task that writes, so that frame runs after it (docs/adr/0008). Counted where something was drawn;
 * on a page where nothing was, the next frame is the page's own.
 */
const longestOfLoad = (load: ExtensionLoad): number =>
  Math.max(
    load.longestTaskCpuMs,
    load.drawn.elements + load.drawn.ranges > 0 ? (load.frameAfterReady?.taskMs ?? 0) : 0,
  );
const longest = (result: PageResult, label: string) => best(result.loads.get(label), longestOfLoad);
const longestWall = (result: PageResult, label: string) =>
  best(result.loads.get(label), (load) => load.longestTaskWallMs);
const extJs = (result: PageResult, label: string) => best(result.loads.get(label), (load) => load.extensionScriptMs);
const readyWall = (result: PageResult, label: string) => best(result.loads.get(label), (load) => load.wallToReadyMs);
const firefox = (result: PageResult, label: string) => best(result.firefoxMs.get(label), (ms) => ms);
const kb = (bytes: number) => (bytes < 10_240 ? (bytes / 1024).toFixed(1) : String(Math.round(bytes / 1024)));

export function printReport(results: BenchResults, runs: number): void {
  const labels = results.builds.map((build) => build.label);
  const [main, base] = labels as [string, string | undefined];
  const vs = (figure: (result: PageResult, label: string) => number | undefined) => (result: PageResult) =>
    base ? [ratio(figure(result, main), figure(result, base))] : [];
  const vsHeader = base ? ['this/baseline'] : [];
  const out = (text = '') => process.stdout.write(`${text}\n`);

  out(
    `\nBuilds: ${labels.join(' | ')}. Every figure is the best of ${runs} fresh loads (new profile each), Chromium unless said.`,
  );
  out(
    'CPU = renderer main-thread CPU time (tasks, style, layout, paint, GC) from DOMContentLoaded or the first run of extension code,',
  );
  out(
    'whichever is later, to <html data-backstory-state="ready"> (every frame on the frames page). Floor = best warm TreeWalker +',
  );
  out(
    'one precompiled regex of every surface form, same page, no extension. "story nodes" = text nodes that regex hits.',
  );
  out(
    `Goals: real pages (no story text) median ≤ ${GOALS.quietMedianMs} ms, max ≤ ${GOALS.quietMaxMs} ms (✓ per page: ≤ ${GOALS.quietMaxMs}); synthetic ≤ ${GOALS.floorTimes}× floor.\n`,
  );
  out(
    table(
      [
        'page',
        'KB',
        'story nodes',
        'floor ms',
        ...labels.flatMap((label) => [`CPU ms ${label}`, '× floor']),
        ...vsHeader,
      ],
      results.pages.map((result) => {
        const floor = result.reference.floorMs;
        const cells = labels.flatMap((label) => {
          const ms = cpu(result, label);
          const goal = ms === undefined ? '' : result.page.kind === 'real' ? ` ${tick(ms <= GOALS.quietMaxMs)}` : '';
          const times =
            ms === undefined
              ? '—'
              : `${fixed(ms / floor, 1)}×${result.page.kind === 'synthetic' ? ` ${tick(ms <= GOALS.floorTimes * floor)}` : ''}`;
          return [`${fixed(ms)}${goal}`, times];
        });
        return [
          result.page.name,
          kb(result.page.bytes),
          String(result.reference.floorHits),
          fixed(floor, 2),
          ...cells,
          ...vs(cpu)(result),
        ];
      }),
    ),
  );

  out(
    `\nLongest task overlapping the window, or the frame after ready where marks were drawn (it renders them), CPU ms (in brackets: wall ms of the window's longest; goal ≤ ${GOALS.longestTaskMs} CPU ms); "own edit" = the page's own longest`,
  );
  out(
    "task after changing one word without the extension; ext JS = CPU of the extension's scripts on the page thread over the load;",
  );
  out(
    'ready = wall ms from navigation start to ready (this machine is shared: wall times include waiting for a core).\n',
  );
  out(
    table(
      [
        'page',
        'own edit ms',
        ...labels.flatMap((label) => [`longest ${label}`, `ext JS ms ${label}`, `ready ms ${label}`]),
        ...(base ? ['longest this/baseline'] : []),
      ],
      results.pages.map((result) => [
        result.page.name,
        fixed(result.reference.editTaskMs),
        ...labels.flatMap((label) => {
          const ms = longest(result, label);
          return [
            `${fixed(ms)} (${fixed(longestWall(result, label), 0)})${ms === undefined ? '' : ` ${tick(ms <= GOALS.longestTaskMs)}`}`,
            fixed(extJs(result, label)),
            fixed(readyWall(result, label), 0),
          ];
        }),
        ...vs(longest)(result),
      ]),
    ),
  );

  const synthetic = results.pages.filter((result) => result.naive !== undefined);
  if (synthetic.length) {
    out(
      `\nNaive: mark.js marking every surface form, CPU ms, one load, capped at ${results.naiveCapMs / 1000} s (goal: ≥ ${GOALS.naiveTimes}× our CPU).\n`,
    );
    out(
      table(
        ['page', 'mark.js ms', 'marks', ...labels.map((label) => `mark.js / ${label}`)],
        synthetic.map((result) => {
          const naive = result.naive === 'capped' ? undefined : result.naive;
          const naiveMs = naive?.ms ?? results.naiveCapMs;
          const cells = labels.map((label) => {
            const ms = cpu(result, label);
            if (ms === undefined) return '—';
            return `${naive ? '' : '> '}${fixed(naiveMs / ms, 1)}× ${tick(naiveMs >= GOALS.naiveTimes * ms)}`;
          });
          return [
            result.page.name,
            naive ? fixed(naive.ms, 0) : `> ${results.naiveCapMs}`,
            naive ? String(naive.marks) : '—',
            ...cells,
          ];
        }),
      ),
    );
  }

  if (results.pages.some((result) => result.firefoxMs.size > 0)) {
    out(
      '\nFirefox ESR, extension installed: wall ms from navigation start to ready (no trace), fresh browser context per load.\n',
    );
    out(
      table(
        ['page', ...labels.map((label) => `ready ms ${label}`), ...vsHeader],
        results.pages.map((result) => [
          result.page.name,
          ...labels.map((label) => fixed(firefox(result, label), 0)),
          ...vs(firefox)(result),
        ]),
      ),
    );
  }
  printSummary(results, out);
}

function printSummary(results: BenchResults, out: (text?: string) => void): void {
  out(
    '\nHeap the extension adds (JS heap of the page isolate after forced GC, with against without, per frame; goal ≤ 0.25 MB):',
  );
  for (const heap of results.heap) {
    const cells = [...heap.perFrameMb].map(
      ([label, mb]) => `${label} ${fixed(mb, 3)} MB ${tick(mb <= GOALS.heapPerFrameMb)}`,
    );
    // The floor: a content script that does nothing costs a frame its isolated world.
    const floor =
      heap.emptyScriptMb === undefined ? '' : `; an empty content script ${fixed(heap.emptyScriptMb, 3)} MB`;
    out(
      `  ${heap.page.name} (${heap.page.frames} frame${heap.page.frames > 1 ? 's' : ''}, ${fixed(heap.withoutMb, 2)} MB without): ${cells.join('; ')}${floor}`,
    );
  }
  out(
    `\ncontent.js gzipped (goal ≤ ${GOALS.contentGzipKb} KB): ${[...results.contentGzipBytes].map(([label, bytes]) => `${label} ${fixed(bytes / 1024)} KB ${tick(bytes <= GOALS.contentGzipKb * 1024)}`).join('; ')}`,
  );
  out('\nGoals per build:');
  for (const { label } of results.builds) {
    const quiet = results.pages
      .filter((result) => result.page.kind === 'real')
      .map((result) => cpu(result, label))
      .filter((ms) => ms !== undefined);
    const tasks = results.pages
      .map((result) => ({ page: result.page.name, ms: longest(result, label) }))
      .filter((task) => task.ms !== undefined);
    const worst = tasks.reduce((a, b) => (b.ms! > a.ms! ? b : a), { page: '—', ms: 0 });
    out(
      `  ${label}: real pages median ${fixed(median(quiet))} ms ${tick(median(quiet) <= GOALS.quietMedianMs)}, max ${fixed(Math.max(...quiet))} ms ${tick(Math.max(...quiet) <= GOALS.quietMaxMs)}` +
        ` (${quiet.length} pages); longest task ${fixed(worst.ms)} ms on ${worst.page} ${tick(worst.ms! <= GOALS.longestTaskMs)}`,
    );
  }
  const errors = results.pages.flatMap((result) => result.errors.map((error) => `${result.page.name}: ${error}`));
  if (errors.length) out(`\nNot measured (${errors.length}):\n${errors.map((error) => `  ${error}`).join('\n')}`);
}
