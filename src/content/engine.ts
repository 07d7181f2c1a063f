/**
 * Highlighting on one document: the first scan, keeping up with the page's changes, falling back
 * to DOM-free highlights where the page fights our marks, and letting go completely when stopped.
 * Everything it does is undone by stop(); the composition root (index.ts) wires it to settings.
 */
import type { Matcher, Mention, Sensitivity } from '../matcher/types.ts';
import type { Category } from '../shared/dataset-schema.ts';
import { Highlighter, type DecorateMark } from './highlighter.ts';
import { isDarkAround, styleMark, type MarkLook } from './mark-style.ts';
import { PageObserver, planMutations } from './mutations.ts';
import { isNear, NearView } from './near-view.ts';
import { HighlightPainter } from './painter.ts';
import { FrameQueue, type QueueOptions, type Task } from './queue.ts';
import { DRAW_SLICE_MS, scanJob, type ScanRoot } from './scan.ts';
import { blockOwner, composedParent } from './skip.ts';
import type { Block } from './text-model.ts';

/** A block with more mentions than this is a list of names, not prose: the rest stay plain. */
export const MAX_MENTIONS_PER_BLOCK = 20;
/**
 * Highlights per document. Past this a reader gains nothing, and every mark is DOM the page
 * carries; the part in view is marked first, so the cap never costs what the reader sees.
 */
export const MAX_MENTIONS_PER_PAGE = 1000;
/** The page undoing our marks this many times under one element means "stop touching its DOM". */
export const REVERT_LIMIT = 2;

/**
 * The block's text as the reader sees it, for the matcher: a newline in HTML source is rendered as
 * a space (the matcher treats it as a line break that no phrase crosses). Same length, so offsets
 * still point into block.text.
 */
export function asRendered(text: string): string {
  return text.replace(/[\n\r\f]/g, ' ');
}

export interface EngineOptions {
  doc: Document;
  matcher: Matcher;
  relevant(text: string): boolean;
  sensitivity: Sensitivity;
  accept(mention: Mention): boolean;
  category(mention: Mention): Category;
  look: MarkLook;
  /** Extra decoration of each mark (data-entry, focusability, card wiring). */
  decorate: DecorateMark;
  /** False once the extension that injected us is gone (reloaded or updated). */
  isAlive(): boolean;
  /** After each pass: every mention now highlighted in this document. */
  onPass?(mentions: Mention[]): void;
  /** Called once if the engine found itself orphaned and cleaned up. */
  onOrphaned?(): void;
  queue?: QueueOptions;
}

export interface Engine {
  /** Every mention found and highlighted, including those whose marks wait to come near the viewport. */
  mentions(): Mention[];
  /** Draws now the waiting marks of the mentions `wanted` accepts (the popup is about to show one). */
  drawWaiting(wanted: (mention: Mention) => boolean): Promise<void>;
  /** Removes every highlight and restores the DOM; stops observing. */
  stop(): void;
}

