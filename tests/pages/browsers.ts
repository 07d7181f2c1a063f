/**
 * Browsers for the real-page run: Chromium or Firefox, with or without the built extension, where
 * every address but 127.0.0.1 is blocked (the saved pages reference remote scripts and images; those
 * requests are the page's own and are counted, never sent). Each visit loads one page in a fresh tab
 * and returns what the page looks like once settled.
 */
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath, type BrowserName } from '../e2e/harness/browsers.ts';
import { CHROMIUM_FLAGS } from '../e2e/harness/chromium.ts';
import { FIREFOX_EXTENSION_UUID } from '../e2e/harness/firefox.ts';
import { ROOT } from '../e2e/harness/server.ts';
import { isLocal } from './network.ts';
import { READY_RECORDER, READY_STATE, SCROLL_THROUGH, SETTLE, SNAPSHOT, type Snapshot } from './page-scripts.ts';

const VIEWPORT = { width: 1200, height: 900 };
const LOAD_TIMEOUT_MS = 30_000;
const READY_TIMEOUT_MS = 30_000;

export interface PageVisit {
  snapshot: Snapshot | null;
  /** Page errors and console errors, in order. */
  errors: string[];
  /** Requests to other addresses than 127.0.0.1 that were blocked. */
  blocked: number;
  /** Set when the page could not be measured (load or ready timed out, evaluate failed). */
  failure?: string;
}

export interface PageBrowser {
  name: BrowserName;
  withExtension: boolean;
  visit(url: string): Promise<PageVisit>;
  close(): Promise<void>;
}

/** The page-driving calls both drivers share, for the visit logic below. */
interface Driver {
  addInitScript(source: string): Promise<unknown>;
  goto(url: string): Promise<unknown>;
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

async function waitForReady(driver: Driver): Promise<boolean> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if ((await driver.evaluate<string>(READY_STATE).catch(() => '')) === 'ready') return true;
    await new Promise((done) => setTimeout(done, 50));
  }
  return false;
}

async function waitForLoad(driver: Driver, url: string): Promise<boolean> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const state = await driver.evaluate<string>(`location.href + ' ' + document.readyState`).catch(() => '');
    if (state === `${url} complete`) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

async function measure(driver: Driver, url: string, withExtension: boolean, visit: PageVisit): Promise<void> {
  await driver.addInitScript(READY_RECORDER);
  try {
    await driver.goto(url);
  } catch (error) {
    // Firefox reports a blocked remote iframe as a failed navigation of the page itself: the page
    // still loads, so wait for it; only a page that never loads is a failure.
    if (!(await waitForLoad(driver, url))) visit.failure = `load: ${(error as Error).message.split('\n')[0]}`;
  }
  if (withExtension && !(await waitForReady(driver))) {
    visit.failure = `the extension never set data-backstory-state="ready" within ${READY_TIMEOUT_MS / 1000} s`;
  }
  await driver.evaluate(SCROLL_THROUGH).catch(() => {});
  await driver.evaluate(SETTLE).catch(() => {});
  visit.snapshot = await driver.evaluate<Snapshot>(SNAPSHOT).catch((error: Error) => {
    visit.failure ??= `snapshot: ${error.message.split('\n')[0]}`;
    return null;
  });
}

async function launchChromium(withExtension: boolean): Promise<PageBrowser> {
  const extension = join(ROOT, 'dist/chrome');
  const profile = await mkdtemp(join(tmpdir(), 'backstory-pages-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    viewport: VIEWPORT,
    colorScheme: 'light',
    args: [
      ...CHROMIUM_FLAGS,
      // Safety net under the per-page routes: no name resolves, so nothing can leave the machine.
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ...(withExtension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
    ],
  });
  if (withExtension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  return {
    name: 'chromium',
    withExtension,
    async visit(url) {
      const visit: PageVisit = { snapshot: null, errors: [], blocked: 0 };
      const page: PlaywrightPage = await context.newPage();
      page.on('pageerror', (error) => visit.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') visit.errors.push(`console: ${message.text()}`);
      });
      await page.route('**/*', (route) => {
        if (isLocal(route.request().url())) return route.continue();
        visit.blocked++;
        return route.abort('blockedbyclient');
      });
      const driver: Driver = {
        addInitScript: (source) => page.addInitScript(source),
        goto: (target) => page.goto(target, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }),
        evaluate: (expression) => page.evaluate(expression),
        close: () => page.close(),
      };
      await measure(driver, url, withExtension, visit).finally(() => driver.close());
      return visit;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Firefox sends everything that is not loopback to a proxy on a closed port: blocked, and counted per page. */
const FIREFOX_BLOCKING_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 1,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 1,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': 1,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.http.speculative-parallel-limit': 0,
};

async function launchFirefox(withExtension: boolean): Promise<PageBrowser> {
  const extension = join(ROOT, 'dist/firefox');
  const addonId: string = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    args: [`--width=${VIEWPORT.width}`, `--height=${VIEWPORT.height}`],
    extraPrefsFirefox: {
      ...FIREFOX_BLOCKING_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      'ui.systemUsesDarkTheme': 0,
      'layout.css.prefers-color-scheme.content-override': 1,
    },
  });
  if (withExtension) await browser.installExtension(extension);
  return {
    name: 'firefox',
    withExtension,
    async visit(url) {
      const visit: PageVisit = { snapshot: null, errors: [], blocked: 0 };
      const page: PuppeteerPage = await browser.newPage();
      await page.setViewport(VIEWPORT);
      page.on('request', (request) => {
        if (!isLocal(request.url())) visit.blocked++;
      });
      // Puppeteer leaves alert() open (the page would wait forever); Playwright dismisses on its own.
      page.on('dialog', (dialog) => void dialog.dismiss().catch(() => {}));
      page.on('pageerror', (error) => visit.errors.push(`pageerror: ${(error as Error).message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') visit.errors.push(`console: ${message.text()}`);
      });
      const driver: Driver = {
        addInitScript: (source) => page.evaluateOnNewDocument(source),
        goto: (target) => page.goto(target, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }),
        evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
        close: () => page.close(),
      };
      await measure(driver, url, withExtension, visit).finally(() => driver.close().catch(() => {}));
      return visit;
    },
    close: () => browser.close(),
  };
}

export function launchPageBrowser(name: BrowserName, withExtension: boolean): Promise<PageBrowser> {
  return name === 'chromium' ? launchChromium(withExtension) : launchFirefox(withExtension);
}
