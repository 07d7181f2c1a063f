/**
 * Which blocks go to the background's matcher: exactly those the matcher's own `mayMatch` passes
 * (the same regex, copied at build time), so a block the matcher could find something in is never
 * dropped, and a page without story text sends nothing.
 */
import { TRIGGER } from './trigger-pattern.ts';

export function mayMatter(text: string): boolean {
  return TRIGGER.test(text);
}
