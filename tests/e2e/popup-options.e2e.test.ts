/**
 * Popup and options in both real browsers: options changes reach an open page live, the site
 * switch turns a page off (highlights gone, toolbar title and badge change), the popup lists and
 * reveals the page's mentions, the shortcut is registered, look-up answers, axe-core finds no
 * violations, and screenshots (light, dark) go to artifacts/screenshots/.
 * Last, the real Chromium toolbar popup: chrome.action.openPopup() from the service worker, read
 * over raw CDP (Playwright does not expose the popup as a Page). Firefox's real popup is not
 * reachable over WebDriver BiDi, so there the popup is popup.html?tabId=N in a tab (above).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { browserPath } from './harness/browsers.ts';
import { CHROMIUM_FLAGS } from './harness/chromium.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch } from './harness/launch.ts';
import { ROOT, startServer, type StaticServer } from './harness/server.ts';
import { gotoReady, poll, type E2EPage, type ExtensionSession } from './harness/session.ts';
import { readMarks } from './helpers.ts';

const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
const STORY_PAGE = '/fixtures/pages/story-article.html';

interface ExtensionApi {
  storage: {
    sync: { clear(): Promise<void>; get(key: string): Promise<Record<string, unknown>> };
    local: { clear(): Promise<void> };
  };
  action: {
    getTitle(details: { tabId: number }): Promise<string>;
    getBadgeText(details: { tabId: number }): Promise<string>;
  };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  tabs: { sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown> };
}
/** The extension API in an extension page: Firefox's `browser`, or Chromium's `chrome`. */
type Globals = { browser?: ExtensionApi; chrome?: ExtensionApi };

/** Waits until an extension page has rendered `selector`. */
const rendered = (page: E2EPage, selector: string) =>
  poll(() => page.evaluate((wanted) => !!document.querySelector(wanted), selector), Boolean);
const textOf = (page: E2EPage, selector: string) =>
  page.evaluate((wanted) => document.querySelector(wanted)?.textContent ?? '', selector);
const entriesOn = async (page: E2EPage) => new Set((await readMarks(page)).map((mark) => mark.entry));

/** Runs axe-core on an extension page. The source is evaluated as a DevTools expression (the page's CSP forbids eval). */
async function axeViolations(page: E2EPage): Promise<{ id: string; nodes: string[] }[]> {
  await (page as unknown as { evaluate(source: string): Promise<unknown> }).evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context: Document): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      nodes: violation.nodes.map(
        (node) => JSON.stringify(node.target) + ' ' + String((node as { failureSummary?: string }).failureSummary),
      ),
    }));
  });
}

/** Screenshot of an extension page at a given size (Chromium only: Playwright's viewport API). */
async function screenshot(page: E2EPage, name: string, size: { width: number; height: number }, fullPage: boolean) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await (page as unknown as { setViewportSize(size: object): Promise<void> }).setViewportSize(size);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

