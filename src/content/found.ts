/**
 * The mentions a document shows, drawn or waiting to be drawn (near-view.ts), per block owner,
 * and how many there are: the engine's page cap and the popup's list both count these.
 */
import type { Mention } from '../matcher/types.ts';

export class FoundMentions {
  readonly #byOwner = new Map<Element, Mention[]>();
  total = 0;

  all(): Mention[] {
    return [...this.#byOwner.values()].flat();
  }

  add(owner: Element, mentions: readonly Mention[]): void {
    this.#byOwner.set(owner, [...(this.#byOwner.get(owner) ?? []), ...mentions]);
    this.total += mentions.length;
  }

  /** Takes out exactly these mentions of `owner` (a plan that could not be drawn after all). */
  remove(owner: Element, mentions: readonly Mention[]): void {
    this.#keep(owner, (mention) => !mentions.includes(mention));
  }

  /** Keeps, everywhere, only the mentions `wanted` accepts (a narrower filter from new settings). */
  retain(wanted: (mention: Mention) => boolean): void {
    for (const owner of [...this.#byOwner.keys()]) this.#keep(owner, wanted);
  }

  /** Forgets the owners under `region` (all when omitted) and any the page detached. */
  clearUnder(region?: Node): void {
    for (const owner of [...this.#byOwner.keys()]) {
      if (!region || !owner.isConnected || region.contains(owner)) this.#keep(owner, () => false);
    }
  }

  #keep(owner: Element, wanted: (mention: Mention) => boolean): void {
    const list = this.#byOwner.get(owner);
    if (!list) return;
    const kept = list.filter(wanted);
    this.total -= list.length - kept.length;
    if (kept.length > 0) this.#byOwner.set(owner, kept);
    else this.#byOwner.delete(owner);
  }
}
