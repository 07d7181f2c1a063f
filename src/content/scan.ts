/**
 * One scan job as a resumable queue task: read the roots' blocks (observing each for page
 * evidence as it goes), then search and mark them, the part in view first. The job never marks
 * before every block has been observed, so a mention early on the page can use evidence that
 * only appears further down.
 */
import type { Task } from './queue.ts';
import { BlockReader, type Block } from './text-model.ts';

export interface ScanRoot {
  root: Node;
  /** The block its top-level text belongs to (the root itself, or a shadow root's host). */
  owner: Element;
}

export interface ScanSteps {
  /** Cheap test: could this block matter at all? (prefilter.ts) */
  relevant(text: string): boolean;
  /** Records the block's page evidence (matcher.observe). */
  observe(block: Block): void;
  /** Finds and draws the block's mentions. */
  render(block: Block): void;
  /** An open shadow root was found: the job scans it too; the engine also watches it. */
  shadowRoot(root: ShadowRoot): void;
}

/** Index of the first block whose owner reaches the viewport (blocks are in document order). */
export function firstInView(blocks: readonly Block[], view: Window | null): number {
  if (!view || blocks.length < 32) return 0;
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.owner.getBoundingClientRect().bottom < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length ? lo : 0;
}

export function scanJob(roots: ScanRoot[], steps: ScanSteps): Task {
  const pending = [...roots];
  const blocks: Block[] = [];
  let reader: BlockReader | undefined;
  let order: Block[] | undefined;
  let next = 0;
  return (sliceOver) => {
    while (!order) {
      if (!reader) {
        const root = pending.shift();
        if (!root) {
          const start = firstInView(blocks, roots[0]?.owner.ownerDocument.defaultView ?? null);
          order = [...blocks.slice(start), ...blocks.slice(0, start)];
          break;
        }
        reader = new BlockReader(root.root, root.owner);
      }
      for (const block of reader.read(sliceOver)) {
        if (!steps.relevant(block.text)) continue;
        steps.observe(block);
        blocks.push(block);
      }
      if (reader.done) {
        for (const shadow of reader.shadowRoots) {
          steps.shadowRoot(shadow);
          pending.push({ root: shadow, owner: shadow.host });
        }
        reader = undefined;
      }
      if (sliceOver()) return false;
    }
    while (next < order.length) {
      steps.render(order[next++]!);
      if (sliceOver()) return next >= order.length;
    }
    return true;
  };
}
