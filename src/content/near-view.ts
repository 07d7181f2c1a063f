/**
 * Marks for text far from the viewport wait until the reader comes near it. Every DOM write is
 * followed by a rendering update of the whole document (style, layout, pre-paint): 10–20 ms on a
 * 1 MB page, 60–90 ms on a 5 MB one, even for a one-word change. Drawing the whole page's marks up
 * front cost 5–20× the page's own scan; drawing what is in view (and a screen either side) first,
 * then the rest as it approaches, costs a reader who never scrolls to the end nothing for it.
 * See docs/adr/0006-draw-marks-near-the-viewport.md.
 */

/** How far outside the viewport text counts as near: one screen above and one below. */
export const NEAR_MARGIN = '100% 0px';

/** The box ends below the top of the near zone (one viewport height above the viewport). */
export const reachesNearZone = (rect: DOMRect, viewportHeight: number): boolean => rect.bottom >= -viewportHeight;

/** The box starts below the near zone (more than one viewport height under the viewport). */
export const isPastNearZone = (rect: DOMRect, viewportHeight: number): boolean => rect.top > 2 * viewportHeight;

/** True when a box lies within one viewport height of the viewport (the rootMargin above). */
export function isNear(rect: DOMRect, viewportHeight: number): boolean {
  return reachesNearZone(rect, viewportHeight) && !isPastNearZone(rect, viewportHeight);
}

/** Items (drawing plans) parked per owner element until that element comes near the viewport. */
export class NearView<T> {
  readonly #waiting = new Map<Element, T[]>();
  readonly #observer: IntersectionObserver | undefined;
  readonly #onNear: (items: T[]) => void;

  /** Without IntersectionObserver (jsdom, very old engines) nothing waits: `wait` returns false. */
  constructor(onNear: (items: T[]) => void) {
    this.#onNear = onNear;
    this.#observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => this.#arrived(entries), { rootMargin: NEAR_MARGIN })
        : undefined;
  }

  /** Parks `item` until `owner` comes near; false when it cannot wait and must be drawn now. */
  wait(owner: Element, item: T): boolean {
    if (!this.#observer) return false;
    const items = this.#waiting.get(owner);
    if (items) items.push(item);
    else {
      this.#waiting.set(owner, [item]);
      this.#observer.observe(owner);
    }
    return true;
  }

  /** Takes out every waiting item that `wanted` accepts (the popup asked to show one of them). */
  take(wanted: (item: T) => boolean): T[] {
    const taken: T[] = [];
    for (const [owner, items] of this.#waiting) {
      const keep = items.filter((item) => !wanted(item));
      if (keep.length === items.length) continue;
      taken.push(...items.filter(wanted));
      this.#forget(owner, keep);
    }
    return taken;
  }

  /** Drops what waits under `region` (everything when omitted) or under a detached owner. */
  drop(region?: Node): void {
    for (const owner of [...this.#waiting.keys()]) {
      if (!region || !owner.isConnected || region.contains(owner)) this.#forget(owner, []);
    }
  }

  stop(): void {
    this.#waiting.clear();
    this.#observer?.disconnect();
  }

  #forget(owner: Element, keep: T[]): void {
    if (keep.length > 0) return void this.#waiting.set(owner, keep);
    this.#waiting.delete(owner);
    this.#observer?.unobserve(owner);
  }

  #arrived(entries: IntersectionObserverEntry[]): void {
    const items: T[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const waiting = this.#waiting.get(entry.target);
      if (!waiting) continue;
      items.push(...waiting);
      this.#forget(entry.target, []);
    }
    if (items.length > 0) this.#onNear(items);
  }
}
