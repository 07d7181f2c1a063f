/**
 * One round of the card bench in one browser session with the real extension: two fresh tabs on a
 * story page, each card timed in the page (card-probe.ts).
 *
 * Tab 1, background awake: (a) the first card on the page; (b) a card of another entry; (e) a
 * related entry opened from a card (its content was not fetched with the page's: the page asks the
 * background on the click). Tab 2: the pass and its prefetch, then the background stopped (as the
 * browser does to an idle worker), then (c) the first card and (d) a related entry from it, which
 * has to wake the background.
 */
import type { E2EPage, ExtensionSession } from '../../e2e/harness/session.ts';
import { gotoReady, poll } from '../../e2e/harness/session.ts';
import { DEFAULT_HOVER_DWELL_MS } from '../../../src/content/card/timing.ts';
import { CARD_PROBE, type CardProbeWindow, type ChipTimes, type HoverTimes } from './card-probe.ts';

export const CARD_CASES = {
  first: '(a) first card, worker awake',
  second: '(b) second card, other entry, awake',
  related: '(e) related entry from card, awake',
  firstAsleep: '(c) first card, worker stopped',
  relatedAsleep: '(d) related entry, worker stopped',
} as const;
export type CardCase = keyof typeof CARD_CASES;

/** Per case: ms from the dwell's end (hover cases) or the click (related cases) to each moment. */
export interface CardTiming {
  inserted?: number;
  painted: number;
  half?: number;
  opaque?: number;
}

/** Time for the prefetch after a pass to come back before anything is hovered or stopped. */
const PREFETCH_SETTLE_MS = 1000;
const RESULT_TIMEOUT_MS = 15_000;
/** A reader's least time between a card showing and clicking one of its chips (reading, moving the pointer). */
const READ_MS = 500;

const probe = (page: E2EPage) => page.evaluate((source) => void (0, eval)(source), CARD_PROBE);
const result = <T>(page: E2EPage) =>
  poll(
    () => page.evaluate(() => (window as unknown as CardProbeWindow).cardBench.result ?? null),
    (value) => value !== null,
    RESULT_TIMEOUT_MS,
  ) as Promise<T>;

/** The first mark of each entry on the page, in reading order, with its entry id. */
const marks = (page: E2EPage) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('backstory-mark[tabindex="0"]')].map((mark) => mark.dataset.entry!),
  );

async function pointerAway(page: E2EPage): Promise<void> {
  await page.mouse.move(2, 2);
  // The hover card closes after the leave grace.
  await poll(() => page.evaluate(() => document.querySelector('backstory-card') === null), Boolean, RESULT_TIMEOUT_MS);
}

async function hoverCard(page: E2EPage, entry: string): Promise<CardTiming> {
  const point = await page.evaluate((wanted) => {
    const mark = document.querySelector(`backstory-mark[tabindex="0"][data-entry="${wanted}"]`)!;
    mark.scrollIntoView({ block: 'center' });
    const rect = mark.getClientRects()[0]!;
    return { x: rect.x + Math.min(8, rect.width / 2), y: rect.y + rect.height / 2 };
  }, entry);
  await page.mouse.move(2, 2);
  await page.evaluate(() => (window as unknown as CardProbeWindow).cardBench.hover());
  await page.mouse.move(point.x, point.y);
  const times = await result<HoverTimes>(page);
  const dwellEnd = times.hoverAt + DEFAULT_HOVER_DWELL_MS;
  return {
    inserted: times.insertedAt - dwellEnd,
    painted: times.paintedAt - dwellEnd,
    half: times.halfAt - dwellEnd,
    opaque: times.opaqueAt - dwellEnd,
  };
}

/** A related chip of the open card whose entry has no mark on the page (so it was not prefetched). */
async function unfetchedChip(page: E2EPage, onPage: string[]): Promise<string | undefined> {
  const chips = await page.evaluate(() =>
    [
      ...(document.querySelector('backstory-card')?.shadowRoot?.querySelectorAll<HTMLElement>('.related button') ?? []),
    ].map((chip) => chip.dataset.entry!),
  );
  return chips.find((id) => !onPage.includes(id));
}

async function chipCard(page: E2EPage, entry: string): Promise<CardTiming> {
  await new Promise((done) => setTimeout(done, READ_MS));
  await page.evaluate((id) => (window as unknown as CardProbeWindow).cardBench.chip(id), entry);
  const times = await result<ChipTimes>(page);
  return { inserted: times.headingAt - times.clickAt, painted: times.paintedAt - times.clickAt };
}

async function storyTab(session: ExtensionSession, url: string): Promise<{ page: E2EPage; entries: string[] }> {
  const page = await session.newPage();
  await gotoReady(page, url);
  await new Promise((done) => setTimeout(done, PREFETCH_SETTLE_MS));
  await probe(page);
  const entries = [...new Set(await marks(page))];
  if (entries.length < 2) throw new Error(`${url}: fewer than two entries marked`);
  return { page, entries };
}

export async function cardRound(
  session: ExtensionSession,
  url: string,
  record: (which: CardCase, timing: CardTiming) => void,
): Promise<void> {
  const awake = await storyTab(session, url);
  try {
    const [first, second] = awake.entries as [string, string];
    record('first', await hoverCard(awake.page, first));
    await pointerAway(awake.page);
    record('second', await hoverCard(awake.page, second));
    await pointerAway(awake.page);
    // The first entry's card again (here already): only the related entry's content is asked for.
    await hoverCard(awake.page, first);
    const chip = await unfetchedChip(awake.page, awake.entries);
    if (chip) record('related', await chipCard(awake.page, chip));
  } finally {
    await awake.page.close();
  }
  const asleep = await storyTab(session, url);
  try {
    await session.stopBackground();
    await asleep.page.bringToFront();
    const first = asleep.entries[0]!;
    record('firstAsleep', await hoverCard(asleep.page, first));
    const chip = await unfetchedChip(asleep.page, asleep.entries);
    if (chip) record('relatedAsleep', await chipCard(asleep.page, chip));
  } finally {
    await asleep.page.close();
  }
}