describe.each(BROWSERS)('popup and options in %s', (browserName) => {
  let server: StaticServer;
  let session: ExtensionSession;
  let story: string;
  /** An extension page kept open to call extension APIs from. */
  let control: E2EPage;
  const api = <R, A>(fn: (arg: A) => Promise<R>, arg: A) => control.evaluate(fn, arg);

  beforeAll(async () => {
    server = await startServer();
    story = `${server.url}${STORY_PAGE}`;
    session = await launch(browserName, { colorScheme: 'light' });
    control = await session.openExtensionPage('options.html');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  async function resetSettings() {
    await api(async () => {
      const ext = (globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome!;
      await ext.storage.sync.clear();
      await ext.storage.local.clear();
    }, null);
  }

  it('a setting changed in options reaches an open page without a reload', async () => {
    const page = await session.newPage();
    await gotoReady(page, story);
    await page.evaluate(() => document.body.setAttribute('data-not-reloaded', 'yes'));
    expect(await entriesOn(page)).toContain('senate-letter-22');
    const options = await session.openExtensionPage('options.html');
    await rendered(options, '#category-numbers');
    await options.click('#category-numbers');
    // The page redraws after a settings change: wait for the redrawn state, not the moment between.
    const without = await poll(
      () => entriesOn(page),
      (entries) => !entries.has('senate-letter-22') && entries.has('tps'),
    );
    expect(without).toContain('tps');
    expect(without).not.toContain('raids-121');
    await options.click('#category-numbers');
    await poll(
      () => entriesOn(page),
      (entries) => entries.has('senate-letter-22') && entries.has('raids-121'),
    );
    expect(await page.evaluate(() => document.body.dataset.notReloaded)).toBe('yes');
    // A new highlight style restyles the marks in place: the same element, no rescan, no blink.
    await page.evaluate(() => document.querySelector('backstory-mark')!.setAttribute('data-probe', 'kept'));
    await options.click('#highlightStyle input[value="background"]');
    const restyled = await poll(
      () => page.evaluate(() => document.querySelector<HTMLElement>('backstory-mark[data-probe="kept"]')?.style.backgroundColor ?? 'gone'),
      (color) => color === 'gone' || color.includes('color-mix'),
    );
    expect(restyled).not.toBe('gone');
    await options.close();
    await page.close();
    await resetSettings();
  });

  it('the popup lists the page’s mentions by entry and reveals one, then the next', async () => {
    const page = await session.newPage();
    await gotoReady(page, story);
    const tabId = await session.tabIdFor(page);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await rendered(popup, '#mentions li');
    const listed = await popup.evaluate(() =>
      [...document.querySelectorAll('#mentions li')].map((li) => ({
        entry: li.getAttribute('data-entry'),
        label: li.querySelector('.mention-label')?.textContent,
        count: Number(li.querySelector('.count')?.textContent),
      })),
    );
    const marks = await readMarks(page);
    expect(listed.map((item) => item.entry).sort()).toEqual([...new Set(marks.map((mark) => mark.entry))].sort());
    expect(listed).toContainEqual({ entry: 'raids-121', label: '121 people detained in the raids', count: 1 });
    expect(await textOf(popup, '#state-headline')).toBe('On for 127.0.0.1');
    const raids = listed.find((item) => item.entry === 'deportation-raids')!;
    expect(raids.count).toBe(2);
    await popup.click('#mentions li[data-entry="deportation-raids"] button');
    await poll(
      () => textOf(popup, '#mentions li[data-entry="deportation-raids"] .reveal-status'),
      (text) => text === 'Showing 1 of 2',
    );
    await popup.click('#mentions li[data-entry="deportation-raids"] button');
    await poll(
      () => textOf(popup, '#mentions li[data-entry="deportation-raids"] .reveal-status'),
      (text) => text === 'Showing 2 of 2',
    );
    await popup.close();
    await page.close();
  });

  it('off for this site removes the highlights; the toolbar title and badge change', async () => {
    const page = await session.newPage();
    await gotoReady(page, story);
    const tabId = await session.tabIdFor(page);
    const badge = () =>
      api(
        async (id) =>
          (
            (globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome!
          ).action.getBadgeText({ tabId: id }),
        tabId,
      );
    const title = () =>
      api(
        async (id) =>
          ((globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome!).action.getTitle({
            tabId: id,
          }),
        tabId,
      );
    const count = (await readMarks(page)).length;
    await poll(badge, (text) => text === String(count));
    expect(await title()).toMatch(/mentions of the story/);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await rendered(popup, '#site-switch');
    await popup.click('#site-switch');
    await poll(
      () => readMarks(page),
      (marks) => marks.length === 0,
    );
    await poll(title, (text) => text === 'Backstory is off for this site');
    expect(await badge()).toBe('');
    await poll(
      () => textOf(popup, '#state-headline'),
      (text) => text === 'Off for 127.0.0.1',
    );
    await popup.click('#site-switch');
    await poll(
      () => readMarks(page),
      (marks) => marks.length === count,
    );
    await poll(badge, (text) => text === String(count));
    await popup.close();
    await page.close();
    await resetSettings();
  });

  it('pausing from the popup turns the page off and resuming brings it back', async () => {
    const page = await session.newPage();
    await gotoReady(page, story);
    const tabId = await session.tabIdFor(page);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await rendered(popup, '#pause-hour');
    await popup.click('#pause-hour');
    await poll(
      () => readMarks(page),
      (marks) => marks.length === 0,
    );
    await poll(
      () => textOf(popup, '#state-headline'),
      (text) => text.startsWith('Paused until'),
    );
    await popup.click('#resume');
    await poll(
      () => readMarks(page),
      (marks) => marks.length > 0,
    );
    await popup.close();
    await page.close();
    await resetSettings();
  });

  it('registers the toggle shortcut, and look-up shows a card or says the text is not in the story', async () => {
    const commands = await api(
      async () =>
        ((globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome!).commands.getAll(),
      null,
    );
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'toggle-highlights', shortcut: expect.stringMatching(/Alt\+Shift\+H/) }),
    );
    const page = await session.newPage();
    await gotoReady(page, story);
    const tabId = await session.tabIdFor(page);
    const lookUp = (text: string) =>
      api(
        async ([id, words]) =>
          ((globalThis as unknown as Globals).browser ?? (globalThis as unknown as Globals).chrome!).tabs.sendMessage(
            id,
            { tag: 'backstory', name: 'lookUp', args: [words] },
            { frameId: 0 },
          ),
        [tabId, text] as const,
      );
    const cardText = () => page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.textContent ?? '');
    expect(await lookUp('22 senators')).toBe('shown');
    await poll(cardText, (text) => text.includes('22'));
    expect(await lookUp('purple elephants')).toBe('not-found');
    await poll(cardText, (text) => text.includes('“purple elephants” is not in the story'));
    await page.keyboard.press('Escape');
    await poll(cardText, (text) => text === '');
    await page.close();
  });

  it('axe-core finds no violations on the popup and the options page (light), screenshots', async () => {
    const page = await session.newPage();
    await gotoReady(page, story);
    const tabId = await session.tabIdFor(page);
    const popup = await session.openExtensionPage(`popup.html?tabId=${tabId}`);
    await rendered(popup, '#mentions li');
    expect(await axeViolations(popup), 'popup').toEqual([]);
    const options = await session.openExtensionPage('options.html');
    await rendered(options, '#story');
    expect(await axeViolations(options)).toEqual([]);
    if (browserName === 'chromium') {
      await screenshot(popup, 'popup-light', { width: 380, height: 560 }, true);
      await screenshot(options, 'options-light', { width: 900, height: 1400 }, false);
    }
    await Promise.all([popup.close(), options.close(), page.close()]);
    expect(session.errors).toEqual([]);
  });

  it('axe-core finds no violations in the dark scheme, screenshots', async () => {
    const dark = await launch(browserName, { colorScheme: 'dark' });
    try {
      const page = await dark.newPage();
      await gotoReady(page, story);
      const tabId = await dark.tabIdFor(page);
      const popup = await dark.openExtensionPage(`popup.html?tabId=${tabId}`);
      await rendered(popup, '#mentions li');
      expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await axeViolations(popup)).toEqual([]);
      const options = await dark.openExtensionPage('options.html');
      await rendered(options, '#story');
      expect(await axeViolations(options)).toEqual([]);
      if (browserName === 'chromium') {
        await screenshot(popup, 'popup-dark', { width: 380, height: 560 }, true);
        await screenshot(options, 'options-dark', { width: 900, height: 1400 }, false);
      }
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});

/** A raw CDP channel into one target (flatten: false), for targets Playwright does not surface. */
async function attachTo(cdp: CDPSession, targetId: string) {
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 1;
  const pending = new Map<number, (reply: { result?: Record<string, unknown>; error?: unknown }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: unknown };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = (method: string, params: object) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) =>
        reply.error ? reject(new Error(JSON.stringify(reply.error))) : resolve(reply.result ?? {}),
      );
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
        result: { value: T };
      };
      return result.result.value;
    },
    async screenshot(): Promise<Buffer> {
      const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      return Buffer.from(data, 'base64');
    },
  };
}

