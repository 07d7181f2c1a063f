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
const newNode = <T>(): Node<T> => ({ next: undefined, items: undefined });

export class TokenTrie<T> {
  private readonly root: Node<T> = newNode<T>();
  depth = 0;
  /** Every key sequence inserted (for the trigger test, see triggers.ts). */
  readonly phrases: (readonly string[])[] = [];

  insert(keys: readonly string[], item: T): void {
    if (keys.length === 0) return;
    this.phrases.push([...keys]);
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
      node = node.next?.get(keys[i]!);
      if (!node) break;
      if (node.items) (hits ??= []).push({ edge: i, items: node.items });
    }
    return hits ?? NO_HITS;
  }
}
