/** Debian Chromium with the unpacked extension, headless, through playwright-core. */
import { chromium } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPath } from './browsers.ts';
import type { E2EPage, ExtensionSession } from './session.ts';

interface ChromeGlobal {
  chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };
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

export async function launchChromium(extensionDir: string, options: { colorScheme?: 'light' | 'dark'; proxy?: string } = {}): Promise<ExtensionSession> {
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
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
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
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
