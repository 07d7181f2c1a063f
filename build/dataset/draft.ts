/** The builder's working form of an entry, before curation and final checks. */
import type { Discrepancy, Entry, EntryKind, Fact, MatchRule } from '../../src/shared/dataset-schema.ts';
import type { Sentence } from './text.ts';

export interface DraftEntry {
  id: string;
  kind: EntryKind;
  label: string;
  summary: string;
  role?: string;
  match: MatchRule;
  facts: Fact[];
  discrepancies: Discrepancy[];
  related: string[];
  /** Strings whose presence in another entry's quote makes the two related. */
  surfaces: string[];
}

export function quoteOf(sentence: Sentence): Fact['quote'] {
  return { article: sentence.article, text: sentence.text, start: sentence.start, end: sentence.end };
}

/** Keeps at most `perArticle` facts per article, in the order given (best first). */
export function capPerArticle(facts: Fact[], perArticle: number): Fact[] {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.quote.article}:${f.quote.start}`;
    const n = counts.get(f.quote.article) ?? 0;
    if (seen.has(key) || n >= perArticle) return false;
    seen.add(key);
    counts.set(f.quote.article, n + 1);
    return true;
  });
}

export function toEntry(draft: DraftEntry): Entry {
  const { surfaces: _surfaces, ...entry } = draft;
  return entry;
}
