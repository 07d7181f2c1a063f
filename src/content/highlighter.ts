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
// The ES2015 build of the same release: the default ('main') build is transpiled to ES5 with
// helpers, 0.6 KB more in the gzipped content script, which has a 20 KB budget. The content
// script's build keeps only what markRanges without iframes runs (build/mark-js-subset.ts): any
// other mark.js call here would need its methods back there.
import Mark from 'mark.js/dist/mark.es6.js';
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

type IteratorFilter = ((node: Node) => number) | { acceptNode(node: Node): number } | null;

/**
 * What mark.js gets instead of a NodeIterator: the same walk (root included, whatToShow, the
 * filter's skip and reject both meaning "not this node"), taken as a snapshot.
 *
 * Why: mark.js creates one NodeIterator per context on every call and never lets go of them. A
 * document keeps every NodeIterator alive until a full garbage collection and must tell each of
 * them about every node removed, so after a few thousand iterators each splitText/replaceChild of
 * ours (and of the page) costs 20× more: with the page's 1000 marks, drawing took most of the scan.
 * mark.js only walks an iterator once, forwards, before changing anything, so a snapshot is exact.
 */
function snapshotIterator(
  root: Node,
  whatToShow: number,
  filter: IteratorFilter,
): Pick<NodeIterator, 'nextNode' | 'previousNode'> {
  const accept = !filter
    ? () => NodeFilter.FILTER_ACCEPT
    : typeof filter === 'function'
      ? filter
      : (node: Node) => filter.acceptNode(node);
  const nodes: Node[] = [];
  const consider = (node: Node) => {
    if (whatToShow & (1 << (node.nodeType - 1)) && accept(node) === NodeFilter.FILTER_ACCEPT) nodes.push(node);
  };
  consider(root);
  if (root.firstChild) {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, whatToShow);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) consider(node);
  }
  let at = 0;
  return {
    nextNode: () => (at < nodes.length ? nodes[at++]! : null),
    previousNode: () => (at > 0 ? nodes[--at]! : null),
  };
}

/**
 * Runs `work` (a mark.js call) with the snapshot iterator in place of `document.createNodeIterator`,
 * which is what mark.js calls (its iterator class is internal). The override is an own property of
 * our `document` object for the length of one synchronous call: the page never sees it (content
 * scripts have their own DOM wrappers) and nothing else runs meanwhile.
 */
function withSnapshotIterators<T>(work: () => T): T {
  const doc = document as Document & { createNodeIterator: unknown };
  Object.defineProperty(doc, 'createNodeIterator', { configurable: true, writable: true, value: snapshotIterator });
  try {
    return work();
  } finally {
    delete (doc as Partial<typeof doc>).createNodeIterator;
  }
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
  readonly #pieces = new Map<HTMLElement, Piece>();
  /** Text nodes we split: a page writing into one is reverting us (see mutations.ts). */
  readonly #splitNodes = new WeakSet<Text>();

  get size(): number {
    return this.#pieces.size;
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
    withSnapshotIterators(() =>
      new Mark(block.nodes as unknown as HTMLElement[]).markRanges(ranges, {
        element: MARK_TAG,
        className: MARK_TAG,
        each: (element: HTMLElement, range: unknown) => {
          const { index } = range as MarkRange;
          const before = element.previousSibling;
          const after = element.nextSibling;
          if (isText(before) && isText(after)) {
            this.#pieces.set(element, { before, after, beforeValue: '' });
            this.#splitNodes.add(before);
            this.#splitNodes.add(after);
          }
          decorate(element, mentions[index]!, !seen.has(index));
          seen.add(index);
          created.push(element);
        },
      }),
    );
    for (const element of created) {
      const piece = this.#pieces.get(element);
      if (piece) piece.beforeValue = piece.before.data;
    }
    return created;
  }

  /** True for a text node this highlighter split (its content is partly in our marks). */
  split(node: Node): boolean {
    return this.#splitNodes.has(node as Text);
  }

  /** Marks under `root` (every mark when root is omitted), in document order. */
  marksWithin(root?: Node): HTMLElement[] {
    const marks = [...this.#pieces.keys()].filter((mark) => !root || root.contains(mark));
    return marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }

  /** Removes every mark under `root` (or everywhere), restoring the text nodes exactly. */
  unmark(root?: Node): number {
    const marks = this.marksWithin(root).reverse();
    for (const mark of marks) this.#restore(mark);
    return marks.length;
  }

  /** Removes the marks `test` picks, wherever they are, restoring their text nodes exactly. */
  unmarkWhere(test: (mark: HTMLElement) => boolean): number {
    const marks = this.marksWithin().filter(test).reverse();
    for (const mark of marks) this.#restore(mark);
    return marks.length;
  }

  /** Forgets marks the page removed itself (they are gone with their subtree). */
  forgetDetached(): HTMLElement[] {
    const gone = [...this.#pieces.keys()].filter((mark) => !mark.isConnected);
    for (const mark of gone) this.#pieces.delete(mark);
    return gone;
  }

  #restore(mark: HTMLElement): void {
    const piece = this.#pieces.get(mark);
    this.#pieces.delete(mark);
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
