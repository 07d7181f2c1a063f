/**
 * The content script's mark.js (build/mark-js-subset.ts: markRanges only) marks exactly as the
 * whole mark.js does: same elements, same callbacks, same ranges refused, on fixed cases near
 * mark.js's own checks and on generated blocks; and the cut is refused on any other mark.js file.
 */
import { build, type Plugin } from 'esbuild';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { markJsSubset } from '../../../build/content-plugins.ts';
import { markRangesOnly, MarkJsSubsetError, UNUSED_METHODS } from '../../../build/mark-js-subset.ts';

type MarkRanges = (ranges: unknown, options: Record<string, unknown>) => void;
type MarkConstructor = new (context: unknown) => { markRanges: MarkRanges } & Record<string, unknown>;

const require = createRequire(import.meta.url);
const MARK_ES6 = require.resolve('mark.js/dist/mark.es6.js');
// jsdom ships no type declarations; only its window is used.
const { JSDOM } = require('jsdom') as {
  JSDOM: new (html: string, options: { runScripts: 'outside-only' }) => { window: Window & typeof globalThis };
};

// One page for both (esbuild cannot run in vitest's jsdom environment, so the page is made here).
const { window } = new JSDOM('<!doctype html><body></body>', { runScripts: 'outside-only' });
const { document } = window;

/** mark.es6.js bundled as the content script bundles it, with or without the subset plugin, run in the page. */
async function bundledMark(plugins: Plugin[]): Promise<MarkConstructor> {
  const result = await build({
    stdin: { contents: `export { default } from ${JSON.stringify(MARK_ES6)};`, resolveDir: '.' },
    bundle: true,
    format: 'iife',
    globalName: 'markUnderTest',
    write: false,
    plugins,
    logLevel: 'silent',
  });
  return (window.eval(`${result.outputFiles[0]!.text}; markUnderTest`) as { default: MarkConstructor }).default;
}

let Whole: MarkConstructor;
let Subset: MarkConstructor;
beforeAll(async () => {
  [Whole, Subset] = await Promise.all([bundledMark([]), bundledMark([markJsSubset()])]);
});

interface Case {
  html: string;
  ranges: unknown;
  /** Mark the paragraph's text nodes as highlighter.ts does, rather than the paragraph. */
  textNodes?: boolean;
  options?: Record<string, unknown>;
}

/** Everything observable of one markRanges call: the DOM after, and every callback with its arguments. */
function run(Mark: MarkConstructor, { html, ranges, textNodes, options = {} }: Case) {
  document.body.innerHTML = `<p>${html}</p>`;
  const p = document.body.firstElementChild!;
  const context = textNodes ? [...walkText(p)] : p;
  const calls: unknown[] = [];
  new Mark(context).markRanges(structuredClone(ranges), {
    ...options,
    each: (element: Element, range: unknown) => calls.push(['each', element.outerHTML, range]),
    noMatch: (range: unknown) => calls.push(['noMatch', range]),
    done: (total: number) => calls.push(['done', total]),
    ...(options.filter
      ? {}
      : {
          filter: (node: Text, range: unknown, text: string, index: number) => {
            calls.push(['filter', node.data, range, text, index]);
            return true;
          },
        }),
  });
  return { html: document.body.innerHTML, calls };
}

function* walkText(root: Node): Generator<Text> {
  const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

const CASES: Record<string, Case> = {
  'one text node, ranges out of order': {
    html: '22 senators and 121 people',
    ranges: [
      { start: 16, length: 10 },
      { start: 0, length: 11 },
    ],
  },
  'a range across inline elements': { html: 'On <b>22</b> <i>sen</i>ators wrote', ranges: [{ start: 3, length: 11 }] },
  'text nodes as the context': {
    html: 'a <b>22</b> senators, <i>TPS</i>.',
    ranges: [
      { start: 2, length: 11 },
      { start: 15, length: 3 },
    ],
    textNodes: true,
  },
  'overlapping ranges': {
    html: '22 senators wrote',
    ranges: [
      { start: 0, length: 11 },
      { start: 3, length: 5 },
    ],
  },
  'a whitespace-only range': { html: 'a   b', ranges: [{ start: 1, length: 3 }] },
  'a range past the end': { html: 'short', ranges: [{ start: 2, length: 50 }] },
  'invalid ranges': {
    html: 'text here',
    ranges: [{ length: 2 }, { start: 'x', length: 1 }, { start: 1, length: 0 }, { start: 1, length: 2 }],
  },
  'not a list of objects': { html: 'text', ranges: [1, 2] },
  'script text is skipped': { html: 'ab<script>cd</script>ef', ranges: [{ start: 1, length: 2 }] },
  'element and class': {
    html: 'TPS now',
    ranges: [{ start: 0, length: 3 }],
    options: { element: 'backstory-mark', className: 'backstory-mark' },
  },
  'a filter refusing one': {
    html: 'one two',
    ranges: [
      { start: 0, length: 3 },
      { start: 4, length: 3 },
    ],
    options: { filter: (_n: Text, _r: unknown, text: string) => text !== 'two' },
  },
  exclude: { html: 'a <span class="x">bc</span> d', ranges: [{ start: 2, length: 2 }], options: { exclude: ['.x'] } },
};

describe('mark.js subset (markRanges only)', () => {
  it.each(Object.entries(CASES))('marks as mark.js does: %s', (_name, testCase) => {
    const whole = run(Whole, testCase);
    expect(whole.calls.length).toBeGreaterThan(0);
    expect(run(Subset, testCase)).toEqual(whole);
  });

  it('marks as mark.js does on generated blocks and ranges', () => {
    const piece = fc.oneof(
      fc.stringMatching(/^[a-z ]{0,6}$/),
      fc.stringMatching(/^[a-z ]{1,6}$/).map((text) => `<b>${text}</b>`),
      fc.stringMatching(/^[a-z ]{1,6}$/).map((text) => `<i>x<u>${text}</u></i>`),
    );
    const range = fc.record({ start: fc.integer({ min: -2, max: 40 }), length: fc.integer({ min: -1, max: 12 }) });
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.array(range, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (pieces, ranges, textNodes) => {
          const testCase = { html: pieces.join(''), ranges, textNodes };
          expect(run(Subset, testCase)).toEqual(run(Whole, testCase));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves out the other entry points and the cut methods', () => {
    const instance = new Subset(document.body);
    expect(typeof instance.markRanges).toBe('function');
    expect([instance.mark, instance.markRegExp, instance.unmark]).toEqual([undefined, undefined, undefined]);
    const code = markRangesOnly(readFileSync(MARK_ES6, 'utf8'));
    for (const name of UNUSED_METHODS) expect(code).not.toMatch(new RegExp(`^  ${name}\\(`, 'm'));
    expect(code).not.toContain('module.exports');
    expect(code).not.toContain('this.log(');
  });

  it('refuses a mark.js it was not made for, naming what it missed', () => {
    const source = readFileSync(MARK_ES6, 'utf8');
    expect(() => markRangesOnly(source.replace('v8.11.1', 'v8.11.2'))).toThrow(MarkJsSubsetError);
    expect(() => markRangesOnly(source.replace('  createDiacriticsRegExp(', '  diacritics('))).toThrow(
      /createDiacriticsRegExp/,
    );
    expect(() => markRangesOnly(source.replace('if (this.iframes) {', 'if (this.iframes && true) {'))).toThrow(
      /iframe branches/,
    );
  });
});
