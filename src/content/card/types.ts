/** The card's seams: where its data comes from and what its buttons do, injected so tests can fake both. */
import type { Article, CardEntry } from '../../shared/dataset-schema.ts';
import type { Mention } from '../../matcher/types.ts';

/**
 * Look-ups into the story dataset: in the content script, what the background sent for the cards
 * opened so far (card-data.ts); a fake in tests.
 */
export interface CardData {
  entry(id: string): CardEntry | undefined;
  article(id: string): Article | undefined;
  /** True when a card about `id` can be shown now (its entry, related entries and articles are here). */
  ready(id: string): boolean;
  /** Fetches what a card about `id` shows; true once it is here, false if it cannot be had. */
  load(id: string): Promise<boolean>;
  /** Starts fetching what cards about `ids` show, answering nothing (a card's related entries, while it is read). */
  prefetch(ids: Iterable<string>): void;
}

/**
 * What the card's action buttons do. Each resolves once the change is stored; the content script
 * hears the settings change and re-highlights, so the effect is immediate and the options page can
 * undo it.
 */
export interface CardActions {
  /** Stop highlighting this entry on this site (settings.siteHiddenEntries). */
  hideOnSite(entryId: string): Promise<void>;
  /** Stop highlighting this entry on every site (settings.hiddenEntries). */
  hideEverywhere(entryId: string): Promise<void>;
  /** Stop highlighting anything on this site (settings.deniedSites). */
  pauseSite(): Promise<void>;
}

/** Everything one open card needs besides the entry it shows. */
export interface CardEnv {
  data: CardData;
  actions: CardActions;
  /** The page's hostname, shown in the site actions. */
  site: string;
}

export interface CardRequest {
  mention: Mention;
  env: CardEnv;
  /** Called when the card asks to close itself (the close button). */
  onClose(): void;
}
