// @vitest-environment jsdom
/** Opening and closing the one card: dwell, grace, triggers, Escape, focus, one card at a time. */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardController, type CardController, type CardTrigger } from '../../../src/content/card/controller.ts';
import { decorateMarkForCard } from '../../../src/content/card/mark-a11y.ts';
import { view } from '../../../src/content/card/module.tsx';
import { presentView, type CardView, type CardViewSource } from '../../../src/content/card/view.ts';
import { LEAVE_GRACE_MS } from '../../../src/content/card/timing.ts';
import type { Mention } from '../../../src/matcher/types.ts';
import { fakeData, fakeEnv, fakeMention } from './fakes.ts';

vi.mock('../../../src/shared/i18n.ts', async () => ({ t: (await import('./fakes.ts')).englishT }));
// The real card view (card.js) is used; its settings buttons reach the browser seam.
vi.mock('../../../src/shared/browser.ts', async () => (await import('../../helpers/fake-browser.ts')).browserModule());

const DWELL = 250;
let aborter: AbortController;
let controller: CardController;
let mentions: Map<HTMLElement, Mention>;

/** A page with three mentions; the second is split over two pieces around an <em>; one sits in a link. */
function setUp(
  trigger: CardTrigger = 'hover',
  theme: 'auto' | 'light' | 'dark' = 'auto',
  viewSource: CardViewSource = presentView(view),
) {
  document.body.innerHTML = `
    <p id="p1"><backstory-mark id="m1">146 House Democrats</backstory-mark> wrote a letter.</p>
    <p id="p2">They asked for <backstory-mark id="m2a">T</backstory-mark><em><backstory-mark id="m2b">PS</backstory-mark></em>.</p>
    <p><a href="#x" id="link">see <backstory-mark id="m3">Jeh Johnson</backstory-mark></a></p>
    <button id="elsewhere">elsewhere</button>`;
  const house = fakeMention('house-letter', '146 House Democrats');
  const tps = fakeMention('tps', 'TPS');
  const jeh = fakeMention('jeh', 'Jeh Johnson');
  mentions = new Map([
    [byId('m1'), house],
    [byId('m2a'), tps],
    [byId('m2b'), tps],
    [byId('m3'), jeh],
  ]);
  decorateMarkForCard(byId('m1'), house, fakeData.entry('house-letter')!.label);
  decorateMarkForCard(byId('m2a'), tps, 'TPS');
  decorateMarkForCard(byId('m3'), jeh, 'Jeh Johnson');
  aborter = new AbortController();
  controller = createCardController(
    document,
    {
      env: fakeEnv(),
      mentionOf: (mark) => mentions.get(mark),
      trigger,
      dwellMs: DWELL,
      theme,
      view: viewSource,
    },
    aborter.signal,
  );
}

const byId = (id: string) => document.getElementById(id)!;
const hosts = () => document.querySelectorAll('backstory-card');
const cardHeading = () => hosts()[0]?.shadowRoot?.querySelector('h2')?.textContent ?? null;
const cardRoot = () => hosts()[0]!.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;

function pointer(type: 'pointerover' | 'pointerout', target: Element, relatedTarget: Element | null = null) {
  act(() => {
    target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, relatedTarget }));
  });
}
function key(target: Element, keyName: string) {
  const event = new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}
const advance = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  aborter.abort();
  vi.useRealTimers();
});

