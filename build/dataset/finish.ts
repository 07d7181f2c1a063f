/**
 * Final touches that need every entry: story terms, each entry's context terms (the story terms
 * its quotes contain), related entries (those whose names its quotes contain), stable ordering.
 */
import type { Fact } from '../../src/shared/dataset-schema.ts';
import type { DraftEntry } from './draft.ts';
import type { Sentence } from './text.ts';
import { compareStrings, containsTerm, unique } from './text.ts';

const MAX_CONTEXT = 8;
const MAX_RELATED = 8;
const STOPWORDS = new Set(
  ('about after again against being below between could their there these those which while would ' +
    'other where because before during should through under until without administration said says ' +
    'also have from that this with were they them what when will been into more than some such only ' +
    'said including according').split(' '),
);

/** Without curation: words of five letters or more that most articles use, most common first. */
export function automaticStoryTerms(sentences: readonly Sentence[], articleCount: number): string[] {
  const docs = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []) {
      if (STOPWORDS.has(w)) continue;
      docs.set(w, (docs.get(w) ?? new Set()).add(s.article));
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const needed = Math.max(2, Math.ceil(articleCount * 0.6));
  return [...docs]
    .filter(([, d]) => d.size >= needed)
    .sort((a, b) => b[1].size - a[1].size || (counts.get(b[0]) ?? 0) - (counts.get(a[0]) ?? 0) || compareStrings(a[0], b[0]))
    .slice(0, 12)
    .map(([w]) => w);
}

export function finishEntries(drafts: DraftEntry[], storyTerms: readonly string[], articleOrder: readonly string[]): DraftEntry[] {
  const order = new Map(articleOrder.map((id, i) => [id, i]));
  const byPlace = (a: Fact, b: Fact): number =>
    (order.get(a.quote.article) ?? 0) - (order.get(b.quote.article) ?? 0) || a.quote.start - b.quote.start || compareStrings(a.statement, b.statement);
  for (const d of drafts) {
    const quotes = [...d.facts, ...d.discrepancies].map((f) => f.quote.text).join('\n');
    const context = storyTerms.filter((t) => containsTerm(quotes, t, true)).slice(0, MAX_CONTEXT);
    d.match = { ...d.match, context: unique([...d.match.context, ...context]).sort(compareStrings) };
    const scored = drafts
      .filter((o) => o.id !== d.id)
      .map((o) => ({ id: o.id, hits: o.surfaces.filter((s) => s.length > 1 && mentions(quotes, s)).length }))
      .filter((x) => x.hits > 0)
      .sort((a, b) => b.hits - a.hits || compareStrings(a.id, b.id))
      .slice(0, MAX_RELATED)
      .map((x) => x.id);
    d.related = unique([...d.related, ...scored]).sort(compareStrings);
    d.facts = dedupeFacts(d.facts).sort(byPlace);
    d.discrepancies.sort((a, b) => byPlace({ statement: a.claim, quote: a.quote }, { statement: b.claim, quote: b.quote }));
  }
  const ids = new Set(drafts.map((d) => d.id));
  for (const d of drafts) d.related = d.related.filter((r) => ids.has(r));
  return [...drafts].sort((a, b) => compareStrings(a.id, b.id));
}

/** Acronyms are matched case-sensitively ("ICE" is not "ice"), other names ignoring case. */
function mentions(text: string, surface: string): boolean {
  return containsTerm(text, surface, !/^[A-Z&]+$/.test(surface));
}

function dedupeFacts(facts: Fact[]): Fact[] {
  const seen = new Set<string>();
  return facts.filter((f) => {
    const key = `${f.quote.article}:${f.quote.start}:${f.statement}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
