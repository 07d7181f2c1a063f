/**
 * The background's life cycle (issue 14, docs/adr/0007): the matcher lives in Chrome's service
 * worker / Firefox's event page, which the browser stops when idle and may stop mid-pass, and an
 * update or reload cuts every content script off. Pages must still be highlighted, cards must still
 * open, and an orphaned content script must clean up, with no error in the page's console.
 * A worker stopped while it holds a request is covered by unit tests (match-client.test.ts): Chrome
 * does not stop a worker whose JavaScript is running, so no e2e test here can stop one mid-request.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/launch.ts';
import { useBrowser } from './harness/lifecycle.ts';
import { gotoReady, poll, type E2EPage } from './harness/session.ts';
import { readMarks, waitForCard } from './helpers.ts';

const STORY = '/fixtures/pages/story-article.html';
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The page's visible text and how its marks nest (none may sit inside another). */
function pageShape(page: E2EPage) {
  return page.evaluate(() => ({
    text: document.body.textContent ?? '',
    marks: document.querySelectorAll('backstory-mark').length,
    nested: document.querySelectorAll('backstory-mark backstory-mark').length,
  }));
}

describe.each(BROWSERS)('the background’s life cycle in %s', (browserName) => {
  const browser = useBrowser(browserName);

  it('a pass wakes a stopped background and highlights as usual; a card opens with the background stopped', async () => {
    const { session, server } = browser;
    await session.stopBackground();
    const page = await session.newPage();
    await gotoReady(page, server.url + STORY);
    expect(await readMarks(page)).toEqual(expect.arrayContaining([{ text: '22 senators', entry: 'senate-letter-22' }]));
    await session.stopBackground();
    // In the page: from the pointer's arrival on the mark to the card's content in the page.
    await page.evaluate(() => {
      const timing: { over?: number; shown?: number } = {};
      (window as unknown as { __cardTiming: typeof timing }).__cardTiming = timing;
      document.addEventListener(
        'mouseover',
        (event) => {
          if ((event.target as Element).closest?.('backstory-mark')) timing.over ??= performance.now();
        },
        { capture: true },
      );
      new MutationObserver(() => {
        if (document.querySelector('backstory-card')?.shadowRoot?.textContent) timing.shown ??= performance.now();
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await page.hover('backstory-mark[data-entry="senate-letter-22"]');
    expect(await waitForCard(page)).toContain('22 senators');
    const timing = await page.evaluate(
      () => (window as unknown as { __cardTiming: { over: number; shown: number } }).__cardTiming,
    );
    console.log(
      `${browserName}: card shown ${Math.round(timing.shown - timing.over)} ms after the pointer reached the mark (300 ms dwell included), background stopped`,
    );
    expect(session.errors).toEqual([]);
    await page.close();
  });

  // Last: in Chromium the reloaded extension does not come back in this session.
  it('an extension reload orphans the page’s content script, which takes its marks out and stays quiet', async () => {
    const { session, server } = browser;
    const page = await session.newPage();
    await gotoReady(page, server.url + STORY);
    const before = await pageShape(page);
    expect(before.marks).toBeGreaterThan(0);
    await session.reloadExtension();
    // The orphaned script notices at its next chance: a page change, focus, or a visibility change.
    await page.evaluate(() => {
      document.body.append(document.createElement('p'));
      window.dispatchEvent(new FocusEvent('focus'));
    });
    // Chromium leaves the tab without a content script (marks gone); Firefox injects the reloaded
    // extension's script into open tabs (one fresh set of marks). Never two sets, never nested.
    const after = await poll(
      () => pageShape(page),
      (shape) => shape.nested === 0 && (browserName === 'chromium' ? shape.marks === 0 : shape.marks === before.marks),
      15_000,
    );
    expect(after.text).toBe(before.text);
    await sleep(500);
    expect(session.errors).toEqual([]);
    await page.close();
  });
});
