/**
 * The mention card in both real browsers: hover, hoverable, Escape, keyboard, related entries in
 * place, following a scrolled container, axe-core on the open card, and screenshots (light, dark)
 * written to artifacts/screenshots/ for people to look at.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Entry } from '../../src/shared/dataset-schema.ts';
import { BROWSERS, launch } from './harness/launch.ts';
import { useBrowser } from './harness/lifecycle.ts';
import { ROOT } from './harness/server.ts';
import { gotoReady, poll, type E2EPage } from './harness/session.ts';
import { cardText, waitForCard } from './helpers.ts';

const dataset: Dataset = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8'));
const entry = (id: string): Entry => {
  const found = dataset.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`data/dataset.json has no entry "${id}"`);
  return found;
};
const HOUSE = entry('house-letter-146');
const FIRST_RELATED = HOUSE.related
  .map((id) => dataset.entries.find((candidate) => candidate.id === id))
  .find(Boolean)!;
/** The Spanish UI strings, which the card carries itself (the browsers here speak English). */
const SPANISH: Record<string, { message: string } | undefined> = JSON.parse(
  readFileSync(join(ROOT, 'src/_locales/es/messages.json'), 'utf8'),
);
const AXE_SOURCE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');
const HOUSE_MARK = 'backstory-mark[data-entry="house-letter-146"][tabindex="0"]';
/** Longer than the leave grace (300 ms) by a wide margin, so "still open" means the grace was survived. */
const OUTLAST_GRACE_MS = 900;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** The open card's heading, or null. */
const cardHeading = (page: E2EPage) =>
  page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('h2')?.textContent ?? null);

const cardBox = (page: E2EPage) =>
  page.evaluate(() => {
    const rect = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card')?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });

/** What has focus: the card (its host), a mark (by entry), or something else. */
const focused = (page: E2EPage) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName === 'BACKSTORY-CARD') return 'card';
    if (active?.tagName === 'BACKSTORY-MARK') return `mark:${(active as HTMLElement).dataset.entry}`;
    return active?.tagName.toLowerCase() ?? 'none';
  });

/** Clicks a button inside the card's shadow root (the shared page API cannot pierce shadow roots). */
const clickInCard = (page: E2EPage, selector: string) =>
  page.evaluate((wanted) => {
    const button = document.querySelector('backstory-card')?.shadowRoot?.querySelector<HTMLElement>(wanted);
    if (!button) throw new Error(`no ${wanted} in the card`);
    button.click();
  }, selector);

async function openByHover(page: E2EPage, selector = HOUSE_MARK): Promise<string> {
  await page.hover(selector);
  return (await waitForCard(page))!;
}

/** Waits out the card's fade-in so screenshots and contrast checks see its final colours. */
const settled = (page: E2EPage) =>
  page.evaluate(async () => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
    await Promise.all(card?.getAnimations().map((animation) => animation.finished) ?? []);
  });

/** Runs axe-core (injected from node_modules) on the card host, shadow root included. */
async function axeViolations(page: E2EPage): Promise<{ id: string; impact: string; nodes: number; help: string }[]> {
  await page.evaluate((source) => {
    if (!(window as unknown as { axe?: unknown }).axe) (0, eval)(source);
  }, AXE_SOURCE);
  return page.evaluate(async () => {
    const host = document.querySelector('backstory-card')!;
    // Open the collapsed sections so their content is checked too.
    for (const details of host.shadowRoot!.querySelectorAll('details')) details.open = true;
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Element,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: unknown[]; help: string }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(host, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      nodes: violation.nodes.length,
      help: violation.help,
    }));
  });
}

