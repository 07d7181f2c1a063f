/**
 * Drawing for one document: what a plan needs from layout and style (read before any write),
 * marks in the DOM (highlighter.ts) or DOM-free highlights where the page fights our marks
 * (painter.ts), marks far from the viewport parked until the reader nears them (near-view.ts),
 * and changing what is drawn in place: restyling, or taking out what a narrower filter rejects.
 * The engine decides what to draw and when; this module only draws.
 */
import type { Mention } from '../matcher/types.ts';
import type { Category } from '../shared/dataset-schema.ts';
import { Highlighter, type DecorateMark } from './highlighter.ts';
import { isDarkAround, styleMark, type MarkLook } from './mark-style.ts';
import { isNear, NearView } from './near-view.ts';
import { PageSheet } from './page-sheet.ts';
import { HighlightPainter } from './painter.ts';
import type { Task } from './queue.ts';
import { DRAW_SLICE_MS } from './scan.ts';
import type { Block } from './text-model.ts';

export interface Plan {
  block: Block;
  mentions: Mention[];
  /** Under an element whose marks the page kept reverting: drawn with the Highlight API instead. */
  fallback?: boolean;
  visible?: boolean;
  /** Within a screen of the viewport: drawn by the scan; the rest wait (near-view.ts). */
  near?: boolean;
  dark?: boolean;
}

export interface DrawerOptions {
  doc: Document;
  look: MarkLook;
  category(mention: Mention): Category;
  decorate: DecorateMark;
  /** Parked plans came near the viewport: run this drawing task (through the engine's queue). */
  onNear(task: Task): void;
  /** A plan could not be drawn after all (the page changed its block meanwhile). */
  onUndrawable(plan: Plan): void;
}

export class Drawer {
  readonly highlighter = new Highlighter();
  readonly #painter: HighlightPainter;
  readonly #nearView: NearView<Plan>;
  readonly #dark = new WeakMap<Element, boolean>();
  /** What each mark shows, for restyling and narrowing in place. */
  readonly #shown = new WeakMap<HTMLElement, { mention: Mention; dark: boolean }>();
  #look: MarkLook;
  readonly #sheet: PageSheet;
  /** Paint mode hybrid (paint-mode.ts, ADR 0008 experiment): the entries that already have their one real element. */
  #realEntries = new Set<string>();
  readonly #options: DrawerOptions;

  constructor(options: DrawerOptions) {
    this.#options = options;
    this.#painter = new HighlightPainter(options.doc);
    this.#sheet = new PageSheet(options.doc);
    this.#nearView = new NearView<Plan>((plans) => options.onNear(this.#job(plans)));
    this.#look = options.look;
  }

  /**
   * Reads from layout and style what drawing `plan` needs (no writes). `near` comes from the scan
   * when it located the viewport among many blocks; otherwise the block's box is read here.
   */
  inspect(plan: Plan, near?: boolean): void {
    if (plan.fallback) return;
    const owner = plan.block.owner;
    plan.visible = (owner as Element & { checkVisibility?: () => boolean }).checkVisibility?.() !== false;
    if (!plan.visible) return;
    const view = this.#options.doc.defaultView;
    plan.near = near ?? (!view || isNear(owner.getBoundingClientRect(), view.innerHeight));
    if (plan.near) this.#readLook(plan);
  }

