/**
 * The forms of a person's full name beyond the dataset's own spellings, as token keys: the same
 * name with middle initials ("Richard J. Durbin", "Nydia M. Velázquez") or a middle name ("Hillary
 * Rodham Clinton") after the first given name. Accents and capitals are folded by the tokenizer; nicknames and formal first names come
 * from the dataset builder (build/dataset/name-variants.ts).
 */
import { INITIAL } from './trie.ts';

/** Keys of the name with a middle slot after the first name ("jeh ⟨initial⟩ johnson"): see trie.ts. */
export function withMiddleInitial(keys: readonly string[]): string[] | undefined {
  // "Jeh Johnson" has a slot; a one-word name or one whose second key is punctuation has none.
  if (keys.length < 2 || !/^\p{L}/u.test(keys[1]!) || keys[0]!.length < 2) return undefined;
  return [keys[0]!, INITIAL, ...keys.slice(1)];
}
