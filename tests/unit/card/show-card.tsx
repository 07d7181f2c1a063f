/** Renders a MentionCard into the jsdom page for one test, and removes it after the test. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import { MentionCard } from '../../../src/content/card/MentionCard.tsx';
import type { Mention } from '../../../src/matcher/types.ts';
import { fakeEnv } from './fakes.ts';

/** Call at the top of a test file; returns `show(mention)`, which gives the rendered container. */
export function cardShower(): (mention: Mention) => HTMLElement {
  let container: HTMLElement | undefined;
  afterEach(() => {
    if (!container) return;
    render(null, container);
    container.remove();
    container = undefined;
  });
  return (mention) => {
    container = document.createElement('div');
    document.body.append(container);
    act(() => {
      render(<MentionCard mention={mention} env={fakeEnv()} onClose={() => {}} />, container!);
    });
    return container;
  };
}
