/**
 * `npx tsx tests/bench/paint-probe.ts [--runs N] [--bytes 5000000]`: what each kind of paint write costs on the
 * synthetic pages, without the extension (ADR 0008). Each step runs in a fresh tab after the page
 * has settled and its reads are done, traced; printed: the longest task and the style/layout/paint CPU it caused, and how
 * many elements the style recalculation touched. Steps (STEPS): the page's own one-word edit
 * (reference); the ::highlight stylesheet as a <style>, adopted, or with its rules scoped to
 * `:root` or to an attribute; highlight ranges (all ~1000, or those near the viewport), with the
 * attribute on <html> or on the ranges' parents; one and ten inline elements (what the hybrid writes); and the hit test hover would need (caretPositionFromPoint and
 * CSS.highlights.highlightsFromPoint on 300 points). Not a *-bench.ts: `npm run bench` skips it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mainFrameId, openPlainChromium, startTrace, type ChromiumTab } from './extension/chromium-tab.ts';
import { pageSet } from './extension/bench-pages.ts';
import { ROOT } from './extension/extension-builds.ts';
import { renderingTime } from './extension/rendering-time.ts';
import { longestTask, pageMainThread } from './extension/trace-window.ts';
import { fixed, median, table } from './extension/text-table.ts';

const SHEET = readFileSync(join(ROOT, 'src/content/page-sheet.css'), 'utf8');
/** The mentions of the synthetic page (tests/bench/synthetic-page.ts), as text. */
const MENTION =
  /22 senators|121 people|Department of Homeland Security|Jeh Johnson|146 House Democrats|deportation raids/g;

/** One write the probe can make; a step is a list of them, made in one task. */
type Write =
  | 'edit'
  | 'style sheet'
  | 'adopted sheet'
  | ':root sheet'
  | '[attr] sheet'
  | '[attr] * sheet'
  | 'all ranges'
  | 'near ranges'
  | 'attr on <html>'
  | 'attr on parents'
  | '1 element'
  | '10 elements';

/** Each step: what is in place before the trace starts, and the writes measured. */
const STEPS: { name: string; before: Write[]; writes: Write[] }[] = [
  { name: "one-word edit (page's own)", before: [], writes: ['edit'] },
  { name: '<style> ::highlight', before: [], writes: ['style sheet'] },
  { name: 'adopted ::highlight', before: [], writes: ['adopted sheet'] },
  { name: '<style> :root::highlight', before: [], writes: [':root sheet'] },
  { name: '<style> [attr]::highlight', before: [], writes: ['[attr] sheet'] },
  { name: '<style> [attr] *::highlight', before: [], writes: ['[attr] * sheet'] },
  { name: 'all ranges (sheet there)', before: ['style sheet'], writes: ['all ranges'] },
  { name: 'near ranges (sheet there)', before: ['style sheet'], writes: ['near ranges'] },
  {
    name: '[attr] sheet, all ranges, attr <html>',
    before: [],
    writes: ['[attr] sheet', 'all ranges', 'attr on <html>'],
  },
  {
    name: '[attr] * sheet, all ranges, attr parents',
    before: [],
    writes: ['[attr] * sheet', 'all ranges', 'attr on parents'],
  },
  {
    name: '[attr] * sheet, near ranges, attr parents',
    before: [],
    writes: ['[attr] * sheet', 'near ranges', 'attr on parents'],
  },
  { name: '1 element', before: [], writes: ['1 element'] },
  { name: '10 elements', before: [], writes: ['10 elements'] },
];

interface Prepared {
  /** Text nodes holding a mention (all, and those within a screen of the viewport), and a plain one. */
  mentionNodes: Text[];
  nearNodes: Text[];
  plain: Text;
}

/** Runs in the page before the trace: every read the writes need (as the drawer reads before writing). */
const prepare = (mention: string) => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style, textarea, [contenteditable], [hidden], pre'))
      texts.push(node as Text);
  }
  const mentionNodes = texts.filter((node) => new RegExp(mention).test(node.data));
  const prepared: Prepared = {
    mentionNodes,
    nearNodes: mentionNodes.filter((node) => node.parentElement!.getBoundingClientRect().top < 2 * innerHeight),
    plain: texts.find((text) => /\w{4}/.test(text.data))!,
  };
  (window as unknown as { probe: Prepared }).probe = prepared;
};

