/**
 * Highlighting on one document: the first scan, keeping up with the page's changes, falling back
 * to DOM-free highlights where the page fights our marks, and letting go completely when stopped.
 * Everything it does is undone by stop(); the composition root (index.ts) wires it to settings.
 */
import type { Mention } from '../matcher/types.ts';
import type { Category } from '../shared/dataset-schema.ts';
import { Drawer, type Plan } from './drawer.ts';
import { FoundMentions } from './found.ts';
import type { DecorateMark } from './highlighter.ts';
import type { MarkLook } from './mark-style.ts';
import { PageObserver, planMutations } from './mutations.ts';
import { markReady } from './readiness.ts';
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

/**
 * The story's matcher as one document's engine sees it: the background's, through a session that
 * carries the page's evidence from pass to pass (match-client.ts). Mentions per text, in order, or
 * undefined when the background could not answer (then the page is left as it is).
 */
export type MatchTexts = (texts: string[]) => Promise<Mention[][] | undefined>;

export interface EngineOptions {
  doc: Document;
  match: MatchTexts;
  relevant(text: string): boolean;
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
  /** New colours or highlight style: every mark is restyled in place (no rescan, no flicker). */
  restyle(look: MarkLook): void;
  /**
   * A filter that accepts no more than the current one (an entry or category turned off): the
   * marks it rejects are taken out, the rest stay. A wider filter needs a new engine.
   */
  narrow(accept: (mention: Mention) => boolean): void;
  /** Removes every highlight and restores the DOM; stops observing. */
  stop(): void;
}

export function startEngine(options: EngineOptions, signal: AbortSignal): Engine {
  const { doc } = options;
  const found = new FoundMentions();
  const reverts = new WeakMap<Element, number>();
  const fallback = new WeakSet<Element>();
  /** Elements in `fallback`: while none, no plan needs the climb to the root to check. */
  let fallbacks = 0;
  /** The matcher's answer for blocks of the running pass, taken by find(). */
  const answers = new Map<Block, Mention[]>();
  let accept = options.accept;
  let stopped = false;
  /** A scan (or a narrower filter) changed the mentions since the last pass was reported. */
  let changed = false;
  /** Callers of drawWaiting() waiting for their marks (released on stop too). */
  const drawing = new Set<() => void>();
  /** Mentions promised to plans not drawn yet, so the search stops at the page cap. */
  let planned = 0;

  const observer = new PageObserver(onBatch);
  const queue = new FrameQueue({
    ...options.queue,
    beforeSlice: () => observer.takePageRecords(),
    afterSlice: () => observer.dropOwnRecords(),
    onIdle: () => {
      markReady(doc);
      if (changed) options.onPass?.(mentions());
      changed = false;
    },
  });
  const drawer = new Drawer({
    doc,
    look: options.look,
    category: options.category,
    decorate: options.decorate,
    onNear: (task) => queue.push(task),
    onUndrawable: (plan) => found.remove(plan.block.owner, plan.mentions),
  });
  const { highlighter } = drawer;

  const mentions = () => found.all();

  const underFallback = (element: Element): boolean => {
    if (fallbacks === 0) return false;
    for (let at: Element | null = element; at; at = composedParent(at)) if (fallback.has(at)) return true;
    return false;
  };

  function find(block: Block): Plan | undefined | false {
    const room = MAX_MENTIONS_PER_PAGE - found.total - planned;
    if (room <= 0) return false;
    const inBlock = answers.get(block) ?? [];
    answers.delete(block);
    const mentions = inBlock.filter(accept).slice(0, Math.min(MAX_MENTIONS_PER_BLOCK, room));
    if (mentions.length === 0) return undefined;
    planned += mentions.length;
    return { block, mentions };
  }

  /**
   * Set once the reader moves focus with Tab: from then on every mark is drawn at once, so focus
   * can reach each one in order (marks waiting far from the viewport would be skipped).
   */
  let tabbing = false;

  function inspect(plan: Plan, near: boolean | undefined): void {
    plan.fallback = underFallback(plan.block.owner);
    drawer.inspect(plan, tabbing || near);
  }

  function draw(plan: Plan): void {
    planned -= plan.mentions.length;
    const room = MAX_MENTIONS_PER_PAGE - found.total;
    if (room <= 0 || (!plan.fallback && !plan.visible)) return;
    plan.mentions = plan.mentions.slice(0, room);

    if (drawer.draw(plan)) found.add(plan.block.owner, plan.mentions);
  }

  function drawWaiting(wanted: (mention: Mention) => boolean): Promise<void> {
    if (stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        drawing.delete(done);
        resolve();
      };
      const task = drawer.drawWaiting(wanted, done);
      if (!task) return resolve();
      drawing.add(done);
      queue.push(task, true);
    });
  }

  function scan(roots: ScanRoot[]): void {
    changed = true;
    queue.push(
      scanJob<Plan>(roots, {
        relevant: options.relevant,
        match: async (blocks) => {
          const found = await options.match(blocks.map((block) => asRendered(block.text)));
          if (stopped || !found) return;
          blocks.forEach((block, index) => {
            if (found[index]?.length) answers.set(block, found[index]);
          });
        },
        find,
        inspect,
        draw,
        shadowRoot: (root) => observer.observe(root),
      }),
    );
  }

  /** Runs `change` as an urgent queue task, so the observer drops the records of our own writes. */
  function inQueue(change: () => void): void {
    queue.push(() => {
      change();
      return true;
    }, true);
  }

  function restyle(look: MarkLook): void {
    inQueue(() => drawer.restyle(look));
  }

  function narrow(next: (mention: Mention) => boolean): void {
    accept = next;
    inQueue(() => {
      drawer.retain(next);
      found.retain(next);
      changed = true;
    });
  }

  function onBatch(records: MutationRecord[]): void {
    if (stopped) return;
    if (!options.isAlive()) return orphaned();
    highlighter.forgetDetached();
    const plan = planMutations(records, (node) => highlighter.split(node));
    for (const element of plan.reverts) {
      const count = (reverts.get(element) ?? 0) + 1;
      reverts.set(element, count);
      if (count >= REVERT_LIMIT && !fallback.has(element)) {
        fallback.add(element);
        fallbacks++;
      }
    }
    const body = doc.body;
    if (!body) return;
    const extra = plan.reverts.map((element) => blockOwner(element)).filter((element): element is Element => !!element);
    const regions = plan.huge ? [body] : [...new Set([...plan.regions, ...extra])].filter((r) => r.isConnected);
    if (regions.length === 0) return;
    for (const region of regions) {
      drawer.clear(region);
      found.clearUnder(region);
    }
    observer.dropOwnRecords();
    scan(regions.map((region) => ({ root: region, owner: region })));
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    queue.stop();
    for (const done of [...drawing]) done();
    observer.disconnect();
    drawer.stop();
    found.clearUnder();
    answers.clear();
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
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' || tabbing) return;
      tabbing = true;
      void drawWaiting(() => true);
    },
    { signal, capture: true, passive: true },
  );
  doc.defaultView?.addEventListener('focus', checkAlive, { signal });

  if (doc.body && doc.designMode !== 'on') {
    observer.observe(doc);
    scan([{ root: doc.body, owner: doc.body }]);
  } else {
    markReady(doc);
  }
  return { mentions, drawWaiting, restyle, narrow, stop };
}
