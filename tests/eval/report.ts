/** Text tables for the eval: precision, recall and pass rates, padded into columns. */
import type { Tally } from './judge.ts';

export const precision = (t: Tally): number | undefined => (t.tp + t.fp === 0 ? undefined : t.tp / (t.tp + t.fp));
export const recall = (t: Tally): number | undefined => (t.tp + t.fn === 0 ? undefined : t.tp / (t.tp + t.fn));

/** "  93.1%", or "     —" where nothing was counted. */
export const pct = (x: number | undefined): string => (x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);

/** Held-out minus tuned, in percentage points ("—" unless both exist). */
export function gap(tuned: number | undefined, heldOut: number | undefined): string {
  if (tuned === undefined || heldOut === undefined) return '—';
  const d = 100 * (heldOut - tuned);
  return `${d >= 0 ? '+' : ''}${d.toFixed(1)}`;
}

export const counts = (t: Tally): string => `${t.tp}/${t.fp}/${t.fn}`;

export const rate = (passed: number, total: number): string =>
  total === 0 ? '—' : `${passed}/${total} ${pct(passed / total)}`;

/** Left-aligns the first column, right-aligns the others. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function list(title: string, items: string[]): string {
  return `\n${title} (${items.length}):${items.map((m) => `\n  ${m}`).join('')}`;
}
