/**
 * No trace where there is nothing to show (issue 14): with the normal build (not the test build
 * `npm test` otherwise uses), a page without story text holds nothing a page script could read of
 * Backstory: no attribute, element, stylesheet, rule that styles our tag, or global. A story page
 * in the same session shows the content script did run, and that even there the normal build
 * writes no readiness attribute.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/launch.ts';
import { useBrowser } from './harness/lifecycle.ts';
import { ROOT } from './harness/server.ts';
import { poll, type E2EPage } from './harness/session.ts';

const PLAIN = join(ROOT, 'dist', 'plain');

/** Everything a page script can see that an extension might have added. */
function pageTraces(page: E2EPage) {
  return page.evaluate(() => {
    const probe = document.createElement('backstory-mark');
    const control = document.createElement('backstory-control');
    document.body.append(probe, control);
    const styleOf = (element: Element) => {
      const style = getComputedStyle(element);
      return [...style].map((name) => `${name}:${style.getPropertyValue(name)}`).join(';');
    };
    const sameStyle = styleOf(probe) === styleOf(control);
    probe.remove();
    control.remove();
    const attributes = (element: Element) =>
      [...element.attributes].map((a) => a.name).filter((n) => /backstory/i.test(n));
    return {
      attributes: [...attributes(document.documentElement), ...(document.body ? attributes(document.body) : [])],
      elements: document.querySelectorAll('[id*="backstory" i], [class*="backstory" i], backstory-mark, backstory-card')
        .length,
      styleSheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      sameStyle,
      globals: Object.keys(window).filter((key) => /backstory/i.test(key)),
      html: document.documentElement.outerHTML.length,
    };
  });
}

describe.each(BROWSERS)('no trace of Backstory (normal build) in %s', (browserName) => {
  beforeAll(() => {
    const built = spawnSync('npx', ['tsx', 'build/build.ts', '--out', PLAIN], {
      cwd: ROOT,
      env: { ...process.env, BACKSTORY_TEST: '' },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`normal build failed: ${built.stderr}`);
  }, 120_000);
  const browser = useBrowser(browserName, { dist: PLAIN });

  it(
    'leaves nothing on a page without story text; a story page still gets its marks',
    { timeout: 90_000 },
    async () => {
      const { session, server } = browser;
      const plainUrl = `${server.url}/fixtures/pages/no-story.html`;
      const bare = await session.newPage();
      await bare.goto(plainUrl);
      // The same page's traces, read before the content script's document_idle run and well after it.
      const early = await pageTraces(bare);
      const story = await session.newPage();
      await story.goto(`${server.url}/fixtures/pages/story-article.html`);
      await poll(
        () => story.evaluate(() => document.querySelectorAll('backstory-mark').length),
        (count) => count > 0,
        20_000,
      );
      expect(await story.evaluate(() => document.documentElement.getAttribute('data-backstory-state'))).toBeNull();
      const late = await pageTraces(bare);
      expect(late).toEqual({ ...early, attributes: [], elements: 0, adopted: 0, sameStyle: true, globals: [] });
      expect(early.attributes).toEqual([]);
      expect(session.errors).toEqual([]);
      await story.close();
      await bare.close();
    },
  );
});
