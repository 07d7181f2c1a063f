/**
 * Extension benchmark: what a reader's page pays for the real extension, built with
 * `BACKSTORY_TEST=1` and loaded unpacked in Chromium (each load a fresh profile, traced) and in
 * Firefox ESR (wall clock only), next to a floor and mark.js measured on the same pages without it.
 * `--baseline <ref>` builds that ref too and prints both side by side. See extension/ for the parts;
 * prints figures and goals, asserts nothing.
 */
import type { BenchOptions } from './extension/bench-options.ts';
import { realPagesBySize, pageSet } from './extension/bench-pages.ts';
import { printReport } from './extension/bench-report.ts';
import { buildBaseline, buildPaintMode, buildThisTree, type ExtensionBuild } from './extension/extension-builds.ts';
import { measureAll } from './extension/measure-all.ts';
import { printPaintReport } from './extension/paint-report.ts';
import { STORY_PAGES } from './extension/bench-pages.ts';

export async function run(options: BenchOptions): Promise<void> {
  if (options.paint.length > 0) return comparePaintModes(options);
  const started = Date.now();
  const builds: ExtensionBuild[] = [buildThisTree()];
  const baseline = options.baseline ? buildBaseline(options.baseline) : undefined;
  try {
    if (baseline) builds.push(baseline);
    const real = realPagesBySize(12);
    const set = pageSet(
      options.quick
        ? { synthetic: [1_000_000], real: [real[0], real[6]].filter((page) => page !== undefined), frames: true }
        : { synthetic: [1_000_000, 5_000_000], real, frames: true },
    );
    const results = await measureAll(builds, set, options);
    printReport(results, options.runs);
  } finally {
    baseline?.remove();
  }
  process.stdout.write(`\nextension bench took ${Math.round((Date.now() - started) / 1000)} s\n`);
}

/**
 * --paint: this tree built once per paint mode (ADR 0008 experiment), on the pages where drawing
 * matters: the synthetic pages and the story pages (with mentions) and two real pages (without).
 */
async function comparePaintModes(options: BenchOptions): Promise<void> {
  const started = Date.now();
  const builds: (ExtensionBuild & { remove(): void })[] = [];
  try {
    for (const mode of options.paint) builds.push(buildPaintMode(mode));
    const real = realPagesBySize(12);
    const set = pageSet({
      synthetic: options.quick ? [1_000_000] : [1_000_000, 5_000_000],
      real: [real[6], real[11]].filter((page) => page !== undefined),
      story: STORY_PAGES,
      frames: false,
    });
    const results = await measureAll(builds, set, options, false);
    printReport(results, options.runs);
    printPaintReport(results, options.runs);
  } finally {
    for (const build of builds) build.remove();
  }
  process.stdout.write(`\nextension bench (paint modes) took ${Math.round((Date.now() - started) / 1000)} s\n`);
}
