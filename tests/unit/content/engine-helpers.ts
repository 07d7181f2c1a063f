/** What the engine tests share: engine options on this document, and waiting for what comes later. */
import type { EngineOptions } from '../../../src/content/engine.ts';
import { fakeMatcher, matchThrough } from './fake-matcher.ts';

export const LOOK: EngineOptions['look'] = {
  highlightStyle: 'underline',
  colors: { numbers: '#b45309', organizations: '#1d4ed8', people: '#7e22ce', places: '#047857' },
};

/** Polls `check` every 5 ms; rejects naming `what` after `timeoutMs`. */
export function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error(`timed out waiting for ${what}`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** Options for an engine on this document with the fake matcher, marking every mention it finds. */
export function testEngineOptions(overrides: Partial<EngineOptions> = {}): EngineOptions {
  return {
    doc: document,
    match: matchThrough(fakeMatcher()),
    relevant: () => true,
    accept: () => true,
    category: () => 'numbers',
    look: LOOK,
    decorate: (element, mention) => {
      element.dataset.entry = mention.entry;
    },
    isAlive: () => true,
    queue: { schedule: (run) => setTimeout(run, 0), sliceMs: 4 },
    ...overrides,
  };
}
