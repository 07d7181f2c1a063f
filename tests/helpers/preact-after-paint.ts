/**
 * Setup for every unit test file (vitest.config.ts). Preact runs effects after paint: on the next
 * animation frame, or after a 100 ms timer that then calls cancelAnimationFrame. If a jsdom file
 * ends before that timer fires, jsdom is torn down first and the timer throws "cancelAnimationFrame
 * is not defined" as an unhandled error (seen once in `npm test`, after options.test.tsx, with every
 * test passed). A file that rendered Preact in jsdom waits the timer out before it ends.
 */
import { afterAll } from 'vitest';

const PREACT_AFTER_PAINT_MS = 100;

afterAll(async () => {
  if (typeof window === 'undefined' || typeof requestAnimationFrame !== 'function') return;
  await new Promise<void>((done) => setTimeout(done, PREACT_AFTER_PAINT_MS + 20));
});