describe('card controller, hover trigger', () => {
  it('opens after the dwell, not before, and a pass-over opens nothing', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL - 1);
    expect(hosts()).toHaveLength(0);
    advance(1);
    expect(cardHeading()).toBe("146 House Democrats' letter");
    expect(byId('m1').getAttribute('aria-expanded')).toBe('true');

    controller.close();
    pointer('pointerover', byId('m2a'));
    advance(DWELL / 2);
    pointer('pointerout', byId('m2a'), byId('p2'));
    advance(DWELL * 4);
    expect(hosts()).toHaveLength(0);
  });

  it('stays open while the pointer moves into the card and closes after the grace once it leaves both', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    const host = hosts()[0]!;
    pointer('pointerout', byId('m1'), host);
    pointer('pointerover', cardRoot());
    advance(LEAVE_GRACE_MS * 3);
    expect(hosts()).toHaveLength(1);
    pointer('pointerout', cardRoot(), byId('p2'));
    advance(LEAVE_GRACE_MS - 1);
    expect(hosts()).toHaveLength(1);
    advance(1);
    expect(hosts()).toHaveLength(0);
    expect(byId('m1').getAttribute('aria-expanded')).toBe('false');
  });

  it('crossing the gap (out of the mark, into the card within the grace) keeps the card', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    pointer('pointerout', byId('m1'), byId('p1'));
    advance(LEAVE_GRACE_MS - 50);
    pointer('pointerover', cardRoot());
    advance(LEAVE_GRACE_MS * 2);
    expect(hosts()).toHaveLength(1);
  });

  it('treats the pieces of a split mention as one mark', () => {
    setUp();
    pointer('pointerover', byId('m2a'));
    advance(DWELL - 100);
    pointer('pointerout', byId('m2a'), byId('m2b'));
    pointer('pointerover', byId('m2b'));
    advance(100);
    expect(cardHeading()).toBe('TPS');
    expect(byId('m2a').getAttribute('aria-expanded')).toBe('true');
  });

  it('shows one card at a time: resting on another mention replaces the card', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    pointer('pointerout', byId('m1'), byId('m2a'));
    pointer('pointerover', byId('m2a'));
    advance(DWELL);
    expect(hosts()).toHaveLength(1);
    expect(cardHeading()).toBe('TPS');
    expect(byId('m1').getAttribute('aria-expanded')).toBe('false');
  });

  it('closes a hover card that the pointer abandoned for a mark it only passed over', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    pointer('pointerout', byId('m1'), byId('m2a'));
    pointer('pointerover', byId('m2a'));
    advance(DWELL / 2);
    pointer('pointerout', byId('m2a'), byId('p2'));
    advance(LEAVE_GRACE_MS);
    expect(hosts()).toHaveLength(0);
  });

  it('keeps a hover card open while focus is inside it, even when the pointer leaves', () => {
    setUp();
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    act(() => cardRoot().focus());
    pointer('pointerout', byId('m1'), byId('p2'));
    advance(LEAVE_GRACE_MS * 3);
    expect(hosts()).toHaveLength(1);
  });

  it('forces the theme with a class on the host', () => {
    setUp('hover', 'dark');
    controller.open(byId('m1'), 'click');
    expect(hosts()[0]!.className).toBe('theme-dark');
  });
});

