/**
 * Turns the document's pointer, keyboard and focus events into card decisions. One delegated
 * listener per event type, in the capture phase (pages that stop propagation still reach us), all
 * removed when the signal aborts. Events from inside the card's shadow root arrive retargeted to the
 * host, so "inside the card" is a composedPath test.
 */
import type { Mention } from '../../matcher/types.ts';
import { MARK_TAG } from '../highlighter.ts';
import type { CardTrigger, OpenedBy } from './controller.ts';
import { insidePageControl } from './mark-a11y.ts';

export interface CardListenerHooks {
  trigger: CardTrigger;
  mentionOf(mark: HTMLElement): Mention | undefined;
  current(): { mention: Mention; by: OpenedBy; host: HTMLElement } | undefined;
  focusInsideCard(): boolean;
  open(mark: HTMLElement, by: OpenedBy): void;
  close(): void;
  dismiss(): void;
  /** The pointer rests on a mark of a mention whose card is not open: start the dwell. */
  hoverStart(mark: HTMLElement): void;
  /** The pointer is back on the open card or its mark: cancel any pending close. */
  hoverInsideCard(): void;
  /** The pointer left marks and card: cancel the dwell; start the grace if the open card should follow. */
  hoverEnd(closeOpenCard: boolean): void;
}

const markOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? target.closest<HTMLElement>(MARK_TAG) : null;

/** Touch has no hover: its emulated pointerover must not start a dwell (the tap's click opens). */
const isTouch = (event: Event) => (event as PointerEvent).pointerType === 'touch';

export function attachCardListeners(doc: Document, signal: AbortSignal, hooks: CardListenerHooks): void {
  const inCard = (event: Event) => {
    const host = hooks.current()?.host;
    return !!host && event.composedPath().includes(host);
  };
  const isOpenMention = (mark: HTMLElement | null) => {
    const open = hooks.current();
    return !!open && !!mark && hooks.mentionOf(mark) === open.mention;
  };
  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
    doc.addEventListener(type, handler, { capture: true, signal });

  listen('pointerover', (event) => {
    if (isTouch(event)) return;
    const mark = markOf(event.target);
    if (inCard(event) || isOpenMention(mark)) hooks.hoverInsideCard();
    else if (mark && hooks.trigger === 'hover') hooks.hoverStart(mark);
  });

  listen('pointerout', (event) => {
    if (isTouch(event)) return;
    const from = markOf(event.target);
    if (!from && !inCard(event)) return;
    const to = event.relatedTarget as Node | null;
    const host = hooks.current()?.host;
    if (host && to && (to === host || host.contains(to))) return;
    const toMark = markOf(to);
    // Moving between the pieces of one mention (split across inline elements) is not leaving it.
    if (toMark && from && hooks.mentionOf(toMark) === hooks.mentionOf(from)) return;
    if (isOpenMention(toMark)) return;
    const open = hooks.current();
    hooks.hoverEnd(!!open && open.by === 'hover' && !hooks.focusInsideCard());
  });

  listen('pointerdown', (event) => {
    if (hooks.current() && !inCard(event) && !isOpenMention(markOf(event.target))) hooks.close();
  });

  listen('click', (event) => {
    const mark = markOf(event.target);
    if (!mark || hooks.trigger === 'keyboard' || insidePageControl(mark)) return;
    const open = hooks.current();
    if (open && isOpenMention(mark) && open.by === 'click') hooks.close();
    else hooks.open(mark, 'click');
  });

  listen('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && hooks.current()) {
      // Ours to handle: keep the page from also acting on it (closing its own dialog, say).
      event.preventDefault();
      event.stopPropagation();
      hooks.dismiss();
      return;
    }
    const mark = markOf(event.target);
    const activates = event.key === 'Enter' || (event.key === ' ' && mark?.getAttribute('role') === 'button');
    if (mark && activates && event.target === mark) {
      event.preventDefault();
      hooks.open(mark, 'keyboard');
    }
  });

  listen('focusin', (event) => {
    if (hooks.current() && !inCard(event) && !isOpenMention(markOf(event.target))) hooks.close();
  });
}
