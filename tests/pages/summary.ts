/** The printed part of the real-page run: per-browser figures, every highlight for review, every failure. */
import type { BrowserName } from '../e2e/harness/browsers.ts';

export interface PageResult {
  page: string;
  browser: BrowserName;
  passed: boolean;
  failures: string[];
  /** Checks skipped because the page differs between two runs without the extension. */
  unstable: string[];
  highlights: { entry: string; text: string; context: string; problem: string }[];
  /** From DOMContentLoaded to the content script's first `ready` (includes the browser's idle wait). */
  readyAfterDomContentLoadedMs: number | null;
  /** Sum of performance.measure entries named *backstory*, if the content script records any. */
  scanMeasureMs: number | null;
  extensionErrors: string[];
  /** Errors the page produces on its own (without the extension), for context only. */
  pageErrors: number;
  blockedRequests: number;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}

function browserLine(name: BrowserName, results: PageResult[]): string {
  const ready = results.map((r) => r.readyAfterDomContentLoadedMs).filter((v): v is number => v !== null);
  const slowest = results.reduce<PageResult | undefined>(
    (worst, r) => ((r.readyAfterDomContentLoadedMs ?? -1) > (worst?.readyAfterDomContentLoadedMs ?? -1) ? r : worst),
    undefined,
  );
  const scans = results.map((r) => r.scanMeasureMs).filter((v): v is number => v !== null);
  const highlights = results.reduce((sum, r) => sum + r.highlights.length, 0);
  return [
    `${name}: ${results.length} pages, ${results.filter((r) => r.passed).length} passed, ${results.filter((r) => !r.passed).length} failed`,
    `${highlights} highlights on ${results.filter((r) => r.highlights.length > 0).length} pages`,
    `${results.reduce((sum, r) => sum + r.extensionErrors.length, 0)} errors caused by the extension`,
    `${results.reduce((sum, r) => sum + r.pageErrors, 0)} errors of the pages' own`,
    `${results.reduce((sum, r) => sum + r.blockedRequests, 0)} blocked requests (the pages' own)`,
    ready.length
      ? `ready after DOMContentLoaded: median ${Math.round(percentile(ready, 0.5))} ms, p90 ${Math.round(percentile(ready, 0.9))} ms, max ${Math.round(slowest?.readyAfterDomContentLoadedMs ?? NaN)} ms (${slowest?.page})`
      : 'no ready time',
    scans.length ? `scan (performance.measure): median ${percentile(scans, 0.5).toFixed(1)} ms, max ${Math.max(...scans).toFixed(1)} ms` : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Prints everything and returns the number of pages that failed in any browser. */
export function printSummary(results: PageResult[], browsers: BrowserName[]): number {
  console.log('\nHighlights for review (page [browsers] entry "text": context):');
  const byKey = new Map<string, BrowserName[]>();
  for (const result of results) {
    for (const h of result.highlights) {
      const key = `${result.page} ${h.entry} "${h.text}": ${h.context}${h.problem ? ` (MISPLACED: ${h.problem})` : ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), result.browser]);
    }
  }
  if (byKey.size === 0) console.log('  (none)');
  for (const [key, seenIn] of byKey) {
    const [page, ...rest] = key.split(' ');
    console.log(`  ${page} [${[...new Set(seenIn)].join('+')}${seenIn.length > 1 && new Set(seenIn).size === 1 ? ` ×${seenIn.length}` : ''}] ${rest.join(' ')}`);
  }
  const failedResults = results.filter((r) => !r.passed);
  if (failedResults.length > 0) {
    console.log('\nFailures:');
    for (const r of failedResults) for (const failure of r.failures) console.log(`  ${r.page} [${r.browser}]: ${failure}`);
  }
  const unstable = results.filter((r) => r.unstable.length > 0);
  if (unstable.length > 0) {
    console.log('\nNot comparable (the page differs between two runs without the extension, so these checks were skipped):');
    for (const r of unstable) console.log(`  ${r.page} [${r.browser}]: ${r.unstable.join(', ')}`);
  }
  console.log('\nSummary:');
  for (const name of browsers) console.log(`  ${browserLine(name, results.filter((r) => r.browser === name))}`);
  return new Set(failedResults.map((r) => r.page)).size;
}
