/**
 * Loads card.js (the card's rendering, view.ts) into the content script with a dynamic import of
 * the extension's own file. card.js is a web-accessible resource; in Chrome it is reachable only
 * under the per-session dynamic URL (`use_dynamic_url`), in Firefox under the per-install UUID, so
 * a page cannot probe for it. Loaded once; a failed load is tried again at the next card.
 * Pages with mentions load it ahead, in idle time (preloadWhenIdle).
 */
import { browser } from '../../shared/browser.ts';
import type { CardRequest } from './types.ts';
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

/** The content script has one view source: one preload per page is enough (each pass reports). */
let preloading = false;

/** Longest wait for an idle moment, ms: on a page that never idles the first card still need not load it. */
const IDLE_TIMEOUT_MS = 2000;

/**
 * Starts loading the view once the page is idle, then prepares it in a later idle moment (formatters,
 * and `sample`, a card whose content is here, rendered once off the page), so a first card waits
 * neither for card.js nor for its formatters' locale data, and runs already compiled code. Only for
 * pages where a pass found mentions: a page without story text still loads nothing.
 */
export function preloadWhenIdle(source: CardViewSource, sample: () => CardRequest | undefined): void {
  if (preloading) return;
  preloading = true;
  whenIdle(() => void source.load().then((view) => view && whenIdle(() => view.prepare(sample()))));
}

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 0);
}
