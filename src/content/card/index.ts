/**
 * The card as the content script uses it: the controller wired to the card data the background
 * sends (card-data.ts), the card's rendering loaded on first use (view-loader.ts), the settings
 * store and this page's site, plus the mark decoration the scanner applies to each mention.
 */
import type { Mention } from '../../matcher/types.ts';
import type { Settings } from '../../shared/settings.ts';
import { createCardController, type CardController } from './controller.ts';
import { decorateMarkForCard } from './mark-a11y.ts';
import { hoverDwellMs } from './timing.ts';
import type { CardData, CardEnv } from './types.ts';
import { lazyActions, type CardViewSource } from './view.ts';

export function startCardController(
  doc: Document,
  data: CardData,
  view: CardViewSource,
  mentionOf: (mark: HTMLElement) => Mention | undefined,
  signal: AbortSignal,
  settings: Pick<Settings, 'cardTrigger' | 'cardDelayMs' | 'theme'>,
): CardController {
  return createCardController(
    doc,
    {
      env: cardEnv(doc, data, view),
      mentionOf,
      trigger: settings.cardTrigger,
      dwellMs: hoverDwellMs(settings.cardDelayMs),
      theme: settings.theme,
      view,
    },
    signal,
  );
}

/** What every card on `doc` shares: its data, its buttons (through the view once loaded) and the site. */
export function cardEnv(doc: Document, data: CardData, view: CardViewSource): CardEnv {
  const site = doc.location?.hostname ?? '';
  return { data, actions: lazyActions(view, site), site };
}

/** For the scanner's decorate callback: makes a mention's first mark keyboard-reachable and announced. */
export function decorateFirstMark(mark: HTMLElement, mention: Mention, label: string | undefined): void {
  decorateMarkForCard(mark, mention, label);
}
