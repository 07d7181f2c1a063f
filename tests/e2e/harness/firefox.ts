/**
 * Debian Firefox ESR with the extension installed as a temporary add-on, headless, through
 * puppeteer-core over WebDriver BiDi (playwright's Firefox needs a patched build; geckodriver
 * cannot be downloaded here).
 */
import puppeteer, { type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browserPath } from './browsers.ts';
import { poll, type E2EPage, type ExtensionSession } from './session.ts';

/** Pinned so tests can address moz-extension:// pages without asking the browser. */
export const FIREFOX_EXTENSION_UUID = '5a7c3e1d-0b5e-4f0e-9c7e-b0c4a57e1d01';

interface BidiConnection {
  send(
    method: string,
    params: object,
  ): Promise<{ result: { contexts?: { context: string }[]; type?: string; exceptionDetails?: { text?: string } } }>;
}

/** Every request (loopback included) through one HTTP proxy. */
function proxyPrefs(proxy: URL): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': proxy.hostname,
    'network.proxy.http_port': Number(proxy.port),
    'network.proxy.ssl': proxy.hostname,
    'network.proxy.ssl_port': Number(proxy.port),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

export async function launchFirefox(
  extensionDir: string,
  options: { colorScheme?: 'light' | 'dark'; proxy?: string } = {},
): Promise<ExtensionSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    // Needed to navigate to moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access', '--width=1200', '--height=900'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...(options.proxy ? proxyPrefs(new URL(options.proxy)) : {}),
    },
  });
  await browser.installExtension(extensionDir);
  const requests: string[] = [];
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => {
      requests.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${(error as Error).message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  const newPage = async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    watch(page);
    return page;
  };
  /** Evaluates `expression` (awaited if a promise) in the browser's chrome scope over BiDi. */
  async function inChromeScope(expression: string): Promise<unknown> {
    const connection = (browser as unknown as { connection: BidiConnection }).connection;
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const chrome = tree.result.contexts?.[0]?.context;
    if (!chrome) throw new Error('no Firefox chrome context');
    const reply = await connection.send('script.evaluate', {
      expression,
      target: { context: chrome },
      awaitPromise: true,
    });
    if (reply.result.type === 'exception')
      throw new Error(`chrome scope: ${JSON.stringify(reply.result.exceptionDetails?.text)}`);
    return reply.result;
  }

  async function openExtensionPage(path: string): Promise<E2EPage> {
    const page = await newPage();
    const url = `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
    // Firefox loads moz-extension pages over BiDi but never resolves the navigation: fire and poll.
    await page.goto(url, { timeout: 300 }).catch(() => {});
    await poll(
      () => page.evaluate(() => [location.href, document.readyState]),
      ([href, state]) => href === url && state === 'complete',
    );
    return page as unknown as E2EPage;
  }
  return {
    name: 'firefox',
    requests,
    errors,
    newPage: async () => (await newPage()) as unknown as E2EPage,
    openExtensionPage,
    async tabIdFor(target) {
      const url = await target.evaluate(() => location.href);
      const page = await openExtensionPage('popup.html?tabId=-1');
      try {
        // Temporary add-ons get host permissions, so Firefox shows tab URLs; match patterns carry no
        // port in Firefox, so filter by URL here instead of in the query.
        return await page.evaluate(async (wanted) => {
          const api = (
            globalThis as unknown as {
              browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
            }
          ).browser;
          const tab = (await api.tabs.query({})).find((candidate) => candidate.url === wanted);
          if (tab?.id === undefined) throw new Error(`no tab shows ${wanted}`);
          return tab.id;
        }, url);
      } finally {
        await page.close();
      }
    },
    async stopBackground() {
      // about:debugging's "Terminate background script", from the browser's chrome scope (the
      // session runs with system access): what Firefox does to an idle event page.
      await inChromeScope(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).extension.terminateBackground()`);
    },
    async reloadExtension() {
      const page = await openExtensionPage('options.html');
      await page
        .evaluate(() => {
          (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload();
        })
        .catch(() => {});
      await page.close().catch(() => {});
      // The reloaded add-on's pages answer again.
      await poll(
        async () => {
          const probe = await openExtensionPage('options.html');
          await probe.close();
          return true;
        },
        Boolean,
        15_000,
      );
    },
    async close() {
      await browser.close();
    },
  };
}
