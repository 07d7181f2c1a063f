/**
 * `data-backstory-state="ready"` on <html> once a pass is done: only in the test build
 * (`BACKSTORY_TEST=1 npm run build`) and in unit tests. The normal build writes nothing a page
 * could read on a page without story text: an attribute on every page would tell any site that
 * its visitor uses Backstory (issue 14).
 */
declare const __BACKSTORY_TEST__: boolean | undefined;

export const TEST_BUILD = typeof __BACKSTORY_TEST__ === 'undefined' ? true : __BACKSTORY_TEST__;

export function markReady(doc: Document): void {
  if (TEST_BUILD) doc.documentElement.dataset.backstoryState = 'ready';
}
