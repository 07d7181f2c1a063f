/** Applies a story pack's curation to the automatic entries (see curation.ts for what it may do). */
import type { Fact, MatchRule } from '../../src/shared/dataset-schema.ts';
import type { CuratedEntry, Curation } from './curation.ts';
import type { DraftEntry } from './draft.ts';
import { quoteOf } from './draft.ts';
import { CorpusError } from './read-corpus.ts';
import type { Sentence } from './text.ts';
import { compareStrings, fold, unique } from './text.ts';

export function applyCuration(
  drafts: DraftEntry[],
  curation: Curation,
  sentences: readonly Sentence[],
  where: string,
): DraftEntry[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const take = (id: string, purpose: string): DraftEntry => {
    const draft = byId.get(id);
    if (!draft) throw new CorpusError(`${where}: ${purpose} names unknown automatic entry "${id}"`);
    byId.delete(id);
    return draft;
  };
  for (const { id } of curation.drop ?? []) take(id, 'drop');
  const curated: DraftEntry[] = [];
  for (const c of curation.entries ?? []) {
    const sources = c.from ? c.from.map((id) => take(id, `entry "${c.id}" from`)) : byId.has(c.id) ? [take(c.id, c.id)] : [];
    const entry = sources.length > 0 ? merge(c.id, sources) : newEntry(c, where);
    for (const id of c.discrepancies ?? []) {
      for (const f of take(id, `entry "${c.id}" discrepancies`).facts) {
        entry.discrepancies.push({
          claim: f.statement,
          quote: f.quote,
          ...(f.value !== undefined ? { value: f.value } : {}),
          ...(f.qualifier !== undefined ? { qualifier: f.qualifier } : {}),
        });
      }
    }
    for (const ref of c.facts ?? []) entry.facts.push(factFromRef(ref, sentences, `${where}: entry "${c.id}"`));
    if (c.kind) entry.kind = c.kind;
    if (c.label) entry.label = c.label;
    if (c.summary) entry.summary = c.summary;
    if (c.role) entry.role = c.role;
    entry.match = extendMatch(entry.match, c);
    entry.related = unique([...entry.related, ...(c.related ?? [])]);
    curated.push(entry);
  }
  return [...byId.values(), ...curated];
}

function merge(id: string, sources: DraftEntry[]): DraftEntry {
  const [first, ...rest] = sources as [DraftEntry, ...DraftEntry[]];
  const entry: DraftEntry = { ...first, id, facts: [...first.facts], discrepancies: [...first.discrepancies] };
  for (const other of rest) {
    entry.facts.push(...other.facts);
    entry.discrepancies.push(...other.discrepancies);
    entry.surfaces = unique([...entry.surfaces, ...other.surfaces]);
    entry.match = mergeMatch(entry.match, other.match);
  }
  return entry;
}

function mergeMatch(a: MatchRule, b: MatchRule): MatchRule {
  const u = (x: string[], y: string[]): string[] => unique([...x, ...y]).sort(compareStrings);
  // a merged quantity keeps the count nouns of its main claim: "half of all Democrats" supports
  // the 22-senator letter but must not make "democrats" a count noun of the value 22
  if (a.type === 'quantity') return a;
  if (a.type === 'acronym' && b.type === 'acronym') return { ...a, acronyms: u(a.acronyms, b.acronyms), names: u(a.names, b.names) };
  if (a.type === 'person' && b.type === 'person') return { ...a, fullNames: u(a.fullNames, b.fullNames), titles: u(a.titles, b.titles) };
  if (a.type === 'name' && b.type === 'name') return { ...a, names: u(a.names, b.names) };
  return a;
}

function newEntry(c: CuratedEntry, where: string): DraftEntry {
  if (!c.kind || !c.label || !c.summary || !c.names || !c.facts) {
    throw new CorpusError(`${where}: new entry "${c.id}" needs kind, label, summary, names and facts`);
  }
  return {
    id: c.id,
    kind: c.kind,
    label: c.label,
    summary: c.summary,
    match: { type: 'name', names: [], context: [] },
    facts: [],
    discrepancies: [],
    related: [],
    surfaces: c.names,
  };
}

function extendMatch(match: MatchRule, c: CuratedEntry): MatchRule {
  const u = (x: string[], y: string[] | undefined): string[] => unique([...x, ...(y ?? [])]).sort(compareStrings);
  const context = u(match.context, c.context);
  switch (match.type) {
    case 'quantity':
      return { ...match, counted: u(match.counted, c.counted?.map((t) => t.toLowerCase())), context };
    case 'acronym':
      return { ...match, names: u(match.names, c.names), context };
    case 'person':
      return { ...match, titles: u(match.titles, c.titles), context };
    case 'name':
      return { ...match, names: u(match.names, c.names), context };
  }
}

/** The article sentence holding a curated excerpt; the excerpt must be verbatim and unique. */
function factFromRef(ref: { article: string; contains: string; statement?: string | undefined }, sentences: readonly Sentence[], where: string): Fact {
  const hits = sentences.filter((s) => s.article === ref.article && s.text.includes(ref.contains));
  if (hits.length !== 1) {
    const problem = hits.length === 0 ? 'is not in any sentence of' : 'is in several sentences of';
    throw new CorpusError(`${where}: excerpt "${ref.contains}" ${problem} article "${ref.article}"`);
  }
  const sentence = hits[0] as Sentence;
  return { statement: ref.statement ?? ref.contains, quote: quoteOf(sentence) };
}

/** Curated match terms must be worded as in the articles: each must occur in some sentence. */
export function checkCuratedTerms(curation: Curation, sentences: readonly Sentence[], where: string): void {
  const corpus = fold(sentences.map((s) => s.text).join('\n'));
  const terms = [
    ...(curation.storyTerms ?? []).map((t) => ['storyTerms', t] as const),
    ...(curation.entries ?? []).flatMap((e) =>
      [...(e.names ?? []), ...(e.counted ?? []), ...(e.titles ?? []), ...(e.context ?? [])].map((t) => [`entry "${e.id}"`, t] as const),
    ),
  ];
  for (const [owner, term] of terms) {
    if (!corpus.includes(fold(term))) throw new CorpusError(`${where}: ${owner}: term "${term}" does not occur in the articles`);
  }
}