export function startEngine(options: EngineOptions, signal: AbortSignal): Engine {
  const { doc, matcher } = options;
  const highlighter = new Highlighter();
  const painter = new HighlightPainter(doc);
  const found = new Map<Element, Mention[]>();
  const reverts = new WeakMap<Element, number>();
  const fallback = new WeakSet<Element>();
  const dark = new WeakMap<Element, boolean>();
  const page = matcher.newPage();
  let total = 0;
  let stopped = false;
  /** A scan ran since the last pass was reported (drawing waiting marks changes no mention). */
  let scanned = false;
  /** Callers of drawWaiting() waiting for their marks (released on stop too). */
  const drawing = new Set<() => void>();

  const observer = new PageObserver(onBatch);
  const queue = new FrameQueue({
    ...options.queue,
    beforeSlice: () => observer.takePageRecords(),
    afterSlice: () => observer.dropOwnRecords(),
    onIdle: () => {
      doc.documentElement.dataset.backstoryState = 'ready';
      if (scanned) options.onPass?.(mentions());
      scanned = false;
    },
  });
  const nearView = new NearView<Plan>((plans) => queue.push(drawJob(plans)));

  function mentions(): Mention[] {
    return [...found.values()].flat();
  }

  const underFallback = (element: Element): boolean => {
    for (let at: Element | null = element; at; at = composedParent(at)) if (fallback.has(at)) return true;
    return false;
  };

  interface Plan {
    block: Block;
    mentions: Mention[];
    fallback?: boolean;
    visible?: boolean;
    /** Within a screen of the viewport: drawn by the scan; the rest wait (near-view.ts). */
    near?: boolean;
    dark?: boolean;
  }

  /** Mentions promised to plans not drawn yet, so the search stops at the page cap. */
  let planned = 0;

  function find(block: Block): Plan | undefined | false {
    const room = MAX_MENTIONS_PER_PAGE - total - planned;
    if (room <= 0) return false;
    const found = matcher.find(asRendered(block.text), page, { sensitivity: options.sensitivity });
    const mentions = found.filter(options.accept).slice(0, Math.min(MAX_MENTIONS_PER_BLOCK, room));
    if (mentions.length === 0) return undefined;
    planned += mentions.length;
    return { block, mentions };
  }

  function inspect(plan: Plan): void {
    const owner = plan.block.owner;
    plan.fallback = underFallback(owner);
    if (plan.fallback) return;
    plan.visible = (owner as Element & { checkVisibility?: () => boolean }).checkVisibility?.() !== false;
    if (!plan.visible) return;
    const view = doc.defaultView;
    plan.near = !view || isNear(owner.getBoundingClientRect(), view.innerHeight);
    if (plan.near) readLook(plan);
  }

  /** Reads what the mark's colours depend on (before any write of the task that draws it). */
  function readLook(plan: Plan): void {
    const owner = plan.block.owner;
    let isDark = dark.get(owner);
    if (isDark === undefined) dark.set(owner, (isDark = isDarkAround(owner)));
    plan.dark = isDark;
  }

  function draw(plan: Plan): void {
    planned -= plan.mentions.length;
    const room = MAX_MENTIONS_PER_PAGE - total;
    if (room <= 0 || (!plan.fallback && !plan.visible)) return;
    plan.mentions = plan.mentions.slice(0, room);
    if (plan.fallback || plan.near || !nearView.wait(plan.block.owner, plan)) {
      if (drawNow(plan) === 0) return;
    }
    total += plan.mentions.length;
    found.set(plan.block.owner, [...(found.get(plan.block.owner) ?? []), ...plan.mentions]);
  }

  function drawNow({ block, mentions, fallback, dark }: Plan): number {
    if (fallback) return painter.paint(block, mentions, options.category);
    return highlighter.mark(block, mentions, (element, mention, first) => {
      options.decorate(element, mention, first);
      styleMark(element, options.look, options.category(mention), !!dark);
    }).length;
  }

  /** Draws plans that waited: all reads first, then writes, in tasks of up to DRAW_SLICE_MS. */
  function drawJob(plans: Plan[], onDone?: () => void): Task {
    let read = 0;
    let at = 0;
    return (sliceOver) => {
      while (read < plans.length) {
        readLook(plans[read++]!);
        if (sliceOver() && read < plans.length) return false;
      }
      const end = performance.now() + DRAW_SLICE_MS;
      while (at < plans.length) {
        const plan = plans[at++]!;
        // The page changed the block since it was read: its rescan (already queued) replaces this plan.
        if (drawNow(plan) === 0) forget(plan);
        if (performance.now() >= end) break;
      }
      if (at < plans.length) return false;
      onDone?.();
      return true;
    };
  }

  function forget(plan: Plan): void {
    const owner = plan.block.owner;
    const list = found.get(owner);
    if (!list) return;
    const kept = list.filter((mention) => !plan.mentions.includes(mention));
    total -= list.length - kept.length;
    if (kept.length > 0) found.set(owner, kept);
    else found.delete(owner);
  }

  function drawWaiting(wanted: (mention: Mention) => boolean): Promise<void> {
    const plans = nearView.take((plan) => plan.mentions.some(wanted));
    if (plans.length === 0 || stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        drawing.delete(done);
        resolve();
      };
      drawing.add(done);
      queue.push(drawJob(plans, done), true);
    });
  }

  function scan(roots: ScanRoot[]): void {
    scanned = true;
    queue.push(
      scanJob<Plan>(roots, {
        relevant: options.relevant,
        observe: (block) => matcher.observe(page, asRendered(block.text)),
        find,
        inspect,
        draw,
        shadowRoot: (root) => observer.observe(root),
      }),
    );
  }

  /** Takes our highlights out of `region` before it is read again. */
  function clear(region: Element): void {
    highlighter.unmark(region);
    painter.clear(region);
    nearView.drop(region);
    for (const [owner, list] of found) {
      if (owner.isConnected && !region.contains(owner)) continue;
      total -= list.length;
      found.delete(owner);
    }
  }

  function onBatch(records: MutationRecord[]): void {
    if (stopped) return;
    if (!options.isAlive()) return orphaned();
    highlighter.forgetDetached();
    const plan = planMutations(records, (node) => highlighter.split(node));
    for (const element of plan.reverts) {
      const count = (reverts.get(element) ?? 0) + 1;
      reverts.set(element, count);
      if (count >= REVERT_LIMIT) fallback.add(element);
    }
    const body = doc.body;
    if (!body) return;
    const extra = plan.reverts.map((element) => blockOwner(element)).filter((element): element is Element => !!element);
    const regions = plan.huge ? [body] : [...new Set([...plan.regions, ...extra])].filter((r) => r.isConnected);
    if (regions.length === 0) return;
    for (const region of regions) clear(region);
    observer.dropOwnRecords();
    scan(regions.map((region) => ({ root: region, owner: region })));
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    queue.stop();
    nearView.stop();
    for (const done of [...drawing]) done();
    observer.disconnect();
    highlighter.unmark();
    painter.clear();
    found.clear();
  }

  function orphaned(): void {
    stop();
    options.onOrphaned?.();
  }

  signal.addEventListener('abort', stop, { once: true });
  const checkAlive = () => {
    if (!stopped && !options.isAlive()) orphaned();
  };
  doc.addEventListener('visibilitychange', checkAlive, { signal });
  doc.defaultView?.addEventListener('focus', checkAlive, { signal });

  if (doc.body && doc.designMode !== 'on') {
    observer.observe(doc);
    scan([{ root: doc.body, owner: doc.body }]);
  } else {
    doc.documentElement.dataset.backstoryState = 'ready';
  }
  return { mentions, drawWaiting, stop };
}
