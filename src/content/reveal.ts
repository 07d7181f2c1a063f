/**
 * The popup's "go to this mention": scrolls to the next occurrence of an entry (one past the last
 * one shown, wrapping round) and flashes it. Flashing uses the Web Animations API on the mark's
 * box-shadow (outline is pinned !important by mark-style.ts, and !important beats animations), so
 * no stylesheet or page text changes, layout never moves, and nothing is left behind.
 */
import type { Mention } from '../matcher/types.ts';
import { MARK_TAG } from './highlighter.ts';

/** Last occurrence shown per entry, so pressing again goes on to the next one. */
const lastShown = new Map<string, number>();

export const FLASH_MS = 1600;

/** The first piece of each mention of `entry`, in document order. */
function occurrences(
  doc: Document,
  entry: string,
  mentionOf: (mark: HTMLElement) => Mention | undefined,
): HTMLElement[][] {
  const byMention = new Map<Mention | HTMLElement, HTMLElement[]>();
  for (const mark of doc.querySelectorAll<HTMLElement>(MARK_TAG)) {
    if (mark.dataset.entry !== entry) continue;
    const key = mentionOf(mark) ?? mark;
    const pieces = byMention.get(key);
    if (pieces) pieces.push(mark);
    else byMention.set(key, [mark]);
  }
  return [...byMention.values()];
}

export function revealMention(
  doc: Document,
  entry: string,
  mentionOf: (mark: HTMLElement) => Mention | undefined,
): { index: number; total: number } {
  const all = occurrences(doc, entry, mentionOf);
  if (all.length === 0) return { index: 0, total: 0 };
  const next = ((lastShown.get(entry) ?? -1) + 1) % all.length;
  lastShown.set(entry, next);
  const pieces = all[next]!;
  const reduceMotion = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  pieces[0]!.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
  for (const piece of pieces) {
    piece.animate?.(
      [{ boxShadow: '0 0 0 4px rgba(234, 179, 8, 0.95)' }, { boxShadow: '0 0 0 4px rgba(234, 179, 8, 0)' }],
      { duration: FLASH_MS, iterations: 1, easing: 'ease-out' },
    );
  }
  return { index: next + 1, total: all.length };
}
