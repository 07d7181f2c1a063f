/**
 * Runs every extraction rule over the corpus sentences and turns the results into draft
 * entries with automatic ids, labels and summaries (no curation involved).
 */
import type { Fact, Qualifier } from '../../src/shared/dataset-schema.ts';
import { findAcronymUses, findDefinitions, findImplicitExpansion, shortForms } from './acronyms.ts';
import type { DraftEntry } from './draft.ts';
import { capPerArticle, quoteOf } from './draft.ts';
import { PLACE_NAMES } from './gazetteer.ts';
import { findQuantities } from './numbers.ts';
import { findOrganizations } from './organizations.ts';
import { composeRole, findPeople } from './people.ts';
import type { Sentence } from './text.ts';
import { containsTerm, findTerm, fold, slugify, unique } from './text.ts';

/** Facts kept per article for names (people, organisations, places); quantities keep all. */
const FACTS_PER_ARTICLE = 2;

export function extractEntries(sentences: readonly Sentence[]): DraftEntry[] {
  const acronymEntries = extractAcronyms(sentences);
  return [
    ...extractQuantities(sentences),
    ...acronymEntries,
    ...extractOrganizations(sentences, acronymEntries),
    ...extractPeople(sentences),
    ...extractPlaces(sentences),
  ];
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '', 'more-than': 'more than', over: 'over', 'at-least': 'at least', nearly: 'nearly',
  almost: 'almost', about: 'about', 'fewer-than': 'fewer than', dozens: 'dozens', hundreds: 'hundreds',
  thousands: 'thousands', 'tens-of-thousands': 'tens of thousands',
};

function valueKey(value: number, qualifier: Qualifier, isPercent: boolean): string {
  if (['dozens', 'hundreds', 'thousands', 'tens-of-thousands'].includes(qualifier)) return qualifier;
  const n = value === 0.5 ? 'half' : String(value).replace('.', '-');
  return isPercent ? `${n}-percent` : n;
}

/** One entry per value (a story's numbers rarely collide); claims worded differently stay facts. */
function extractQuantities(sentences: readonly Sentence[]): DraftEntry[] {
  const byKey = new Map<string, { facts: Fact[]; heads: string[]; counted: string[]; value: number }>();
  for (const sentence of sentences) {
    for (const q of findQuantities(sentence.text)) {
      const key = valueKey(q.value, q.qualifier, q.isPercent);
      const group = byKey.get(key) ?? { facts: [], heads: [], counted: [], value: q.value };
      // a vague amount states no number: the fact keeps only its qualifier ("hundreds")
      const value = q.vague ? {} : { value: q.value };
      group.facts.push({ statement: q.surface, quote: quoteOf(sentence), ...value, qualifier: q.qualifier, counted: q.counted });
      byKey.set(key, group);
      // The matcher compares values, so only claims with a comparable value get count nouns: not
      // "hundreds of families" (no value: "hundreds" ~ 146 is nonsense, and "hundreds" ~ "hundreds"
      // says nothing about which families), not "half of all Democrats" (a share of an unstated whole).
      if (q.vague || q.share) continue;
      // "121 adults and children" counts adults and children together, not "children" alone;
      // "85 percent of detained families" is not a count of families
      if (!/\sand\s/.test(q.counted) && !q.isPercent) group.heads.push(q.head);
      group.counted.push(q.counted.toLowerCase());
    }
  }
  return [...byKey].map(([key, g]) => {
    const head = g.heads[0] ?? g.facts[0]?.counted?.toLowerCase().split(' ').at(-1) ?? 'items';
    const claims = unique(g.facts.map((f) => f.statement));
    return {
      id: key.endsWith('percent') ? key : `${key}-${slugify(head)}`,
      kind: 'quantity',
      label: claims[0] ?? key,
      summary: `As the articles word it: ${claims.map((c) => `“${c}”`).join(', ')}.`,
      match: { type: 'quantity', value: g.value, counted: unique([...g.counted, ...g.heads]).sort(), context: [] },
      facts: g.facts,
      discrepancies: [],
      related: [],
      surfaces: claims,
    };
  });
}

export function qualifierWords(q: Qualifier | undefined): string {
  return q ? QUALIFIER_WORDS[q] : '';
}

