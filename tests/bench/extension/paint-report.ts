/**
 * `npm run bench -- --paint marks,hybrid,...` (ADR 0008 experiment): one table per page, one row
 * per paint mode, medians over the loads: CPU to ready, the longest task overlapping the window and
 * the frame right after ready (which paints the last writes), the style, layout and paint CPU of
 * the window plus that frame, the largest style recalculation, and what was drawn.
 */
import type { ExtensionLoad } from './with-extension.ts';
import type { BenchResults } from './measure-all.ts';
import { GOALS } from './bench-report.ts';
import { fixed, median, table, tick } from './text-table.ts';

const med = (loads: ExtensionLoad[], figure: (load: ExtensionLoad) => number) => median(loads.map(figure));
/** The longest task of a load, the frame after ready included. */
const longest = (load: ExtensionLoad) => Math.max(load.longestTaskCpuMs, load.frameAfterReady?.taskMs ?? 0);
const style = (load: ExtensionLoad) => load.rendering.styleMs + (load.frameAfterReady?.rendering.styleMs ?? 0);
const layout = (load: ExtensionLoad) => load.rendering.layoutMs + (load.frameAfterReady?.rendering.layoutMs ?? 0);
const paint = (load: ExtensionLoad) => load.rendering.paintMs + (load.frameAfterReady?.rendering.paintMs ?? 0);
const restyled = (load: ExtensionLoad) =>
  Math.max(load.rendering.maxStyleElements, load.frameAfterReady?.rendering.maxStyleElements ?? 0);

export function printPaintReport(results: BenchResults, runs: number): void {
  const out = (text = '') => process.stdout.write(`${text}\n`);
  out(`\nPaint modes (ADR 0008): medians of ${runs} fresh loads in Chromium, CPU ms of the renderer main thread.`);
  out('longest = longest task overlapping the window or the first rendering frame after ready (goal ≤ 50);');
  out('style/layout/paint = rendering CPU inside the window plus that frame; restyled = largest style recalculation');
  out('(elements); drawn = <backstory-mark> elements + highlight ranges in the main frame at ready.');
  for (const result of results.pages) {
    out(
      `\n${result.page.name} (${Math.round(result.page.bytes / 1024)} KB; page's own one-word edit: ${fixed(result.reference.editTaskMs)} ms)\n`,
    );
    out(
      table(
        ['mode', 'CPU to ready', 'longest', 'frame after', 'style', 'layout', 'paint', 'restyled', 'drawn'],
        results.builds.map(({ label }) => {
          const loads = result.loads.get(label) ?? [];
          if (loads.length === 0) return [label, '—', '—', '—', '—', '—', '—', '—', '—'];
          const frame = med(loads, (load) => load.frameAfterReady?.taskMs ?? 0);
          const drawn = loads.at(-1)!.drawn;
          return [
            label,
            fixed(med(loads, (load) => load.cpuMs)),
            `${fixed(med(loads, longest))} ${tick(med(loads, longest) <= GOALS.longestTaskMs)}`,
            fixed(frame),
            fixed(med(loads, style)),
            fixed(med(loads, layout)),
            fixed(med(loads, paint)),
            fixed(med(loads, restyled), 0),
            `${drawn.elements} + ${drawn.ranges}`,
          ];
        }),
      ),
    );
  }
}
