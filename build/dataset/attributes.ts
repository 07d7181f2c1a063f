/**
 * Who, when and to whom a quantity's event happened, read from the entry's own quotes, so the
 * matcher can tell this event from another with the same figure ("22 GOP senators", a 2013
 * letter, 146 lawmakers writing to a governor). Only what the quotes say: a party only if they
 * name one party (or their members' "D-Calif." tags), the months of the articles quoted, an
 * addressee only if a quote names the letter's recipient.
 */
import type { Article, Entry, EventAttributes } from '../../src/shared/dataset-schema.ts';
import { compareStrings, unique } from './text.ts';

const PARTIES: readonly [string, RegExp][] = [
  ['democratic', /\bDemocrat(?:s|ic)?\b|\bD-[A-Z][a-z]*\./],
  ['republican', /\bRepublicans?\b|\bGOP\b|\bR-[A-Z][a-z]*\./],
];
/** "a letter addressed to President Barack Obama", "urged Obama", "asked President Barack Obama". */
const ADDRESSED =
  /\b(?:to|asked|asking|urged|urging|urge|ask)\s+(?:the\s+)?(President|Secretary|Governor|Mayor|Obama)\b/;

function party(quotes: readonly string[]): string | undefined {
  const named = PARTIES.filter(([, pattern]) => quotes.some((q) => pattern.test(q)));
  return named.length === 1 ? named[0]![0] : undefined;
}

function addressee(quotes: readonly string[]): string | undefined {
  const heads = unique(
    quotes.flatMap((q) => ADDRESSED.exec(q)?.[1] ?? []).map((h) => (h === 'Obama' ? 'president' : h.toLowerCase())),
  );
  return heads.length === 1 ? heads[0] : undefined;
}

export function withEventAttributes(entry: Entry, articles: ReadonlyMap<string, Article>): Entry {
  if (entry.match.type !== 'quantity') return entry;
  const quoted = [...entry.facts, ...entry.discrepancies].map((f) => f.quote);
  const quotes = quoted.map((q) => q.text);
  const months = unique(quoted.flatMap((q) => articles.get(q.article)?.published.slice(0, 7) ?? [])).sort(
    compareStrings,
  );
  const attributes: EventAttributes = {};
  const p = party(quotes);
  if (p) attributes.party = p;
  if (months.length > 0) attributes.months = months;
  const to = addressee(quotes);
  if (to) attributes.addressee = to;
  return { ...entry, match: { ...entry.match, attributes } };
}
