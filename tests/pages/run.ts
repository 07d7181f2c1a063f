/**
 * The real-page run: `npx tsx tests/pages/run.ts [--all] [--browser chromium|firefox] [--pages a.html,b.html]`.
 * Loads ../shared/pages from 127.0.0.1 (nothing else reachable) in each browser, with and without the
 * extension, and checks that the extension causes no errors, changes no text, moves no top-level
 * block, and highlights nothing inside inputs, editors or hidden text. Writes artifacts/pages-report.json,
 * prints every highlight for review, and ends with `pages: N passed, M failed` (exit 1 on any failure).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BROWSERS } from '../e2e/harness/launch.ts';
import type { BrowserName } from '../e2e/harness/browsers.ts';
import { ROOT, startServer } from '../e2e/harness/server.ts';
import { launchPageBrowser, type PageBrowser, type PageVisit } from './browsers.ts';
import { judge, withoutUnstable, type FailureKind, type Verdict } from './compare.ts';
import { pagesFor } from './select.ts';
import { printSummary, type PageResult } from './summary.ts';

interface Options {
  all: boolean;
  browsers: BrowserName[];
  named: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { all: false, browsers: [...BROWSERS], named: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--all') options.all = true;
    else if (arg === '--browser') {
      const name = argv[++index];
      if (name !== 'chromium' && name !== 'firefox') throw new Error(`--browser takes chromium or firefox, not ${name}`);
      options.browsers = [name];
    } else if (arg === '--pages') options.named = (argv[++index] ?? '').split(',').filter(Boolean);
    else throw new Error(`unknown argument ${arg}; usage: run.ts [--all] [--browser chromium|firefox] [--pages a.html,b.html]`);
  }
  return options;
}

/** A visit that throws (a crashed tab, a lost connection) is a failed page, not the end of the run. */
async function safeVisit(browser: PageBrowser, url: string): Promise<PageVisit> {
  try {
    return await browser.visit(url);
  } catch (error) {
    return { snapshot: null, errors: [], blocked: 0, failure: `visit failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

async function runBrowser(name: BrowserName, pages: string[], serverUrl: string): Promise<PageResult[]> {
  const started = performance.now();
  const [plain, extended] = await Promise.all([launchPageBrowser(name, false), launchPageBrowser(name, true)]);
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const url = `${serverUrl}/real/${encodeURIComponent(page)}`;
      const [without, firstWithIt] = await Promise.all([safeVisit(plain, url), safeVisit(extended, url)]);
      let withIt = firstWithIt;
      const failures = [without.failure && `without the extension: ${without.failure}`, withIt.failure].filter((f): f is string => !!f);
      let verdict: Verdict = { failures: [], extensionErrors: [] };
      let unstable: FailureKind[] = [];
      let plainVsPlain: Verdict = { failures: [], extensionErrors: [] };
      if (without.snapshot && withIt.snapshot) {
        verdict = judge(without.snapshot, withIt.snapshot, without.errors, withIt.errors);
        if (verdict.failures.some((failure) => failure.kind !== 'marks')) {
          // Is the page itself nondeterministic? Load it once more without the extension and compare.
          const again = await safeVisit(plain, url);
          if (again.snapshot) plainVsPlain = judge(without.snapshot, again.snapshot, without.errors, again.errors);
          ({ verdict, unstable } = withoutUnstable(verdict, plainVsPlain));
        }
        if (verdict.failures.some((failure) => failure.kind !== 'marks')) {
          // Pages that react to scrolling (lazy blocks, sticky headers) can settle differently when two
          // browsers run side by side; our effect on a page is the same every time. Once more, alone.
          const retry = await safeVisit(extended, url);
          if (retry.snapshot) {
            ({ verdict } = withoutUnstable(judge(without.snapshot, retry.snapshot, without.errors, retry.errors), plainVsPlain));
            withIt = retry;
          }
        }
      }
      failures.push(...verdict.failures.map((failure) => failure.message));
      results.push({
        page,
        browser: name,
        passed: failures.length === 0,
        failures,
        unstable,
        highlights: (withIt.snapshot?.marks ?? []).map(({ entry, text, context, problem }) => ({ entry, text, context, problem })),
        readyAfterDomContentLoadedMs: withIt.snapshot?.readyAfterDomContentLoaded ?? null,
        scanMeasureMs: withIt.snapshot?.scanMeasureMs ?? null,
        extensionErrors: verdict.extensionErrors,
        pageErrors: without.errors.length,
        blockedRequests: withIt.blocked,
      });
      process.stdout.write(failures.length === 0 ? '.' : 'F');
    }
  } finally {
    await Promise.all([plain.close(), extended.close()]);
  }
  console.log(` ${name}: ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const pages = pagesFor(options);
  console.log(`real pages: ${pages.length} ${options.all ? '(all)' : options.named.length ? '(named)' : '(fixed sample; --all for every page)'} in ${options.browsers.join(' and ')}`);
  const server = await startServer();
  const results: PageResult[] = [];
  try {
    for (const name of options.browsers) results.push(...(await runBrowser(name, pages, server.url)));
  } finally {
    await server.close();
  }
  const reportPath = join(ROOT, 'artifacts/pages-report.json');
  await mkdir(join(ROOT, 'artifacts'), { recursive: true });
  await writeFile(reportPath, JSON.stringify({ generatedAt: new Date().toISOString(), browsers: options.browsers, pages: results }, null, 2) + '\n');
  const failed = printSummary(results, options.browsers);
  console.log(`report: ${reportPath}`);
  console.log(`pages: ${pages.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('pages: 0 passed, 1 failed');
    process.exit(1);
  },
);
