/**
 * Draws mentions without touching the DOM, through the CSS Custom Highlight API: the fallback for
 * subtrees whose owner keeps reverting our marks (a framework re-rendering over them). Ranges are
 * grouped into one Highlight per category, named `backstory-<category>` (styled in page-sheet.css).
 */
import type { Mention } from '../matcher/types.ts';
import type { Category } from '../shared/dataset-schema.ts';
import { isCurrent } from './highlighter.ts';
import type { Block } from './text-model.ts';

/** Where block offset `offset` falls: the node and the offset inside it. */
export function locate(block: Block, offset: number, preferEnd: boolean): [Text, number] {
  let start = 0;
  for (const node of block.nodes) {
    const end = start + node.data.length;
    if (offset < end || (preferEnd && offset === end)) return [node, offset - start];
    start = end;
  }
  const last = block.nodes[block.nodes.length - 1]!;
  return [last, last.data.length];
}

/**
 * Set on each block the painter paints: page-sheet.css's ::highlight rules apply only under it, so
 * adding the sheet restyles the painted blocks, not the whole document (docs/adr/0008).
 */
export const PAINTED_ATTRIBUTE = 'data-backstory-paint';

export class HighlightPainter {
  readonly #ranges = new Map<Range, { name: string; mention: Mention }>();
  /** Blocks given PAINTED_ATTRIBUTE: taken off again when all is cleared. */
  readonly #scoped = new Set<Element>();
  readonly #doc: Document;

  constructor(doc: Document) {
    this.#doc = doc;
  }

  get available(): boolean {
    const view = this.#doc.defaultView as (Window & { Highlight?: unknown; CSS?: { highlights?: unknown } }) | null;
    return !!view && typeof view.Highlight === 'function' && !!view.CSS?.highlights;
  }

  get size(): number {
    return this.#ranges.size;
  }

  /** Paints the block's mentions; returns how many were painted (0 when the API is missing). */
  paint(block: Block, mentions: readonly Mention[], categoryOf: (mention: Mention) => Category): number {
    if (!this.available || mentions.length === 0 || !isCurrent(block)) return 0;
    if (!this.#scoped.has(block.owner)) {
      block.owner.setAttribute(PAINTED_ATTRIBUTE, '');
      this.#scoped.add(block.owner);
    }
    for (const mention of mentions) {
      const range = this.#doc.createRange();
      range.setStart(...locate(block, mention.start, false));
      range.setEnd(...locate(block, mention.end, true));
      const name = `backstory-${categoryOf(mention)}`;
      this.#highlight(name).add(range);
      this.#ranges.set(range, { name, mention });
    }
    return mentions.length;
  }

  /** Removes the ranges under `root` (or all), and any the page's changes collapsed. */
  clear(root?: Node): void {
    for (const range of [...this.#ranges.keys()]) {
      const container = range.startContainer;
      if (root && container.isConnected && !range.collapsed && !root.contains(container)) continue;
      this.#remove(range);
    }
    if (!root) {
      for (const owner of this.#scoped) owner.removeAttribute(PAINTED_ATTRIBUTE);
      this.#scoped.clear();
    }
  }

  /** Keeps only the ranges whose mention `wanted` accepts. */
  retain(wanted: (mention: Mention) => boolean): void {
    for (const [range, { mention }] of [...this.#ranges]) if (!wanted(mention)) this.#remove(range);
  }

  #remove(range: Range): void {
    const painted = this.#ranges.get(range);
    if (!painted) return;
    this.#highlight(painted.name).delete(range);
    this.#ranges.delete(range);
  }

  #highlight(name: string): Highlight {
    const registry = (this.#doc.defaultView as Window & typeof globalThis).CSS.highlights;
    let highlight = registry.get(name);
    if (!highlight) {
      highlight = new Highlight();
      registry.set(name, highlight);
    }
    return highlight;
  }
}
