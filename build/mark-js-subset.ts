/**
 * The part of mark.js the content script runs: `markRanges` without iframes, the one call
 * src/content/highlighter.ts makes. mark.js is one UMD file whose classes esbuild cannot tree-shake,
 * so the content script carried its keyword search (regex building for diacritics, synonyms,
 * wildcards, joiners, accuracy), `mark`, `markRegExp`, `unmark` and the iframe walk, a third of
 * content.js, never called. This cuts those methods out of mark.js 8.11.1's ES2015 build and makes
 * it an ES module (no CommonJS wrapper or interop helpers in the bundle). It also drops mark.js's
 * debug logging, which prints only with the `debug` option (the highlighter never sets it) but built
 * its messages on every call, a JSON copy of the ranges included. Every other line that runs is
 * mark.js's own, unchanged: tests/unit/build/mark-js-subset.test.ts marks the same ranges with both.
 *
 * The cuts are exact text matches on that one release: any other file (an upgrade) fails the build
 * with the piece that was not found, rather than shipping a half-cut library.
 */

/** Methods markRanges never reaches (mark.js 8.11.1, dist/mark.es6.js), each cut whole. */
export const UNUSED_METHODS = [
  // DOMIterator: the iframe walk (the options' `iframes` is false unless a caller sets it).
  'getIframeContents',
  'isIframeBlank',
  'observeIframeLoad',
  'onIframeReady',
  'waitForIframes',
  'forEachIframe',
  'createInstanceOnIframe',
  'compareNodeIframe',
  'checkIframeFilter',
  'handleOpenIframes',
  // Mark: building a regex from keywords, and the other three entry points.
  'escapeStr',
  'createRegExp',
  'createSynonymsRegExp',
  'processSynomyms',
  'setupWildcardsRegExp',
  'createWildcardsRegExp',
  'setupIgnoreJoinersRegExp',
  'createJoinersRegExp',
  'createDiacriticsRegExp',
  'createMergedBlanksRegExp',
  'createAccuracyRegExp',
  'getSeparatedKeywords',
  'wrapMatches',
  'wrapMatchesAcrossElements',
  'unwrapMatches',
  'normalizeTextNode',
  'markRegExp',
  'mark',
  'unmark',
  // Debug logging: its calls are cut too (DEBUG_LOG_CALLS).
  'log',
] as const;

/** The public wrapper's entry points that go with them (`markRanges` stays). */
const UNUSED_ENTRY_POINTS = ['mark', 'markRegExp', 'unmark'] as const;

const UMD_HEAD = `(function (global, factory) {
\ttypeof exports === 'object' && typeof module !== 'undefined' ? module.exports = factory() :
\ttypeof define === 'function' && define.amd ? define(factory) :
\t(global.Mark = factory());
}(this, (function () { 'use strict';
`;
const UMD_TAIL = `return Mark;

})));`;

/** `this.log(message);` statements left in what markRanges runs (no `;` inside any of them). */
const DEBUG_LOG_CALL = /this\.log\([^;]*\);/g;
const DEBUG_LOG_CALLS = 7;

/** The iframe branches, dead once iframes are off: `false` lets the minifier drop them whole. */
const IFRAME_BRANCH = 'if (this.iframes) {';
const IFRAME_BRANCHES = 3;

export class MarkJsSubsetError extends Error {}

function cutOnce(source: string, piece: RegExp | string, what: string, replacement = ''): string {
  const pattern = typeof piece === 'string' ? new RegExp(escapeRegExp(piece), 'g') : piece;
  const found = source.match(pattern)?.length ?? 0;
  if (found !== 1) throw new MarkJsSubsetError(`mark.js subset: expected ${what} once, found it ${found} times`);
  return source.replace(pattern, replacement);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** mark.es6.js (8.11.1) reduced to what markRanges without iframes runs, as an ES module. */
export function markRangesOnly(source: string): string {
  let code = source.replace(/\r\n/g, '\n');
  if (!code.includes('* mark.js v8.11.1\n')) throw new MarkJsSubsetError('mark.js subset: made for mark.js v8.11.1');
  code = cutOnce(code, UMD_HEAD, 'the UMD head');
  code = cutOnce(code, UMD_TAIL, 'the UMD tail', 'export default Mark;');
  // A class method: its line at two spaces' indent, its body deeper, its closing brace at two.
  for (const name of UNUSED_METHODS) {
    code = cutOnce(
      code,
      new RegExp(`^  ${name}\\([^\\n]*\\) \\{\\n(?:(?:    [^\\n]*)?\\n)*?  \\}\\n`, 'gm'),
      `method ${name}`,
    );
  }
  for (const name of UNUSED_ENTRY_POINTS) {
    code = cutOnce(
      code,
      new RegExp(`^  this\\.${name} = \\([^\\n]*\\n(?:    [^\\n]*\\n)*?  \\};\\n`, 'gm'),
      `this.${name}`,
    );
  }
  const logCalls = code.match(DEBUG_LOG_CALL)?.length ?? 0;
  if (logCalls !== DEBUG_LOG_CALLS) {
    throw new MarkJsSubsetError(`mark.js subset: expected ${DEBUG_LOG_CALLS} debug log calls, found ${logCalls}`);
  }
  code = code.replace(DEBUG_LOG_CALL, '');
  const branches = code.split(IFRAME_BRANCH).length - 1;
  if (branches !== IFRAME_BRANCHES) {
    throw new MarkJsSubsetError(`mark.js subset: expected ${IFRAME_BRANCHES} iframe branches, found ${branches}`);
  }
  return code.replaceAll(IFRAME_BRANCH, 'if (false) {');
}
