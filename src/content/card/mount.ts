/**
 * The card's one host: <backstory-card> with an open shadow root holding our stylesheet, so page
 * CSS cannot reach in and ours cannot leak out. Created on first use, removed on teardown.
 */
import { render, type ComponentChild } from 'preact';
import cardCss from './card.css';

export const CARD_TAG = 'backstory-card';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  render(content: ComponentChild): void;
  remove(): void;
}

export function createCardHost(doc: Document): CardHost {
  const host = doc.createElement(CARD_TAG);
  // Keep the host out of the page's layout: it is positioned, never in flow.
  host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = cardCss;
  root.append(style);
  const mountPoint = doc.createElement('div');
  root.append(mountPoint);
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
