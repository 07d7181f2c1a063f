/**
 * `npm run bench -- [--quick] [--runs N] [--baseline <git-ref>] [--paint MODE,...] [--no-firefox] [--only NAME,...]`:
 * the flags every bench module receives. --quick measures fewer pages, once each; --runs sets the
 * loads per figure (best of N); --baseline also measures the extension built from that ref, side by
 * side; --paint builds this tree once per paint mode (ADR 0008 experiment, src/content/paint-mode.ts)
 * and measures each, with the story pages and rendering time; --only runs just the bench files
 * whose name contains one of the words.
 */
import { paintModeOf, type PaintMode } from '../../../src/content/paint-mode.ts';

export interface BenchOptions {
  quick: boolean;
  runs: number;
  baseline: string | undefined;
  /** Paint modes to build and compare; empty: this tree as built by default. */
  paint: PaintMode[];
  firefox: boolean;
  only: string[];
}

export class BenchUsageError extends Error {}

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { quick: false, runs: 3, baseline: undefined, paint: [], firefox: true, only: [] };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new BenchUsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--quick') options.quick = true;
    else if (arg === '--no-firefox') options.firefox = false;
    else if (arg === '--baseline') options.baseline = value();
    else if (arg === '--only') options.only = value().split(',').filter(Boolean);
    else if (arg === '--paint') {
      try {
        options.paint = [...new Set(value().split(',').filter(Boolean).map(paintModeOf))];
      } catch (error) {
        throw new BenchUsageError((error as Error).message);
      }
    } else if (arg === '--runs') {
      options.runs = Number(value());
      runsGiven = true;
      if (!Number.isInteger(options.runs) || options.runs < 1)
        throw new BenchUsageError('--runs needs a whole number ≥ 1');
    } else
      throw new BenchUsageError(
        `unknown flag ${arg} (flags: --quick, --runs N, --baseline REF, --paint MODE,..., --no-firefox, --only NAME,...)`,
      );
  }
  if (options.quick && !runsGiven) options.runs = 1;
  return options;
}
