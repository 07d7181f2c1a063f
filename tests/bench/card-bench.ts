/**
 * Card bench (issue 14, "cards stay instant"): how long after the hover dwell a card is on screen,
 * with the real extension (test build) loaded unpacked in Chromium and installed in Firefox ESR,
 * on a story page, with the background awake and stopped (extension/card-cases.ts). Builds are
 * measured round by round in turn, so a busy spell on this shared machine hits them alike.
 * `--baseline <ref>` adds that ref's build; prints figures and the goal, asserts nothing.
 */
import { join } from 'node:path';
import type { BenchOptions } from './extension/bench-options.ts';
import { cardRound, type CardCase, type CardTiming } from './extension/card-cases.ts';
import { printCardReport, type CardResults } from './extension/card-report.ts';
import { buildBaseline, buildThisTree, type ExtensionBuild } from './extension/extension-builds.ts';
import { launchChromium } from '../e2e/harness/chromium.ts';
import { launchFirefox } from '../e2e/harness/firefox.ts';
import { startServer } from '../e2e/harness/server.ts';
import type { ExtensionSession } from '../e2e/harness/session.ts';

const STORY_PAGE = '/fixtures/pages/card.html';
/** At least this many rounds: a median of the bench's default 3 runs says little about a max. */
const MIN_ROUNDS = 5;

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0]! : String(error));

export async function run(options: BenchOptions): Promise<void> {
  const started = Date.now();
  const builds: ExtensionBuild[] = [buildThisTree()];
  const baseline = options.baseline ? buildBaseline(options.baseline) : undefined;
  if (baseline) builds.push(baseline);
  const rounds = options.quick ? options.runs : Math.max(options.runs, MIN_ROUNDS);
  const server = await startServer();
  const results: CardResults = new Map();
  const browsers: { name: string; launch(dir: string): Promise<ExtensionSession>; dir: keyof ExtensionBuild }[] = [
    { name: 'Chromium', launch: (dir) => launchChromium(dir), dir: 'chrome' },
    ...(options.firefox
      ? [{ name: 'Firefox ESR', launch: (dir: string) => launchFirefox(dir), dir: 'firefox' as const }]
      : []),
  ];
  try {
    for (const browser of browsers) {
      const perBuild = new Map<string, Map<CardCase, CardTiming[]>>();
      results.set(browser.name, perBuild);
      const sessions: ExtensionSession[] = [];
      try {
        for (const build of builds) sessions.push(await browser.launch(join(build[browser.dir])));
        for (let round = 0; round < rounds; round++) {
          for (const [i, build] of builds.entries()) {
            const cases = perBuild.get(build.label) ?? new Map<CardCase, CardTiming[]>();
            perBuild.set(build.label, cases);
            try {
              await cardRound(sessions[i]!, server.url + STORY_PAGE, (which, timing) =>
                cases.set(which, [...(cases.get(which) ?? []), timing]),
              );
            } catch (error) {
              process.stdout.write(`${browser.name} ${build.label} round ${round + 1}: ${message(error)}\n`);
            }
          }
        }
        process.stdout.write(`measured cards in ${browser.name}\n`);
      } finally {
        for (const session of sessions) await session.close().catch(() => {});
      }
    }
    printCardReport(results, rounds);
  } finally {
    await server.close();
    baseline?.remove();
  }
  process.stdout.write(`\ncard bench took ${Math.round((Date.now() - started) / 1000)} s\n`);
}
