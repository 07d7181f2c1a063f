/**
 * What a reader's page pays for the real extension in Chromium: one fresh load with the unpacked
 * extension, traced, from the later of DOMContentLoaded and the first run of extension code to
 * `data-backstory-state="ready"` (trace-window.ts); and the JS heap of the page's isolate after a
 * forced garbage collection, for the with/without comparison.
 */
import type { CDPSession } from 'playwright-core';
import { mainFrameId, openChromium, startTrace, waitReady, type ChromiumTab } from './chromium-tab.ts';
import { extensionScriptMs, loadWindow, pageMainThread, type LoadWindow } from './trace-window.ts';
import { frameAfter, renderingTime, type FrameAfter, type RenderingTime } from './rendering-time.ts';
import type { BenchPage } from './bench-pages.ts';

export const READY_TIMEOUT_MS = 90_000;

export interface ExtensionLoad extends LoadWindow {
  /** CPU ms of the extension's own scripts on the page thread over the whole load (all frames). */
  extensionScriptMs: number;
  /** Style, layout and paint inside the window. */
  rendering: RenderingTime;
  /** The first rendering task after ready: the frame that paints what was drawn last. */
  frameAfterReady: FrameAfter | undefined;
  /** What was drawn by ready: <backstory-mark> elements and ranges in our highlights (main frame). */
  drawn: { elements: number; ranges: number };
}

/** Main world, after ready: counts our marks and our highlight ranges (the registry is shared). */
const countDrawn = `(() => {
  let ranges = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('backstory-')) ranges += highlight.size;
  return { elements: document.querySelectorAll('backstory-mark').length, ranges };
})()`;

const readyFramesOf = (page: BenchPage) => (page.kind === 'frames' ? 'all' : 'top');

export async function tracedLoad(extensionDir: string, url: string, page: BenchPage): Promise<ExtensionLoad> {
  const tab = await openChromium(extensionDir);
  try {
    const stop = await startTrace(tab.cdp);
    await tab.page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await waitReady(tab.page, readyFramesOf(page), READY_TIMEOUT_MS);
    // Lets the task that set the attribute end, so the trace holds it whole.
    await tab.page.waitForTimeout(200);
    const frameId = await mainFrameId(tab.cdp);
    const events = await stop();
    const window = loadWindow(events, frameId, readyFramesOf(page));
    const thread = pageMainThread(events, frameId);
    return {
      ...window,
      extensionScriptMs: extensionScriptMs(events, thread),
      rendering: renderingTime(events, thread, window.start, window.end),
      frameAfterReady: frameAfter(events, thread, window.end),
      drawn: (await tab.page.evaluate(countDrawn)) as ExtensionLoad['drawn'],
    };
  } finally {
    await tab.close();
  }
}

/** Used JS heap of the page's isolate (every same-process frame, every world) after forced GC, MB. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / (1024 * 1024);
}

/**
 * Heap after GC on a fresh load: in `tab` with the extension (after ready) or without it (after
 * load, then the same pause).
 */
export async function heapOfLoad(
  tab: ChromiumTab,
  withExtension: boolean,
  url: string,
  page: BenchPage,
): Promise<number> {
  try {
    await tab.page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    if (withExtension) await waitReady(tab.page, readyFramesOf(page), READY_TIMEOUT_MS);
    await tab.page.waitForTimeout(500);
    await tab.cdp.send('HeapProfiler.enable');
    return await heapAfterGc(tab.cdp);
  } finally {
    await tab.close();
  }
}
