/**
 * The only module that imports mark.js. Wraps a block's mentions in <backstory-mark> elements with
 * one markRanges call whose context is just that block's text nodes (mark.js re-maps its whole
 * context for every range, so a small context keeps marking linear), and takes them out again
 * restoring the page's text nodes exactly.
 *
 * Why not mark.js's unmark: it calls normalize() on each parent, which also merges text nodes the
 * page had split on purpose and drops its empty ones (frameworks keep both as anchors). Here each
 * mark remembers the text node before it (the page's original node, whose identity frameworks
 * rely on) and the split-off node after it, and unmarking folds exactly those back together.
 */
import Mark from 'mark.js';
import type { Mention } from '../matcher/types.ts';
import { MARK_TAG } from './skip.ts';
import type { Block } from './text-model.ts';

export { MARK_TAG };

/** Called for each created element; the first piece of a mention gets `first: true`. */
export type DecorateMark = (element: HTMLElement, mention: Mention, first: boolean) => void;

interface Piece {
  before: Text;
  after: Text;
  /** `before`'s text once marking finished: if the page rewrites it, the page owns that text now. */
  beforeValue: string;
}

interface MarkRange {
  start: number;
  length: number;
  index: number;
}

function isText(node: Node | null): node is Text {
  return !!node && node.nodeType === Node.TEXT_NODE;
}

/** True when the block's nodes still hold the text it was read with (the page may have moved on). */
export function isCurrent(block: Block): boolean {
  let text = '';
  for (const node of block.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === block.text;
}

export class Highlighter {
  private readonly pieces = new Map<HTMLElement, Piece>();
  /** Text nodes we split: a page writing into one is reverting us (see mutations.ts). */
  private readonly splitNodes = new WeakSet<Text>();

  get size(): number {
    return this.pieces.size;
  }

  /** Marks `mentions` (offsets into block.text). Returns the elements created, in document order. */
  mark(block: Block, mentions: readonly Mention[], decorate: DecorateMark): HTMLElement[] {
    if (mentions.length === 0 || !isCurrent(block)) return [];
    const ranges: MarkRange[] = mentions.map((mention, index) => ({
      start: mention.start,
      length: mention.end - mention.start,
      index,
    }));
    const created: HTMLElement[] = [];
    const seen = new Set<number>();
    new Mark(block.nodes as unknown as HTMLElement[]).markRanges(ranges, {
      element: MARK_TAG,
      className: MARK_TAG,
      each: (element: HTMLElement, range: unknown) => {
        const { index } = range as MarkRange;
        const before = element.previousSibling;
        const after = element.nextSibling;
        if (isText(before) && isText(after)) {
          this.pieces.set(element, { before, after, beforeValue: '' });
          this.splitNodes.add(before);
          this.splitNodes.add(after);
        }
        decorate(element, mentions[index]!, !seen.has(index));
        seen.add(index);
        created.push(element);
      },
    });
    for (const element of created) {
      const piece = this.pieces.get(element);
      if (piece) piece.beforeValue = piece.before.data;
    }
    return created;
  }

  /** True for a text node this highlighter split (its content is partly in our marks). */
  split(node: Node): boolean {
    return this.splitNodes.has(node as Text);
  }

  /** Marks under `root` (every mark when root is omitted), in document order. */
  marksWithin(root?: Node): HTMLElement[] {
    const marks = [...this.pieces.keys()].filter((mark) => !root || root.contains(mark));
    return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Removes every mark under `root` (or everywhere), restoring the text nodes exactly. */
  unmark(root?: Node): number {
    const marks = this.marksWithin(root).reverse();
    for (const mark of marks) this.restore(mark);
    return marks.length;
  }

  /** Forgets marks the page removed itself (they are gone with their subtree). */
  forgetDetached(): HTMLElement[] {
    const gone = [...this.pieces.keys()].filter((mark) => !mark.isConnected);
    for (const mark of gone) this.pieces.delete(mark);
    return gone;
  }

  private restore(mark: HTMLElement): void {
    const piece = this.pieces.get(mark);
    this.pieces.delete(mark);
    if (!mark.isConnected) return;
    const { previousSibling: before, nextSibling: after } = mark;
    if (piece && before === piece.before && after === piece.after) {
      // The page rewrote the node it owns (a framework updating its text): its value stands.
      if (piece.before.data === piece.beforeValue) piece.before.data += (mark.textContent ?? '') + piece.after.data;
      piece.after.remove();
      mark.remove();
      return;
    }
    // The page rearranged things around the mark: keep its text where it is.
    mark.replaceWith(...mark.childNodes);
  }
}
