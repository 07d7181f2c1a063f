/**
 * `npm start`: build, serve the demo pages on 127.0.0.1 and show Backstory working on them.
 * With a display: opens Firefox (or Chromium with --chromium) with the extension via web-ext run.
 * Headless: drives Chromium, prints what was highlighted and writes a screenshot with a card open.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import webExt from 'web-ext';
import { build, DIST, ROOT } from './build.ts';
import { ensureBrowsers } from './ensure-browsers.ts';
import { browserPath } from '../tests/e2e/harness/browsers.ts';
import { launchChromium } from '../tests/e2e/harness/chromium.ts';
import { startServer } from '../tests/e2e/harness/server.ts';
import { gotoReady } from '../tests/e2e/harness/session.ts';
import { waitForCard } from '../tests/e2e/helpers.ts';
import { readMentions as readMarks } from '../tests/e2e/highlight-helpers.ts';

const DEMO = '/demo/index.html';
const NEAR_MISSES = '/demo/near-misses.html';

function table(marks: { text: string; entry: string }[]): string {
  const counts = new Map<string, number>();
  for (const mark of marks)
    counts.set(`${mark.entry}\t${mark.text}`, (counts.get(`${mark.entry}\t${mark.text}`) ?? 0) + 1);
  const rows = [...counts].map(([key, count]) => [...key.split('\t'), String(count)]);
  const header = ['entry', 'text', 'count'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

async function headless(serverUrl: string): Promise<void> {
  const session = await launchChromium(join(DIST, 'chrome'));
  try {
    const page = await session.newPage();
    await gotoReady(page, serverUrl + DEMO);
    const marks = await readMarks(page);
    console.log(`\nHighlighted on ${serverUrl}${DEMO} (${marks.length} mentions):\n${table(marks)}`);
    const hasHouseLetter = marks.some((mark) => mark.entry === 'house-letter-146');
    await page.hover(hasHouseLetter ? 'backstory-mark[data-entry="house-letter-146"]' : 'backstory-mark');
    await waitForCard(page);
    await new Promise((done) => setTimeout(done, 600)); // let the card's fade-in finish
    const shots = join(ROOT, 'artifacts');
    await mkdir(shots, { recursive: true });
    const screenshot = join(shots, 'demo-card.png');
    await page.screenshot({ path: screenshot });
    console.log(`\nScreenshot with a card open: ${screenshot}`);
    const near = await session.newPage();
    await gotoReady(near, serverUrl + NEAR_MISSES);
    const nearMarks = await readMarks(near);
    console.log(`\nHighlighted on the near-miss page ${serverUrl}${NEAR_MISSES} (${nearMarks.length} mentions):`);
    console.log(nearMarks.length ? table(nearMarks) : '  (nothing: every near miss was left plain)');
  } finally {
    await session.close();
  }
}

async function withDisplay(serverUrl: string, chromium: boolean): Promise<void> {
  console.log(
    `Opening ${chromium ? 'Chromium' : 'Firefox'} with Backstory on ${serverUrl}${DEMO} (close the browser to stop)`,
  );
  await webExt.cmd.run(
    {
      sourceDir: join(DIST, chromium ? 'chrome' : 'firefox'),
      target: [chromium ? 'chromium' : 'firefox-desktop'],
      ...(chromium ? { chromiumBinary: browserPath('chromium') } : { firefox: browserPath('firefox') }),
      startUrl: [serverUrl + DEMO, serverUrl + NEAR_MISSES],
      noReload: true,
    },
    { shouldExitProgram: true },
  );
}

async function main(): Promise<void> {
  ensureBrowsers();
  const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.argv.includes('--headless');
  // Headless, the report waits for data-backstory-state="ready", which only the test build writes.
  if (!hasDisplay) process.env.BACKSTORY_TEST = '1';
  await build();
  const server = await startServer();
  if (hasDisplay) {
    await withDisplay(server.url, process.argv.includes('--chromium'));
    return;
  }
  console.log('No display found: running Chromium headless.');
  await headless(server.url);
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
