/**
 * The seam between the card's behaviour (always loaded: listeners, dwell, focus, aria-expanded) and
 * its rendering (Preact, @floating-ui, the card's components and stylesheet), which the content
 * script loads only when a first card is about to open (card.js, docs/adr/0007). Unit tests hand the
 * controller the rendering module itself.
 */
import type { JudgeSelection } from '../lookup.tsx';
import type { revealMention } from '../reveal.ts';
import type { CardTheme } from './mount.ts';
import type { CardActions, CardData, CardRequest } from './types.ts';

/** One shown card: its host element, its shadow root, and how to take it away. */
export interface ShownCard {
  host: HTMLElement;
  root: ShadowRoot;
  /** Stops following the mark and removes the host. */
  remove(): void;
}

/** What card.js exports. */
export interface CardView {
  /** Renders `request` in a new card host beside `mark`; `onDetached` runs when the mark leaves the page. */
  showCard(
    doc: Document,
    theme: CardTheme,
    request: CardRequest & { autoFocus: boolean },
    mark: HTMLElement,
    onDetached: () => void,
  ): ShownCard;
  /** The context menu's look-up (lookup.tsx). */
  lookUp(doc: Document, text: string, judge: JudgeSelection, data: CardData): Promise<'shown' | 'not-found'>;
  /** The popup's "go to this mention" (reveal.ts): rarely used, so it waits here rather than in every page. */
  revealMention: typeof revealMention;
  /** The card's buttons backed by the settings store. */
  settingsActions(site: string): CardActions;
  /**
   * Does ahead, in idle time, the work a first card would otherwise pay for: its formatters' locale
   * data and, given a sample card, compiling the card's code by rendering it once into an element
   * that is never in the page.
   */
  prepare(sample?: CardRequest): void;
}

/** Where the controller gets the rendering from: here already, or loaded on first use. */
export interface CardViewSource {
  /** The view when it is loaded, else undefined. */
  current(): CardView | undefined;
  /** Loads the view (once); undefined when it could not be loaded. */
  load(): Promise<CardView | undefined>;
}

/** A source for a view that is already here (unit tests, or a bundle that includes it). */
export function presentView(view: CardView): CardViewSource {
  return { current: () => view, load: () => Promise.resolve(view) };
}

/** The card's buttons, calling into the view once it is loaded (it is: the buttons are in a card). */
export function lazyActions(source: CardViewSource, site: string): CardActions {
  const actions = async () => (await source.load())?.settingsActions(site);
  return {
    hideOnSite: async (entryId) => (await actions())?.hideOnSite(entryId),
    hideEverywhere: async (entryId) => (await actions())?.hideEverywhere(entryId),
    pauseSite: async () => (await actions())?.pauseSite(),
  };
}
