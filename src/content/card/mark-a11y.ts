/**
 * How a mark presents itself to keyboard and screen-reader users. The first piece of each mention is
 * a button that opens a dialog (Tab reaches it, Enter or Space opens the card, aria-expanded tells
 * whether it is open). Its name stays the page's own text; the entry label is added as a description,
 * so reading the sentence aloud still reads the sentence. Inside a link or another control the mark
 * stays plain text: nesting a button there would break the page's own control.
 */
import type { Mention } from '../../matcher/types.ts';
import { t } from '../../shared/i18n.ts';

const INTERACTIVE_ANCESTOR =
  'a[href], button, label, summary, select, textarea, input, [role="button"], [role="link"], [contenteditable=""], [contenteditable="true"]';

/** Makes `mark` (the first piece of `mention`) reachable and announced as opening the card. */
export function decorateMarkForCard(mark: HTMLElement, mention: Mention, entryLabel: string | undefined): void {
  if (insidePageControl(mark)) return;
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
  // The page's own text stays the accessible name; the entry is announced after it.
  if (entryLabel && entryLabel !== mention.text)
    mark.setAttribute('aria-description', t('markDescription', entryLabel));
}

/** Keeps aria-expanded in step with the card (only on marks decorated above). */
export function setMarkExpanded(mark: HTMLElement | undefined, expanded: boolean): void {
  if (mark?.hasAttribute('aria-expanded')) mark.setAttribute('aria-expanded', String(expanded));
}

/** True when the mark sits inside one of the page's own controls, whose click must stay the page's. */
export function insidePageControl(mark: Element): boolean {
  return !!mark.parentElement?.closest(INTERACTIVE_ANCESTOR);
}
