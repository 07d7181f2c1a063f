/** Plain-text tables and the number formats the bench prints. */

export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

export const fixed = (value: number | undefined, digits = 1): string =>
  value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
export const tick = (ok: boolean): string => (ok ? '✓' : '✗');
export const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || !(b > 0) || Number.isNaN(a) ? '—' : `${(a / b).toFixed(2)}×`;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? NaN : sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The best (lowest) of a figure over several loads; undefined when nothing was measured. */
export function best<T>(items: T[] | undefined, figure: (item: T) => number): number | undefined {
  const values = (items ?? []).map(figure).filter((value) => !Number.isNaN(value));
  return values.length ? Math.min(...values) : undefined;
}