describe.each(BROWSERS)('mention card in %s', (browserName) => {
  const browser = useBrowser(browserName, { colorScheme: 'light' });
  let page: E2EPage;
  const url = () => `${browser.server.url}/fixtures/pages/card.html`;

  async function freshPage(): Promise<E2EPage> {
    await page?.close().catch(() => {});
    page = await browser.session.newPage();
    await gotoReady(page, url());
    return page;
  }

  it('opens on hover with the entry and its verbatim quotes, and only one card at a time', async () => {
    await freshPage();
    expect(await cardText(page)).toBeNull();
    const text = await openByHover(page);
    expect(text).toContain(HOUSE.label);
    expect(text).toContain(HOUSE.facts[0]!.quote.text);
    if (HOUSE.discrepancies[0]) expect(text).toContain(HOUSE.discrepancies[0].quote.text);
    // The open card may cover the next mark, so reach it from the keyboard instead of the pointer.
    await page.focus('backstory-mark[data-entry="tps"][tabindex="0"]');
    await page.keyboard.press('Enter');
    await poll(
      () => cardHeading(page),
      (heading) => heading === entry('tps').label,
    );
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(1);
  });

  it('stays open while the pointer is in the card and closes after it leaves both', async () => {
    await freshPage();
    await openByHover(page);
    const box = (await cardBox(page))!;
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(40, box.height / 2));
    await sleep(OUTLAST_GRACE_MS);
    expect(await cardHeading(page)).toBe(HOUSE.label);
    await page.mouse.move(box.x + box.width + 200, 880);
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('closes on Escape and returns focus to the mark', async () => {
    await freshPage();
    await openByHover(page);
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
    expect(await focused(page)).toBe('mark:house-letter-146');
  });

  it('opens from the keyboard: Tab to the mark, Enter; focus moves into the card and Escape brings it back', async () => {
    await freshPage();
    await poll(
      async () => {
        await page.keyboard.press('Tab');
        return focused(page);
      },
      (what) => what === 'mark:house-letter-146',
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await page.keyboard.press('Enter');
    expect(await waitForCard(page)).toContain(HOUSE.label);
    expect(await focused(page)).toBe('card');
    await page.keyboard.press('Escape');
    expect(await waitForCard(page, false)).toBeNull();
    expect(await focused(page)).toBe('mark:house-letter-146');
  });

  it('opens a related entry in place and goes back', async () => {
    await freshPage();
    await openByHover(page);
    await clickInCard(page, `.related button[data-entry="${FIRST_RELATED.id}"]`);
    await poll(
      () => cardHeading(page),
      (heading) => heading === FIRST_RELATED.label,
    );
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card').length)).toBe(1);
    await clickInCard(page, '.back');
    await poll(
      () => cardHeading(page),
      (heading) => heading === HOUSE.label,
    );
  });

  it('speaks Spanish on a Spanish page, says the articles are in English, and passes axe-core', async () => {
    await page?.close().catch(() => {});
    page = await browser.session.newPage();
    await gotoReady(page, `${browser.server.url}/fixtures/pages/spanish.html`);
    await openByHover(page, 'backstory-mark[data-entry="senate-letter-22"][tabindex="0"]');
    const card = await page.evaluate(() => {
      const root = document.querySelector('backstory-card')!.shadowRoot!;
      return {
        lang: root.querySelector('.card')?.getAttribute('lang'),
        headings: [...root.querySelectorAll('h3')].map((h) => h.textContent),
        note: root.querySelector('.source-language')?.textContent,
        quoteLangs: [...root.querySelectorAll('blockquote')].map((quote) => quote.lang),
      };
    });
    expect(card.lang).toBe('es');
    expect(card.headings).toContain(SPANISH.cardQuotesHeading!.message);
    expect(card.note).toBe(SPANISH.cardSourcesInEnglish!.message);
    expect(card.quoteLangs.length).toBeGreaterThan(0);
    expect(new Set(card.quoteLangs)).toEqual(new Set(['en']));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows its mark when a scrolled container scrolls', async () => {
    await freshPage();
    // Opened from the keyboard: a hover card would rightly close when the mark scrolls from under the pointer.
    await page.focus('#p-scrolled backstory-mark[tabindex="0"]');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    /** Distance between the card and its mark on the side it is placed (below or above). */
    const gap = () =>
      page.evaluate(() => {
        const mark = document.querySelector('#p-scrolled backstory-mark')!.getBoundingClientRect();
        const card = document
          .querySelector('backstory-card')!
          .shadowRoot!.querySelector('.card')!
          .getBoundingClientRect();
        return { markTop: mark.top, gap: card.top >= mark.bottom ? card.top - mark.bottom : mark.top - card.bottom };
      });
    const before = await gap();
    await page.evaluate(() => document.getElementById('scroller')!.scrollBy(0, -30));
    const after = await poll(gap, (now) => now.markTop !== before.markTop && Math.abs(now.gap - before.gap) <= 1);
    expect(after.markTop - before.markTop).toBeGreaterThan(0);
    expect(before.gap).toBeGreaterThanOrEqual(0);
  });

  it('closes when its mark leaves the page (the page re-rendered that text)', async () => {
    await freshPage();
    await page.focus(HOUSE_MARK);
    await page.keyboard.press('Enter');
    await waitForCard(page);
    await page.evaluate(() => document.getElementById('p-house')!.replaceChildren('Rewritten by the page.'));
    expect(await waitForCard(page, false)).toBeNull();
  });

  it('fits a 200%-zoom viewport (600 × 450 CSS px) and scrolls inside itself', async () => {
    await freshPage();
    const resizable = page as unknown as {
      setViewportSize?(size: { width: number; height: number }): Promise<void>;
      setViewport?(size: { width: number; height: number }): Promise<void>;
    };
    const size = { width: 600, height: 450 };
    await (resizable.setViewportSize ? resizable.setViewportSize(size) : resizable.setViewport!(size));
    await openByHover(page);
    await settled(page);
    const fit = await page.evaluate(() => {
      const card = document.querySelector('backstory-card')!.shadowRoot!.querySelector<HTMLElement>('.card')!;
      const box = card.getBoundingClientRect();
      return {
        inside: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        scrolls: card.scrollHeight > card.clientHeight && getComputedStyle(card).overflowY === 'auto',
        fontSize: getComputedStyle(card).fontSize,
      };
    });
    expect(fit).toEqual({ inside: true, scrolls: true, fontSize: '14px' });
  });

  it('passes axe-core with no violations and writes the light screenshot', async () => {
    await freshPage();
    await openByHover(page);
    await settled(page);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({
      path: join(SCREENSHOTS, browserName === 'chromium' ? 'card-light.png' : 'card-light.firefox.png'),
    });
    expect(await axeViolations(page)).toEqual([]);
    expect(browser.session.errors).toEqual([]);
  });

  it('passes axe-core in the dark scheme too and writes the dark screenshot', async () => {
    const dark = await launch(browserName, { colorScheme: 'dark' });
    try {
      const darkPage = await dark.newPage();
      await gotoReady(darkPage, url());
      await openByHover(darkPage);
      await settled(darkPage);
      const background = await darkPage.evaluate(() => {
        const card = document.querySelector('backstory-card')!.shadowRoot!.querySelector('.card')!;
        return getComputedStyle(card).backgroundColor;
      });
      expect(background).toBe('rgb(30, 34, 39)');
      mkdirSync(SCREENSHOTS, { recursive: true });
      await darkPage.screenshot({
        path: join(SCREENSHOTS, browserName === 'chromium' ? 'card-dark.png' : 'card-dark.firefox.png'),
      });
      expect(await axeViolations(darkPage)).toEqual([]);
      expect(dark.errors).toEqual([]);
    } finally {
      await dark.close();
    }
  });
});
