/**
 * Turns a DOM subtree into blocks for the matcher. A block is the run of visible text under one
 * block-level element (its owner), so "<b>22</b> senators" is one block "22 senators". A skipped
 * subtree (editable, code, hidden, ours) or a nested block ends the current block.
 *
 * The walk is one depth-first pass with a TreeWalker that can stop at any node and resume later
 * (the scan runs in frame-sized slices), prunes skipped subtrees without entering them, and notes
 * open shadow roots on the way.
 */
import { INLINE, skipsSubtree } from './skip.ts';

export interface Block {
  /** The block-level element whose text this is. */
  owner: Element;
  /** The block's text nodes in order; `text` is their concatenation. */
  nodes: Text[];
  text: string;
}

/** How often (in nodes) the walk asks whether its slice is over: reading the clock costs too. */
const CLOCK_EVERY = 64;

export class BlockReader {
  readonly shadowRoots: ShadowRoot[] = [];
  private readonly walker: TreeWalker;
  /** Owner of each open element on the path from the root to the current node. */
  private readonly owners: Element[];
  private current: Block | null = null;
  private started = false;
  private next: Node | null = null;
  done = false;

  /** `root` is scanned itself; `owner` is the block its top-level text belongs to. */
  constructor(private readonly root: Node, owner: Element) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.owners = [owner];
  }

  /**
   * Reads on until the walk ends or `sliceOver()` says to stop; returns the blocks completed so
   * far (whitespace-only blocks dropped). A block still growing is returned by a later call.
   */
  read(sliceOver: () => boolean = () => false): Block[] {
    const out: Block[] = [];
    const owners = this.owners;
    let node = this.started ? this.next : this.first();
    let count = 0;
    while (node) {
      if (++count % CLOCK_EVERY === 0 && sliceOver()) {
        this.next = node;
        return out;
      }
      if (node.nodeType === Node.TEXT_NODE) {
        this.addText(node as Text, owners[owners.length - 1]!, out);
        node = this.advance(node);
      } else {
        node = this.enter(node as Element, out);
      }
    }
    this.next = null;
    this.done = true;
    this.finish(out);
    return out;
  }

  private first(): Node | null {
    this.started = true;
    this.walker.currentNode = this.root;
    return this.walker.firstChild();
  }

  /** The node after `node`'s subtree in document order, leaving the elements it climbs out of. */
  private advance(node: Node): Node | null {
    const walker = this.walker;
    walker.currentNode = node;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent || parent === this.root) return null;
      this.leave();
    }
  }

  /** Handles an element: skip its subtree, or descend into it (noting a shadow root). */
  private enter(element: Element, out: Block[]): Node | null {
    if (skipsSubtree(element)) {
      this.finish(out);
      return this.advance(element);
    }
    const shadow = element.shadowRoot;
    if (shadow) this.shadowRoots.push(shadow);
    const owner = INLINE.has(element.localName) ? this.owners[this.owners.length - 1]! : element;
    this.walker.currentNode = element;
    const child = this.walker.firstChild();
    if (!child) return this.advance(element);
    this.owners.push(owner);
    return child;
  }

  private leave(): void {
    this.owners.pop();
  }

  private addText(node: Text, owner: Element, out: Block[]): void {
    const current = this.current;
    if (current && current.owner === owner) {
      current.nodes.push(node);
      current.text += node.data;
      return;
    }
    this.finish(out);
    this.current = { owner, nodes: [node], text: node.data };
  }

  private finish(out: Block[]): void {
    const current = this.current;
    this.current = null;
    if (current && current.text.trim() !== '') out.push(current);
  }
}

/** Every block under `root` in one go (tests, small subtrees). */
export function readBlocks(root: Node, owner: Element = root as Element): Block[] {
  return new BlockReader(root, owner).read();
}
