/**
 * A trie over token keys: every surface form of every entry lives in one structure, so a text is
 * scanned once whatever the dataset's size (each step is one Map lookup). Walks never cross a
 * line break and are bounded by the longest phrase, which keeps matching linear in the text.
 */
import { BREAK, type Tokens } from './tokenize.ts';

interface Node<T> {
  next: Map<string, Node<T>> | undefined;
  items: T[] | undefined;
}

/** Counts elementary matching steps, so tests can prove linear cost without timing anything. */
export interface Meter {
  steps: number;
}

export interface TrieHit<T> {
  /** Index of the phrase's last token (forward walk) or first token (backward walk). */
  edge: number;
  items: readonly T[];
}

const NO_HITS: never[] = [];

/**
 * A key that stands for any middle initial: one capital letter, with or without its full stop
 * ("Richard J. Durbin", "JEH C JOHNSON"); up to two in a row ("George H. W. Bush"). Phrases hold
 * it where copy may add one (see person-forms.ts); it is never a token of its own.
 */
export const INITIAL = '\u0000initial';
const MAX_INITIALS = 2;
const isInitial = (tokens: Tokens, i: number): boolean => {
  const raw = tokens.raw[i]!;
  return raw.length === 1 && raw !== raw.toLowerCase();
};
const newNode = <T>(): Node<T> => ({ next: undefined, items: undefined });

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode<T>();
  depth = 0;
  /** Every key sequence inserted (for the trigger test, see triggers.ts). */
  readonly phrases: (readonly string[])[] = [];

  insert(keys: readonly string[], item: T): void {
    if (keys.length === 0) return;
    // The trigger test reads these: a wildcard is no text to look for.
    this.phrases.push(keys.filter((k) => k !== INITIAL));
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = newNode<T>();
        node.next.set(key, child);
      }
      node = child;
    }
    (node.items ??= []).push(item);
    this.depth = Math.max(this.depth, keys.length);
  }

  /** Whether some phrase starts with `key` (a walk from a token with another key finds nothing). */
  starts(key: string): boolean {
    return this.root.next?.has(key) ?? false;
  }

  /** Exact lookup of a whole key sequence. */
  get(keys: readonly string[]): readonly T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (const key of keys) {
      node = node?.next?.get(key);
      if (!node) return undefined;
    }
    return node.items;
  }

  /**
   * Phrases starting at token `from` (direction +1) or ending at `from` (direction -1, for a
   * trie built from reversed phrases), shortest first. `keys` is `tokens.lower` or `tokens.stem`.
   */
  walk(tokens: Tokens, keys: readonly string[], from: number, direction: 1 | -1, meter: Meter): TrieHit<T>[] {
    let hits: TrieHit<T>[] | undefined;
    let node: Node<T> | undefined = this.root;
    for (let i = from; i >= 0 && i < tokens.count; i += direction) {
      meter.steps++;
      if (tokens.kind[i] === BREAK) break;
      const exact: Node<T> | undefined = node.next?.get(keys[i]!);
      if (!exact && direction === 1 && node.next?.has(INITIAL)) {
        // Middle initials: consume them (and their full stops), then go on from the next name.
        let k = i;
        for (let n = 0; n < MAX_INITIALS && k < tokens.count && isInitial(tokens, k); n++) {
          k += tokens.raw[k + 1] === '.' ? 2 : 1;
        }
        if (k === i) break;
        meter.steps += k - i;
        node = node.next.get(INITIAL)!;
        i = k - 1;
        continue;
      }
      node = exact;
      if (!node) break;
      if (node.items) (hits ??= []).push({ edge: i, items: node.items });
    }
    return hits ?? NO_HITS;
  }
}
