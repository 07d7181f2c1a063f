/**
 * The references, measured on the same pages in Chromium without the extension: the floor (a warm
 * TreeWalker over every text node testing one precompiled regex of all the story's surface forms),
 * the page's own cost of changing one word (its longest task then), and the naive highlighter
 * (mark.js marking every surface form). All CPU time of the renderer main thread.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { mainFrameId, openPlainChromium, startTrace, threadCpuMs, type ChromiumTab } from './chromium-tab.ts';
import { longestTask, pageMainThread } from './trace-window.ts';
import { READY_TIMEOUT_MS } from './with-extension.ts';
import { within } from './within.ts';

const WARM_RUNS = 3;

export interface Reference {
  /** Best warm floor, CPU ms; and the text nodes the regex hit (story text on the page). */
  floorMs: number;
  floorHits: number;
  /** The page's longest task after changing one word of its text, CPU ms. */
  editTaskMs: number;
}

/** CPU ms of the renderer main thread around one evaluation. */
async function cpuOf<T>(tab: ChromiumTab, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const before = await threadCpuMs(tab.cdp);
  const result = await work();
  return { ms: (await threadCpuMs(tab.cdp)) - before, result };
}

export type PlainChromium = Awaited<ReturnType<typeof openPlainChromium>>;

async function open(plain: PlainChromium, url: string): Promise<ChromiumTab> {
  const tab = await plain.newTab();
  try {
    await tab.page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await tab.cdp.send('Performance.enable');
    return tab;
  } catch (error) {
    await tab.close();
    throw error;
  }
}

export async function reference(plain: PlainChromium, url: string, pattern: RegExp): Promise<Reference> {
  const tab = await open(plain, url);
  try {
    await tab.page.evaluate(
      ([source, flags]) => {
        const regex = new RegExp(source, flags);
        (window as unknown as { backstoryFloor: () => number }).backstoryFloor = () => {
          const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
          let hits = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if (regex.test(node.nodeValue!)) hits++;
          return hits;
        };
      },
      [pattern.source, pattern.flags] as const,
    );
    const runs: { ms: number; result: number }[] = [];
    // The first run warms the walker and the regex; the floor is the best of the warm runs after it.
    for (let i = 0; i <= WARM_RUNS; i++)
      runs.push(
        await cpuOf(tab, () =>
          tab.page.evaluate(() => (window as unknown as { backstoryFloor: () => number }).backstoryFloor()),
        ),
      );
    const warm = runs.slice(1);
    return {
      floorMs: Math.min(...warm.map((run) => run.ms)),
      floorHits: runs[0]!.result,
      editTaskMs: await oneWordEdit(tab),
    };
  } finally {
    await tab.close();
  }
}

/** The longest task after one word of the page's text changes: what any DOM write costs on this page. */
async function oneWordEdit(tab: ChromiumTab): Promise<number> {
  const stop = await startTrace(tab.cdp);
  await tab.page.evaluate(async () => {
    const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      if (text.parentElement?.closest('script, style, noscript, textarea') || !/\w{4}/.test(text.data)) continue;
      text.data = text.data.replace(/\w{4,}/, (word) => word.toUpperCase());
      break;
    }
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  });
  const frameId = await mainFrameId(tab.cdp);
  const events = await stop();
  return longestTask(events, pageMainThread(events, frameId)).cpuMs;
}

const markJs = () => readFileSync(createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js'), 'utf8');

/** mark.js marking every surface form (one DOM walk per form), CPU ms; undefined past the cap. */
export async function naive(
  plain: PlainChromium,
  url: string,
  forms: string[],
  capMs: number,
): Promise<{ ms: number; marks: number } | undefined> {
  const tab = await open(plain, url);
  try {
    await tab.page.addScriptTag({ content: markJs() });
    const mark = cpuOf(tab, () =>
      tab.page.evaluate(
        (list) =>
          new Promise<number>((done) => {
            const Mark = (
              window as unknown as { Mark: new (root: Element) => { mark(forms: string[], options: object): void } }
            ).Mark;
            new Mark(document.body).mark(list, { separateWordSearch: false, done });
          }),
        forms,
      ),
    );
    // Past the cap the tab is closed under it: that rejection is expected.
    mark.catch(() => undefined);
    const result = await within(mark, capMs, 'mark.js').catch(() => undefined);
    return result && { ms: result.ms, marks: result.result };
  } finally {
    await tab.close();
  }
}
