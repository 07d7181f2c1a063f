/**
 * Nothing sent: in both browsers, with every request of the browser routed through a recording
 * proxy, pages are scanned, a card is opened, and the popup and options pages are used. The only
 * requests are the test pages and their own subresources on the local server; nothing goes to any
 * other address, and nothing leaves the extension's origin for the network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch } from './harness/launch.ts';
import { startServer, type StaticServer } from './harness/server.ts';
import { gotoReady, type ExtensionSession } from './harness/session.ts';
import { waitForCard } from './helpers.ts';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.ts';

const PAGES = ['/fixtures/pages/story-article.html', '/fixtures/hostile/iframes.html', '/fixtures/hostile/shadow-nesting.html'];
/** Extension pages and in-browser URLs are not network requests. */
const NOT_NETWORK = /^(chrome-extension|moz-extension|data|blob|about):/;
/**
 * The browsers' own services (updates, sign-in, autofill, remote settings), which call home with or
 * without any extension; the proxy cannot tell who asked, so these hosts are left out of the proxy
 * check. Requests from the extension's pages, service worker and content scripts are still checked
 * by the browser's own request events below, whatever their host.
 */
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|gstatic\.com|mozilla\.(com|org|net)|mozaws\.net|firefox\.com)$/;

function hostOf(line: string): string {
  const [method, target] = line.split(' ');
  return method === 'CONNECT' ? target!.replace(/:\d+$/, '') : new URL(target!).hostname;
}

describe.each(BROWSERS)('privacy in %s', (browserName) => {
  let server: StaticServer;
  let proxy: RecordingProxy;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await startServer();
    proxy = await startRecordingProxy(server.url);
    session = await launch(browserName, { proxy: proxy.url });
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('makes no request while scanning pages, opening a card, and using the popup and options', { timeout: 120_000 }, async () => {
    for (const path of PAGES) {
      const page = await session.newPage();
      await gotoReady(page, server.url + path);
      await page.close();
    }
    const story = await session.newPage();
    const storyUrl = `${server.url}/fixtures/pages/story-article.html`;
    await gotoReady(story, storyUrl);
    await story.hover('backstory-mark[data-entry="senate-letter-22"]');
    expect(await waitForCard(story)).toContain('22 senators');

    const popup = await session.openExtensionPage(`popup.html?tabId=${await session.tabIdFor(story)}`);
    await popup.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    await popup.close();
    const options = await session.openExtensionPage('options.html');
    // Use the page: flip the first switch and back (a settings write, which must stay local too).
    await options.evaluate(async () => {
      const toggle = document.querySelector<HTMLInputElement>('input[type="checkbox"]');
      toggle?.click();
      await new Promise((done) => setTimeout(done, 300));
      toggle?.click();
      await new Promise((done) => setTimeout(done, 700));
    });
    await options.close();
    await story.close();

    // The proxy saw the browser's traffic (so an empty list below is not vacuous)…
    expect(proxy.seen).toContain(`GET ${storyUrl}`);
    // …and all of it, apart from the browser's own services, was for the local test server.
    const local = new URL(server.url).hostname;
    expect(proxy.seen.filter((line) => hostOf(line) !== local && !BROWSER_SERVICES.test(hostOf(line)))).toEqual([]);
    expect(proxy.seen.filter((line) => hostOf(line) === local && !line.includes(server.url))).toEqual([]);
    expect(session.requests.filter((url) => !url.startsWith(server.url) && !NOT_NETWORK.test(url))).toEqual([]);
    // The local server only served the test pages and their own files (and the browser's favicon).
    expect(server.requests.filter((path) => !path.startsWith('/fixtures/') && path !== '/favicon.ico')).toEqual([]);
  });
});
