/**
 * A cheap test that a block may hold something for the matcher: one precompiled regex pass
 * instead of tokenizing. Most paragraphs of most pages have nothing to do with the story, and
 * tokenizing is where the matcher spends its time.
 *
 * Why it is sound: every candidate, context hit and acronym definition the scan can produce
 * starts with a walk of the surface, context or count-noun trie, and a walk only succeeds where
 * each token of one of their phrases is a whole token of the text. So a text holding no phrase's
 * most selective (longest) token, at a token start, yields an empty scan: no mention, no page
 * evidence. Context terms are matched on stems, and a stem without a final "y" is a prefix of
 * every word it stands for ("family" ← "families"). Text with non-ASCII letters or with
 * characters that normalisation removes or changes (invisible ones, a hyphen at a line break:
 * "Immigra-\ntion", an HTML character reference: "Guti&eacute;rrez") always passes, so case folding and folding never matter.
 */
/** Non-ASCII letters (anything from U+00C0 except general punctuation), removed characters, break hyphens, references. */
const ALWAYS_PASS = '[\\u00c0-\\u1fff\\u2070-\\uffff\\u00ad\\u200b-\\u200d\\u2060]|-[ \\t]*\\n|&#?[a-z\\d]{2,8};';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function longest(keys: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const key of keys) if (!best || key.length > best.length) best = key;
  return best;
}

export interface TriggerSources {
  /** Phrases walked on lowercase tokens (surface forms, count nouns). */
  lower: Iterable<readonly string[]>;
  /** Phrases walked on stems (context terms). */
  stem: Iterable<readonly string[]>;
}

/**
 * Page evidence (what `observe` records) is narrower than mentions: story terms, and acronym
 * definitions, which need the acronym (as written: acronyms are case-sensitive) right inside or
 * right before a parenthesis: "Temporary Protected Status (TPS)", "DHS (Department of …)".
 */
export function compileEvidenceTest(
  storyTerms: Iterable<readonly string[]>,
  acronyms: Iterable<string>,
): (text: string) => boolean {
  const terms = compileTriggerTest({ lower: [], stem: storyTerms });
  const list = [...acronyms].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  if (list.length === 0) return terms;
  const alternation = `(?:${list.join('|')})`;
  const definition = new RegExp(`\\(\\s*${alternation}\\s*\\)|${alternation}\\s*\\(`);
  return (text) => terms(text) || definition.test(text);
}

export function compileTriggerTest(sources: TriggerSources): (text: string) => boolean {
  const pattern = compileTriggerPattern(sources);
  return (text) => pattern.test(text);
}

/** The trigger regex: each match is a place where a phrase may start (flags: `i`, plus `extraFlags`). */
export function compileTriggerPattern({ lower, stem }: TriggerSources, extraFlags = ''): RegExp {
  // A stem stands for every word it starts (see above), so it is looked for without a final "y".
  const phrases = [
    ...[...lower].map((p) => [...p]),
    ...[...stem].map((p) => p.map((token) => token.replace(/y$/, ''))),
  ].filter((p) => p.length > 0);
  // One-token phrases must be looked for as they are. A longer phrase needs no key of its own when
  // one of its tokens starts with a key already taken ("Barack Obama" is found wherever "obama"
  // is looked for): fewer keys make a shorter pattern that passes fewer blocks. Otherwise its
  // most selective (longest) token.
  const keys = new Set<string>(phrases.filter((p) => p.length === 1).map((p) => p[0]!));
  const covered = (phrase: readonly string[]): boolean =>
    phrase.some((token) => {
      for (let end = 1; end <= token.length; end++) if (keys.has(token.slice(0, end))) return true;
      return false;
    });
  for (const phrase of phrases) {
    if (phrase.length > 1 && !covered(phrase)) keys.add(longest(phrase)!);
  }
  // A token starts after anything but an ASCII letter or digit. Keys that are punctuation
  // ("." of "U.S.") may follow a letter directly, so they go unanchored (matching more, never less).
  const anchored = [...keys].filter((k) => /^[a-z0-9]/.test(k));
  const loose = [...keys].filter((k) => !/^[a-z0-9]/.test(k));
  const parts = [ALWAYS_PASS];
  if (loose.length > 0) parts.push(prefixTree(loose));
  if (anchored.length > 0) parts.unshift(`(?:^|[^a-z0-9])${prefixTree(anchored)}`);
  // No `u` flag: it makes the scan several times slower, and non-ASCII letters pass anyway.
  return new RegExp(parts.join('|'), `i${extraFlags}`);
}

interface CharNode {
  next: Map<string, CharNode>;
  end: boolean;
}

/**
 * The keys as one regex shaped like a trie ("ka(?:lo|mir)"), so the engine branches on each
 * character instead of trying thousands of alternatives at every position: the test costs about
 * the same for 50 entries as for 5,000. A key that another key starts with makes that longer key
 * redundant (any occurrence of it holds the shorter one), so a key's node drops its children.
 */
function prefixTree(keys: readonly string[]): string {
  const root: CharNode = { next: new Map(), end: false };
  for (const key of keys) {
    let node = root;
    for (const ch of key) {
      if (node.end) break;
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
    node.next.clear();
  }
  const emit = (node: CharNode): string => {
    const branches = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => escape(ch) + emit(child));
    if (branches.length === 0) return '';
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}
