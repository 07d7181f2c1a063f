/** Debian Chromium with the unpacked extension, headless, through playwright-core. */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from './browsers.ts';
import { poll, type E2EPage, type ExtensionSession } from './session.ts';

interface ChromeGlobal {
  chrome: {
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    runtime: { sendMessage(message: object): Promise<unknown> };
  };
}

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(
  extensionDir: string,
  options: { colorScheme?: 'light' | 'dark'; proxy?: string } = {},
): Promise<ExtensionSession> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: browserPath('chromium'),
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1200, height: 900 },
    // Playwright adds --disable-extensions by default; the -except flag re-enables ours.
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // <-loopback> removes Chromium's implicit proxy bypass for 127.0.0.1, so the proxy sees everything.
      ...(options.proxy ? [`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>'] : []),
    ],
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  /** Asks the background for 'pong' from an extension page: starts a stopped worker. */
  const ping = async () => {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return await page.evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
          tag: 'backstory',
          name: 'ping',
          args: [],
        }),
      );
    } finally {
      await page.close();
    }
  };
  return {
    name: 'chromium',
    requests,
    errors,
    newPage: async () => (await context.newPage()) as unknown as E2EPage,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page as unknown as E2EPage;
    },
    async tabIdFor(page) {
      // Without the "tabs" permission Chromium hides tab URLs, so find the tab by making it active.
      await page.bringToFront();
      return worker.evaluate(async () => {
        const { chrome } = globalThis as unknown as ChromeGlobal;
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('no active tab');
        return tab.id;
      });
    },
    async stopBackground() {
      // First let the worker finish installing and answer once: stopped while it still installs
      // (right after launch), it was left unable to take messages ("Receiving end does not exist"
      // to every content script, 2 of 4 tries), which Chrome's own idle stop never does.
      await ping();
      // DevTools' "Stop" for service workers: what Chrome does to an idle worker after 30 s.
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const statuses = new Map<string, string>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) {
          if (version.scriptURL.includes(extensionId)) statuses.set(version.versionId, version.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      // A worker with events still to deliver (install, menus) is started again at once: ask until it stays stopped.
      await poll(
        async () => {
          await cdp.send('ServiceWorker.stopAllWorkers');
          await new Promise((done) => setTimeout(done, 300));
          return [...statuses.values()];
        },
        (all) => all.length > 0 && all.every((status) => status === 'stopped'),
        15_000,
      );
      await cdp.detach();
      await page.close();
    },
    async reloadExtension() {
      await ping();
      await worker
        .evaluate(() => {
          (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload();
        })
        .catch(() => {});
      // Headless Chromium does not bring back an extension loaded with --load-extension after a
      // reload: for the pages it is an extension updated away. Done once its pages are refused.
      await poll(
        () =>
          ping().then(
            () => false,
            () => true,
          ),
        (gone) => gone,
        15_000,
      );
    },
    async inBackground(source) {
      // Playwright keeps one Worker per registration across stops: wake it, then evaluate there.
      await ping();
      return worker.evaluate((code) => (0, eval)(code) as unknown, source);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