function extractAcronyms(sentences: readonly Sentence[]): DraftEntry[] {
  const definitions = findDefinitions(sentences);
  const expansions = new Map<string, string[]>();
  for (const d of definitions) expansions.set(d.acronym, unique([...(expansions.get(d.acronym) ?? []), d.expansion]));
  const used = unique(sentences.flatMap((s) => findAcronymUses(s.text).map((u) => u.acronym)));
  const texts = sentences.map((s) => s.text);
  for (const acronym of used) {
    if (expansions.has(acronym)) continue;
    const implicit = findImplicitExpansion(acronym, texts);
    expansions.set(acronym, implicit ? [implicit] : []);
  }
  return [...expansions].map(([acronym, expansionList]) => {
    const expansion = expansionList[0];
    // "Homeland Security said…" names the department as surely as its full name does
    const names = unique([...expansionList, ...expansionList.flatMap((e) => shortForms(e, texts))]);
    const facts: Fact[] = [];
    for (const d of definitions.filter((x) => x.acronym === acronym)) {
      if (d.sentence) facts.push({ statement: `${d.expansion} (${acronym})`, quote: quoteOf(d.sentence) });
    }
    for (const s of sentences) {
      if (findAcronymUses(s.text).some((u) => u.acronym === acronym)) facts.push({ statement: `Uses “${acronym}”`, quote: quoteOf(s) });
      const named = names.find((n) => containsTerm(s.text, n, true));
      const at = named ? findTerm(s.text, named, true)[0] : undefined;
      if (named && at !== undefined) facts.push({ statement: `Names “${s.text.slice(at, at + named.length)}”`, quote: quoteOf(s) });
    }
    return {
      id: slugify(acronym),
      kind: 'acronym',
      label: acronym,
      summary: expansion ? `${acronym} stands for ${expansion}.` : `${acronym}, as the articles use it; they do not expand it.`,
      ...(expansion ? { role: expansion } : {}),
      match: { type: 'acronym', acronyms: [acronym], names: unique(names).sort(), context: [] },
      facts: capPerArticle(facts, FACTS_PER_ARTICLE),
      discrepancies: [],
      related: [],
      surfaces: [acronym, ...names],
    };
  });
}

function extractOrganizations(sentences: readonly Sentence[], acronyms: DraftEntry[]): DraftEntry[] {
  const byKey = new Map<string, { names: string[]; facts: Fact[] }>();
  for (const m of findOrganizations(sentences)) {
    const key = fold(m.name).replace(/^the /, '');
    const owner = acronyms.find((a) => a.match.type === 'acronym' && a.match.names.some((n) => fold(n) === key));
    const fact: Fact = { statement: `Names “${m.name}”`, quote: quoteOf(m.sentence) };
    if (owner) {
      owner.facts = capPerArticle([...owner.facts, fact], FACTS_PER_ARTICLE);
      continue;
    }
    const group = byKey.get(key) ?? { names: [], facts: [] };
    group.names = unique([...group.names, m.name]);
    group.facts.push(fact);
    byKey.set(key, group);
  }
  return [...byKey].map(([key, g]) => {
    // "the Hill" is the outlet The Hill: its label and id keep the article
    const first = g.names[0] ?? key;
    const label = first.replace(/^the /, 'The ');
    return {
      id: slugify(label),
      kind: 'organization',
      label,
      summary: `${label}, an organisation the articles name.`,
      match: { type: 'acronym', acronyms: [], names: unique(g.names).sort(), context: [] },
      facts: capPerArticle(g.facts, FACTS_PER_ARTICLE),
      discrepancies: [],
      related: [],
      surfaces: g.names,
    };
  });
}

function extractPeople(sentences: readonly Sentence[]): DraftEntry[] {
  const people = findPeople(sentences);
  const surnameOf = (name: string): string => name.split(' ').at(-1) ?? name;
  const surnameCount = new Map<string, number>();
  for (const p of people) {
    const s = surnameOf(p.names[0] ?? '');
    surnameCount.set(s, (surnameCount.get(s) ?? 0) + 1);
  }
  return people.map((p) => {
    const label = p.names[0] ?? p.key;
    const surname = surnameOf(label);
    const role = composeRole(p);
    const facts: Fact[] = p.mentions.map((m) => ({
      statement: m.sentence.text.slice(m.phraseStart, m.phraseEnd).replace(/\s/g, ' '),
      quote: quoteOf(m.sentence),
    }));
    if (surnameCount.get(surname) === 1) {
      for (const s of sentences) {
        const alone = findTerm(s.text, surname).some((i) => !p.names.some((n) => s.text.slice(i - n.length + surname.length, i + surname.length).replace(/\s/g, ' ') === n));
        if (alone) facts.push({ statement: `Referred to as “${surname}”`, quote: quoteOf(s) });
      }
    }
    return {
      id: slugify(label),
      kind: 'person',
      label,
      summary: role ? `${label}: ${role}${role.endsWith('.') ? '' : '.'}` : `${label}, named in the articles.`,
      ...(role ? { role } : {}),
      match: {
        type: 'person',
        fullNames: [...p.names].sort(),
        surname,
        titles: unique(p.mentions.flatMap((m) => m.titles)).sort(),
        context: [],
      },
      facts: capPerArticle(facts, FACTS_PER_ARTICLE),
      discrepancies: [],
      related: [],
      surfaces: p.names,
    };
  });
}

function extractPlaces(sentences: readonly Sentence[]): DraftEntry[] {
  const byName = new Map<string, Fact[]>();
  for (const s of sentences) {
    let rest = s.text;
    for (const name of PLACE_NAMES) {
      // longest names first; blank out a found name so "New York" does not re-match "New York City"
      const at = findTerm(rest, name);
      if (at.length === 0) continue;
      for (const i of at) rest = rest.slice(0, i) + ' '.repeat(name.length) + rest.slice(i + name.length);
      byName.set(name, [...(byName.get(name) ?? []), { statement: `Names ${name}`, quote: quoteOf(s) }]);
    }
  }
  return [...byName].map(([name, facts]) => ({
    id: slugify(name),
    kind: 'place',
    label: name,
    summary: `${name}, a place the articles name.`,
    match: { type: 'name', names: [name], context: [] },
    facts: capPerArticle(facts, FACTS_PER_ARTICLE),
    discrepancies: [],
    related: [],
    surfaces: [name],
  }));
}
