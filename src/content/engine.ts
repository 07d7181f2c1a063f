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
import { HighlightPainter } from './painter.ts';
import { FrameQueue, type QueueOptions } from './queue.ts';
import { scanJob, type ScanRoot } from './scan.ts';
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
  mentions(): Mention[];
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

  const observer = new PageObserver(onBatch);
  const queue = new FrameQueue({
    ...options.queue,
    beforeSlice: () => observer.takePageRecords(),
    afterSlice: () => observer.dropOwnRecords(),
    onIdle: () => {
      doc.documentElement.dataset.backstoryState = 'ready';
      options.onPass?.(mentions());
    },
  });

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
    let isDark = dark.get(owner);
    if (plan.visible && isDark === undefined) dark.set(owner, (isDark = isDarkAround(owner)));
    plan.dark = isDark;
  }

  function draw(plan: Plan): void {
    planned -= plan.mentions.length;
    const { block, mentions } = plan;
    const room = MAX_MENTIONS_PER_PAGE - total;
    if (room <= 0 || (!plan.fallback && !plan.visible)) return;
    const wanted = mentions.slice(0, room);
    const drawn = plan.fallback
      ? painter.paint(block, wanted, options.category)
      : highlighter.mark(block, wanted, (element, mention, first) => {
          options.decorate(element, mention, first);
          styleMark(element, options.look, options.category(mention), !!plan.dark);
        }).length;
    if (drawn === 0) return;
    total += wanted.length;
    found.set(block.owner, [...(found.get(block.owner) ?? []), ...wanted]);
  }

  function scan(roots: ScanRoot[]): void {
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
  return { mentions, stop };
}
