/**
 * One measurement's Chromium: a fresh persistent context (new user-data dir, so no cache, code cache
 * or storage carries over) with the unpacked extension or without it, one tab, a CDP session, a
 * ready mark in the trace, and tracing of the whole browser.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from '../../e2e/harness/browsers.ts';
import { CHROMIUM_FLAGS } from '../../e2e/harness/chromium.ts';
import { within } from './within.ts';
import { READY_MARK, type TraceEvent } from './trace-window.ts';

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'toplevel',
  'blink.user_timing',
];

/**
 * Main-world script in every frame of every bench page: marks the moment `data-backstory-state`
 * becomes "ready" on <html> in the trace (a user-timing mark) and exposes it (epoch ms) as a promise
 * and a number,
 * so the bench waits without polling the page (polling would add tasks to the window it measures).
 * A string, not a function: tsx would add helpers to a function's source that the page lacks.
 */
export const readyObserver = (mark: string | undefined): string => `(() => {
  let resolve;
  window.backstoryBenchReady = new Promise((done) => {
    resolve = () => done((window.backstoryBenchReadyAt = performance.timeOrigin + performance.now()));
  });
  const observe = () => {
    if (window.backstoryBenchObserved === document) return;
    window.backstoryBenchObserved = document;
    new MutationObserver(() => {
      if (document.documentElement?.dataset.backstoryState !== 'ready') return;
      ${mark ? `performance.mark(${JSON.stringify(mark)});` : ''}
      resolve();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-backstory-state'] });
  };
  observe();
  // A frame's first document (about:blank) hands its window to the real one, in Firefox without
  // running this script again: observe the new document too.
  window.addEventListener('DOMContentLoaded', observe, true);
})();`;

/** Offline: the saved pages' remote images and scripts fail at once instead of waiting on DNS. */
const OFFLINE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export interface ChromiumTab {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

export async function openChromium(extensionDir?: string): Promise<ChromiumTab> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...CHROMIUM_FLAGS,
      OFFLINE,
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    ],
  });
  const close = async () => {
    await context.close().catch(() => {});
    await rm(profile, { recursive: true, force: true });
  };
  try {
    if (extensionDir && context.serviceWorkers().length === 0)
      await context.waitForEvent('serviceworker', { timeout: 30_000 });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: readyObserver(READY_MARK) });
    const cdp = await context.newCDPSession(page);
    return { context, page, cdp, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** One Chromium without the extension for the references: each tab in a fresh (incognito) context. */
export async function openPlainChromium(): Promise<{ newTab(): Promise<ChromiumTab>; close(): Promise<void> }> {
  const browser = await chromium.launch({
    executablePath: browserPath('chromium'),
    headless: true,
    args: [...CHROMIUM_FLAGS, OFFLINE],
  });
  return {
    async newTab() {
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      return { context, page, cdp: await context.newCDPSession(page), close: () => context.close() };
    },
    // Idempotent: the bench closes it early, before Firefox starts, and again on the way out.
    close: async () => {
      if (browser.isConnected()) await browser.close();
    },
  };
}

/** Starts tracing the whole browser; the returned function stops it and gives the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (message: { value: object[] }) => events.push(...(message.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/** The main frame's id as the trace names it. */
export async function mainFrameId(cdp: CDPSession): Promise<string> {
  return (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
}

/** Waits for the ready mark in the main frame or in every frame; the time (epoch ms) the last one came. */
export async function waitReady(page: Page, frames: 'top' | 'all', timeoutMs: number): Promise<number> {
  const targets = frames === 'top' ? [page.mainFrame()] : page.frames();
  const ready = Promise.all(
    targets.map((frame) =>
      frame.evaluate(() => (window as unknown as { backstoryBenchReady: Promise<number> }).backstoryBenchReady),
    ),
  );
  return Math.max(...(await within(ready, timeoutMs, `ready mark on ${page.url()}`)));
}

/** The renderer main thread's CPU time so far (CDP Performance.getMetrics ThreadTime), ms. */
export async function threadCpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ThreadTime')!.value * 1000;
}
