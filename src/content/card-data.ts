/**
 * What cards show, asked of the background when a card is about to open (docs/adr/0007) and kept
 * for the rest of the page's life: the content script bundles no dataset. A hover asks at the start
 * of the dwell, so the answer is usually here before the card opens.
 */
import type { Article, CardEntry } from '../shared/dataset-schema.ts';
import type { CardBundle } from '../shared/messages.ts';
import type { CardData } from './card/types.ts';
import { askTwice } from './match-client.ts';

export class CardDataCache implements CardData {
  private readonly entries = new Map<string, CardEntry>();
  private readonly articles = new Map<string, Article>();
  /** Entries whose whole bundle (related entries and cited articles too) is here. */
  private readonly complete = new Set<string>();
  private readonly loading = new Map<string, Promise<boolean>>();

  constructor(
    private readonly ask: (entry: string) => Promise<CardBundle | undefined>,
    private readonly isAlive: () => boolean,
  ) {}

  entry(id: string): CardEntry | undefined {
    return this.entries.get(id);
  }

  ready(id: string): boolean {
    return this.complete.has(id);
  }

  article(id: string): Article | undefined {
    return this.articles.get(id);
  }

  /** Resolves true once a card about `id` can be shown; false when the background has no such entry or did not answer. */
  load(id: string): Promise<boolean> {
    if (this.complete.has(id)) return Promise.resolve(true);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = askTwice(() => this.ask(id), this.isAlive).then((bundle) => {
        this.loading.delete(id);
        if (!bundle) return false;
        for (const entry of bundle.entries) this.entries.set(entry.id, entry);
        for (const article of bundle.articles) this.articles.set(article.id, article);
        this.complete.add(id);
        return true;
      });
      this.loading.set(id, pending);
    }
    return pending;
  }
}
