/** Which real pages a run visits: all of them, a fixed sample, or the ones named on the command line. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '../e2e/harness/server.ts';

export const PAGES_DIR = resolve(ROOT, '../shared/pages');

/** Every fifth page by name, plus the largest ones: the default run, small enough for `npm test`. */
const SAMPLE_STRIDE = 5;
const ALWAYS_IN_SAMPLE = ['yahoo-2.html', 'guardian-1.html', 'wikipedia-2.html'];

export function allPages(): string[] {
  return readdirSync(PAGES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

export function samplePages(pages: readonly string[]): string[] {
  const picked = new Set(pages.filter((_, index) => index % SAMPLE_STRIDE === 0));
  for (const name of ALWAYS_IN_SAMPLE) if (pages.includes(name)) picked.add(name);
  return pages.filter((name) => picked.has(name));
}

export function pagesFor(options: { all: boolean; named: string[] }): string[] {
  const pages = allPages();
  if (options.named.length > 0) {
    const unknown = options.named.filter((name) => !pages.includes(name));
    if (unknown.length > 0) throw new Error(`not in ${PAGES_DIR}: ${unknown.join(', ')}`);
    return options.named;
  }
  return options.all ? pages : samplePages(pages);
}
