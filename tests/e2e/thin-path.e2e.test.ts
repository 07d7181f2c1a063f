/** The thin end-to-end path in both browsers: a story page gets highlights, hovering opens a card. */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/launch.ts';
import { useBrowser } from './harness/lifecycle.ts';
import { gotoReady } from './harness/session.ts';
import { cardText, readMarks, waitForCard } from './helpers.ts';

describe.each(BROWSERS)('thin path in %s', (browserName) => {
  const browser = useBrowser(browserName);

  it('highlights the story mentions with their entries and leaves the textarea alone', async () => {
    const page = await browser.session.newPage();
    await gotoReady(page, `${browser.server.url}/fixtures/pages/story-article.html`);
    const marks = await readMarks(page);
    expect(marks).toEqual(
      expect.arrayContaining([
        { text: '22 senators', entry: 'senate-letter-22' },
        { text: '121 people', entry: 'raids-121' },
        { text: 'TPS', entry: 'tps' },
      ]),
    );
    const textarea = await page.evaluate(() => (document.getElementById('editor') as HTMLTextAreaElement).value);
    expect(textarea).toBe('22 senators and TPS in a textarea stay plain');
    await page.close();
  });

  it('opens a card with a quote when a mark is hovered', async () => {
    const page = await browser.session.newPage();
    await gotoReady(page, `${browser.server.url}/fixtures/pages/story-article.html`);
    expect(await cardText(page)).toBeNull();
    await page.hover('backstory-mark[data-entry="senate-letter-22"]');
    const text = await waitForCard(page);
    expect(text).toContain('22 senators');
    expect(browser.session.errors).toEqual([]);
    await page.close();
  });
});
