/**
 * A fresh element for each component test to render into, with the fake browser reset before
 * each test and the rendered tree unmounted after it.
 */

import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';
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
  return {
    get element() {
      if (!element) throw new Error('the mount point exists only inside a test');
      return element;
    },
  };
}
