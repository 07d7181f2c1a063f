/**
 * The card's one host: <backstory-card> with an open shadow root holding our stylesheet, so page
 * CSS cannot reach in and ours cannot leak out. Created when a card opens, removed when it closes.
 */
import { render, type ComponentChild } from 'preact';
import { CARD_TAG } from '../skip.ts';
import cardCss from './card.css';

export type CardTheme = 'auto' | 'light' | 'dark';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  render(content: ComponentChild): void;
  remove(): void;
}

export function createCardHost(doc: Document, theme: CardTheme = 'auto'): CardHost {
  const host = doc.createElement(CARD_TAG);
  // Fixed, out of flow and hidden until placed: opening the card never moves the page's layout,
  // never grows its scroll area, and never flashes at the top-left corner.
  host.setAttribute(
    'style',
    'all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; visibility: hidden;',
  );
  // 'auto' follows prefers-color-scheme in card.css; a class forces either theme.
  if (theme !== 'auto') host.className = `theme-${theme}`;
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  const mountPoint = doc.createElement('div');
  root.append(style, mountPoint);
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    root,
    render: (content) => render(content, mountPoint),
    remove() {
      render(null, mountPoint);
      host.remove();
    },
  };
}
