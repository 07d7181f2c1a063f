/**
 * The only module that imports mark.js. Wraps each pass's mentions in <backstory-mark> elements
 * with one markRanges call per block owner (never one DOM walk per keyword), and removes them
 * again, merging the split text nodes back (mark.js unmark normalises the parents).
 */
import Mark from 'mark.js';
import type { Mention } from '../matcher/types.ts';
import { offsetInOwner, type Block } from './text-model.ts';

export const MARK_TAG = 'backstory-mark';

/** Called for each created element; the first piece of a mention gets `first: true`. */
export type DecorateMark = (element: HTMLElement, mention: Mention, first: boolean) => void;

interface MentionRange {
  start: number;
  length: number;
  mention: Mention;
}

/** Marks the mentions found in one block. Returns the elements created, in document order. */
export function markBlock(block: Block, mentions: readonly Mention[], decorate: DecorateMark): HTMLElement[] {
  if (mentions.length === 0) return [];
  const base = offsetInOwner(block.owner, block.first);
  const ranges: MentionRange[] = mentions.map((mention) => ({
    start: base + mention.start,
    length: mention.end - mention.start,
    mention,
  }));
  const created: HTMLElement[] = [];
  const seen = new Set<Mention>();
  new Mark(block.owner as HTMLElement).markRanges(ranges, {
    element: MARK_TAG,
    className: 'backstory-mark',
    each(element: HTMLElement, range: unknown) {
      const { mention } = range as MentionRange;
      decorate(element, mention, !seen.has(mention));
      seen.add(mention);
      created.push(element);
    },
  });
  return created;
}

/** Removes every mark under `root` and merges the text nodes mark.js split. */
export function unmarkAll(root: Element): void {
  new Mark(root as HTMLElement).unmark({ element: MARK_TAG, className: 'backstory-mark' });
}