/** Runs in the page: the writes only, then waits for the frame they cause. Returns how many ranges or elements. */
const inPage = ({ writes, sheet, mention }: { writes: Write[]; sheet: string; mention: string }) => {
  const { mentionNodes, nearNodes, plain } = (window as unknown as { probe: Prepared }).probe;
  const addStyle = (css: string) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  };
  const painted: Text[] = [];
  const paint = (nodes: Text[]) => {
    const highlight = new Highlight();
    for (const node of nodes) {
      for (const match of node.data.matchAll(new RegExp(mention, 'g'))) {
        if (painted.length >= 1000) break;
        const range = new Range();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        highlight.add(range);
        painted.push(node);
      }
    }
    CSS.highlights.set('backstory-people', highlight);
  };
  let count = 0;
  for (const write of writes) {
    if (write === 'edit') {
      plain.data = plain.data.replace(/\w{4,}/, (word) => word.toUpperCase());
      count = 1;
    } else if (write === 'style sheet') addStyle(sheet);
    else if (write === ':root sheet') addStyle(sheet.replace(/::highlight/g, ':root::highlight'));
    else if (write === '[attr] sheet') addStyle(sheet.replace(/::highlight/g, '[data-backstory-paint]::highlight'));
    else if (write === '[attr] * sheet')
      // Firefox 153 does not inherit highlight styles: the rule also reaches the marked element's descendants.
      addStyle(sheet.replace(/(::highlight\([\w-]+\))/g, '[data-backstory-paint]$1, [data-backstory-paint] *$1'));
    else if (write === 'adopted sheet') {
      const constructed = new CSSStyleSheet();
      constructed.replaceSync(sheet);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, constructed];
    } else if (write === 'all ranges' || write === 'near ranges') {
      paint(write === 'near ranges' ? nearNodes : mentionNodes);
      count = painted.length;
    } else if (write === 'attr on <html>') document.documentElement.setAttribute('data-backstory-paint', '');
    else if (write === 'attr on parents') {
      for (const node of painted) node.parentElement!.setAttribute('data-backstory-paint', '');
    } else {
      const wanted = write === '1 element' ? 1 : 10;
      const candidates = mentionNodes;
      for (let i = 0; i < wanted && i < candidates.length; i++) {
        const node = candidates[Math.floor((i * candidates.length) / wanted)]!;
        const match = new RegExp(mention).exec(node.data)!;
        const rest = node.splitText(match.index);
        rest.splitText(match[0].length);
        const mark = document.createElement('backstory-mark');
        mark.style.cssText = 'display: inline !important; text-decoration: underline 2px solid #7e22ce !important';
        mark.tabIndex = 0;
        rest.replaceWith(mark);
        mark.append(rest);
        count++;
      }
    }
  }
  return new Promise<number>((done) => requestAnimationFrame(() => setTimeout(() => done(count), 0)));
};

/** Hover without elements: per pointer position, the caret there and the highlights there. */
const hitTest = (points: number) => {
  const doc = document as Document & {
    caretPositionFromPoint(x: number, y: number): { offsetNode: Node; offset: number } | null;
  };
  const highlights = CSS.highlights as HighlightRegistry & { highlightsFromPoint?(x: number, y: number): unknown[] };
  const ranges = [...(CSS.highlights.get('backstory-people') ?? [])] as Range[];
  const time = (work: (x: number, y: number) => unknown) => {
    const took: number[] = [];
    for (let i = 0; i < points; i++) {
      const x = ((i * 97) % innerWidth) + 0.5;
      const y = ((i * 61) % innerHeight) + 0.5;
      const started = performance.now();
      work(x, y);
      took.push(performance.now() - started);
    }
    took.sort((a, b) => a - b);
    return { median: took[Math.floor(took.length / 2)]!, max: took[took.length - 1]! };
  };
  return {
    ranges: ranges.length,
    caret: time((x, y) => {
      const caret = doc.caretPositionFromPoint(x, y);
      // The lookup hover would do: is the caret inside one of our ranges?
      return caret && ranges.find((range) => range.isPointInRange(caret.offsetNode, caret.offset));
    }),
    fromPoint: highlights.highlightsFromPoint ? time((x, y) => highlights.highlightsFromPoint!(x, y)) : undefined,
  };
};

