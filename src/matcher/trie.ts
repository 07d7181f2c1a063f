/**
 * A trie over token keys: every surface form of every entry lives in one structure, so a text is
 * scanned once whatever the dataset's size (each step is one Map lookup). Walks cross at most one
 * line break, never two in a row, and are bounded by the longest phrase (plus that break and any
 * middle initials), which keeps matching linear in the text.
 */
import { BREAK, WORD, type Tokens } from './tokenize.ts';

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
 * A key that stands for what copy puts between a first name and a surname: middle initials, one
 * capital letter with or without its full stop ("Richard J. Durbin", "JEH C JOHNSON"), up to two
 * in a row ("George H. W. Bush"); or one whole middle name, a capitalised word ("Hillary Rodham
 * Clinton", "Jeh Charles Johnson"), or a nickname in quotes (Bernard "Bernie" Sanders). Phrases hold it where copy may add one (see person-forms.ts);
 * it is never a token of its own.
 */
export const INITIAL = '\u0000initial';
const MAX_INITIALS = 2;
const isInitial = (tokens: Tokens, i: number): boolean => {
  const raw = tokens.raw[i]!;
  return raw.length === 1 && raw !== raw.toLowerCase();
};
/** A middle name: a word of letters, capitalised ("Rodham") or in capitals ("RODHAM"). */
const isMiddleName = (tokens: Tokens, i: number): boolean => {
  const raw = tokens.raw[i]!;
  return tokens.kind[i] === WORD && raw.length > 1 && raw[0] !== raw[0]!.toLowerCase() && !/\d/.test(raw);
};
/** Tokens the middle slot takes at `i`: initials (and their full stops), else one middle name, else 0. */
function middleSlot(tokens: Tokens, i: number): number {
  let k = i;
  for (let n = 0; n < MAX_INITIALS && k < tokens.count && isInitial(tokens, k); n++) {
    k += tokens.raw[k + 1] === '.' ? 2 : 1;
  }
  if (k === i && i < tokens.count && isMiddleName(tokens, i)) k = i + 1;
  // A nickname in quotes: Bernard "Bernie" Sanders.
  const quote = tokens.raw[i];
  if (k === i && (quote === '"' || quote === "'") && isMiddleName(tokens, i + 1) && tokens.raw[i + 2] === quote)
    k = i + 3;
  return k - i;
}
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
    let broken = false;
    for (let i = from; i >= 0 && i < tokens.count; i += direction) {
      meter.steps++;
      if (tokens.kind[i] === BREAK) {
        // One line break inside a phrase is a wrapped line ("Temporary<br>Protected Status"); a
        // phrase never starts or ends on one, nor spans two (a paragraph break).
        if (broken || i === from || node === this.root) break;
        broken = true;
        continue;
      }
      const exact: Node<T> | undefined = node.next?.get(keys[i]!);
      if (!exact && direction === 1 && node.next?.has(INITIAL)) {
        // Middle initials or a middle name: consume them, then go on from the next name.
        const taken = middleSlot(tokens, i);
        if (taken === 0) break;
        meter.steps += taken;
        node = node.next.get(INITIAL)!;
        i += taken - 1;
        continue;
      }
      node = exact;
      if (!node) break;
      if (node.items) (hits ??= []).push({ edge: i, items: node.items });
    }
    return hits ?? NO_HITS;
  }
}
