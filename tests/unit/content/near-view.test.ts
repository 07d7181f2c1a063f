// @vitest-environment jsdom
/**
 * Marks far from the viewport wait until it comes near (near-view.ts). jsdom has no layout and no
 * IntersectionObserver: the test gives each paragraph a box (its data-top, in px) and stands in
 * an IntersectionObserver it can trigger, as the browser would when the reader scrolls.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEngine } from '../../../src/content/engine.ts';
import { isNear } from '../../../src/content/near-view.ts';
import { testEngineOptions, until } from './engine-helpers.ts';

/** The observers the engine created, with the elements each watches. */
const observers: FakeIntersectionObserver[] = [];

class FakeIntersectionObserver {
  readonly watched = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    observers.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  /** The reader scrolled `elements` into the near zone. */
  arrive(elements: Element[]) {
    this.callback(elements.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry));
  }
}

const marks = () => [...document.querySelectorAll('backstory-mark')].map((mark) => mark.textContent);
const ready = () => document.documentElement.dataset.backstoryState === 'ready';
const paragraph = (id: string) => document.getElementById(id)!;

let controller: AbortController;
const originalRect = Element.prototype.getBoundingClientRect;

function start() {
  return startEngine(testEngineOptions(), controller.signal);
}

describe('marks near the viewport first', () => {
  beforeEach(() => {
    controller = new AbortController();
    observers.length = 0;
    delete document.documentElement.dataset.backstoryState;
    (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver = FakeIntersectionObserver;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      const top = Number(this.getAttribute('data-top') ?? 0);
      return { top, bottom: top + 20, left: 0, right: 100, width: 100, height: 20, x: 0, y: top } as DOMRect;
    };
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
    // Far paragraphs are 10 000 px down: more than one screen (800 px) past the viewport.
    document.body.innerHTML =
      '<p id="near" data-top="100">On Friday 22 senators wrote.</p>' +
      '<p id="edge" data-top="1500">Then 121 people were held.</p>' +
      '<p id="far" data-top="10000">Later 121 people again, and TPS.</p>' +
      '<p id="farther" data-top="20000">Still 22 senators.</p>';
  });
  afterEach(() => {
    controller.abort();
    Element.prototype.getBoundingClientRect = originalRect;
    delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
  });

  it('counts near as within one screen above or below the viewport', () => {
    const box = (top: number) => ({ top, bottom: top + 20 }) as DOMRect;
    expect(isNear(box(100), 800)).toBe(true);
    expect(isNear(box(1590), 800)).toBe(true);
    expect(isNear(box(1601), 800)).toBe(false);
    expect(isNear(box(-810), 800)).toBe(true);
    expect(isNear(box(-900), 800)).toBe(false);
  });

  it('draws what is near, lists every mention, and draws the rest as the reader comes near', async () => {
    const engine = start();
    await until(ready, 'ready');
    expect(marks()).toEqual(['22 senators', '121 people']);
    expect(engine.mentions().map((mention) => mention.text)).toEqual([
      '22 senators',
      '121 people',
      '121 people',
      'TPS',
      '22 senators',
    ]);
    const [observer] = observers;
    expect([...observer!.watched]).toEqual([paragraph('far'), paragraph('farther')]);

    observer!.arrive([paragraph('far')]);
    await until(() => marks().length === 4, 'marks of the far paragraph');
    expect(paragraph('far').querySelectorAll('backstory-mark')).toHaveLength(2);
    expect([...observer!.watched]).toEqual([paragraph('farther')]);
    expect(paragraph('farther').querySelector('backstory-mark')).toBeNull();
  });

  it('draws the waiting marks of one entry on request (the popup shows one of them)', async () => {
    const engine = start();
    await until(ready, 'ready');
    await engine.drawWaiting((mention) => mention.entry === 'tps');
    expect(paragraph('far').querySelectorAll('backstory-mark')).toHaveLength(2);
    expect(paragraph('farther').querySelector('backstory-mark')).toBeNull();
    expect(engine.mentions()).toHaveLength(5);
  });

  it('drops waiting marks when the page rewrites their block, and finds the new text instead', async () => {
    const engine = start();
    await until(ready, 'ready');
    paragraph('far').textContent = 'Now only TPS here.';
    // Cleared (3 mentions left), then rescanned: the new text's TPS waits in place of the old two.
    const texts = () =>
      engine
        .mentions()
        .map((mention) => mention.text)
        .sort();
    await until(() => texts().join() === '121 people,22 senators,22 senators,TPS', 'rescan');
    const observer = observers[0]!;
    observer.arrive([paragraph('far'), paragraph('farther')]);
    await until(() => marks().length === 4, 'marks after arriving');
    expect(marks()).toEqual(['22 senators', '121 people', 'TPS', '22 senators']);
  });

  it('on a page of many blocks, finds the part near the viewport with a few box reads, not one per block', async () => {
    // 40 paragraphs of 100 px: within a screen (800 px) of the viewport are the 17 whose top is ≤ 1600 px.
    document.body.innerHTML = Array.from(
      { length: 40 },
      (_, i) => `<p data-top="${i * 100}">Item ${i}: 121 people</p>`,
    ).join('');
    let boxReads = 0;
    const measure = Element.prototype.getBoundingClientRect;
    Element.prototype.getBoundingClientRect = function (this: Element) {
      boxReads++;
      return measure.call(this);
    };
    const engine = start();
    await until(ready, 'ready');
    expect(marks()).toHaveLength(17);
    expect(engine.mentions()).toHaveLength(40);
    expect(observers[0]!.watched.size).toBe(23);
    expect(boxReads).toBeLessThanOrEqual(3 * Math.ceil(Math.log2(41)));
  });

  it('once the reader moves focus with Tab, draws every waiting mark and no longer parks new ones', async () => {
    start();
    await until(ready, 'ready');
    expect(marks()).toHaveLength(2);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    await until(() => marks().length === 5, 'every mark');
    const later = document.createElement('p');
    later.setAttribute('data-top', '30000');
    later.textContent = 'Much later, TPS.';
    document.body.append(later);
    await until(() => later.querySelector('backstory-mark') !== null, 'the far, later mark drawn at once');
    expect(observers[0]!.watched.size).toBe(0);
  });

  it('stopping leaves nothing waiting and restores the page', async () => {
    const html = document.body.innerHTML;
    const engine = start();
    await until(ready, 'ready');
    engine.stop();
    expect(observers[0]!.watched.size).toBe(0);
    expect(document.body.innerHTML).toBe(html);
    await engine.drawWaiting(() => true);
    expect(marks()).toEqual([]);
  });
});
