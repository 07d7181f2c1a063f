/**
 * One MutationObserver for the document and every open shadow root we scanned. Records are
 * batched (one flush per frame), reduced to the smallest set of block-level regions that changed
 * (nested and duplicate additions dropped, our own nodes ignored), and a batch too big to reason
 * about becomes "rescan everything". It also spots a page reverting our marks: our marks removed
 * and the same text put back (a framework re-rendering), or the page writing into a text node we
 * split.
 */
import { CARD_TAG, MARK_TAG, blockOwner, composedParent, isInSkippedSubtree } from './skip.ts';

/** Past this many added nodes in one batch, rescanning the whole document is cheaper than sorting. */
export const HUGE_MUTATION = 1000;
/** Delay that coalesces a burst of mutations into one batch (about a frame). */
export const BATCH_MS = 16;

export interface MutationPlan {
  /** Block-level elements to unmark and rescan, none inside another. */
  regions: Element[];
  /** Elements under which the page undid our marks. */
  reverts: Element[];
  huge: boolean;
}

const isOurs = (node: Node): boolean => {
  const name = (node as Element).localName;
  return name === MARK_TAG || name === CARD_TAG;
};

function containsMark(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  return isOurs(node) || !!(node as Element).querySelector(MARK_TAG);
}

function insideCard(node: Node): boolean {
  for (
    let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParent(node);
    element;
    element = composedParent(element)
  ) {
    if (element.localName === CARD_TAG) return true;
  }
  return false;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Drops regions inside another region (and duplicates); keeps document order. */
export function outermost(elements: Iterable<Element>): Element[] {
  const sorted = [...new Set(elements)].sort((a, b) =>
    a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  const kept: Element[] = [];
  for (const element of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.contains(element)) continue;
    kept.push(element);
  }
  return kept;
}

/** Turns a batch of records into what to rescan. `splitByUs` says whether we split a text node. */
export function planMutations(records: readonly MutationRecord[], splitByUs: (node: Node) => boolean): MutationPlan {
  const changed = new Set<Node>();
  const reverts = new Set<Element>();
  const removedText = new Map<Node, string>();
  const addedText = new Map<Node, string>();
  let added = 0;
  for (const record of records) {
    const target = record.target;
    if (insideCard(target)) continue;
    if (record.type === 'characterData') {
      if (splitByUs(target)) {
        const owner = blockOwner(target);
        if (owner) reverts.add(owner);
      }
      changed.add(target);
      continue;
    }
    const removed = [...record.removedNodes];
    if (removed.some(containsMark)) {
      removedText.set(target, (removedText.get(target) ?? '') + removed.map((node) => node.textContent ?? '').join(''));
    }
    for (const node of record.addedNodes) {
      if (isOurs(node)) continue;
      added++;
      addedText.set(target, (addedText.get(target) ?? '') + (node.textContent ?? ''));
      changed.add(node);
    }
  }
  for (const [target, text] of removedText) {
    const back = addedText.get(target);
    if (back !== undefined && squash(back) === squash(text) && target.nodeType === Node.ELEMENT_NODE)
      reverts.add(target as Element);
  }
  if (added > HUGE_MUTATION) return { regions: [], reverts: [...reverts], huge: true };
  const owners: Element[] = [];
  for (const node of changed) {
    if (!node.isConnected || isInSkippedSubtree(node)) continue;
    const owner = blockOwner(node);
    if (owner) owners.push(owner);
  }
  return { regions: outermost(owners), reverts: [...reverts], huge: false };
}

export class PageObserver {
  readonly #observer: MutationObserver;
  #pending: MutationRecord[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #onBatch: (records: MutationRecord[]) => void;

  constructor(onBatch: (records: MutationRecord[]) => void) {
    this.#onBatch = onBatch;
    this.#observer = new MutationObserver((records) => {
      this.#pending.push(...records);
      this.#timer ??= setTimeout(() => this.flush(), BATCH_MS);
    });
  }

  observe(root: Node): void {
    this.#observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Discards the records of changes we just made ourselves (called right after our own DOM writes). */
  dropOwnRecords(): void {
    this.#observer.takeRecords();
  }

  /** Delivers what the page changed before our next DOM write (so it is not mistaken for ours). */
  takePageRecords(): void {
    this.#pending.push(...this.#observer.takeRecords());
  }

  flush(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    const records = [...this.#pending, ...this.#observer.takeRecords()];
    this.#pending = [];
    if (records.length > 0) this.#onBatch(records);
  }

  disconnect(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
    this.#observer.disconnect();
  }
}
