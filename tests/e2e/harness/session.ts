/**
 * One interface over both real browsers so each e2e test is written once and runs in Chromium
 * (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi).
 */
import type { BrowserName } from './browsers.ts';

/** The subset of Playwright's and Puppeteer's Page that both implement identically. */
export interface E2EPage {
  goto(url: string, options?: { timeout?: number }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  hover(selector: string): Promise<void>;
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionSession {
  name: BrowserName;
  /** Every URL requested by any page or the extension while the session ran. */
  requests: string[];
  /** Console errors and page errors seen in pages, with their page URL. */
  errors: string[];
  newPage(): Promise<E2EPage>;
  /** Opens an extension page (popup.html, options.html…) as a tab. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** The browser's tab id for the tab of `page` (for popup.html?tabId=). */
  tabIdFor(page: E2EPage): Promise<number>;
  /** Stops the extension's background now (Chrome's service worker, Firefox's event page), as the browser does when it idles. */
  stopBackground(): Promise<void>;
  /**
   * Reloads the extension, as an update does: content scripts already in pages are orphaned.
   * Firefox brings the extension back; headless Chromium does not (call it last in a session).
   */
  reloadExtension(): Promise<void>;
  /** Chromium only: runs `source` (an expression) in the service worker, starting it if stopped. */
  inBackground?(source: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function poll<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(
    `timed out waiting; last value ${JSON.stringify(last)}${lastError ? `; last error ${String(lastError)}` : ''}`,
  );
}

/** Navigates and waits until the content script has finished its pass (the public contract). */
export async function gotoReady(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  await poll(
    () => page.evaluate(() => document.documentElement.dataset.backstoryState ?? ''),
    (state) => state === 'ready',
  );
}
