/**
 * Our one stylesheet in the page (page-sheet.css: the marks' focus ring and the fallback
 * highlights), added when the first mark is drawn and removed on stop. Not declared in the
 * manifest: a manifest stylesheet is in every page, and a page can detect it by styling a
 * <backstory-mark> of its own; this way a page without story text holds nothing of ours (issue 14).
 */
import pageCss from './page-sheet.css';

export const SHEET_ID = 'backstory-page-sheet';

export class PageSheet {
  #element: HTMLStyleElement | undefined;
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  /** Adds the sheet if it is not there (a page may have removed it with its own DOM). */
  ensure(): void {
    if (this.#element?.isConnected) return;
    const style = this.#doc.createElement('style');
    style.id = SHEET_ID;
    style.textContent = pageCss;
    (this.#doc.head ?? this.#doc.documentElement).append(style);
    this.#element = style;
  }

  remove(): void {
    this.#element?.remove();
    this.#element = undefined;
  }
}
