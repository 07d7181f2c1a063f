/**
 * Bundled by page-bench.ts (esbuild, IIFE) and injected into benchmark pages: the content
 * script's real scan (engine + matcher + dataset) without the extension machinery,
 * next to the floor and the naive way, all measured in the page. Exposes one object on the page's
 * window (benchmark pages only; the extension itself adds no globals).
 */
import Mark from 'mark.js';
import rawDataset from '../../data/dataset.json';
import { startEngine, type Engine } from '../../src/content/engine.ts';
import { compileMatcher, type Matcher } from '../../src/matcher/index.ts';
import { categoryOf, type Dataset } from '../../src/shared/dataset-schema.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-defaults.ts';
import { floorPattern, surfaceForms } from './surface-forms.ts';

const dataset = rawDataset as unknown as Dataset;

/** Floor: a bare TreeWalker over every text node testing one precompiled regex. */
function floor(): { ms: number; hits: number } {
  const pattern = floorPattern(dataset);
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let hits = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (pattern.test(node.nodeValue!)) hits++;
  return { ms: performance.now() - started, hits };
}

/** The matcher with a stopwatch: how much of our scan is the matcher's own work. */
function timed(matcher: Matcher, clock: { ms: number }): Matcher {
  const time =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const started = performance.now();
      try {
        return fn(...args);
      } finally {
        clock.ms += performance.now() - started;
      }
    };
  return { ...matcher, observe: time(matcher.observe), find: time(matcher.find) };
}

let engine: Engine | undefined;

/** Ours: compile (as every page does) and scan until the first pass is ready; longest task seen. */
function ours(): Promise<{
  ms: number;
  compileMs: number;
  matcherMs: number;
  marks: number;
  mentions: number;
  longestTask: number;
}> {
  let longestTask = 0;
  const longTasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTask = Math.max(longestTask, entry.duration);
  });
  longTasks.observe({ type: 'longtask' });
  const started = performance.now();
  const clock = { ms: 0 };
  const matcher = timed(compileMatcher(dataset), clock);
  const relevant = (text: string) => matcher.mayMatch(text);
  const byId = new Map(dataset.entries.map((entry) => [entry.id, entry]));
  const compileMs = performance.now() - started;
  // Never aborted: unmarking is not part of the scan, and every run starts from a fresh page load.
  const controller = new AbortController();
  return new Promise((resolve) => {
    engine = startEngine(
      {
        doc: document,
        // The matcher in the page, answered at once (the real extension asks the background).
        match: (texts) => {
          const page = matcher.newPage();
          for (const text of texts) matcher.observe(page, text);
          return Promise.resolve(texts.map((text) => matcher.find(text, page, { sensitivity: 'balanced' })));
        },
        relevant,
        accept: () => true,
        category: (mention) => categoryOf(byId.get(mention.entry)!.kind),
        look: { highlightStyle: DEFAULT_SETTINGS.highlightStyle, colors: DEFAULT_SETTINGS.colors },
        decorate: (element, mention) => {
          element.dataset.entry = mention.entry;
        },
        isAlive: () => true,
        onPass: (mentions) => {
          const ms = performance.now() - started;
          // Long-task entries arrive asynchronously: give them a moment before reading.
          setTimeout(() => {
            longTasks.disconnect();
            resolve({
              ms,
              compileMs,
              matcherMs: clock.ms,
              marks: document.querySelectorAll('backstory-mark').length,
              mentions: mentions.length,
              longestTask,
            });
          }, 100);
        },
      },
      controller.signal,
    );
  });
}

/**
 * After ours(): draws every mark still waiting to come near the viewport, as if the reader
 * scrolled through the whole page, so the full cost of marking everything can be compared too.
 */
async function rest(): Promise<{ ms: number; marks: number }> {
  const started = performance.now();
  await engine!.drawWaiting(() => true);
  // The rendering update the last marks cause belongs to this cost too.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return { ms: performance.now() - started, marks: document.querySelectorAll('backstory-mark').length };
}

/**
 * The page's own cost of changing one word: the rendering update after any text change, which no
 * highlighter that writes to the DOM can avoid (on the 5 MB page it alone exceeds 50 ms here).
 */
async function oneWordEdit(): Promise<void> {
  const text = [...document.querySelectorAll('p')]
    .map((p) => p.firstChild)
    .find((node): node is Text => node instanceof Text && node.data.length > 20);
  if (!text) return;
  text.data = text.data.replace(/\w+/, (word) => word.toUpperCase());
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** Naive: mark.js mark() with the list of all surface forms (one DOM walk per form). */
function naive(): Promise<{ ms: number; marks: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    new Mark(document.body).mark(surfaceForms(dataset), {
      separateWordSearch: false,
      done: (marks: number) => resolve({ ms: performance.now() - started, marks }),
    });
  });
}

(window as unknown as { backstoryBench: object }).backstoryBench = { floor, ours, rest, oneWordEdit, naive };
