/**
 * Opens and closes the one card. Delegated pointer, keyboard and focus listeners on the document (a
 * page with thousands of marks costs one listener each), all removed through the AbortSignal.
 *
 * WCAG 2.2 SC 1.4.13: Escape dismisses without moving the pointer and returns focus to the mark; the
 * pointer can move into the card (LEAVE_GRACE_MS); the card stays until dismissed, until the pointer
 * leaves both mark and card (hover-opened only), or until focus or a click goes elsewhere.
 */
import type { Mention } from '../../matcher/types.ts';
import { MARK_TAG } from '../highlighter.ts';
import { setMarkExpanded } from './mark-a11y.ts';
import type { CardTheme } from './mount.ts';
import { LEAVE_GRACE_MS } from './timing.ts';
import { attachCardListeners } from './listeners.ts';
import type { CardEnv } from './types.ts';
import type { CardViewSource, ShownCard } from './view.ts';

export type CardTrigger = 'hover' | 'click' | 'keyboard';
export type OpenedBy = 'hover' | 'click' | 'keyboard';

export interface CardControllerOptions {
  env: CardEnv;
  mentionOf(mark: HTMLElement): Mention | undefined;
  /** What besides the keyboard opens a card: 'hover' (and click/tap), 'click' (and tap) or 'keyboard' only. */
  trigger: CardTrigger;
  dwellMs: number;
  theme: CardTheme;
  /** The card's rendering: loaded when a first card is about to open (view.ts). */
  view: CardViewSource;
}

export interface CardController {
  open(mark: HTMLElement, by: OpenedBy): void;
  /** Closes and returns focus to the mention's focusable mark (Escape, the close button). */
  dismiss(): void;
  close(): void;
  readonly current: { mention: Mention; mark: HTMLElement; by: OpenedBy; host: HTMLElement } | undefined;
}

interface OpenCard {
  mention: Mention;
  mark: HTMLElement;
  by: OpenedBy;
  shown: ShownCard;
}

export function createCardController(
  doc: Document,
  options: CardControllerOptions,
  signal: AbortSignal,
): CardController {
  const { env, mentionOf } = options;
  let card: OpenCard | undefined;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  /** The mention the running dwell will open (another piece of it must not restart the dwell). */
  let dwellMention: Mention | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const marksOf = (mention: Mention) =>
    [...doc.querySelectorAll<HTMLElement>(MARK_TAG)].filter((mark) => mentionOf(mark) === mention);
  /** The element focus returns to: the mention's tabbable mark, else the page control around it. */
  const focusTargetOf = (mention: Mention, mark: HTMLElement): HTMLElement | null =>
    marksOf(mention).find((piece) => piece.tabIndex >= 0) ??
    mark.parentElement?.closest<HTMLElement>('a[href], button, [tabindex]') ??
    null;

  /** A card waiting for its data (from the background) or its view; a later open, close or dwell replaces it. */
  let awaited: { mark: HTMLElement; by: OpenedBy } | undefined;

  function open(mark: HTMLElement, by: OpenedBy) {
    cancelDwell();
    cancelGrace();
    const mention = mentionOf(mark);
    if (!mention || !mark.isConnected) return;
    const view = options.view.current();
    if (!env.data.ready(mention.entry) || !view) {
      const wanted = (awaited = { mark, by });
      void Promise.all([env.data.load(mention.entry), options.view.load()]).then(([ok, loaded]) => {
        if (ok && loaded && awaited === wanted) open(mark, by);
      });
      return;
    }
    awaited = undefined;
    if (!env.data.entry(mention.entry)) return;
    if (card?.mention === mention) {
      // Already showing this mention: a click or Enter pins a hover-opened card; Enter moves focus in.
      if (by !== 'hover') card.by = by;
      if (by === 'keyboard') card.shown.root.querySelector<HTMLElement>('.card')?.focus();
      return;
    }
    close();
    const request = { mention, env, onClose: () => controller.dismiss(), autoFocus: by === 'keyboard' };
    card = { mention, mark, by, shown: view.showCard(doc, options.theme, request, mark, close) };
    for (const piece of marksOf(mention)) setMarkExpanded(piece, true);
  }

  function close() {
    cancelDwell();
    cancelGrace();
    awaited = undefined;
    if (!card) return;
    const closing = card;
    card = undefined;
    closing.shown.remove();
    for (const piece of marksOf(closing.mention)) setMarkExpanded(piece, false);
  }

  /**
   * Focus goes back to the mark when it was in the card, on the mark, or nowhere; a reader typing in
   * a field elsewhere while a hover card showed keeps their caret.
   */
  function dismiss() {
    if (!card) return;
    const target = focusTargetOf(card.mention, card.mark);
    const active = doc.activeElement;
    const focusElsewhere =
      !!active &&
      active !== doc.body &&
      active !== card.shown.host &&
      !marksOf(card.mention).includes(active as HTMLElement);
    close();
    if (!focusElsewhere) target?.focus();
  }

  function cancelDwell() {
    if (dwellTimer !== undefined) clearTimeout(dwellTimer);
    dwellTimer = undefined;
    dwellMention = undefined;
  }
  function cancelGrace() {
    if (graceTimer !== undefined) clearTimeout(graceTimer);
    graceTimer = undefined;
  }

  const controller: CardController = {
    open,
    dismiss,
    close,
    get current() {
      return card && { mention: card.mention, mark: card.mark, by: card.by, host: card.shown.host };
    },
  };

  attachCardListeners(doc, signal, {
    trigger: options.trigger,
    mentionOf,
    current: () => controller.current,
    focusInsideCard: () => !!card && !!card.shown.root.activeElement,
    open,
    close,
    dismiss,
    hoverStart(mark) {
      cancelGrace();
      const mention = mentionOf(mark);
      if (card?.mention === mention || (dwellTimer !== undefined && dwellMention === mention)) return;
      cancelDwell();
      dwellMention = mention;
      // Fetch the card's content and load its view during the dwell, so it opens as soon as the dwell ends.
      if (mention) void env.data.load(mention.entry);
      void options.view.load();
      dwellTimer = setTimeout(() => open(mark, 'hover'), options.dwellMs);
    },
    hoverInsideCard: cancelGrace,
    hoverEnd(leavingOpenCard) {
      cancelDwell();
      if (awaited?.by === 'hover') awaited = undefined;
      if (leavingOpenCard && !graceTimer) graceTimer = setTimeout(close, LEAVE_GRACE_MS);
    },
  });
  signal.addEventListener('abort', close, { once: true });
  return controller;
}
