/**
 * The parts of compiling that serve restated figures and Spanish copy, kept out of compile.ts:
 * Spanish qualifiers, titles and glossary terms added to the shared tries, and the facts whose
 * value is a share of a group ("nearly half of all Democrats"), indexed by class.
 */
import type { MatcherDataset } from '../shared/dataset-schema.ts';
import type { FractionFact, StatedFigure } from './compiled.ts';
import type { QualifierInfo, QualifierKind } from './lexicon.ts';
import { GLOSSARY, SPANISH_QUALIFIERS, spanishTitles } from './spanish.ts';
import synonyms from './tables/synonyms.json';

/** [English phrase, context term] pairs: "rounded up" counts as the term "detained" (tables/synonyms.json). */
const SYNONYMS: readonly (readonly [string, string])[] = Object.entries(
  synonyms.glossary as Record<string, string[]>,
).flatMap(([term, words]) => words.map((w) => [w, term] as const));
import type { TokenTrie } from './trie.ts';

type Keys = (phrase: string) => string[];

/** Spanish qualifiers, reversed like the English ones (the scan walks back from the number). */
export function addSpanishQualifiers(keysOf: Keys, qualifiers: TokenTrie<QualifierInfo>): void {
  for (const [phrase, info] of SPANISH_QUALIFIERS) qualifiers.insert(keysOf(phrase).reverse(), info);
}

/** "el presidente Obama": the Spanish forms of a person's one-word titles. */
export function addSpanishTitles(keysOf: Keys, titles: TokenTrie<number>, title: string, entry: number): void {
  for (const spanish of spanishTitles(title)) titles.insert(keysOf(spanish).reverse(), entry);
}

/**
 * Spanish words, and other English words for the same thing (tables/synonyms.json), count as
 * the dataset's English context terms ("redadas" and "sweeps" as "raids"), for terms
 * the dataset has. They join the context trie, so the trigger regex (built from the trie) knows
 * them too and skipping quiet blocks stays sound. Returns what it added, for the page-evidence
 * test (a block holding only "redadas" holds page evidence too).
 */
export function addGlossary(
  stemKeysOf: Keys,
  termIds: ReadonlyMap<string, number>,
  context: TokenTrie<number>,
): [string[], number][] {
  const added: [string[], number][] = [];
  for (const [word, term] of [...GLOSSARY, ...SYNONYMS]) {
    const id = termIds.get(stemKeysOf(term).join(' '));
    if (id === undefined) continue;
    const keys = stemKeysOf(word);
    context.insert(keys, id);
    added.push([keys, id]);
  }
  return added;
}

/** Dataset qualifiers in the matcher's terms; vague amounts ("hundreds") have none. */
export const DATASET_QUALIFIERS: Readonly<Record<string, QualifierKind>> = {
  'more-than': 'more-than',
  over: 'more-than',
  'at-least': 'at-least',
  nearly: 'nearly',
  almost: 'nearly',
  about: 'about',
  'fewer-than': 'fewer-than',
};

/** The figures an entry's sources state (value and qualifier), to tell when a page's differs. */
export function statedFigures(entry: MatcherDataset['entries'][number]): StatedFigure[] {
  return entry.facts.flatMap((f) => {
    const qualifier = f.qualifier ?? 'exact';
    const kind = qualifier === 'exact' ? 'exact' : DATASET_QUALIFIERS[qualifier];
    return f.value !== undefined && kind ? [{ value: f.value, qualifier: kind }] : [];
  });
}

/** Facts that are a share of a group (0 < value < 1), by each class the entry counts. */
export function indexFractions(
  fractions: Map<string, FractionFact[]>,
  entry: number,
  classes: Iterable<string>,
  figures: readonly StatedFigure[],
): void {
  for (const figure of figures) {
    if (!(figure.value > 0 && figure.value < 1)) continue;
    for (const c of classes) {
      const list = fractions.get(c) ?? [];
      list.push({ entry, value: figure.value, qualifier: figure.qualifier });
      fractions.set(c, list);
    }
  }
}
