/** Page styling for the extension's own pages: one stylesheet text per page and the theme setting. */
import type { Settings } from '../shared/settings-defaults.ts';

export function addStyles(doc: Document, ...sheets: string[]): void {
  for (const css of sheets) {
    const style = doc.createElement('style');
    style.textContent = css;
    doc.head.append(style);
  }
}

/** 'auto' follows prefers-color-scheme (in base.css); light or dark force it. */
export function applyTheme(doc: Document, theme: Settings['theme']): void {
  doc.documentElement.dataset.theme = theme;
}
