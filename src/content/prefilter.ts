/**
 * A cheap, conservative test run on every block before the matcher: "could the matcher find a
 * mention or page evidence here?". Most text on most pages has nothing to do with the story, and
 * one precompiled regex per block costs a fraction of tokenizing it.
 *
 * Why it is safe: every matcher candidate and every piece of page evidence contains a whole token
 * of one dataset phrase (a surface form, a count noun, a story term). Each phrase contributes its
 * longest token, so a block without any of them cannot produce anything. Story terms are matched
 * on stems, and a stem (minus a final "y": "families" → "family") is a prefix of the words it
 * stands for. Text the matcher would fold
 * first (soft hyphens, zero-width characters, combining marks) always passes.
 * tests/unit/content/prefilter.test.ts checks this against the real matcher.
 */
import type { Dataset } from '../shared/dataset-schema.ts';
import { COUNT_NOUNS } from '../matcher/lexicon.ts';
import { BREAK, phraseTokens } from '../matcher/tokenize.ts';

const ALWAYS_PASS = /[\u0300-\u036f]|[\u00ad\u200b-\u200d\u2060\ufeff]/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

type KeyKind = 'lower' | 'stem';

/** The phrase's most selective whole token (longest): lowercase or its stem prefix. */
function keyOf(phrase: string, kind: KeyKind): string | undefined {
  const tokens = phraseTokens(phrase);
  let best: string | undefined;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.kind[i] === BREAK) continue;
    const key = kind === 'stem' ? tokens.stem[i]!.replace(/y$/, '') : tokens[kind][i]!;
    if (key && (!best || key.length > best.length)) best = key;
  }
  return best;
}

/**
 * One regex over all keys, each anchored at a word start like a token, plus the always-pass
 * characters: a single pass over the block. No `u` flag: it makes the scan several times slower.
 * A token starts after anything but a letter or digit ("_raids" holds the token "raids", so `\b`
 * would be wrong); keys starting with a non-ASCII letter go unanchored (matching more, never
 * less). Acronyms are folded in caselessly too: a few more blocks pass, none is lost.
 */
export function compilePattern(keys: Set<string>): RegExp {
  const sorted = [...keys].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const anchored = sorted.filter((key) => /^[a-z0-9]/i.test(key)).map(escape);
  const loose = sorted.filter((key) => !/^[a-z0-9]/i.test(key)).map(escape);
  const parts = [ALWAYS_PASS.source, ...loose];
  if (anchored.length) parts.unshift(`(?:^|[^a-z0-9])(?:${anchored.join('|')})`);
  return new RegExp(parts.join('|'), 'i');
}

/** Builds the test for one dataset: `(text) => boolean`. */
export function compilePrefilter(dataset: Dataset): (text: string) => boolean {
  const keys = new Set<string>();
  const add = (phrase: string, kind: KeyKind = 'lower') => {
    const key = keyOf(phrase, kind);
    if (key) keys.add(key);
  };
  for (const term of dataset.storyTerms) add(term, 'stem');
  for (const noun of Object.keys(COUNT_NOUNS)) add(noun);
  for (const entry of dataset.entries) {
    const rule = entry.match;
    for (const term of rule.context) add(term, 'stem');
    switch (rule.type) {
      case 'acronym':
        for (const acronym of rule.acronyms) add(acronym);
        for (const name of rule.names) add(name);
        break;
      case 'name':
        for (const name of rule.names) add(name);
        break;
      case 'person':
        for (const name of rule.fullNames) add(name);
        add(rule.surname);
        break;
      case 'quantity':
        for (const noun of rule.counted) add(noun);
        break;
    }
  }
  const pattern = compilePattern(keys);
  return (text) => pattern.test(text);
}
