/**
 * A block ready to scan, and the few of them kept between `observe` and `find` on one page.
 */
import type { Normalized } from './normalize.ts';
import type { Tokens } from './tokenize.ts';

/** A block's folded text and the tokens of each region worth reading (a function of the text alone). */
export interface Prepared {
  text: string;
  norm: Normalized;
  parts: { offset: number; text: string; tokens: Tokens }[];
}

/**
 * Characters of kept blocks per page at most: a page whose blocks are observed but never found
 * in (a caller that stops early) holds a bounded amount, and keeping stops past it.
 */
const KEPT_CHARS = 500_000;

/** Observed blocks awaiting their `find`, by text; `find` takes each out, so each is used once. */
export class PreparedCache {
  private readonly blocks = new Map<string, Prepared>();
  private chars = 0;

  keep(text: string, prepared: Prepared): void {
    if (this.chars + text.length > KEPT_CHARS || this.blocks.has(text)) return;
    this.blocks.set(text, prepared);
    this.chars += text.length;
  }

  take(text: string): Prepared | undefined {
    const prepared = this.blocks.get(text);
    if (prepared) {
      this.blocks.delete(text);
      this.chars -= text.length;
    }
    return prepared;
  }
}
