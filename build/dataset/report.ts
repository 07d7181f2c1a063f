/** `--report`: every entry with its facts and quotes, for a person to check against the articles. */
import type { Dataset, Entry, Quote } from '../../src/shared/dataset-schema.ts';
import { qualifierWords } from './extract.ts';

const WIDTH = 100;

export function formatReport(dataset: Dataset, onlyIds?: readonly string[]): string {
  const entries = onlyIds ? onlyIds.map((id) => dataset.entries.find((e) => e.id === id)).filter((e): e is Entry => !!e) : dataset.entries;
  const publisher = new Map(dataset.articles.map((a) => [a.id, `${a.publisher}, ${a.published}`]));
  return entries.map((e) => formatEntry(e, publisher)).join('\n');
}

function formatEntry(e: Entry, publisher: ReadonlyMap<string, string>): string {
  const lines = [`■ ${e.id}  [${e.kind}]  ${e.label}`];
  if (e.role) lines.push(`  role:    ${e.role}`);
  lines.push(...wrap(`summary: ${e.summary}`, '  ', '           '));
  lines.push(`  match:   ${describeMatch(e)}`);
  if (e.related.length > 0) lines.push(...wrap(`related: ${e.related.join(', ')}`, '  ', '           '));
  e.facts.forEach((f, i) => {
    // a share reads as the article words it: {nearly half of all Democrats}, not {nearly 0.5 all Democrats}
    const stated = f.value === 0.5 ? 'half of' : f.value;
    const parts = [qualifierWords(f.qualifier), stated, f.counted].filter((x) => x !== '' && x !== undefined);
    const amount = f.value !== undefined || f.qualifier !== undefined ? `  {${parts.join(' ')}}` : '';
    lines.push(`  fact ${i + 1}: ${f.statement}${amount}`);
    lines.push(...formatQuote(f.quote, publisher));
  });
  e.discrepancies.forEach((d, i) => {
    lines.push(`  DISCREPANCY ${i + 1}: ${d.claim}  {${[qualifierWords(d.qualifier), d.value].filter((x) => x !== '' && x !== undefined).join(' ')}}`);
    lines.push(...formatQuote(d.quote, publisher));
  });
  return `${lines.join('\n')}\n`;
}

function describeMatch(e: Entry): string {
  const m = e.match;
  const ctx = m.context.length > 0 ? `; context: ${m.context.join(', ')}` : '';
  switch (m.type) {
    case 'quantity':
      return m.counted.length > 0
        ? `value ${m.value}; counted: ${m.counted.join(', ')}${ctx}`
        : `not matched (no comparable value)${ctx}`;
    case 'acronym':
      return `acronyms: ${m.acronyms.join(', ') || '—'}; names: ${m.names.join(', ') || '—'}${ctx}`;
    case 'person':
      return `names: ${m.fullNames.join(', ')}; surname: ${m.surname}; titles: ${m.titles.join(', ') || '—'}${ctx}`;
    case 'name':
      return `names: ${m.names.join(', ')}${ctx}`;
  }
}

function formatQuote(q: Quote, publisher: ReadonlyMap<string, string>): string[] {
  return [
    ...wrap(`“${q.text}”`, '      ', '       '),
    `      — ${publisher.get(q.article) ?? q.article} (${q.article} ${q.start}–${q.end})`,
  ];
}

function wrap(text: string, first: string, rest: string): string[] {
  const out: string[] = [];
  let line = first;
  for (const word of text.split(/\s+/)) {
    if (line.length + word.length + 1 > WIDTH && line.trim() !== '') {
      out.push(line.trimEnd());
      line = rest;
    }
    line += (line.trim() === '' ? '' : ' ') + word;
  }
  out.push(line.trimEnd());
  return out;
}