async function settle(tab: ChromiumTab, url: string): Promise<void> {
  // tsx names functions through a helper the page lacks; the probe's page functions need it there.
  await tab.page.addInitScript({ content: 'window.__name = (target) => target;' });
  await tab.page.goto(url, { waitUntil: 'load', timeout: 90_000 });
  await tab.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 300))));
}

interface Figures {
  longest: number[];
  style: number[];
  layout: number[];
  paint: number[];
  elements: number[];
  count: number;
}

async function main(): Promise<void> {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const bytesAt = process.argv.indexOf('--bytes');
  const sizes = bytesAt > 0 ? [Number(process.argv[bytesAt + 1])] : [1_000_000, 5_000_000];
  const set = pageSet({ synthetic: sizes, real: [], frames: false });
  const server = await set.serve();
  const plain = await openPlainChromium();
  try {
    for (const page of set.pages) {
      const url = server.url + page.path;
      const figures = new Map<string, Figures>();
      for (let run = 0; run < runs; run++) {
        for (const step of STEPS) {
          const tab = await plain.newTab();
          try {
            await settle(tab, url);
            await tab.page.evaluate(prepare, MENTION.source);
            if (step.before.length)
              await tab.page.evaluate(inPage, { writes: step.before, sheet: SHEET, mention: MENTION.source });
            const stop = await startTrace(tab.cdp);
            const count = await tab.page.evaluate(inPage, {
              writes: step.writes,
              sheet: SHEET,
              mention: MENTION.source,
            });
            const events = await stop();
            const thread = pageMainThread(events, await mainFrameId(tab.cdp));
            const rendering = renderingTime(events, thread, -Infinity, Infinity);
            const entry = figures.get(step.name) ?? {
              longest: [],
              style: [],
              layout: [],
              paint: [],
              elements: [],
              count,
            };
            entry.longest.push(longestTask(events, thread).cpuMs);
            entry.style.push(rendering.styleMs);
            entry.layout.push(rendering.layoutMs);
            entry.paint.push(rendering.paintMs);
            entry.elements.push(rendering.maxStyleElements);
            figures.set(step.name, entry);
          } finally {
            await tab.close();
          }
        }
      }
      const elementCount = await countElements(plain, url);
      process.stdout.write(
        `\n${page.name} (${elementCount} elements), median of ${runs}: CPU ms of the longest task and of the rendering it caused\n\n`,
      );
      process.stdout.write(
        table(
          ['write', 'count', 'longest task', 'style', 'layout', 'paint', 'elements restyled'],
          STEPS.map((step) => {
            const entry = figures.get(step.name)!;
            return [
              step.name,
              String(entry.count),
              fixed(median(entry.longest)),
              fixed(median(entry.style)),
              fixed(median(entry.layout)),
              fixed(median(entry.paint)),
              fixed(median(entry.elements), 0),
            ];
          }),
        ) + '\n',
      );
      await printHitTest(plain, url);
    }
  } finally {
    await plain.close();
    await server.close();
  }
}

async function countElements(plain: Awaited<ReturnType<typeof openPlainChromium>>, url: string): Promise<number> {
  const tab = await plain.newTab();
  try {
    await settle(tab, url);
    return await tab.page.evaluate(() => document.getElementsByTagName('*').length);
  } finally {
    await tab.close();
  }
}

async function printHitTest(plain: Awaited<ReturnType<typeof openPlainChromium>>, url: string): Promise<void> {
  const tab = await plain.newTab();
  try {
    await settle(tab, url);
    await tab.page.evaluate(prepare, MENTION.source);
    await tab.page.evaluate(inPage, {
      writes: ['style sheet', 'all ranges'] as Write[],
      sheet: SHEET,
      mention: MENTION.source,
    });
    const result = await tab.page.evaluate(hitTest, 300);
    const line = (name: string, timing: { median: number; max: number } | undefined) =>
      timing
        ? `${name} median ${fixed(timing.median, 3)} ms, max ${fixed(timing.max, 2)} ms`
        : `${name}: not available`;
    process.stdout.write(
      `\nHover hit test over 300 points with ${result.ranges} ranges painted: ${line('caretPositionFromPoint + range lookup', result.caret)}; ${line('highlightsFromPoint', result.fromPoint)}\n`,
    );
  } finally {
    await tab.close();
  }
}

await main();
