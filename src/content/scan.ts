/**
 * One scan job as a resumable queue task, in phases that never interleave DOM reads and writes:
 *   read    walk the roots into blocks, keeping those that pass the trigger test;
 *   match   send them to the background's matcher in one request and wait (docs/adr/0007);
 *   find    turn its answer into plans, the part in view first (pure: no DOM);
 *   inspect read what drawing needs from layout and style (visibility, dark background);
 *   draw    mark (the only DOM writes).
 * Reading computed style after a write forces the browser to recompute style for the document,
 * so asking once per block between marks costs seconds on a large page; here all reads of a job
 * come before its first write. The matcher sees every block of the pass before judging any, so a
 * mention early on the page can use evidence that only appears further down.
 */
import { isPastNearZone, reachesNearZone } from './near-view.ts';
import type { Task } from './queue.ts';
import { BlockReader, type Block } from './text-model.ts';

/**
 * Time one task may spend drawing. Every task that writes marks is followed by a rendering update
 * of the whole document (style, layout, pre-paint: 10–20 ms on a 1 MB page, however few marks
 * changed), so drawing in 6 ms slices spent three times more in rendering than in drawing. Fewer,
 * longer drawing tasks pay that update a few times only, and still stay under the 50 ms long-task line.
 */
export const DRAW_SLICE_MS = 30;

export interface ScanRoot {
  root: Node;
  /** The block its top-level text belongs to (the root itself, or a shadow root's host). */
  owner: Element;
}

export interface ScanSteps<Plan> {
  /** Cheap test: could this block matter at all? (the matcher's own trigger, see trigger.ts) */
  relevant(text: string): boolean;
  /** Matches every kept block (not called when none was kept); `find` reads the answer. */
  match(blocks: readonly Block[]): Promise<void>;
  /** One block's plan from the answer; undefined when there is nothing to draw. `false` stops (page cap). */
  find(block: Block): Plan | undefined | false;
  /**
   * Reads from the DOM what drawing the plan needs. `near`: the block lies within a screen of the
   * viewport (undefined when the job did not work it out, on pages of few blocks).
   */
  inspect(plan: Plan, near: boolean | undefined): void;
  /** Draws the plan (DOM writes). */
  draw(plan: Plan): void;
  /** An open shadow root was found: the job scans it too; the engine also watches it. */
  shadowRoot(root: ShadowRoot): void;
}

/**
 * Index of the first block whose owner's box satisfies `reached`, by binary search: blocks are in
 * document order, which on nearly every page runs down the page. Where it does not (columns,
 * positioned boxes, shadow roots read last), a near block counted as far is drawn a frame later by
 * the IntersectionObserver that watches parked plans (near-view.ts).
 */
function firstReaching(blocks: readonly Block[], reached: (box: DOMRect) => boolean): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(blocks[mid]!.owner.getBoundingClientRect())) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Where the viewport is among the blocks: `start` is the first in view; [from, to) are near it. */
export interface ViewSpan {
  start: number;
  from: number;
  to: number;
}

/** A few dozen box reads instead of one per block; undefined for a page of few blocks. */
export function viewSpan(blocks: readonly Block[], view: Window | null): ViewSpan | undefined {
  if (!view || blocks.length < 32) return undefined;
  const height = view.innerHeight;
  const start = firstReaching(blocks, (box) => box.bottom >= 0);
  return {
    start: start < blocks.length ? start : 0,
    from: firstReaching(blocks, (box) => reachesNearZone(box, height)),
    to: firstReaching(blocks, (box) => isPastNearZone(box, height)),
  };
}

/**
 * Items between two looks at the clock: most steps take microseconds and performance.now() costs
 * about as much, while a step that takes long (a big block's search) is rare.
 */
const CLOCK_EVERY = 4;

/** Runs `step` over `items` from `state.at`, stopping when the slice is over; true when done. */
function each<T>(
  items: readonly T[],
  state: { at: number },
  sliceOver: () => boolean,
  step: (item: T) => boolean | void,
): boolean {
  let count = 0;
  while (state.at < items.length) {
    if (step(items[state.at++]!) === false) {
      state.at = items.length;
      return true;
    }
    if (++count % CLOCK_EVERY === 0 && sliceOver()) return state.at >= items.length;
  }
  return true;
}

export function scanJob<Plan>(roots: ScanRoot[], steps: ScanSteps<Plan>): Task {
  const pending = [...roots];
  const blocks: Block[] = [];
  const plans: Plan[] = [];
  /** Per plan: its block lies near the viewport (see viewSpan). */
  const nearPlans: (boolean | undefined)[] = [];
  let span: ViewSpan | undefined;
  let reader: BlockReader | undefined;
  let phase: 'read' | 'match' | 'find' | 'inspect' | 'draw' = 'read';
  let matching: Promise<void> | undefined;
  let matched = false;
  let order: Block[] = [];
  const cursor = { at: 0 };
  const next = (to: typeof phase) => {
    phase = to;
    cursor.at = 0;
  };
  return (sliceOver) => {
    while (phase === 'read') {
      if (!reader) {
        const root = pending.shift();
        if (!root) {
          span = viewSpan(blocks, roots[0]?.owner.ownerDocument.defaultView ?? null);
          const start = span?.start ?? 0;
          order = [...blocks.slice(start), ...blocks.slice(0, start)];
          next(blocks.length > 0 ? 'match' : 'draw');
          break;
        }
        // The reader drops irrelevant blocks itself, before they become objects.
        reader = new BlockReader(root.root, root.owner, steps.relevant);
      }
      for (const block of reader.read(sliceOver)) blocks.push(block);
      if (reader.done) {
        for (const shadow of reader.shadowRoots) {
          steps.shadowRoot(shadow);
          pending.push({ root: shadow, owner: shadow.host });
        }
        reader = undefined;
      }
      if (sliceOver()) return false;
    }
    if (phase === 'match') {
      if (!matching) {
        // A failed request leaves nothing to find: the job still ends, so the queue goes idle.
        const settle = () => {
          matched = true;
        };
        matching = steps.match(blocks).then(settle, settle);
      }
      if (!matched) return matching;
      next('find');
    }
    if (phase === 'find') {
      const done = each(order, cursor, sliceOver, (block) => {
        const plan = steps.find(block);
        if (plan === false) return false;
        if (plan === undefined) return;
        plans.push(plan);
        if (!span) return void nearPlans.push(undefined);
        // cursor.at is one past this block in `order`; its index in `blocks`:
        const index = (cursor.at - 1 + span.start) % blocks.length;
        nearPlans.push(index >= span.from && index < span.to);
      });
      if (!done) return false;
      next('inspect');
    }
    if (phase === 'inspect') {
      if (!each(plans, cursor, sliceOver, (plan) => steps.inspect(plan, nearPlans[cursor.at - 1]))) return false;
      next('draw');
    }
    const drawEnd = performance.now() + DRAW_SLICE_MS;
    return each(
      plans,
      cursor,
      () => performance.now() >= drawEnd,
      (plan) => steps.draw(plan),
    );
  };
}
