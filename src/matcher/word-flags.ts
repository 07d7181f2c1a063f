/**
 * What a page word can start, looked up once per distinct word: the scan asks it of every word
 * token, and a page repeats its words. One lookup replaces three (surface trie, context trie,
 * number words).
 */
import { isNumberWord } from './numbers.ts';
import type { StemOf } from './tokenize.ts';
import type { TokenTrie } from './trie.ts';

/** Some surface phrase (name, acronym, count noun…) starts with the word. */
export const STARTS_SURFACE = 1;
/** Some context term starts with the word's stem. */
export const STARTS_CONTEXT = 2;
/** The word may start a number: a number word, or "a" ("a dozen"). */
export const STARTS_NUMBER = 4;

/** Beyond this many distinct words, the memo starts again. */
const MEMO_LIMIT = 20_000;

/**
 * Flags of a lowercase word token. Its stem is the one the tokenizer gives it with `stemOf`
 * (words of four letters or fewer are their own stems), which the scan's tokens always use.
 */
export function compileWordFlags(
  surface: TokenTrie<unknown>,
  context: TokenTrie<unknown>,
  stemOf: StemOf,
  /** Other words that may start a figure (Spanish number words, fractions: see compile-figures.ts). */
  startsFigure: (lower: string) => boolean = () => false,
): (lower: string) => number {
  const memo = new Map<string, number>();
  return (lower) => {
    let flags = memo.get(lower);
    if (flags === undefined) {
      flags =
        (surface.starts(lower) ? STARTS_SURFACE : 0) |
        (context.starts(lower.length > 4 ? stemOf(lower) : lower) ? STARTS_CONTEXT : 0) |
        (isNumberWord(lower) || lower === 'a' || startsFigure(lower) ? STARTS_NUMBER : 0);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(lower, flags);
    }
    return flags;
  };
}
