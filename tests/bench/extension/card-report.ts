/**
 * Prints the card bench: a row per case, per build the median and the max of the time from the
 * dwell's end (or the click, for related entries) to the card inserted, painted, at half opacity
 * (shown: the goal, ≤ 100 ms, is judged on its max) and opaque (its fade-in done).
 */
import { CARD_CASES, type CardCase, type CardTiming } from './card-cases.ts';
import { fixed, median, table, tick } from './text-table.ts';

export const CARD_GOAL_MS = 100;

/** Per browser, per build label, per case: every run's timing. */
export type CardResults = Map<string, Map<string, Map<CardCase, CardTiming[]>>>;

const stat = (timings: CardTiming[], figure: (timing: CardTiming) => number | undefined) => {
  const values = timings.map(figure).filter((value): value is number => value !== undefined);
  return { median: median(values), max: values.length ? Math.max(...values) : NaN };
};

export function printCardReport(results: CardResults, runs: number): void {
  const out = (text = '') => process.stdout.write(`${text}\n`);
  out(
    `\nCard latency, ms after the dwell ends (pointer over the mark + cardDelayMs, 300 ms); related entries: after the click.`,
  );
  out('Timed in the page (performance.now). "DOM" = backstory-card host inserted (related: heading shows the entry);');
  out('"painted" = first frame with the card visible has rendered; "½" / "opaque" = first frame with its fade-in at');
  out(`opacity ≥ 0.5 / ≥ 0.99 (related entries do not fade: opaque = painted). median (max) of ${runs} runs.`);
  out('Related chips are clicked 500 ms after the card showed (a reader reads, then moves the pointer).');
  out(`Goal: shown (½: the card painted at half opacity or more) ≤ ${CARD_GOAL_MS} ms, ✓ judged on the max.\n`);
  for (const [browser, builds] of results) {
    const labels = [...builds.keys()];
    const rows = (Object.keys(CARD_CASES) as CardCase[]).map((which) => [
      CARD_CASES[which],
      ...labels.flatMap((label) => {
        const timings = builds.get(label)?.get(which) ?? [];
        if (timings.length === 0) return ['—', '—', '—', '—'];
        const cell = (figure: (timing: CardTiming) => number | undefined) => {
          const { median: mid, max } = stat(timings, figure);
          return `${fixed(mid, 0)} (${fixed(max, 0)})`;
        };
        const shown = stat(timings, (timing) => timing.half ?? timing.painted);
        return [
          cell((timing) => timing.inserted),
          cell((timing) => timing.painted),
          `${cell((timing) => timing.half ?? timing.painted)} ${tick(shown.max <= CARD_GOAL_MS)}`,
          cell((timing) => timing.opaque ?? timing.painted),
        ];
      }),
    ]);
    out(`${browser}:`);
    out(table(['case', ...labels.flatMap((label) => [`DOM ${label}`, 'painted', '½', 'opaque'])], rows));
    out();
  }
}
