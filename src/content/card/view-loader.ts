/**
 * Loads card.js (the card's rendering, view.ts) into the content script with a dynamic import of
 * the extension's own file. card.js is a web-accessible resource; in Chrome it is reachable only
 * under the per-session dynamic URL (`use_dynamic_url`), in Firefox under the per-install UUID, so
 * a page cannot probe for it. Loaded once; a failed load is tried again at the next card.
 */
import { browser } from '../../shared/browser.ts';
import type { CardView, CardViewSource } from './view.ts';

export const CARD_MODULE = 'card.js';

export function viewFromExtension(): CardViewSource {
  let view: CardView | undefined;
  let loading: Promise<CardView | undefined> | undefined;
  return {
    current: () => view,
    load() {
      loading ??= (import(browser.runtime.getURL(CARD_MODULE)) as Promise<{ view: CardView }>).then(
        (module) => (view = module.view),
        () => {
          // The extension was reloaded or the file is refused: no card now, and no noise in the page.
          loading = undefined;
          return undefined;
        },
      );
      return loading;
    },
  };
}