  /** Draws `plan` now, or parks it until it comes near; false when nothing could be drawn. */
  draw(plan: Plan): boolean {
    if (!plan.fallback && !plan.near && this.#nearView.wait(plan.block.owner, plan)) return true;
    return this.#drawNow(plan) > 0;
  }

  /** A task drawing the parked plans whose mentions `wanted` accepts; undefined when none wait. */
  drawWaiting(wanted: (mention: Mention) => boolean, onDone: () => void): Task | undefined {
    const plans = this.#nearView.take((plan) => plan.mentions.some(wanted));
    return plans.length > 0 ? this.#job(plans, onDone) : undefined;
  }

  restyle(look: MarkLook): void {
    this.#look = look;
    for (const mark of this.highlighter.marksWithin()) {
      const what = this.#shown.get(mark);
      if (what) styleMark(mark, look, this.#options.category(what.mention), what.dark);
    }
  }

  /** Takes out what `keep` rejects: marks, DOM-free highlights and parked plans. */
  retain(keep: (mention: Mention) => boolean): void {
    this.highlighter.unmarkWhere((mark) => {
      const what = this.#shown.get(mark);
      return !!what && !keep(what.mention);
    });
    this.#painter.retain(keep);
    for (const plan of this.#nearView.take((plan) => !plan.mentions.every(keep))) {
      plan.mentions = plan.mentions.filter(keep);
      if (plan.mentions.length > 0) this.#nearView.wait(plan.block.owner, plan);
    }
  }

  /** Takes everything out of `region` (everywhere when omitted) before it is read again. */
  clear(region?: Element): void {
    this.highlighter.unmark(region);
    this.#painter.clear(region);
    this.#nearView.drop(region);
    // The entries whose real element went with the region get one again when it is drawn anew.
    if (__BACKSTORY_PAINT__ === 'hybrid')
      this.#realEntries = new Set(
        this.highlighter.marksWithin().map((mark) => this.#shown.get(mark)?.mention.entry ?? ''),
      );
  }

  stop(): void {
    this.#nearView.stop();
    this.clear();
    this.#sheet.remove();
  }

  /** Reads what the mark's colours depend on (before any write of the task that draws it). */
  #readLook(plan: Plan): void {
    const owner = plan.block.owner;
    let isDark = this.#dark.get(owner);
    if (isDark === undefined) this.#dark.set(owner, (isDark = isDarkAround(owner)));
    plan.dark = isDark;
  }

  #drawNow(plan: Plan): number {
    this.#sheet.ensure();
    const { block, mentions, fallback } = plan;
    if (fallback || __BACKSTORY_PAINT__ === 'highlights')
      return this.#painter.paint(block, mentions, this.#options.category);
    if (__BACKSTORY_PAINT__ === 'hybrid') return this.#drawHybrid(plan);
    return this.#mark(plan, mentions);
  }

  #mark({ block, dark }: Plan, mentions: readonly Mention[]): number {
    const { category, decorate } = this.#options;
    return this.highlighter.mark(block, mentions, (element, mention, first) => {
      decorate(element, mention, first);
      this.#shown.set(element, { mention, dark: !!dark });
      styleMark(element, this.#look, category(mention), !!dark);
    }).length;
  }

  /** Paint mode hybrid (paint-mode.ts, ADR 0008 experiment): ranges, and one real element per entry. */
  #drawHybrid(plan: Plan): number {
    const real = plan.mentions.filter((mention) => !this.#realEntries.has(mention.entry));
    const first = real.filter((mention, index) => real.findIndex((other) => other.entry === mention.entry) === index);
    const rest = plan.mentions.filter((mention) => !first.includes(mention));
    // Ranges first: they are live, so the text nodes the marks then split keep them in place.
    const painted = this.#painter.paint(plan.block, rest, this.#options.category);
    const marked = this.#mark(plan, first);
    if (marked > 0) for (const mention of first) this.#realEntries.add(mention.entry);
    return painted + marked;
  }

  /** Draws parked plans: all reads first, then writes, in tasks of up to DRAW_SLICE_MS. */
  #job(plans: Plan[], onDone?: () => void): Task {
    let read = 0;
    let at = 0;
    return (sliceOver) => {
      while (read < plans.length) {
        this.#readLook(plans[read++]!);
        if (sliceOver() && read < plans.length) return false;
      }
      const end = performance.now() + DRAW_SLICE_MS;
      while (at < plans.length) {
        const plan = plans[at++]!;
        // The page changed the block since it was read: its rescan (already queued) replaces this plan.
        if (this.#drawNow(plan) === 0) this.#options.onUndrawable(plan);
        if (performance.now() >= end) break;
      }
      if (at < plans.length) return false;
      onDone?.();
      return true;
    };
  }
}