describe('card controller, keyboard and dismissal', () => {
  it('Enter on a focused mark opens the card with focus inside; Escape closes and returns focus to the mark', () => {
    setUp();
    byId('m1').focus();
    const enter = key(byId('m1'), 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(cardHeading()).toBe("146 House Democrats' letter");
    expect(hosts()[0]!.shadowRoot!.activeElement).toBe(cardRoot());
    const escape = key(cardRoot(), 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(byId('m1'));
  });

  it("Space opens a mark that is a button; Escape after a hover returns focus to the mention's first piece", () => {
    setUp();
    key(byId('m2a'), ' ');
    expect(cardHeading()).toBe('TPS');
    controller.close();
    pointer('pointerover', byId('m2b'));
    advance(DWELL);
    key(document.body, 'Escape');
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(byId('m2a'));
  });

  it('Escape leaves focus where it is when the reader was busy elsewhere on the page', () => {
    setUp();
    act(() => byId('elsewhere').focus());
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    key(byId('elsewhere'), 'Escape');
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(byId('elsewhere'));
  });

  it('the close button dismisses like Escape', () => {
    setUp();
    controller.open(byId('m1'), 'click');
    act(() => hosts()[0]!.shadowRoot!.querySelector<HTMLButtonElement>('.close')!.click());
    expect(hosts()).toHaveLength(0);
    expect(document.activeElement).toBe(byId('m1'));
  });

  it('closes when focus moves elsewhere on the page or the pointer goes down outside', () => {
    setUp();
    controller.open(byId('m1'), 'keyboard');
    act(() => byId('elsewhere').focus());
    expect(hosts()).toHaveLength(0);
    controller.open(byId('m1'), 'click');
    act(() => {
      byId('p2').dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    });
    expect(hosts()).toHaveLength(0);
  });

  it('pointer down inside the card keeps it', () => {
    setUp();
    controller.open(byId('m1'), 'click');
    act(() => {
      cardRoot().dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
    });
    expect(hosts()).toHaveLength(1);
  });

  it('does not leave a page Escape alone when no card is open', () => {
    setUp();
    expect(key(document.body, 'Escape').defaultPrevented).toBe(false);
  });

  it('stops listening and closes when the signal aborts', () => {
    setUp();
    controller.open(byId('m1'), 'click');
    aborter.abort();
    expect(hosts()).toHaveLength(0);
    pointer('pointerover', byId('m1'));
    advance(DWELL * 2);
    key(byId('m1'), 'Enter');
    expect(hosts()).toHaveLength(0);
  });
});

describe('card controller, triggers', () => {
  it('hover: a click opens at once and pins the card against pointer leave; a second click closes it', () => {
    setUp('hover');
    act(() => byId('m1').click());
    expect(hosts()).toHaveLength(1);
    pointer('pointerout', byId('m1'), byId('p2'));
    advance(LEAVE_GRACE_MS * 2);
    expect(hosts()).toHaveLength(1);
    act(() => byId('m1').click());
    expect(hosts()).toHaveLength(0);
  });

  it('click: hovering opens nothing, clicking does', () => {
    setUp('click');
    pointer('pointerover', byId('m1'));
    advance(DWELL * 4);
    expect(hosts()).toHaveLength(0);
    act(() => byId('m1').click());
    expect(cardHeading()).toBe("146 House Democrats' letter");
  });

  it('keyboard: neither hover nor click opens; Enter does', () => {
    setUp('keyboard');
    pointer('pointerover', byId('m1'));
    advance(DWELL * 4);
    act(() => byId('m1').click());
    expect(hosts()).toHaveLength(0);
    key(byId('m1'), 'Enter');
    expect(hosts()).toHaveLength(1);
  });

  it("leaves a click on a mark inside the page's link to the link", () => {
    setUp('click');
    act(() => byId('m3').click());
    expect(hosts()).toHaveLength(0);
  });
});

/** A view that arrives when the test says so, as card.js does when the content script imports it. */
function viewArrivingLater() {
  let arrive!: (loaded: CardView | undefined) => void;
  const arriving = new Promise<CardView | undefined>((resolve) => (arrive = resolve));
  let current: CardView | undefined;
  const source: CardViewSource & { loads: number } = {
    loads: 0,
    current: () => current,
    load() {
      source.loads++;
      return arriving.then((loaded) => (current = loaded));
    },
  };
  const settle = (loaded: CardView | undefined) =>
    act(async () => {
      arrive(loaded);
      for (let tick = 0; tick < 10; tick++) await Promise.resolve();
    });
  return { source, settle };
}

describe('card controller, view loaded on first use', () => {
  it('starts loading the view when the dwell starts and opens as soon as it is here', async () => {
    const later = viewArrivingLater();
    setUp('hover', 'auto', later.source);
    pointer('pointerover', byId('m1'));
    expect(later.source.loads).toBeGreaterThan(0);
    advance(DWELL);
    expect(hosts()).toHaveLength(0);
    await later.settle(view);
    expect(cardHeading()).toBe("146 House Democrats' letter");
    expect(byId('m1').getAttribute('aria-expanded')).toBe('true');
  });

  it('opens from the keyboard with focus inside once the view is here', async () => {
    const later = viewArrivingLater();
    setUp('hover', 'auto', later.source);
    byId('m1').focus();
    key(byId('m1'), 'Enter');
    await later.settle(view);
    expect(document.activeElement).toBe(hosts()[0]);
  });

  it('opens nothing, and throws nothing, when the view cannot be loaded', async () => {
    const later = viewArrivingLater();
    setUp('hover', 'auto', later.source);
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    await later.settle(undefined);
    expect(hosts()).toHaveLength(0);
    expect(byId('m1').getAttribute('aria-expanded')).toBe('false');
  });

  it('does not open a card whose dwell was abandoned while the view loaded', async () => {
    const later = viewArrivingLater();
    setUp('hover', 'auto', later.source);
    pointer('pointerover', byId('m1'));
    advance(DWELL);
    pointer('pointerout', byId('m1'), byId('p1'));
    await later.settle(view);
    expect(hosts()).toHaveLength(0);
  });
});
