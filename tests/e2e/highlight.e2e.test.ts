/**
 * Highlighting on golden fixture pages (tests/fixtures/pages/*.html + *.expected.json), in both
 * browsers: static text, mentions split across inline tags, text added later, a route change,
 * open shadow roots, frames, editable fields, a page re-rendering over our marks, turning off for
 * the site (the DOM restored exactly), live style changes, and no console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch } from './harness/launch.ts';
import { startServer, type StaticServer } from './harness/server.ts';
import { gotoReady, poll, type ExtensionSession } from './harness/session.ts';
import { evaluateExpression, expectedFor, readAll, readMentions } from './highlight-helpers.ts';

const GOLDEN = ['story-article', 'split-inline', 'shadow-frames', 'editable'];

describe.each(BROWSERS)('highlighting in %s', (browserName) => {
  let server: StaticServer;
  let session: ExtensionSession;
  const open = async (name: string) => {
    const page = await session.newPage();
    await gotoReady(page, `${server.url}/fixtures/pages/${name}.html`);
    return page;
  };
  beforeAll(async () => {
    server = await startServer();
    session = await launch(browserName);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it.each(GOLDEN)('highlights exactly the golden mentions on %s', async (name) => {
    const expected = expectedFor(name);
    const page = await open(name);
    // Frames run their own content script: wait until every scope has had its pass.
    const actual = await poll(() => readAll(page, Object.keys(expected)), (all) => JSON.stringify(all) === JSON.stringify(expected)).catch(() => readAll(page, Object.keys(expected)));
    expect(actual).toEqual(expected);
    await page.close();
  });

  it('leaves form fields, editable regions and code untouched', async () => {
    const page = await open('editable');
    const fields = await page.evaluate(() => ({
      area: (document.getElementById('area') as HTMLTextAreaElement).value,
      field: (document.getElementById('field') as HTMLInputElement).value,
      rich: document.getElementById('rich')!.innerHTML,
      code: document.querySelector('pre')!.innerHTML,
    }));
    expect(fields).toEqual({
      area: '22 senators and TPS in a textarea stay plain after the deportation raids',
      field: '22 senators in an input',
      rich: '<p>22 senators in a contenteditable, about the deportation raids</p>',
      code: '<code>const note = "22 senators";</code>',
    });
    await page.close();
  });

  it('holds its style against page CSS and never changes layout', async () => {
    const page = await open('split-inline');
    const look = await page.evaluate(() => {
      const mark = document.querySelector('#p1 backstory-mark') as HTMLElement;
      const style = getComputedStyle(mark);
      return { line: style.textDecorationLine, padding: style.paddingTop, background: style.backgroundColor, display: style.display };
    });
    expect(look).toEqual({ line: 'underline', padding: '0px', background: 'rgba(0, 0, 0, 0)', display: 'inline' });
    await page.close();
  });

  it('marks text added later and the content of a route change', async () => {
    const page = await open('dynamic');
    await evaluateExpression(page, 'window.addLater()');
    await poll(() => readMentions(page), (all) => all.some((m) => m.text === '22 senators'));
    await evaluateExpression(page, 'window.changeRoute()');
    const routed = await poll(() => readMentions(page), (all) => all.some((m) => m.entry === 'house-letter-146'));
    expect(routed).toEqual(expect.arrayContaining([
      { text: 'Some 146 House Democrats', entry: 'house-letter-146' },
      { text: 'Temporary Protected Status', entry: 'tps' },
    ]));
    await page.close();
  });

  it('backs off where the page re-renders over its marks, painting ranges there instead (no element, only the attribute the sheet is scoped to)', async () => {
    const page = await open('rerender');
    const probe = `({ renders: window.renders, marks: document.querySelectorAll('#app backstory-mark').length,
      painted: CSS.highlights.get('backstory-numbers')?.size ?? 0, text: document.getElementById('app').textContent,
      scoped: !!document.querySelector('#app[data-backstory-paint], #app [data-backstory-paint]') })`;
    const settled = await poll(() => evaluateExpression<{ renders: number; marks: number; painted: number; text: string; scoped: boolean }>(page, probe), (s) => s.painted > 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const later = await evaluateExpression<typeof settled>(page, probe);
    expect(later.renders).toBe(settled.renders);
    expect(later.renders).toBeLessThanOrEqual(4);
    expect(later.marks).toBe(0);
    // The painted block carries the attribute page-sheet.css's ::highlight rules are scoped to (ADR 0008).
    expect(later.scoped).toBe(true);
    expect(later.text).toBe('Inside the app: agents detained 121 people in the deportation raids.');
    // Outside the app the marks are real elements; inside it, only painted ranges.
    expect(await readMentions(page)).toEqual([
      { text: '22 senators', entry: 'senate-letter-22' },
      { text: 'deportation raids', entry: 'deportation-raids' },
    ]);
    await page.close();
  });

  it('turning off for the site restores the original DOM exactly; style changes apply live', async () => {
    const page = await open('story-article');
    const url = `${server.url}/fixtures/pages/story-article.html`;
    const options = await session.openExtensionPage('options.html');
    const write = (change: object) =>
      options.evaluate(async (patch) => {
        const api = (globalThis as unknown as { browser: { storage: { sync: { get(k: string): Promise<Record<string, object>>; set(v: object): Promise<void> } } } }).browser;
        const current = (await api.storage.sync.get('settings')).settings ?? {};
        await api.storage.sync.set({ settings: { ...current, ...patch } });
      }, change);
    expect((await readMentions(page)).length).toBeGreaterThan(2);
    await write({ highlightStyle: 'background' });
    await poll(() => page.evaluate(() => (document.querySelector('backstory-mark') as HTMLElement | null)?.style.backgroundColor ?? ''), (color) => color !== '');
    await write({ deniedSites: ['127.0.0.1'] });
    await poll(() => page.evaluate(() => document.querySelectorAll('backstory-mark').length), (count) => count === 0);
    const same = await page.evaluate(async (source) => {
      const html = await (await fetch(source)).text();
      const pristine = new DOMParser().parseFromString(html, 'text/html');
      return { equal: pristine.body.isEqualNode(document.body), inner: pristine.body.innerHTML === document.body.innerHTML };
    }, url);
    expect(same).toEqual({ equal: true, inner: true });
    await write({ deniedSites: [], highlightStyle: 'underline' });
    await poll(() => readMentions(page), (all) => all.length > 2);
    await options.close();
    await page.close();
  });

  it('logged no console errors on any page', () => {
    expect(session.errors).toEqual([]);
  });
});
