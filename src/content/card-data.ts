/**
 * What cards show, asked of the background (docs/adr/0007) and kept for the rest of the page's
 * life: the content script bundles no dataset. Right after a pass the page asks once for the cards
 * of the entries it found, while the background is awake: with the worker stopped and content fetched on hover, e2e runs here
 * saw 1.1–2.6 s from the test's hover to the card (300 ms dwell and driver overhead included), far
 * past a card's 100 ms. A hover on anything not
 * asked for yet asks at the start of the dwell.
 */
import type { Article, CardEntry } from '../shared/dataset-schema.ts';
import type { CardBundle } from '../shared/messages.ts';
import type { CardData } from './card/types.ts';
import { askTwice } from './match-client.ts';

export class CardDataCache implements CardData {
  readonly #entries = new Map<string, CardEntry>();
  readonly #articles = new Map<string, Article>();
  /** Entries whose whole bundle (related entries and cited articles too) is here. */
  readonly #complete = new Set<string>();
  readonly #loading = new Map<string, Promise<boolean>>();
  readonly #ask: (entries: string[]) => Promise<CardBundle | undefined>;
  readonly #isAlive: () => boolean;

  constructor(ask: (entries: string[]) => Promise<CardBundle | undefined>, isAlive: () => boolean) {
    this.#ask = ask;
    this.#isAlive = isAlive;
  }

  entry(id: string): CardEntry | undefined {
    return this.#entries.get(id);
  }

  ready(id: string): boolean {
    return this.#complete.has(id);
  }

  article(id: string): Article | undefined {
    return this.#articles.get(id);
  }

  /** Resolves true once a card about `id` can be shown; false when the background has no such entry or did not answer. */
  load(id: string): Promise<boolean> {
    if (this.#complete.has(id)) return Promise.resolve(true);
    return this.#loading.get(id) ?? this.#fetch([id]).then(() => this.#complete.has(id));
  }

  /** Asks in one request for the cards of `ids` not here or on their way (after a pass). */
  prefetch(ids: Iterable<string>): void {
    const wanted = [...new Set(ids)].filter((id) => !this.#complete.has(id) && !this.#loading.has(id));
    if (wanted.length > 0) void this.#fetch(wanted);
  }

  #fetch(ids: string[]): Promise<void> {
    const pending = askTwice(() => this.#ask(ids), this.#isAlive).then((bundle) => {
      for (const id of ids) this.#loading.delete(id);
      if (!bundle) return;
      for (const entry of bundle.entries) this.#entries.set(entry.id, entry);
      for (const article of bundle.articles) this.#articles.set(article.id, article);
      // An entry is complete once it came back as asked: its related entries and articles came with it.
      for (const id of ids) if (this.#entries.has(id)) this.#complete.add(id);
    });
    const done = pending.then(() => undefined);
    for (const id of ids)
      this.#loading.set(
        id,
        done.then(() => this.#complete.has(id)),
      );
    return done;
  }
}
