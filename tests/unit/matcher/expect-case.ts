/** How a case of mention-cases.json or generalization-cases.json is checked against a matcher. */
import { expect } from 'vitest';
import type { Matcher } from '../../../src/matcher/index.ts';

export interface Span {
  text: string;
  entry: string;
}

/** Every expected span is found with its entry; no forbidden text is highlighted as that entry. */
export function expectCase(matcher: Matcher, c: { page: string[]; expect: Span[]; forbid?: Span[] }): void {
  const found = matcher
    .matchBlocks(c.page)
    .flat()
    .map((m) => ({ text: m.text, entry: m.entry }));
  for (const span of c.expect) expect(found).toContainEqual(span);
  for (const span of c.forbid ?? []) {
    expect(found.filter((m) => m.entry === span.entry && m.text.includes(span.text))).toEqual([]);
  }
}