describe('the real toolbar popup in chromium', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let profile: string;
  beforeAll(async () => {
    server = await startServer();
    profile = await mkdtemp(join(tmpdir(), 'backstory-popup-'));
    const extension = join(ROOT, 'dist/chrome');
    context = await chromium.launchPersistentContext(profile, {
      executablePath: browserPath('chromium'),
      headless: true,
      colorScheme: 'light',
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
    });
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('opens from the toolbar on the active tab, lists its mentions and reveals one', async () => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await gotoReady(page as unknown as E2EPage, `${server.url}${STORY_PAGE}`);
    await page.bringToFront();
    // No ?tabId: the popup finds the active tab itself, as it does when the toolbar button is pressed.
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
    );
    const cdp = await context.newCDPSession(page);
    const popupTarget = await poll(
      async () =>
        (await cdp.send('Target.getTargets')).targetInfos.find(
          (target) => target.type === 'page' && target.url.endsWith('/popup.html'),
        ),
      (target) => !!target,
    );
    const popup = await attachTo(cdp, popupTarget!.targetId);
    const listed = await poll(
      () => popup.evaluate<string[]>(`[...document.querySelectorAll('#mentions li')].map((li) => li.dataset.entry)`),
      (entries) => entries.length > 0,
    );
    const marks = await readMarks(page as unknown as E2EPage);
    expect([...listed].sort()).toEqual([...new Set(marks.map((mark) => mark.entry))].sort());
    expect(await popup.evaluate<string>(`document.querySelector('#state-headline').textContent`)).toBe(
      'On for 127.0.0.1',
    );
    await popup.evaluate(`document.querySelector('#mentions li[data-entry="senate-letter-22"] button').click()`);
    await poll(
      () =>
        popup.evaluate<string>(
          `document.querySelector('#mentions li[data-entry="senate-letter-22"] .reveal-status')?.textContent ?? ''`,
        ),
      (text) => text === 'Showing 1 of 1',
    );
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, 'popup-real-chromium.png'), await popup.screenshot());
  });
});
