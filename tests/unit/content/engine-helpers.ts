/** What the engine tests share: a mark look, and waiting for a condition the engine reaches later. */
import type { EngineOptions } from '../../../src/content/engine.ts';

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
