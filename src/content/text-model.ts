/**
 * Turns a DOM subtree into blocks for the matcher. A block is the run of visible text under one
 * block-level element (its owner), so "<b>22</b> senators" is one block "22 senators". A skipped
 * subtree (editable, code, hidden, ours) or a nested block ends the current block.
 *
 * The walk is one depth-first pass with a TreeWalker that can stop at any node and resume later
 * (the scan runs in frame-sized slices), prunes skipped subtrees without entering them, and notes
 * open shadow roots on the way.
 */
import { INLINE_TAG, SHADOW_HOST_TAG, SKIPPED_TAG, skippedByAttribute, tagFlags } from './skip.ts';

export interface Block {
  /** The block-level element whose text this is. */
  owner: Element;
  /** The block's text nodes in order; `text` is their concatenation. */
  nodes: Text[];
  text: string;
}

/** How often (in nodes) the walk asks whether its slice is over: reading the clock costs too. */
const CLOCK_EVERY = 64;

/** Which finished blocks a reader returns (besides dropping whitespace-only ones). */
export type KeepBlock = (text: string) => boolean;
const keepAll: KeepBlock = () => true;

export class BlockReader {
  readonly shadowRoots: ShadowRoot[] = [];
  done = false;
  readonly #root: Node;
  readonly #owner: Element;
  readonly #keep: KeepBlock;
  readonly #walker: TreeWalker;
  #started = false;
  #next: Node | null = null;
  /** The last element the walk entered and what its tag says: often the next text node's parent. */
  #lastElement: Node | null = null;
  #lastElementInline = false;
  /** The last text node's parent and its block owner: siblings and cousins share them. */
  #lastParent: Node | null = null;
  #lastOwner: Element;
  /**
   * The block being read, kept in fields and only made into a Block when it ends and is kept:
   * most blocks are single text nodes the caller does not want (quiet text, whitespace).
   */
  #currentOwner: Element | null = null;
  #currentFirst: Text | null = null;
  #currentNodes: Text[] | null = null;
  #currentText = '';

  /**
   * `root` is scanned itself; `owner` is the block its top-level text belongs to. `keep` lets the
   * caller drop blocks it would throw away anyway (e.g. the matcher's quiet-block test) before
   * they cost a Block and a node array.
   */
  constructor(root: Node, owner: Element, keep: KeepBlock = keepAll) {
    this.#root = root;
    this.#owner = owner;
    this.#keep = keep;
    const doc = root.ownerDocument ?? (root as Document);
    this.#walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    this.#lastOwner = owner;
  }

  /**
   * Reads on until the walk ends or `sliceOver()` says to stop; returns the blocks completed so
   * far (whitespace-only blocks dropped). A block still growing is returned by a later call.
   *
   * One nextNode() per node (the walker's own C++ iteration); a text node's owner comes from its
   * parent (cached while the parent repeats) rather than from a stack kept on entering and
   * leaving elements, which would cost a walker call per step in and out.
   */
  read(sliceOver: () => boolean = () => false): Block[] {
    const out: Block[] = [];
    const walker = this.#walker;
    let node = this.#started ? this.#next : this.#first();
    let count = 0;
    while (node) {
      if (++count % CLOCK_EVERY === 0 && sliceOver()) {
        this.#next = node;
        return out;
      }
      // Text nodes have no localName (it is an Element property): one read tells text from
      // element and gives the tag, instead of a nodeType read on every node.
      const tag = (node as Partial<Element>).localName;
      if (tag === undefined) {
        const parent = node.parentNode!;
        if (parent !== this.#lastParent) {
          this.#lastParent = parent;
          this.#lastOwner = this.#ownerOf(parent);
        }
        const owner = this.#lastOwner;
        const data = (node as Text).data;
        if (owner === this.#currentOwner) {
          (this.#currentNodes ??= [this.#currentFirst!]).push(node as Text);
          this.#currentText += data;
        } else {
          this.#finish(out);
          this.#currentOwner = owner;
          this.#currentFirst = node as Text;
          this.#currentText = data;
        }
        node = walker.nextNode();
        continue;
      }
      const element = node as Element;
      const flags = tagFlags(tag);
      if (flags & SKIPPED_TAG || skippedByAttribute(element)) {
        this.#finish(out);
        node = this.#pastSubtree(element);
        continue;
      }
      this.#lastElement = element;
      this.#lastElementInline = (flags & INLINE_TAG) !== 0;
      if (flags & SHADOW_HOST_TAG) {
        const shadow = element.shadowRoot;
        if (shadow) this.shadowRoots.push(shadow);
      }
      node = walker.nextNode();
    }
    this.#next = null;
    this.done = true;
    this.#finish(out);
    return out;
  }

  #first(): Node | null {
    this.#started = true;
    this.#walker.currentNode = this.#root;
    return this.#walker.nextNode();
  }

  /** The nearest block-level element at or above `parent`, or the reader's owner once at the root. */
  #ownerOf(parent: Node): Element {
    let element = parent;
    if (element === this.#lastElement) {
      if (!this.#lastElementInline) return element as Element;
      element = element.parentNode!;
    }
    while (element !== this.#root) {
      if (!(tagFlags((element as Element).localName) & INLINE_TAG)) return element as Element;
      element = element.parentNode!;
    }
    return this.#owner;
  }

  /** The node after `element`'s subtree in document order (null past the root's end). */
  #pastSubtree(element: Element): Node | null {
    const walker = this.#walker;
    walker.currentNode = element;
    for (;;) {
      const sibling = walker.nextSibling();
      if (sibling) return sibling;
      const parent = walker.parentNode();
      if (!parent || parent === this.#root) return null;
    }
  }

  /** Ends the current block: out it goes unless it is blank or the caller does not want it. */
  #finish(out: Block[]): void {
    const owner = this.#currentOwner;
    if (!owner) return;
    const text = this.#currentText;
    if (!isBlank(text) && this.#keep(text))
      out.push({ owner, nodes: this.#currentNodes ?? [this.#currentFirst!], text });
    this.#currentOwner = null;
    this.#currentFirst = null;
    this.#currentNodes = null;
    this.#currentText = '';
  }
}

/** Whitespace only (as String.prototype.trim sees it); most text starts with a visible ASCII character. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.trim() === '';
}

/** Every block under `root` in one go (tests, small subtrees). */
export function readBlocks(root: Node, owner: Element = root as Element, keep?: KeepBlock): Block[] {
  return new BlockReader(root, owner, keep).read();
}
