/**
 * The build's own checks on its output: the schema, unique ids, every quote verbatim at its
 * offsets, related ids that exist, and no label, summary or role stating a number or a name
 * that none of the entry's quotes contain.
 */
import * as v from 'valibot';
import type { Dataset, Entry } from '../../src/shared/dataset-schema.ts';
import { DatasetSchema } from '../../src/shared/dataset-schema.ts';
import { parseNumberWord } from './numbers.ts';
import { TITLE_WORDS } from './people.ts';
import { containsTerm, fold } from './text.ts';

export class DatasetError extends Error {
  override name = 'DatasetError';
}

/** Capitalised words a summary may use without a quote holding them: titles, not names. */
const GENERIC = new Set(['senator', 'representative', 'democrat', 'republican', 'u.s', 'as', 'names', 'uses', 'referred']);

export function verifyDataset(dataset: Dataset, articleTexts: ReadonlyMap<string, string>): void {
  const parsed = v.safeParse(DatasetSchema, dataset);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new DatasetError(`output fails the schema at ${issue?.path?.map((p) => String(p.key)).join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  const ids = new Set<string>();
  for (const entry of dataset.entries) {
    if (ids.has(entry.id)) throw new DatasetError(`duplicate entry id "${entry.id}"`);
    ids.add(entry.id);
  }
  for (const entry of dataset.entries) {
    for (const quote of [...entry.facts, ...entry.discrepancies].map((f) => f.quote)) {
      const text = articleTexts.get(quote.article);
      if (text === undefined) throw new DatasetError(`entry "${entry.id}": quote from unknown article "${quote.article}"`);
      if (text.slice(quote.start, quote.end) !== quote.text) {
        throw new DatasetError(`entry "${entry.id}": quote is not verbatim at ${quote.article}[${quote.start}, ${quote.end}]: "${quote.text}"`);
      }
    }
    for (const r of entry.related) if (!ids.has(r)) throw new DatasetError(`entry "${entry.id}": related id "${r}" does not exist`);
    checkStatedFromQuotes(entry);
  }
}

/** Every number and capitalised word of the label, summary and role appears in some quote. */
export function checkStatedFromQuotes(entry: Entry): void {
  const quotes = [...entry.facts, ...entry.discrepancies].map((f) => f.quote.text).join('\n');
  const quoteNumbers = new Set((quotes.match(/\d[\d,]*/g) ?? []).map((n) => n.replace(/,/g, '')));
  const fields: [string, string | undefined][] = [['label', entry.label], ['summary', entry.summary], ['role', entry.role]];
  for (const [field, value] of fields) {
    if (!value) continue;
    const withoutQuoted = value;
    for (const n of withoutQuoted.match(/\d[\d,]*/g) ?? []) {
      if (!quoteNumbers.has(n.replace(/,/g, ''))) fail(entry, field, `number ${n}`);
    }
    for (const word of withoutQuoted.match(/\p{L}[\p{L}’'.-]*/gu) ?? []) {
      const bare = word.replace(/[.’']+$/, '').replace(/[’']s$/, '');
      const isNumberWord = parseNumberWord(bare.split('-')[0] ?? '') !== undefined;
      const isName = /^\p{Lu}/u.test(bare);
      if (!isName && !isNumberWord) continue;
      if (GENERIC.has(fold(bare)) || TITLE_WORDS.has(fold(bare))) continue;
      if (!containsTerm(quotes, bare, true)) fail(entry, field, `"${bare}"`);
    }
  }
}

function fail(entry: Entry, field: string, what: string): never {
  throw new DatasetError(`entry "${entry.id}": ${field} states ${what}, which none of its quotes contain`);
}
