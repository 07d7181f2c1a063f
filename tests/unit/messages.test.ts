/** Typed messaging over the fake runtime: replies travel through sendResponse, failures come back as errors. */
import { describe, expect, it, vi } from 'vitest';
import type { BackgroundApi } from '../../src/shared/messages.ts';
import { fake } from '../helpers/fake-browser.ts';

vi.mock('../../src/shared/browser.ts', async () => (await import('../helpers/fake-browser.ts')).browserModule());

const { callBackground, serve } = await import('../../src/shared/messages.ts');

describe('serve and callBackground', () => {
  it('answers through sendResponse (the listener returns true, not a promise)', async () => {
    const stop = new AbortController();
    serve<Pick<BackgroundApi, 'ping'>>({ ping: () => 'pong' }, stop.signal);
    const returned = fake.browser.runtime.onMessage.emit({ tag: 'backstory', name: 'ping', args: [] }, {}, () => {});
    expect(returned).toEqual([true]);
    expect(await callBackground('ping')).toBe('pong');
    stop.abort();
  });

  it('turns a handler that throws into a rejected call with its message', async () => {
    const stop = new AbortController();
    serve<Pick<BackgroundApi, 'cardData'>>(
      {
        cardData: () => {
          throw new Error('no dataset yet');
        },
      },
      stop.signal,
    );
    await expect(callBackground('cardData', ['tps'])).rejects.toThrow('no dataset yet');
    stop.abort();
  });

  it('leaves messages that are not ours to other listeners', () => {
    const stop = new AbortController();
    serve<Pick<BackgroundApi, 'ping'>>({ ping: () => 'pong' }, stop.signal);
    expect(fake.browser.runtime.onMessage.emit({ name: 'ping', args: [] }, {}, () => {})).toEqual([undefined]);
    stop.abort();
  });
});
