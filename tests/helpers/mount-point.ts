/**
 * A fresh element for each component test to render into, with the fake browser reset before
 * each test and the rendered tree unmounted after it.
 */

/**
 * Preact runs effects after paint: on the next animation frame, or after a 100 ms timer that then
 * calls cancelAnimationFrame. If jsdom is torn down before that timer fires, it throws
 * "cancelAnimationFrame is not defined" as an unhandled error (seen once in `npm test` on
 * options.test.tsx, every test passed). Waiting out the timer before the file ends avoids it.
 */
const PREACT_AFTER_PAINT_MS = 100;
import { render } from 'preact';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { fake, resetFake } from './fake-browser.ts';

export function useMountPoint(): { readonly element: HTMLElement } {
  let element: HTMLElement | undefined;
  beforeEach(async () => {
    await fake.settle();
    resetFake();
    element = document.createElement('main');
    document.body.append(element);
  });
  afterEach(() => {
    if (!element) return;
    render(null, element);
    element.remove();
  });
  afterAll(() => new Promise<void>((done) => setTimeout(done, PREACT_AFTER_PAINT_MS + 20)));
  return {
    get element() {
      if (!element) throw new Error('the mount point exists only inside a test');
      return element;
    },
  };
}
