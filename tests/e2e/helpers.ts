/** Page-side helpers shared by e2e tests (run inside the page through evaluate). */
import type { E2EPage } from './harness/session.ts';
import { poll } from './harness/session.ts';

export interface MarkInfo {
  text: string;
  entry: string;
}

/** Every mention on the page: consecutive pieces of one split mention are joined. */
export function readMarks(page: E2EPage): Promise<MarkInfo[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('backstory-mark')].map((mark) => ({
      text: mark.textContent ?? '',
      entry: (mark as HTMLElement).dataset.entry ?? '',
    })),
  );
}

/** Text of the open card's shadow root, or null when no card is open. */
export function cardText(page: E2EPage): Promise<string | null> {
  return page.evaluate(() => document.querySelector('backstory-card')?.shadowRoot?.textContent ?? null);
}

export function waitForCard(page: E2EPage, open = true): Promise<string | null> {
  return poll(() => cardText(page), (text) => (open ? !!text : text === null));
}
