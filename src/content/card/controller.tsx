/**
 * Opens and closes the one card: delegated pointer and keyboard events on the document, so a page
 * with thousands of marks costs one listener. The dwell and grace delays are named with reasons.
 */
import type { Mention } from '../../matcher/types.ts';
import { entryById } from '../dataset.ts';
import { MARK_TAG } from '../highlighter.ts';
import { MentionCard } from './MentionCard.tsx';
import { createCardHost, type CardHost } from './mount.ts';

/** Time the pointer must rest on a mark before the card opens: long enough to skip pass-overs. */
export const DEFAULT_HOVER_DWELL_MS = 300;
/** Time to travel from the mark into the card before it closes (WCAG 1.4.13: hoverable). */
export const LEAVE_GRACE_MS = 400;

export interface CardController {
  open(mark: HTMLElement): void;
  close(): void;
}

export function startCardController(
  doc: Document,
  mentionOf: (mark: HTMLElement) => Mention | undefined,
  signal: AbortSignal,
  dwellMs = DEFAULT_HOVER_DWELL_MS,
): CardController {
  let host: CardHost | undefined;
  let openFor: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clearTimer = () => timer !== undefined && clearTimeout(timer);
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest(MARK_TAG) as HTMLElement | null) : null;

  function open(mark: HTMLElement) {
    const mention = mentionOf(mark);
    const entry = mention && entryById(mention.entry);
    if (!mention || !entry) return;
    host ??= createCardHost(doc);
    host.render(<MentionCard entry={entry} mention={mention} />);
    const rect = mark.getBoundingClientRect();
    const view = doc.defaultView!;
    host.host.style.setProperty('top', `${rect.bottom + view.scrollY + 6}px`);
    host.host.style.setProperty('left', `${Math.max(8, rect.left + view.scrollX)}px`);
    openFor = mark;
  }
  function close() {
    clearTimer();
    host?.remove();
    host = undefined;
    openFor = undefined;
  }

  const options = { signal, capture: true } as const;
  doc.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) {
      clearTimer();
      if (mark !== openFor) timer = setTimeout(() => open(mark), dwellMs);
    } else if (host && event.target === host.host) {
      clearTimer();
    }
  }, options);
  doc.addEventListener('mouseout', (event) => {
    if (markOf(event.target) || (host && event.target === host.host)) {
      clearTimer();
      if (openFor) timer = setTimeout(close, LEAVE_GRACE_MS);
    }
  }, options);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && openFor) {
      const mark = openFor;
      close();
      mark.focus();
    } else if (event.key === 'Enter') {
      const mark = markOf(event.target);
      if (mark) open(mark);
    }
  }, options);
  signal.addEventListener('abort', close, { once: true });
  return { open, close };
}
