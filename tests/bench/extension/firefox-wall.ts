/**
 * Firefox ESR with the extension installed as a temporary add-on (puppeteer-core over WebDriver
 * BiDi, as the e2e harness does): wall clock from navigation start to `data-backstory-state="ready"`
 * (in every frame on the twenty-frame page), each load in a fresh browser context.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { browserPath } from '../../e2e/harness/browsers.ts';
import { readyObserver } from './chromium-tab.ts';
import type { BenchPage } from './bench-pages.ts';
import { READY_TIMEOUT_MS } from './with-extension.ts';
import { poll } from '../../e2e/harness/session.ts';

export interface FirefoxSession {
  /** Navigation start to ready, wall ms, on a fresh browser context. */
  load(url: string, page: BenchPage): Promise<number>;
  close(): Promise<void>;
}

/**
 * Offline: a proxy for every request off 127.0.0.1 (Firefox never proxies loopback) that answers
 * 404 at once and refuses tunnels, so the saved pages' remote resources fail fast. (A closed or
 * banned proxy port made Firefox fail the whole navigation of pages with remote frames.)
 */
async function deadEndProxy(): Promise<{ port: number; close(): Promise<void> }> {
  const server = createServer((_, response) => response.writeHead(404).end());
  server.on('connect', (_, socket: Socket) => socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** The epoch ms each frame became ready (undefined while not yet). */
const readyAt = () => (window as unknown as { backstoryBenchReadyAt?: number }).backstoryBenchReadyAt;

export async function openFirefox(extensionDir: string): Promise<FirefoxSession> {
  const proxy = await deadEndProxy();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }
  return {
    async load(url, page) {
      const context = await browser.createBrowserContext();
      try {
        const tab = await context.newPage();
        await tab.evaluateOnNewDocument(readyObserver(undefined));
        // Firefox's BiDi fails the navigation of some saved pages whose remote frames fail ("Address
        // rejected") although the page itself loads: wait for ready all the same.
        await tab.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS }).catch(() => {});
        const frames = page.kind === 'frames' ? tab.frames() : [tab.mainFrame()];
        // Polled (awaiting a frame's promise over BiDi did not always resolve); the time itself was
        // taken in the page when the attribute appeared, so polling does not change it.
        const times = await poll(
          () => Promise.all(frames.map((frame) => frame.evaluate(readyAt))),
          (all) => all.every((time) => time !== undefined),
          READY_TIMEOUT_MS,
        );
        const started = await tab.evaluate(() => performance.timeOrigin);
        return Math.max(...(times as number[])) - started;
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
